"""CON017: a plan, talks or a possibility given as done. "the company said it had opened four new
hotels" where the source says it "would open four new hotels in 2026"; "agreed to buy PagaJá"
where the bank "was in talks to acquire" it; "has issued 500 billion won in bonds" where it "was
considering issuing up to 500 billion won in bonds"; "talks ... have concluded" where they "were
expected to conclude by March".

The summary states an event of a deal, a sale, a listing, an award, an opening, an announcement
or a decision as done (a past form with no hedge of its own: "had signed", "has secured",
"completed", "announced"). The source sentence that shares most of the words around it (two or
more, not the company's name) puts those words under a plan, a possibility or a pending state: a
modal or an expectation governing a verb of the same event ("would open", "expected to
complete", "plans to list"), or talks, a review, an application or a condition right before them
("in early talks with", "evaluating a listing", "applied for", "subject to", "a possible share
buyback"). No source sentence with those words reports the event done."""

from __future__ import annotations

import re

from ...parsing.directions import word_list
from ...text import stem
from ..base import CheckContext
from .polarity import Clash
from .view import CAL, STOP, View

# Events, each with the words (any form) that name it in the source.
_FAMILY_WORDS = {
    "deal": "agree agreed agreement sign signed deal strike struck seal sealed finalise finalised "
            "finalize finalized ink inked",
    "buy": "buy bought acquire acquired acquisition purchase purchased",
    "sell": "sell sold sale divest divested divestment dispose disposed disposal offload",
    "complete": "complete completed completion close closed closing conclude concluded "
                "conclusion finish finished finalise finalised finalize finalized",
    "obtain": "secure secured win won receive received obtain obtained grant granted award "
              "awarded licence license",
    "issue": "issue issued issuance issuing sell sold price priced place placed placement",
    "list": "list listed listing float floated flotation ipo",
    "open": "open opened opening launch launched commission commissioned introduce introduced "
            "restart restarted resume resumed reopen reopened",
    "announce": "announce announced declare declared unveil unveiled",
    "decide": "decide decided decision choose chose",
    "reduce": "reduce reduced reduction cut lower lowered trim trimmed",
    "file": "file filed filing submit submitted submission",
    "deliver": "deliver delivered achieve achieved realise realised realize realized",
    "classify": "classify classified classification designate designated",
}
_FAMILY_STEMS = {f: frozenset(stem(w) for w in ws.split()) for f, ws in _FAMILY_WORDS.items()}
# The past forms a summary states an event with, and the events they name.
_DONE_FORMS = {
    "agreed": ("deal",), "signed": ("deal",), "struck": ("deal",), "sealed": ("deal",),
    "finalised": ("deal", "complete"), "finalized": ("deal", "complete"), "inked": ("deal",),
    "concluded": ("complete", "deal"), "completed": ("complete",), "closed": ("complete",),
    "bought": ("buy",), "acquired": ("buy",), "purchased": ("buy",),
    "sold": ("sell", "issue"), "divested": ("sell",), "offloaded": ("sell",),
    "secured": ("obtain",), "won": ("obtain",), "received": ("obtain",), "obtained": ("obtain",),
    "awarded": ("obtain",), "issued": ("issue",), "priced": ("issue",), "listed": ("list",),
    "floated": ("list",), "launched": ("open",), "opened": ("open",),
    "commissioned": ("open",), "restarted": ("open",), "resumed": ("open",),
    "reopened": ("open",), "announced": ("announce",), "declared": ("announce",),
    "unveiled": ("announce",), "decided": ("decide",),
    "reduced": ("reduce",), "filed": ("file",), "submitted": ("file",),
    "delivered": ("deliver",), "achieved": ("deliver",), "realised": ("deliver",),
    "realized": ("deliver",), "classified": ("classify",), "designated": ("classify",),
}  # fmt: skip
# "closed" needs a deal beside it: shares close, offices close.
_DEAL_NOUNS = frozenset(stem(w) for w in [
    "deal", "acquisition", "transaction", "merger", "sale", "purchase", "takeover", "talks",
    "negotiations", "agreement", "buyout", "listing", "placement"])
# "shares opened higher", "trading opened": a market's open, not an opening.
_MARKET = frozenset(["shares", "stock", "stocks", "index", "trading", "market", "markets", "higher",
                     "lower", "flat", "up", "down"])
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*|\d[\d.,]*\d|\d")
# Dates anchor an event too ("complete in the second quarter"): only function words are dropped.
_STOP = (STOP - CAL - frozenset(["first", "second", "third", "fourth", "quarter", "year", "month",
                                 "week", "full", "next", "last"])) | frozenset(["alreadi", "may"])
