"""NUM008 for a hedged figure told in the words of one source sentence that gives another figure
of its kind: "Aldenhoff expects about 2% dilution to core EPS in 2025 and 2026" where the source
says it "expects the deal to dilute core earnings per share by about 1% in each of 2025 and 2026".

A hedged figure that no source figure gives and that follows from none the way its words say
may be one the source implies: a warning. When the summary's words around it meet one source
sentence best (three content words or more, no other sentence as well), and that sentence gives
exactly one hedged figure of the same kind and unit ("about 1%"), which is not this one, the
summary changed it. (An exact source figure beside a hedged summary one is often the base it
was worked out from: "roughly EUR135bn, about 5% below last year's EUR142bn".)

Wrong:  "expects about 2% dilution to core earnings per share in 2025" (the source: about 1%).
Right:  "expects about 1% dilution to core earnings per share in 2025"."""

from __future__ import annotations

from ...parsing.quantities import Quantity
from ...text import Document
from .context import _content_stems
from .matching import _currency_ok, _Source, dimension
from .roles import is_change

_REACH = 80  # characters each side of the figure whose words are read
_MIN_SHARED = 3  # content words the summary's and the source sentence's share, at least
_PER_SUMMARY = 64  # hedged figures read this way per summary: bounded work however long it is
_MEMO = "numbers.aligned"


def rounded_rival(q: Quantity, summary: Document, src: _Source,
                  matches: list[int]) -> Quantity | None:
    """ "more than two and a half times the EUR1.4 billion raised in the country's 2019 auction"
    where EUR1.4 billion is only a rounding of another source figure (1.38 billion euros paid by
    one bidder) and the sentence its words meet ("The previous major auction in the country, in
    2019, raised 1.1 billion euros") gives one other figure of its kind: that figure."""
    if not matches or q.hedge is not None or q.unit in (None, "count") or any(
            abs(abs(src.quantities[i].value) - abs(q.value)) <= 1e-9 * max(1.0, abs(q.value))
            for i in matches):
        return None  # the source has this very figure, or the summary says it rounds
    rival = aligned_rival(q, summary, src, change=None)
    if rival is None:
        return None
    words = _words(summary, q)
    stems = _sentence_stems(src.doc)
    k = src.quantities.index(rival)
    if len(words & stems[src.sentence_of[k]]) < _MIN_SHARED or any(
            src.sentence_of[i] == src.sentence_of[k]
            or len(words & stems[src.sentence_of[i]]) > 1 for i in matches):
        return None  # the figure it rounds is told in words like the summary's too
    return rival


def _words(summary: Document, q: Quantity) -> set[str]:
    s0, s1 = summary.sentence_span(q.start)
    text = summary.text
    return set(_content_stems(text, max(s0, q.start - _REACH), q.start)) | set(
        _content_stems(text, q.end, min(s1, q.end + _REACH)))


def _sentence_stems(doc) -> list[frozenset]:
    return doc.memo(_MEMO, lambda d: [frozenset(_content_stems(d.text, s, e))
                                      for s, e in d.sentences])


def aligned_rival(q: Quantity, summary: Document, src: _Source,
                  change: bool | None = False) -> Quantity | None:
    """The one figure of q's kind in the source sentence q's words meet best, or None. With
    `change`, for a percentage change the summary's own words state ("were 5% below their level
    a year earlier") that some pair of source levels would give: the one change of its unit in
    the sentence that tells the same comparison ("were 0.5% lower")."""
    # `change` None: any figure (a rounding the caller has matched elsewhere)
    if q.kind != "number" or q.high is not None or (
            q.hedge != "approx" if change is False else
            change and q.unit not in ("percent", "pp", "bp")):
        return None
    asked = summary.memo(_MEMO, lambda _d: [0])
    if asked[0] >= _PER_SUMMARY:
        return None
    asked[0] += 1
    s0 = summary.sentence_span(q.start)[0]
    text = summary.text
    words = _words(summary, q)
    if len(words) < _MIN_SHARED:
        return None
    doc = src.doc
    stems = _sentence_stems(doc)
    best, best_n, ties = -1, 0, 0
    for k, theirs in enumerate(stems):
        n = len(words & theirs)
        if n > best_n:
            best, best_n, ties = k, n, 0
        elif n == best_n:
            ties += 1
    if best_n < _MIN_SHARED + bool(change) or ties:
        return None
    dq = dimension(q)[0]
    rivals = [o for o in (src.quantities[i] for i in src.by_sentence.get(best, ()))
              if o.kind == "number" and o.high is None and o.unit == q.unit
              and (o.hedge == "approx" if change is False else change is None
                   or is_change(o, doc.text))
              and dimension(o)[0] == dq and (dq != "cur" or _currency_ok(q, o, src))]
    if change is None and rivals and abs(rivals[0].value - q.value) <= q.precision:
        return None
    if change and rivals and (abs(abs(rivals[0].value) - abs(q.value)) <= q.precision or not set(
            _content_stems(text, max(s0, q.start - 40), q.start)[-3:]) & set(
            _content_stems(doc.text, max(0, rivals[0].start - 40), rivals[0].start)[-3:])):
        return None  # a change of another subject in that sentence ("sending its shares down")
    return rivals[0] if len(rivals) == 1 else None
