"""The cheap gates in front of costly patterns skip a text only when the pattern cannot match it:
each gate's words are checked against strings made from the pattern itself (hypothesis), so a
pattern edited without its gate fails here."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.checks.contradiction.hoped import _DONE_ANYWHERE, _DONE_BEFORE, _WENT_ON
from summarizer.checks.contradiction.ratings import _VERB, _VERB_KEYS
from summarizer.checks.contradiction.votes import _SPLIT_VOTE, _UNANIMOUS, _VOTE_KEYS
from summarizer.checks.leftover.detect import _SEARCHES, _sentence_match
from summarizer.text import Document

ASCII = st.characters(codec="ascii")

GATED = [(p, needs) for p, _, needs in _SEARCHES if needs]
GATED += [(_SPLIT_VOTE, _VOTE_KEYS), (_UNANIMOUS, _VOTE_KEYS), (_VERB, _VERB_KEYS)]


@pytest.mark.parametrize("pattern,needs", GATED, ids=lambda x: getattr(x, "pattern", "")[:30])
def test_every_match_holds_one_of_its_gate_words(pattern: re.Pattern, needs: tuple[str, ...]):
    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(pattern, alphabet=ASCII))
    def holds(text: str) -> None:
        m = pattern.search(text)
        assert m is not None
        assert any(w in m.group().lower() for w in needs), (text, needs)
        assert Document(text).may_contain(*needs)

    holds()


@pytest.mark.parametrize("pattern", [_DONE_BEFORE, _WENT_ON], ids=["before", "went_on"])
def test_done_cue_found_anywhere_when_found_by_the_slower_pattern(pattern: re.Pattern):
    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(pattern, alphabet=ASCII))
    def holds(text: str) -> None:
        m = pattern.search(text)
        assert m is not None and _DONE_ANYWHERE.search(m.group()) is not None

    holds()


def test_may_contain():
    doc = Document("The Board Voted 5-4.")
    assert doc.may_contain("vot")
    assert not doc.may_contain("unanimous", "split")
    # The regex engine folds the long s onto "s" (case aside): a non-ASCII text always may.
    odd = Document("a \u017fplit vote")
    assert odd.may_contain("nothing")


def test_gated_sentence_patterns_still_match():
    assert _sentence_match("Let me know if you need anything else.") is not None
    assert _sentence_match("As an AI language model, I cannot browse the web.") is not None
    assert _sentence_match("Feel free to ask for a shorter version.") is not None
    assert _sentence_match("A quick recap of the story:") is not None
    assert _sentence_match("Shares rose 5% after the results.") is None