# Words before a past form that keep it undone ("to be completed", "will have signed", "not yet
# signed", "once it has closed").
_UNDONE_BEFORE = re.compile(
    r"\b(?:to|will|would|could|may|might|can|shall|should|must|not|no|never|n't|yet|if|unless|"
    r"whether|once|until|hopes?|aims?|plans?|expects?)\s+(?:[\w'\u2019]+\s+){0,3}$")
# A hedge of the summary's own in the words after the event ("announced plans to ...",
# "agreed to buy ..., subject to approval").
_OWN_HEDGE = re.compile(
    r"\b(?:would|will|could|may|might|plans?|planned|intends?|intention|expects?|expected|"
    r"proposed|proposal|possible|potential|considering|consider|talks|negotiat\w*|subject\s+to|"
    r"pending|likely|aims?|hopes?|seeks?|if|once|letter\s+of\s+intent|memorandum)\b")
# In the source, a pending state right before the event's words.
_PENDING = re.compile(
    r"\b(?:in\s+(?:early\s+|advanced\s+|preliminary\s+|exclusive\s+|initial\s+)?(?:talks|"
    r"discussions|negotiations)|negotiating|considering|(?:would|will|to)\s+consider|"
    r"to\s+be\s+considered|evaluating|exploring|weighing|studying|assessing|reviewing|"
    r"(?:strategic\s+)?review\s+of|strategic\s+(?:options|alternatives)|has\s+applied\s+for|"
    r"had\s+applied\s+for|applied\s+for|filed\s+for|(?:is|was|are|were)\s+seeking|sought|"
    r"(?:still\s+)?requires?|still\s+needs?|subject\s+to|pending|awaiting|possible|potential|"
    r"proposed|planned|no\s+(?:agreement|decision|deal|final\s+decision)|yet\s+to)\b")
# In the source, a modal or an expectation governing a verb (which must name the same event).
_PLANNED = re.compile(
    r"\b(?:would|will|could|may|might|shall|(?:expects?|expected|expecting|plans?|planned|"
    r"planning|aims?|aimed|aiming|intends?|intended|intending|hopes?|hoped|hoping|seeks?|"
    r"seeking|sought|set|due|poised|likely|looking|wants?|proposes?|proposed|talks|bid|"
    r"attempt|effort|on\s+(?:track|course)|(?:is|are|was|were)(?:\s+also)?)\s+to|"
    # "expects the recall to be classified": what is expected of a thing
    r"(?:expects?|expected|expecting)\s+(?:the|its|their|it|them)\s+(?:[a-z]+\s+)?to)\s+"
    r"(?:be\s+)?(?:[a-z]+\s+){0,2}?([a-z]+)")
# "said it would buy Ellisfield Bio for about $4.1 billion": a deal with a price is news of an
# agreed deal, not a plan.
_PRICED = re.compile(r"\s(?:[\w'\u2019.-]+\s+){0,6}?for\s+(?:about\s+|around\s+|roughly\s+|some\s+|"
                     r"nearly\s+|almost\s+|up\s+to\s+)?(?:[$\u20ac\u00a3\u00a5]|[a-z]{1,3}\$|\d)")
_DEAL_FAMILIES = frozenset(["buy", "sell", "deal"])
_CLAUSE_CUT = re.compile(r"[;:\u2014]|,\s|\s(?:while|whereas|but|and|which|who)\s")
_QUOTES = re.compile(r"[\"\u201c\u201d]")
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:already\s+)?$")
_AUX = re.compile(r"\b(?:has|have|had|was|were|is|are)\s+(?:already\s+)?$")
_PURPOSE = re.compile(r"\s(?:to|in\s+order\s+to)\s")  # "issued bonds to fund a dock"
_TOKEN_REST = re.compile(r"[^\s,;:.]*")
_DELIVERED = re.compile(r"(?:\s+[\w$\u20ac\u00a3.,'-]+){0,6}?\s+(?:savings|synergies|"
                        r"efficiencies|cost\s+(?:cuts|reductions)|targets?|goals?)\b")
_PRICE_LEVEL = frozenset(["under", "below", "above", "from", "between", "around", "near"])
_TALK_NOUNS = frozenset(["talks", "negotiations", "discussions"])
REACH = 60  # characters from the source's cue to the event's words
MIN_SHARED = 2
_AFTER = 8  # words after the event read as what was done
_BEFORE = 6  # words before it (what completed, what concluded)


