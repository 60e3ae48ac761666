"""Tables shipped in summarizer/data/ ahead of time (summarizer/parsing/precomputed.py): the
same as built at run time, used only while they match their sources."""

from __future__ import annotations

import shutil

from summarizer.parsing import directions, precomputed


def test_the_shipped_lexicon_is_up_to_date_and_the_same_as_the_built_one():
    """Failing here after changing directions.json (or the code that builds the lexicon): run
    `python eval/build_precomputed.py`; until then the lexicon is built at run time, slower."""
    shipped = directions._shipped_lexicon()
    assert shipped is not None, "summarizer/data/lexicon.marshal is out of date"
    assert shipped == directions.build_lexicon()


def test_a_table_built_from_other_sources_is_not_used(tmp_path, monkeypatch):
    data = tmp_path / "directions.json"
    shutil.copy(directions._DATA, data)
    sources = [data, *directions.lexicon_sources()[1:]]
    monkeypatch.setattr(precomputed, "DATA_DIR", tmp_path)
    table = directions.lexicon_table(directions.build_lexicon())
    precomputed.path("lexicon").write_bytes(precomputed.encode(table, sources))
    assert precomputed.load("lexicon", sources) is not None
    data.write_text(data.read_text("utf-8").replace('"rose"', '"rose", "soared2"', 1), "utf-8")
    assert precomputed.load("lexicon", sources) is None


def test_a_missing_or_damaged_table_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setattr(precomputed, "DATA_DIR", tmp_path)
    assert precomputed.load("lexicon", directions.lexicon_sources()) is None
    precomputed.path("lexicon").write_bytes(b"\x00garbage")
    assert precomputed.load("lexicon", directions.lexicon_sources()) is None
    assert directions._shipped_lexicon() is None


def test_a_table_whose_stems_the_stemmer_does_not_give_is_not_used(monkeypatch):
    fields, probes = directions.lexicon_table(directions.build_lexicon())
    bad = ((probes[0][0], probes[0][1] + "x"), *probes[1:])
    monkeypatch.setattr(precomputed, "load", lambda name, sources: (fields, bad))
    assert directions._shipped_lexicon() is None
