"""Word stems for matching inflections (rose/rising, gains/gained).

The Snowball English (Porter2) stemmer. `snowballstemmer` runs it through PyStemmer (the same
Snowball algorithms compiled to C; a dependency) when that is installed, and in pure Python
otherwise: the same stems either way (tests/test_throughput.py compares them on the project's
vocabulary), about 100x faster per word in C. (nltk's PorterStemmer gives similar stems, but
importing nltk pulls in scipy and costs seconds on every run.)

Stems are kept per word for the life of the process: news text repeats its vocabulary, and the
word lists of the checks are stemmed once, in one batch (`stem_words`)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

_MAX_CACHED = 500_000
_stems: dict[str, str] = {}


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def stem(word: str) -> str:
    """Lower-cased stem of one word: stem("Raised") == stem("raising") == "rais"."""
    try:
        return _stems[word]
    except KeyError:
        pass
    if len(_stems) >= _MAX_CACHED:
        _stems.clear()
    s = _stems[word] = _stemmer().stemWord(word.lower())
    return s


def stem_words(words: Iterable[str]) -> list[str]:
    """Stems of many words, stemming the ones not seen before in a single call."""
    words = list(words)
    new = list(dict.fromkeys(w for w in words if w not in _stems))
    if new:
        if len(_stems) + len(new) >= _MAX_CACHED:
            _stems.clear()
        _stems.update(zip(new, _stemmer().stemWords([w.lower() for w in new])))
    return [_stems[w] for w in words]