def _stems(words) -> set[str]:
    out = set()
    for w in words:
        st = stem(w)
        if w[:1].isdigit() or (len(w) > 2 and st not in _STOP):
            out.add(st)
    return out


def _source_words(src: View) -> list[frozenset]:
    def build(doc):
        return [frozenset(_stems(_WORD.findall(doc.lower, a, b))) for a, b in doc.sentences]

    return src.doc.memo("contradiction.prospect_words", build)


def _done_in(doc, k: int, families: tuple) -> bool:
    """Source sentence k reports one of the events done (a past form, not kept undone)."""
    a, b = doc.sentences[k]
    low = doc.lower
    # "we closed three municipal systems": a purchase closed is a purchase done
    families = set(families) | ({"complete"} if _DEAL_FAMILIES & set(families) else set())
    for m in _WORD.finditer(low, a, b):
        fams = _DONE_FORMS.get(m.group())
        if fams and set(fams) & families and not _UNDONE_BEFORE.search(
                low, max(a, m.start() - 40), m.start()):
            return True
    return False


def _cue(doc, k: int, shared: set, families: tuple):
    """The plan, possibility or pending state in source sentence k that governs the shared
    words, or None."""
    a, b = doc.sentences[k]
    low = _QUOTES.sub(" ", doc.lower[a:b])
    at = [w.start() for w in _WORD.finditer(low) if stem(w.group()) in shared]
    if not at:
        return None
    fam = frozenset().union(*(_FAMILY_STEMS[f] for f in families))
    for m in _PLANNED.finditer(low):
        if stem(m.group(1)) in fam and any(m.start() - REACH <= p <= m.end() + REACH
                                           for p in at):
            if m.group().startswith(("would", "will")) and _PRICED.match(low, m.end()) and any(
                    stem(m.group(1)) in _FAMILY_STEMS[f] for f in _DEAL_FAMILIES):
                continue  # "said it would buy X for $4.1 billion": the deal is agreed
            return _QUOTES.sub("", doc.text[a + m.start(): a + m.end()])
    for m in _PENDING.finditer(low):
        if any(m.end() <= p <= m.end() + REACH for p in at):
            return _QUOTES.sub("", doc.text[a + m.start(): a + m.end()])
    # "was in talks ... about an equity injection of up to 1.2 billion pounds, but no agreement
    # had been reached": the whole sentence's deal is not done.
    if "deal" in families:
        m = _NO_AGREEMENT.search(low)
        if m is not None and _TALKS.search(low, 0, m.start()):
            return _QUOTES.sub("", doc.text[a + m.start(): a + m.end()])
    return None


_NO_AGREEMENT = re.compile(r"\bno\s+(?:agreement|deal|final\s+agreement)\s+(?:has|had|have)\s+"
                           r"(?:yet\s+)?been\s+(?:reached|signed|struck|agreed)")
_ARTICLES = frozenset(["a", "an", "the", "its", "their", "his", "her"])
_TALKS = re.compile(r"\b(?:in\s+(?:\w+\s+)?(?:talks|discussions|negotiations)|negotiating)\b")


def _judge(doc, sents: list[frozenset], mine: frozenset, fams: tuple, obj: str | None = None):
    """(source sentence, its cue) when the source sentence sharing most of `mine` has the event
    only planned or pending and no sentence reports it done; else (None, None). `obj`: the
    stem of the event's object ("compensation" in "agreed compensation with Veltrane"): a
    sentence with it that shares enough words may hold the cue when the best-sharing ones, about
    the parties, do not."""
    scores = [len(mine & w) for w in sents]
    best = max(range(len(scores)), key=scores.__getitem__, default=None)
    if best is None or scores[best] < MIN_SHARED:
        return None, None
    close = max(MIN_SHARED, scores[best] - 1)  # sentences about the same thing, nearly as well
    figs = {w for w in mine if w[:1].isdigit()}  # "Italy sold 8.25 billion euros": its figure
    if any(_done_in(doc, k, fams) for k, sc in enumerate(scores)
           if sc >= close or figs & sents[k]):
        return None, None  # the source reports it done somewhere
    for k, sc in enumerate(scores):
        if sc == scores[best]:
            cue = _cue(doc, k, mine & sents[k], fams)
            if cue:
                return k, cue
    if "complete" in fams:
        # "agreed to acquire a royalty ... for A$95 million. The deal is expected to complete in
        # March": the completion of the deal told in the sentences right after
        for k in (best + 1, best + 2):
            if k < len(sents) and sents[k] & _DEAL_NOUNS and (cue := _cue(
                    doc, k, sents[k] & (_DEAL_NOUNS | _FAMILY_STEMS["complete"]), ("complete",))):
                return k, cue
    if obj is not None:
        for k in sorted(range(len(scores)), key=lambda i: -scores[i]):
            if scores[k] < MIN_SHARED:
                break
            if obj in sents[k] and (cue := _cue(doc, k, mine & sents[k], fams)):
                return k, cue
    return None, None


