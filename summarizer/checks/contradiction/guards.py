"""Guards of the CON001 judge: a summary statement that reads like a flip but is not one, and the
choice among source statements anchored by the same figure."""

from __future__ import annotations

import itertools
import re

from .view import Claim, View, _content, numbers, same_figure


def shares(xs, ys) -> bool:
    """Some figure of xs is some figure of ys."""
    return any(same_figure(x, y) for x in xs for y in ys)


def continues(c: Claim) -> bool:
    """ "keep lowering rates": to keep doing something is that move, not a hold."""
    toks, p = c.a.tokens, c.polar
    return c.values == _KEEP and p.tok + 1 < len(toks) and toks[p.tok + 1].low.endswith("ing")


def occurs(c: Claim) -> bool:
    """ "Holy Week falling in late March", "Easter fell on April 20": a holiday that falls on or
    in a date takes place; it does not move down."""
    toks, i, end = c.a.tokens, c.polar.tok, c.polar.tok_end
    if not toks[i].low.startswith(("fall", "fell")) or i == 0 or end >= len(toks):
        return False
    return toks[end].low in ("in", "on", "during") and toks[i - 1].low in _HOLIDAYS


def noun_sense(c: Claim) -> bool:
    """ "fining the firm $89 million": "firm" after a determiner is a company, not a move up;
    "China made up 34% of revenue": a share, not a move; "left it out of guidance": excluded,
    not kept."""
    toks, i, j = c.a.tokens, c.polar.tok, c.polar.tok_end
    if toks[i].low in ("left", "leave", "leaves", "leaving") and any(
            t.low == "out" for t in toks[i + 1:i + 4]):
        return True  # "left it out of guidance": excluded, not kept
    if j - i != 1 or i == 0:
        return False
    return toks[i].low in ("firm", "firms") and toks[i - 1].low in _DETERMINERS \
        or toks[i].low == "up" and toks[i - 1].low in ("made", "make", "makes", "making")


_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "its", "their", "his", "her", "our",
                          "each", "every", "law", "trading", "brokerage", "investment", "advisory",
                          "consulting", "accounting", "audit", "equity", "research"])


def conditional(c: Claim) -> bool:
    """ "a $260 million fee if regulators don't approve", "when industrial demand recovers": a
    move or a refusal inside an "if" or "when" clause is a condition, not a statement;
    "declined to say whether it would raise prices": a question, not a statement."""
    toks, i = c.a.tokens, c.polar.tok
    seg_a = c.a.segments[c.polar.segment][0]
    if any(t.low in ("if", "unless", "whether") for t in toks[max(seg_a, i - 6):i]):
        return True
    # "unless leverage, 4.9 times at end-March, drops below 4.5 times": an aside between the
    # condition's subject and its verb; a new clause ("and", "but") ends the reach.
    for k, t in enumerate(reversed(toks[max(0, i - _CONDITION_REACH):i])):
        if t.low in ("if", "unless") or t.low in ("when", "once") and k < _WHEN_REACH:
            return True
        if t.low in _CLAUSE_WORDS:
            return False
    return False


_CONDITION_REACH = 10
_WHEN_REACH = 5  # "when"/"once" a few words before the trigger: "once the Fed starts cutting"
_CLAUSE_WORDS = frozenset(["and", "but", "while", "whereas", "although", "though", "as", "after",
                           "before", "since", "because", ";", ".", ":", "so", "then", "which", "that"])


def contrasted(c: Claim) -> bool:
    """ "driven by leisure rather than an expected slowdown", "instead of a decline": a move the
    sentence sets aside, not one it states."""
    toks, i = c.a.tokens, c.polar.tok
    seg_a = c.a.segments[c.polar.segment][0]
    before = [t.low for t in toks[max(seg_a, i - 5):i]]
    return any(a == "rather" and b == "than" for a, b in itertools.pairwise(before)) or any(
        a == "instead" and b == "of" for a, b in itertools.pairwise(before))


def other_metric(c: Claim, d: Claim) -> bool:
    """Each claim names a metric next to its trigger, and not the same one ("leaving revenue
    guidance unchanged" / "raising our adjusted EBITDA guidance")."""
    mine, theirs = c.near & _METRICS, d.near & _METRICS
    return bool(mine) and bool(theirs) and not mine & theirs


_METRICS = frozenset(["revenu", "ebitda", "ebit", "eps", "margin", "capex", "dividend", "debt",
                      "leverag", "arpu", "backlog"])


