"""Word stems for matching inflections (rose/rising, gains/gained).

The Snowball English (Porter2) stemmer from `snowballstemmer`: pure Python, imports in
milliseconds. (nltk's PorterStemmer gives similar stems, but importing nltk pulls in scipy and
costs seconds on every run.) Results are cached per word: news text repeats its vocabulary."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Lower-cased stem of one word: stem("Raised") == stem("raising") == "rais"."""
    return _stemmer().stemWord(word.lower())
