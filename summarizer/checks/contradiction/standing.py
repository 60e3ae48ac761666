"""What a polar statement stands as, when it is no statement of what happened: the question in
"declined to say whether it would raise prices", the forecast in "economists had expected the
bank to keep its rate at 4.25%", the history in "its first cut since it began raising rates".
The direction check does not read such a statement against one of fact (CON001)."""

from __future__ import annotations

from itertools import pairwise

from ...parsing.directions import lexicon
from .view import Claim

_REACH = 6  # words before the trigger, in its clause
_FORECAST_VERBS = frozenset(["expected", "expecting", "forecast", "forecasting", "predicted",
                             "predicting", "anticipated", "projected", "tipped", "bet", "betting",
                             # "we expect revenue to decline 8%": guidance, not what happened
                             "expect", "expects", "anticipate", "anticipates", "forecasts",
                             # a wish is no fact either: "two members preferring to keep the rate"
                             "preferring", "preferred", "favouring", "favoring", "wanted",
                             "urged", "urging"])
_BEGAN = frozenset(["began", "begun", "started", "stopped", "ended"])


def _before(c: Claim, n: int = _REACH) -> list[str]:
    toks, i = c.a.tokens, c.polar.tok
    seg_a = c.a.segments[c.polar.segment][0]
    return [t.low for t in toks[max(seg_a, i - n):i]]


def asked(c: Claim) -> bool:
    """The move is what a question asks: "whether" a few words before it in its clause."""
    return "whether" in _before(c)


def forecast_only(c: Claim) -> bool:
    """The move is what someone expected, not what happened: "had expected the central bank to
    keep its policy rate", "forecast it to cut"."""
    back = _before(c)
    return "to" in back and any(w in _FORECAST_VERBS for w in back[:back.index("to")])


def forward(c: Claim) -> bool:
    """The move is told as ahead, not done: a modal, a forecast verb or "to" before it ("net debt
    should fall", "sees it falling", "expects margins to widen")."""
    return not _FORWARD.isdisjoint(_before(c)) or forecast_only(c)


_FORWARD = frozenset(["will", "would", "should", "could", "may", "might", "sees", "see", "saw",
                      "expects", "expect", "forecasts", "projects", "likely", "to", "guided",
                      "targets", "aims", "plans", "predicts", "predicted"])


def measured_past(c: Claim, d: Claim) -> bool:
    """A move told as ahead ("energy costs should edge up", "expects the bank to keep rates")
    against one the source measured as done ("costs per ton fell 12%", "cut by 25 basis
    points"): two periods, not one move told both ways."""
    # (not "fell 28% to $412m," nor "ahead of expected tariff increases and rates eased")
    ahead = not (_MODALS - {"expected"}).isdisjoint(_before(c)) or forecast_only(c)
    return bool(d.own) and ahead and not forward(d) and _MODALS.isdisjoint(_before(d, 30))


# Words anywhere before a move in its clause that make it a forecast ("the fleet would expand by
# about 10%, putting pressure on rates in 2026").
_MODALS = frozenset(["will", "would", "should", "could", "may", "might", "expects", "expect",
                     "expected", "forecast", "forecasts", "likely", "plans", "aims", "targets",
                     "sees", "projects", "predicts"])


def paced(c: Claim) -> bool:
    """ "rate rises slowed to 2%": the move named as a noun is the subject of a change of pace
    (the rises went on, more slowly), not a move of its own."""
    toks, j = c.a.tokens, c.polar.tok_end
    return j < len(toks) and toks[j].low in _PACE_VERBS and c.polar.tok_end - c.polar.tok > 1


_PACE_VERBS = frozenset(["slowed", "eased", "moderated", "accelerated", "quickened", "cooled",
                         "slow", "slows", "ease", "eases", "moderate", "moderates", "accelerate",
                         "accelerates", "quicken", "quickens", "cool", "cools", "picked"])


