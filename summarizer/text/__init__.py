"""Text in: reading files safely, sentences with character offsets, and the `Document` that
every parser and check works on."""

from . import regex_cache

regex_cache.prime()  # the shipped compiled patterns, before any module here compiles one

from .document import Document
from .reading import read_text
from .sentences import split_sentences
from .stemming import stem

__all__ = ["Document", "read_text", "split_sentences", "stem"]