def mixed_scale(c: Claim, d: Claim) -> bool:
    """ "fell 5.8%, more than analysts had anticipated" against "down 5.8%, worse than the 4.1%
    decline analysts had expected": for a fall, more is worse. A size word ("more", "higher",
    "weaker") and a verdict word ("better", "worse", "beat", "missed") on an estimate of a fall
    cannot be compared."""
    if c.axis != "estimate" or d.axis != "estimate":
        return False
    a, b = (x.a.tokens[x.polar.tok].low for x in (c, d))
    if (a in _SIZE_WORDS) == (b in _SIZE_WORDS):
        return False
    return any(t.low in _FALLS for x in (c, d) for t in x.a.tokens[
        x.a.segments[x.polar.segment][0]:x.a.segments[x.polar.segment][1]])


_SIZE_WORDS = frozenset(["more", "less", "fewer", "higher", "lower", "stronger", "weaker",
                         "firmer", "softer", "bigger", "larger", "smaller", "deeper"])
_FALLS = frozenset(["fell", "fall", "falls", "falling", "decline", "declined", "declines",
                    "drop", "dropped", "drops", "down", "slid", "slipped", "contracted", "shrank",
                    "loss", "losses", "decrease", "decreased"])
_HOLIDAYS = frozenset(["week", "easter", "holiday", "holidays", "ramadan", "eid", "diwali",
                       "christmas", "thanksgiving", "festival", "passover", "carnival"])
_KEEP = frozenset(["keep"])
_PACE = frozenset(["slowed", "slows", "slowing", "eased", "eases", "cooled", "decelerated",
                   "moderated", "accelerated", "quickened", "sped"])
_GROWTH = frozenset(["gain", "rise", "increase", "growth", "advance", "decline", "drop", "fall",
                     "contraction", "expansion"])


_PACE_WORDS = _PACE | frozenset(["slow", "slowdown", "slower", "easing", "cooling", "deceleration",
                                  "speed", "speeds", "speeding", "quicken",
                                  "acceleration", "accelerating", "decelerating", "moderating"])


def pace_word(c: Claim) -> bool:
    """The claim's trigger speaks of a pace ("slowed", "a slowdown", "accelerated")."""
    return c.a.tokens[c.polar.tok].low in _PACE_WORDS


def of_growth(c: Claim) -> bool:
    """ "wage growth slowed", "annual growth eased to 3.1%", "a slowdown from October's 0.5%": a
    change in the pace of a move, whose growth noun stands right before it. Such a
    claim meets only the source's statements of pace: growth that slowed is still a rise."""
    toks, i, end = c.a.tokens, c.polar.tok, c.polar.tok_end
    seg_a, seg_b = c.a.segments[c.polar.segment]
    if not pace_word(c):
        if toks[i].low in ("down", "up") and end < len(toks) and toks[end].low == "from":
            # "Revenue growth is guided to 18-19%, down from 23%": the rate compared with the
            # earlier rate, its growth noun in the clause before.
            back = []
            for t in reversed(toks[max(0, i - 12):i]):
                if t.low in (".", ";", "?", "!"):
                    break
                back.append(t)
            if any(t.low.rstrip("s") in _GROWTH for t in back):
                return True
        # "trimming winter capacity growth to 4% from 6%", "capacity growth cut to 4%": a cut
        # or a raise of a growth rate is a change of pace too.
        near = toks[max(seg_a, i - 3) : min(seg_b, end + 4)]
        return toks[i].low in _RATE_VERBS and any(
            t.low.rstrip("s") in _GROWTH and t.low not in ("decline", "drop", "fall")
            for t in near if t is not toks[i]) and not any(t.low in _FORECASTS for t in near)
    if end < len(toks) and toks[end].low == "from":
        return True  # "a slowdown from October's 0.5%": the earlier pace
    if end < len(toks) and toks[end].low == "in" and any(
            t.low.rstrip("s") in _GROWTH for t in toks[end + 1 : min(seg_b, end + 5)]):
        return True  # "a slowdown in same-club growth to 4%"
    return any(t.low.rstrip("s") in _GROWTH for t in toks[max(seg_a, i - 4) : i])


def forecast_label(c: Claim) -> bool:
    """ "kept its 2.2% growth projection", "a 3% decline forecast": the move word names what a
    forecast is of; the forecast's own change is told by another word ("kept")."""
    toks, end = c.a.tokens, c.polar.tok_end
    return toks[c.polar.tok].low.rstrip("s") in _GROWTH and end < len(toks) \
        and toks[end].low in _FORECASTS