def _event_clashes(ctx: CheckContext, summ: View, src: View) -> list[Clash]:
    text = ctx.summary.text
    lower = ctx.summary.lower
    if not any(f in lower for f in _DONE_FORMS) and "cut " not in lower:
        return []
    doc = src.doc
    sents = _source_words(src)
    out: list[Clash] = []
    seen: dict = {}
    for s0, s1 in ctx.content_sentences():
        for m in _WORD.finditer(lower, s0, s1):
            families = _DONE_FORMS.get(m.group())
            before = lower[max(s0, m.start() - 40): m.start()]
            if m.group() == "cut" and _PERFECT.search(before):
                families = ("reduce",)  # "has cut its hedge": done ("cut" alone may be a plan)
            if not families or ctx.overlaps_excluded(m.start(), m.end()):
                continue
            if families == ("deliver",) and not _DELIVERED.match(lower, m.end(), s1):
                continue  # "delivered a 50 bp cut" is the cut's news; savings are a plan's
            if _UNDONE_BEFORE.search(before):
                continue
            s_end = min(s1, m.end() + 200)  # a clause is read that far: a long text stays linear
            cut = _CLAUSE_CUT.search(lower, m.end(), s_end)
            after_text = lower[m.end(): cut.start() if cut else s_end]
            after = _WORD.findall(after_text)[:_AFTER]
            # "concluded talks with lenders": the talks are what was concluded, not a hedge
            told = after[1:] if after[:1] and after[0] in _TALK_NOUNS \
                and "complete" in families else after
            if _OWN_HEDGE.search(" ".join(told)):
                continue
            if m.group() == "opened" and _MARKET & set(after[:3] + before.split()[-2:]):
                continue
            if m.group() == "opened" and word_list("period_words") & set(after[:2]):
                continue  # "opened fiscal 2025 with 9% growth": a period begun, no site opened
            if m.group() == "priced" and after[:1] and after[0] in _PRICE_LEVEL:
                continue  # "a pickup priced under $35,000": what it costs, not an issue priced
            fams = families
            if after[:1] == ["to"] and len(after) > 1:  # "agreed to sell", "decided to list"
                base = after[1]
                fams = fams + tuple(f for f, st in _FAMILY_STEMS.items() if stem(base) in st)
            clause_start = max([max(s0, m.start() - 40)] +
                               [c.end() for c in _CLAUSE_CUT.finditer(lower, max(s0, m.start() - 40),
                                                        m.start())])
            head = _WORD.findall(lower, clause_start, m.start())[-_BEFORE:]
            mine = {x for x in _stems(after + head) if not src.generic(x)}
            if m.group() == "closed" and not (mine | _stems(after + head)) & _DEAL_NOUNS:
                continue
            if len(mine) < MIN_SHARED:
                continue
            # The event's object right after the verb ("agreed compensation with Veltrane").
            obj = after[1] if after[:1] and after[0] in _ARTICLES and len(after) > 1 else \
                (after[0] if after else "")
            first = stem(obj) if stem(obj) in mine else None
            key = (frozenset(mine), fams, first)
            if key not in seen:  # a long summary repeats its sentences: each is judged once
                seen[key] = _judge(doc, sents, key[0], fams, first)
            best, cue = seen[key]
            if cue is None:
                continue
            start = m.start()
            aux = _AUX.search(before)
            if aux:
                start = m.start() - len(before) + aux.start()
            end = m.end()
            stop = min(cut.start() if cut else s_end, m.end() + 50)
            aim = _PURPOSE.search(lower, m.end() + 4, stop)
            for x in _WORD.finditer(lower, m.end(), aim.start() if aim else stop):  # not "to fund"
                if stem(x.group()) in mine:
                    end = _TOKEN_REST.match(text, x.end()).end()  # "S$520m", not "S$520"
            says = text[start:end]
            a, b = doc.sentences[best]
            out.append(Clash(start, end, says, cue, doc.text[a:b],
                             f"the summary says {says!r} as done, but the source only says "
                             f"{cue!r}"))
    return out
