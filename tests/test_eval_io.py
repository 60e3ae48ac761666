"""Reading batch datasets: formats, line numbers, field mapping, malformed rows, bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.evaluation.io import FieldMap, parse_label, read_rows

DATA = Path(__file__).parent / "data"


def test_jsonl_rows_keep_order_ids_labels_and_references():
    rows = read_rows(DATA / "eval_pairs.jsonl")
    assert [r.id for r in rows] == [f"p{i:02d}" for i in range(1, 13)]
    assert [r.line for r in rows] == list(range(1, 13))
    assert rows[0].label == 1 and rows[1].label == 0 and rows[8].label is None
    assert rows[0].reference.startswith("Northwind") and rows[3].reference is None
    assert all(r.error is None for r in rows)


def test_malformed_jsonl_lines_become_error_rows_with_their_line():
    rows = read_rows(DATA / "eval_bad.jsonl")
    by_line = {r.line: r for r in rows}
    assert sorted(by_line) == [1, 2, 3, 4, 6, 7]  # line 5 is blank and skipped
    assert by_line[1].error is None and by_line[7].error is None
    assert "broken JSON" in by_line[2].error
    assert by_line[3].error == "missing field 'summary'"
    assert "'source' is not text" in by_line[4].error
    assert by_line[6].error == "field 'summary' is empty"
    # the id survives when the object itself parsed
    assert by_line[3].id == "nosummary" and by_line[2].id == "line-2"


def test_csv_with_multiline_record_reports_the_line_where_it_starts():
    rows = read_rows(DATA / "eval_pairs.csv", FieldMap(source="article", summary="text"))
    assert [(r.id, r.line) for r in rows] == [("c1", 2), ("c2", 3), ("c3", 6), ("c4", 7)]
    assert "\n\nLet me know" in rows[1].summary
    assert rows[2].label is None  # empty label cell = unlabelled
    assert rows[3].error == "field 'text' is empty"


def test_csv_without_the_summary_column_is_a_file_error():
    with pytest.raises(InputError, match="no 'summary' column"):
        read_rows(DATA / "eval_pairs.csv", FieldMap(source="article"))


def test_csv_record_with_extra_fields_is_an_error_row(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("\ufeffsource,summary\nA b c.,A b.\nA b c.,A b.,extra\n", encoding="utf-8")
    rows = read_rows(p)
    assert rows[0].error is None and rows[0].id == "line-2"
    assert rows[1].line == 3 and "3 fields" in rows[1].error


def test_json_list_rows_carry_the_line_where_each_object_starts():
    rows = read_rows(DATA / "eval_pairs.json")
    assert [(r.id, r.line) for r in rows] == [("j1", 2), ("j2", 7)]


def test_json_list_that_is_not_a_list_or_broken_is_a_file_error(tmp_path):
    p = tmp_path / "x.json"
    p.write_text('[{"source": "a", "summary": "b"},\n {"source": ', encoding="utf-8")
    with pytest.raises(InputError, match="x.json:2"):
        read_rows(p)


@pytest.mark.parametrize("content", ["", "  \n", "\n\n"])
def test_empty_dataset_is_a_file_error(tmp_path, content):
    p = tmp_path / "empty.jsonl"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        read_rows(p)


def test_header_only_csv_has_no_rows(tmp_path):
    p = tmp_path / "h.csv"
    p.write_text("source,summary\n", encoding="utf-8")
    with pytest.raises(InputError, match="no rows"):
        read_rows(p)


def test_missing_dataset_is_a_file_error(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read_rows(tmp_path / "nope.jsonl")


def test_field_mapping_and_non_object_rows(tmp_path):
    p = tmp_path / "m.jsonl"
    p.write_text(
        json.dumps({"key": 7, "article": "A b c.", "gen": "A b.", "human": "A.", "y": "faithful"})
        + "\n[1, 2]\n",
        encoding="utf-8",
    )
    rows = read_rows(p, FieldMap(source="article", summary="gen", id="key", reference="human", label="y"))
    assert (rows[0].id, rows[0].source, rows[0].summary, rows[0].reference, rows[0].label) == (
        "7", "A b c.", "A b.", "A.", 1)
    assert rows[1].error == "expected an object, got list"


@pytest.mark.parametrize("value,expected", [
    (1, 1), (0, 0), (True, 1), (False, 0), (1.0, 1), ("0", 0), ("1", 1), (" true ", 1),
    ("no", 0), ("", None), (None, None), ("1.0", 1),
])
def test_parse_label(value, expected):
    assert parse_label(value) == expected


@pytest.mark.parametrize("value", [2, -1, 0.5, "maybe", [1]])
def test_bad_label_is_an_error_row(tmp_path, value):
    p = tmp_path / "l.jsonl"
    p.write_text(json.dumps({"source": "A b.", "summary": "A.", "label": value}) + "\n", encoding="utf-8")
    (row,) = read_rows(p)
    assert row.error is not None and "'label' must be 0 or 1" in row.error