_FORECASTS = frozenset(["forecast", "forecasts", "outlook", "guidance", "target", "targets",
                        "estimate", "estimates", "projection", "view"])
_RATE_VERBS = frozenset(["cut", "cuts", "cutting", "trim", "trims", "trimmed", "trimming",
                         "lowered", "lowering", "reduced", "reducing", "raised", "raising",
                         "lifted", "lifting"])


def pace(c: Claim) -> bool:
    """ "slowed to a 0.5% gain from 1.0%": a change of pace, told against the earlier rate (the
    from-to check reads it), not against the source's "rose 0.5%"."""
    toks, p = c.a.tokens, c.polar
    if toks[p.tok].low not in _PACE:
        return False
    after = [t.low for t in toks[p.tok_end:p.tok_end + 6]]
    return "to" in after[:1] and any(w in _GROWTH for w in after)


_ODDS = frozenset(["chance", "chances", "odds", "risk", "risks", "probability", "likelihood",
                   "bets", "bet", "hopes", "expectations", "fears", "prospect", "prospects",
                   "possibility", "pricing"])


def wager_move(c: Claim) -> bool:
    """ "raised the odds of a May cut", "trimmed bets on a rate cut": the wager itself moved."""
    toks, i, end = c.a.tokens, c.polar.tok, c.polar.tok_end
    if c.axis not in ("move", "change"):
        return False
    # The words after the verb: its object within the claim ("ramped up bets", "leaving a
    # slight chance") or right after it ("raised the odds").
    after = [t.low for t in toks[i + 1 : end + 2] if t.low not in _FILLERS]
    return bool(after) and (after[0] in _WAGERS or len(after) > 1 and after[0] == "up"
                            and after[1] in _WAGERS)


_FILLERS = frozenset(["the", "its", "their", "a", "an", "slight", "small", "strong", "high",
                      "higher", "low", "lower", "further", "some"])


def wagered(c: Claim) -> bool:
    """ "a 70% chance of a cut", "bets on a June rate hike", "raised the odds of a May cut",
    "boosted expectations of a cut": the move is what is wagered on (or the wager itself moved),
    not what a figure beside it did."""
    toks, i, end = c.a.tokens, c.polar.tok, c.polar.tok_end
    if wager_move(c):
        return True
    if c.axis in ("move", "change") and end < len(toks) and end - i > 1 and \
            toks[end].low in _MOVE_NOUNS:
        return True  # "leaving a May rate cut likely": the object is the cut, not the rate
    j = i
    while j > max(0, i - 6) and _modifier(c.a.text, toks[j - 1]):
        j -= 1  # the words between the article and the move: "a June", "a 25-basis-point"
    before = [t.low for t in toks[max(0, j - 4) : j]]
    return len(before) >= 2 and before[-1] in _ARTICLES and before[-2] in ("of", "on", "for") \
        and any(w in _ODDS for w in before[:-2])


_WAGERS = _ODDS - {"pricing"}  # "widened pricing by 25 basis points" is a price move
_ARTICLES = frozenset(["a", "an", "another"])
_MODIFIERS = frozenset(["rate", "rates", "interest", "policy", "basis", "point", "points", "bp",
                        "bps", "quarter", "half", "percentage", "further", "second", "third",
                        "first", "surprise", "emergency", "-"])


def _modifier(text: str, t) -> bool:
    """A word that can stand between "a" and a move wagered on: a date or a name ("a June cut",
    "a Fed hike"), a size ("a 25-basis-point cut"), a kind ("a rate cut")."""
    return t.low in _MODIFIERS or t.kind == "n" or text[t.start].isupper()
_MOVE_NOUNS = frozenset(["cut", "cuts", "hike", "hikes", "increase", "increases", "reduction",
                         "reductions", "rise", "rises"])


