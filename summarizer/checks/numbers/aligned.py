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

_REACH = 80  # characters each side of the figure whose words are read
_MIN_SHARED = 3  # content words the summary's and the source sentence's share, at least
_PER_SUMMARY = 64  # hedged figures read this way per summary: bounded work however long it is
_MEMO = "numbers.aligned"


def aligned_rival(q: Quantity, summary: Document, src: _Source) -> Quantity | None:
    """The one figure of q's kind in the source sentence q's words meet best, or None."""
    if q.kind != "number" or q.high is not None or q.hedge != "approx":
        return None
    asked = summary.memo(_MEMO, lambda _d: [0])
    if asked[0] >= _PER_SUMMARY:
        return None
    asked[0] += 1
    s0, s1 = summary.sentence_span(q.start)
    text = summary.text
    words = set(_content_stems(text, max(s0, q.start - _REACH), q.start)) | set(
        _content_stems(text, q.end, min(s1, q.end + _REACH)))
    if len(words) < _MIN_SHARED:
        return None
    doc = src.doc
    stems = doc.memo(_MEMO, lambda d: [frozenset(_content_stems(d.text, s, e))
                                       for s, e in d.sentences])
    best, best_n, ties = -1, 0, 0
    for k, theirs in enumerate(stems):
        n = len(words & theirs)
        if n > best_n:
            best, best_n, ties = k, n, 0
        elif n == best_n:
            ties += 1
    if best_n < _MIN_SHARED or ties:
        return None
    dq = dimension(q)[0]
    rivals = [o for o in (src.quantities[i] for i in src.by_sentence.get(best, ()))
              if o.kind == "number" and o.high is None and o.unit == q.unit and o.hedge == "approx"
              and dimension(o)[0] == dq and (dq != "cur" or _currency_ok(q, o, src))]
    return rivals[0] if len(rivals) == 1 else None
