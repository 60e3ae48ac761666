"""The source's expectations: figures that analysts, economists or a consensus expected ("Analysts
on average had expected $2.52 billion", "compared with estimates of $2.38 billion"), which the
contradiction check reads "above"/"below"/"in line with" against."""

from __future__ import annotations

import re

from ...parsing.directions import lexicon
from ...text import stem
from .view import Num, View


def expectations(src: View) -> list[Num]:
    """Figures from sentences where analysts/economists/consensus expected something."""

    def build(_doc):
        lex = lexicon()
        holders = set().union(*(src.occ(w) for w in lex.holders))
        cues = set().union(*(src.occ(w) for w in lex.estimate_cues))
        both = [k for k in sorted(holders & cues) if _holder_expects(src, k, lex)]
        # "compared with estimates of $2.38 billion": an estimate named by its figure.
        both += [k for k in sorted(cues - set(both))
                 if _AGAINST.search(src.doc.lower, *src.sentences[k])]
        both.sort()
        return [n for k in both for n in src.sentence_nums(k) if n.cls != "year"]

    return src.doc.memo("contradiction.expectations", build)


_AGAINST = re.compile(r"\b(?:compared\s+with|versus|vs\.?|against|beating|missing|topping|above|"
                      r"below|ahead\s+of|short\s+of)\s+(?:the\s+)?(?:average\s+)?(?:estimates?|"
                      r"expectations?|forecasts?|consensus)\s+(?:of|for)\s")
_HOLDER_REACH = 6  # words between a forecaster and its expectation: "economists polled by X expected"


def _holder_expects(src: View, k: int, lex) -> bool:
    """A forecaster close to an expectation word in sentence k ("economists had expected",
    "the market consensus"), not two words of one sentence far apart ("the housing market would
    weigh on growth, which it now forecasts at 1.2%")."""
    s, e = src.sentences[k]
    stems = [stem(w) for w in _WORDS.findall(src.doc.lower[s:e])]
    held = [i for i, w in enumerate(stems) if w in lex.holders]
    cued = [i for i, w in enumerate(stems) if w in lex.estimate_cues]
    if any(abs(i - j) <= _HOLDER_REACH for i in held for j in cued):
        return True
    # "Mika Tanabe, senior analyst at X, said the buyback was larger than she had expected".
    return any(w in _PERSONS for j in cued for w in stems[max(0, j - 3) : j])


_PERSONS = frozenset(["he", "she", "they", "we"])


_WORDS = re.compile(r"[a-z]+")