def closest_sentences(c: Claim, anchored: list[Claim], src: View) -> list[Claim]:
    """Of statements anchored by the same figure in several sentences ("consumption edged up
    0.2%" / "an initial reading of a 0.2% contraction"), those of the sentence that shares the
    most words with the claim's clause, when one sentence clearly does."""
    if not any(all(shares([x], d.nums) for d in anchored) for x in c.nums):
        return anchored  # different figures ("fell 4.1% and permits rose 1.2%"): no choice here
    by_sentence: dict[int, list[Claim]] = {}
    for d in anchored:
        by_sentence.setdefault(src.sentence_of(d.polar.start), []).append(d)
    if len(by_sentence) < 2:
        return anchored
    # "Inventory $11.9 billion, up 3%": the one sentence with every figure of the clause
    full = [k for k in by_sentence if all(shares([x], src.sentence_nums(k)) for x in c.nums)]
    if len(c.nums) >= 2 and len(full) == 1:
        return by_sentence[full[0]]
    scored = sorted(((len(c.words & src.stems_of_sentence(k)), k) for k in by_sentence),
                    reverse=True)
    if scored[0][0] >= 2 * max(1, scored[1][0]):
        return by_sentence[scored[0][1]]
    return anchored


_HEDGE = re.compile(r"\b(?:almost|nearly|about|around|roughly|some|approximately|close\s+to|"
                    r"just\s+(?:over|under)|more\s+than|less\s+than)\s+\S{0,3}$", re.IGNORECASE)


def hedged_near_claims(c: Claim, src: View) -> list[Claim]:
    """Source claims with an own figure within a tenth of a hedged figure of the claim ("almost
    4%": a 3.9% rise)."""
    text = c.a.text
    hedged = [x for x in c.own if _HEDGE.search(text, max(0, x.start - 25), x.start)]
    if not hedged:
        return []
    where = set().union(*(src.near_figure_sentences(x) for x in hedged))
    return [d for d in src.claims(where)
            if any(x.cls == y.cls and abs(x.value - y.value) <= 0.1 * abs(x.value) + 1e-9
                   for x in hedged for y in d.own)]


_NEXT_WORD = re.compile(r"[\s-]+([A-Za-z]{3,})")
_PREV_WORD = re.compile(r"([A-Za-z]{3,})[\s-]+\Z")


def _figure_before(text: str, at: int):
    """The figure ending within a few characters before `at` ("a 4.2 million-barrel draw")."""
    got = [n for n in numbers(text, start=max(0, at - 30), end=at) if at - n.end <= 12]
    return got[-1] if got else None


_NAMED_BY = re.compile(r"\s+(?:grew|rose|fell|was|were|is|increased|declined|climbed|slipped|came)\b")


def said_there(text: str, start: int, end: int, sentence: str, theirs: tuple[int, int],
               only_before: bool = False) -> bool:
    """The trigger and the word after it ("lower deposit") or before it ("point cut") stand in
    the evidence sentence too, away from the opposing statement `theirs` ("failed to beat
    analysts" is not "beat analysts"), after the same figure if both have one right before ("a
    4.2 million-barrel draw" is not the "1.1 million-barrel draw" analysts expected). A claim with
    a figure after it is judged by its figure ("fallen 6.3%"), unless the words before name a
    thing the source moves ("table drop grew 5%")."""
    low = sentence.lower()
    nxt = _NEXT_WORD.match(text, end)
    prev = _PREV_WORD.search(text, max(0, start - 30), start)
    variants = []
    if nxt and not only_before:  # (a word may come between: "higher cloud infrastructure costs")
        variants.append((start, [text[start:end], nxt.group(1)], r"[\s-]+(?:[a-z]+[\s-]+)?"))
    if prev:
        variants.append((prev.start(1), [prev.group(1), text[start:end]], r"[\s-]+"))
    for at, words, gap in variants:
        mine = _figure_before(text, at)
        rx = r"\b" + gap.join(
            re.escape(w.lower()) for w in " ".join(words).split()) + r"\b"
        for m in re.finditer(rx, low):
            if not (m.end() <= theirs[0] or m.start() >= theirs[1]) or only_before and not \
                    _NAMED_BY.match(low, m.end()):
                continue
            theirs_fig = _figure_before(sentence, m.start())
            if mine is None or theirs_fig is None or same_figure(mine, theirs_fig):
                return True
    return False


def aim(c: Claim) -> bool:
    """ "curbs on tools sent to China to slow its AI chip production": an infinitive after a
    noun, with a doer before it, states an aim, not a move ("is expected to slow" states one)."""
    toks, i = c.a.tokens, c.polar.tok
    seg_a = c.a.segments[c.polar.segment][0]
    if i - 2 < seg_a or toks[i - 1].low != "to" or c.own:
        return False
    prev = toks[i - 2]
    if prev.kind != "w" or prev.low in _EXPECTING or prev.low.endswith(("ed", "ing")):
        return False
    # "expects summer fares to rise": a forecast of the noun's move, not an aim.
    return not any(t.low in _FORECASTING for t in toks[max(seg_a, i - 6) : i - 2])