def history(c: Claim) -> bool:
    """The move is the past the news is measured from: "its first cut since it began raising
    rates", "since they started lifting prices"."""
    back = _before(c, 4)
    return "since" in back and any(w in _BEGAN for w in back[back.index("since"):])


def habitual(c: Claim) -> bool:
    """The move is what usually happens, not what did: "typically weighing on nearby stores for
    around six months", "historically improves in the second quarter"."""
    return any(w in _HABIT for w in _before(c, 2))


_HABIT = frozenset(["typically", "usually", "normally", "generally", "historically",
                    "traditionally", "tends", "tend", "often", "seasonally"])


def refused(c: Claim) -> bool:
    """The move is one someone will not make: "agreed not to raise its holding above 19.9%"
    bounds it below, the other way from its trigger."""
    back = _before(c)
    return "not" in back or "never" in back or "n't" in back


_VERDICT_WORDS = frozenset(["better", "worse"])


def cost_wording(c: Claim, d: Claim) -> bool:
    """One says "below" or "above" an estimate, the other "better" or "worse", of a figure
    where lower is better ("unit costs rose 3.1%, slightly below guidance" / "slightly better
    than our guidance"): the words point opposite ways for the same fact."""
    a, b = c.a.tokens[c.polar.tok].low, d.a.tokens[d.polar.tok].low
    if (a in _VERDICT_WORDS) == (b in _VERDICT_WORDS):
        return False
    costly = lexicon().lower_is_better
    return bool((c.words | d.words) & costly)


_LEFT = frozenset(["leave", "leaves", "leaving", "left"])
# What a kept level is left as: "left rates unchanged", "left its forecast at 2%".
_LEFT_AS = frozenset(["unchanged", "steady", "intact", "untouched", "alone", "at", "on", "flat",
                      "stable", "where", "as", "in"])


def left_open(c: Claim) -> bool:
    """ "leaving the country's power prices highly sensitive to rainfall": "leave" with no
    level kept after it ("unchanged", "at 2%", "on hold") says nothing kept; nor does "hold
    ... back"."""
    toks, i = c.a.tokens, c.polar.tok
    seg_b = c.a.segments[c.polar.segment][1]
    if toks[i].low in _HOLD:  # "holding water back for winter": withholding, no level kept
        return any(t.low == "back" for t in toks[i + 1:min(seg_b, i + 4)])
    if toks[i].low not in _LEFT:
        return False
    return not any(t.low in _LEFT_AS for t in toks[i + 1:min(seg_b, i + 8)])


_HOLD = frozenset(["hold", "holds", "holding", "held"])


_SLIPPED = frozenset(["slipped", "slip", "slips", "slipping", "pushed", "shifted", "moved",
                      "delayed", "deferred"])
_PERIODS = frozenset(["quarter", "year", "half", "month", "week", "period", "season", "january",
                      "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december", "q1", "q2", "q3", "q4", "h1", "h2",
                      "2024", "2025", "2026", "2027", "next", "later"])


def timing(c: Claim) -> bool:
    """ "dry-dock spending slipped into the third quarter": spending moved in time, not down."""
    toks, i = c.a.tokens, c.polar.tok
    if toks[i].low not in _SLIPPED or i + 1 >= len(toks) or toks[i + 1].low not in ("into", "to"):
        return False
    return any(t.low in _PERIODS for t in toks[i + 2:i + 6])


def earlier_guide(c: Claim) -> bool:
    """The move is what an earlier forecast said: "compared with its previous forecast of 1% to 3%
    growth", "from its prior outlook of flat to 2% growth" (the new range is told beside it)."""
    back = _before(c, 10)
    return any(w in _EARLIER_WORDS and nxt in _GUIDE_NOUNS for w, nxt in pairwise(back))


_EARLIER_WORDS = frozenset(["previous", "prior", "earlier", "original", "old", "initial"])
_GUIDE_NOUNS = frozenset(["forecast", "forecasts", "outlook", "guidance", "range", "target",
                          "estimate", "view", "projection", "goal"])