_FORECASTING = frozenset(["expect", "expects", "expected", "expecting", "sees", "see", "saw",
                          "forecast", "forecasts", "predicts", "predicted", "anticipates",
                          "projects", "projected", "wants", "want", "needs", "need", "told",
                          "asked", "allowed", "allow", "allows", "caused", "causing", "forced",
                          "helped", "lets", "let"])


_EXPECTING = frozenset(["likely", "set", "due", "going", "poised", "seen", "tipped", "expected",
                        "forecast", "projected", "continue", "continues", "begin", "begins",
                        "start", "starts", "need", "needs", "has", "have", "had", "is", "are",
                        "was", "were", "able", "unable", "about", "want", "wants", "plan",
                        "plans", "aim", "aims", "intend", "intends", "promised", "vowed"])


def agreed(c: Claim, pool: list[Claim], src: View) -> bool:
    """A source statement in a sentence with the claim's own figure says what the claim says
    ("..., leaving FCF guidance at $260-290M" / "FCF guidance is unchanged at $260 million to
    $290 million"): the other figures of the claim's clause anchor nothing."""
    where = src.sentences_with_figures(c.own, c.a.text) if c.own else set()
    return any((d.axis == c.axis and d.values == c.values or c.values | d.values <= _KEPT)
               and src.sentence_of(d.polar.start) in where for d in pool)


_KEPT = frozenset(["keep", "flat"])  # "leaving guidance at" / "guidance is unchanged at"


_BEFORE, _AFTER = 6, 4  # tokens before (its subject) and after (its object) a trigger
# Words that start another clause: what stands beyond them did not move with the trigger.
_TIGHT_STOP = frozenset([",", ";", ":", "as", "after", "because", "while", "but", "whereas",
                         "when", "since", "amid", "despite", "though", "although", "than"])


def tight_words(c: Claim) -> frozenset:
    """Content stems of a claim's trigger and the few words right before and after it, within
    its clause."""
    toks, p = c.a.tokens, c.polar
    seg_a, seg_b = c.a.segments[p.segment]
    i = p.tok
    while i > max(seg_a, p.tok - _BEFORE) and toks[i - 1].low not in _TIGHT_STOP:
        i -= 1
    j = p.tok_end
    while j < min(seg_b, p.tok_end + _AFTER) and toks[j].low not in _TIGHT_STOP:
        j += 1
    return _content(toks[i:j])


def tightly_anchored(c: Claim, anchor: frozenset, pool: list[Claim]) -> bool:
    """One shared word anchors two claims only where it is what moved in both: at or right by
    both triggers ("sterling fell" / "Sterling rose", "scrapped its dividend" / "kept its annual
    dividend"), not a word of a neighbouring clause ("summer schedule as fuel costs climb" /
    "would cut its summer flights")."""
    mine = tight_words(c) & anchor
    return bool(mine) and any((shared := mine & tight_words(d))
                              and not _modifies_other(d, shared, c)
                              and not _modifies_other(c, shared, d)
                              and {_named(c, shared), _named(d, shared)} != {True, False}
                              for d in pool)


def _named(c: Claim, words: frozenset) -> bool | None:
    """Is the shared word a word of a name here ("Plainsview Insurance Group" beside "reduced
    insured liability")? True when capitalised inside its sentence, False when in lower case,
    None when it starts the sentence (either)."""
    toks, text = c.a.tokens, c.a.text
    lo, hi = max(0, c.polar.tok - _BEFORE), min(len(toks), c.polar.tok_end + _AFTER)
    for k, t in enumerate(toks[lo:hi], lo):
        if t.stem in words:
            if k == 0 or toks[k - 1].low in (".", "!", "?", ":", "\n", "**", "-"):
                return None
            return text[t.start].isupper()
    return None


def _modifies_other(d: Claim, words: frozenset, c: Claim) -> bool:
    """In `d`, the shared word only qualifies another noun that moved ("consumer price inflation
    slowed" beside "could raise import prices"): the noun right after it, before the trigger,
    is nowhere near `c`'s trigger."""
    toks, i, text = d.a.tokens, d.polar.tok, d.a.text
    seg_a = d.a.segments[d.polar.segment][0]
    theirs = tight_words(c)
    for k in range(max(seg_a, i - _BEFORE), i - 1):
        t, nxt = toks[k], toks[k + 1]
        if text[t.start].isupper() and text[nxt.start].isupper():
            continue  # "Bellmoor Capital": one name, not a word and what it qualifies
        if t.kind == "w" and t.stem in words and nxt.kind == "w" and len(nxt.stem) > 1 \
                and nxt.stem not in theirs and nxt.low not in _TIGHT_STOP \
                and all(u.kind == "w" for u in toks[k + 1:i]):
            return _content([nxt]) != frozenset()
    return False


# Verbs of an expectation: "is not counting on a rebound" states no view of what will happen.
_EXPECTATION_VERBS = frozenset([
    "assume", "assumes", "assuming", "expect", "expects", "expecting", "counting", "banking",
    "relying", "include", "included", "including", "factoring", "factored", "baking", "building",
    "built", "anticipating", "modelling", "modeling", "forecasting", "planning", "see", "sees",
    "seeing", "predicting", "projecting"])


def uncommitted(c: Claim) -> bool:
    """A move negated through a verb of expectation ("isn't banking on a housing rebound", "does
    not assume any improvement"): no claim of the opposite, so no source move contradicts it."""
    if not c.polar.negated:
        return False
    toks, i = c.a.tokens, c.polar.tok
    seg_a = c.a.segments[c.polar.segment][0]
    return any(t.low in _EXPECTATION_VERBS for t in toks[max(seg_a, i - 8) : i])


def disputed(c: Claim) -> bool:
    """ "pushed back on a suggestion that patient additions were slowing", "dismissed concerns
    that demand had peaked": a claim the speaker rejects, not one the summary makes."""
    toks, i = c.a.tokens, c.polar.tok
    back = [t.low for t in toks[max(0, i - _DISPUTE_REACH):i]]
    for k in range(len(back) - 1, 0, -1):
        if back[k] in (".", ";", "!", "?"):
            return False
        if back[k] == "that" and back[k - 1] in _PREMISES:
            return any(w in _REJECTING for w in back[max(0, k - 7):k - 1])
    return False


_DISPUTE_REACH = 14
_PREMISES = frozenset(["suggestion", "suggestions", "idea", "notion", "speculation", "concerns",
                       "concern", "fears", "claims", "claim", "reports", "view", "worries",
                       "talk", "criticism", "argument"])
_REJECTING = frozenset(["rejected", "rejects", "rejecting", "denied", "denies", "denying",
                        "dismissed", "dismisses", "dismissing", "disputed", "disputes", "pushed",
                        "pushing", "pushes", "brushed", "brushing", "countered", "rebuffed"])


def of_rules(c: Claim) -> bool:
    """ "tightened its export rules" / "widens chip export curbs": rules, curbs and controls
    that tighten also widen - both say they restrict more - so the width axis says nothing
    about them."""
    if c.axis != "width":
        return False
    toks, i = c.a.tokens, c.polar.tok
    seg_a, seg_b = c.a.segments[c.polar.segment]
    near = toks[max(seg_a, i - 3):min(seg_b, c.polar.tok_end + 5)]
    return any(t.low in _RULES for t in near)


_RULES = frozenset(["curbs", "curb", "restrictions", "restriction", "controls", "rules", "sanctions",
                    "ban", "bans", "blacklist", "limits", "regulations", "measures", "lockdown",
                    "scope", "probe", "investigation", "embargo", "tariffs"])


def pared(c: Claim, anchored: list[Claim], src: View) -> bool:
    """ "rose as much as 4.6% to $9,412 before easing to $9,275" / "before paring gains to trade
    3.1% higher at $9,275": a fall back from the day's peak, which the source tells too; the
    close is still up on the day."""
    toks, i = c.a.tokens, c.polar.tok
    if "down" not in c.values or i == 0 or toks[i - 1].low not in ("before", "then", "later"):
        return False
    return any(_PARED.search(src.text, *src.sentences[src.sentence_of(d.polar.start)])
               for d in anchored)


_PARED = re.compile(r"\b(?:par(?:ed|ing|es?)|trimm(?:ed|ing)|gave\s+back|giving\s+back|"
                    r"off\s+(?:its|the)\s+(?:high|peak)s?|retreat(?:ed|ing)?)\b", re.IGNORECASE)
