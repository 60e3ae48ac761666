"""Read a batch of (source, summary) pairs with their input line numbers.

Accepted files: JSON Lines (one object a line), CSV with a header row (csv module: quoted
multi-line fields; a record's line is the line where it starts), and a .json file holding a list
of objects. A bad file (missing, empty, no rows, unparseable .json list, CSV without the needed
columns) raises InputError; a bad *row* (broken JSON, missing field, non-text value, empty
summary, bad label) becomes a `Row` with `error` set, so every other row is still evaluated."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from ..errors import InputError
from ..text.reading import read_text


@dataclass(frozen=True)
class FieldMap:
    """Which input field holds what (`--source-field` etc.)."""

    source: str = "source"
    summary: str = "summary"
    id: str = "id"
    reference: str = "reference"
    label: str = "label"


@dataclass(frozen=True)
class Row:
    """One input pair. `error` is set (and the texts may be None) when the row is malformed."""

    line: int
    id: str
    source: str | None = None
    summary: str | None = None
    reference: str | None = None
    label: int | None = None
    error: str | None = None


class RowError(ValueError):
    """A problem with one row (becomes an error row, not an abort)."""


_TRUE = {"1", "true", "yes", "faithful"}
_FALSE = {"0", "false", "no", "unfaithful"}


def parse_label(value: Any, name: str = "label") -> int | None:
    """0/1 from an int, bool, float 0.0/1.0 or a string such as "1", "true", "faithful".
    None or "" means unlabelled."""
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        if value in (0, 1):
            return int(value)
        raise RowError(f"field {name!r} must be 0 or 1, got {value!r}")
    if isinstance(value, str):
        v = value.strip().lower()
        if not v:
            return None
        if v in _TRUE:
            return 1
        if v in _FALSE:
            return 0
        try:
            return parse_label(float(v), name)
        except ValueError:
            pass
    raise RowError(f"field {name!r} must be 0 or 1, got {value!r}")


def _text(obj: dict, name: str, required: bool) -> str | None:
    if name not in obj or obj[name] is None:
        if required:
            raise RowError(f"missing field {name!r}")
        return None
    value = obj[name]
    if not isinstance(value, str):
        raise RowError(f"field {name!r} is not text (got {type(value).__name__})")
    if not value.strip():
        if required:
            raise RowError(f"field {name!r} is empty")
        return None
    return value


def _default_id(line: int) -> str:
    return f"line-{line}"


def row_from_object(obj: Any, line: int, fields: FieldMap) -> Row:
    """Validate one parsed record. Never raises: a bad record becomes an error row."""
    if not isinstance(obj, dict):
        return Row(line, _default_id(line), error=f"expected an object, got {type(obj).__name__}")
    raw_id = obj.get(fields.id)
    row_id = _default_id(line) if raw_id is None or raw_id == "" else str(raw_id)
    try:
        source = _text(obj, fields.source, required=True)
        summary = _text(obj, fields.summary, required=True)
        reference = _text(obj, fields.reference, required=False)
        label = parse_label(obj.get(fields.label), fields.label)
    except RowError as e:
        return Row(line, row_id, error=str(e))
    return Row(line, row_id, source, summary, reference, label)


def _jsonl_rows(text: str, fields: FieldMap) -> Iterator[Row]:
    for n, raw in enumerate(text.split("\n"), 1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as e:
            yield Row(n, _default_id(n), error=f"broken JSON: {e.msg} (column {e.colno})")
            continue
        yield row_from_object(obj, n, fields)


def _json_list_rows(text: str, name: str, fields: FieldMap) -> Iterator[Row]:
    """A JSON array of objects; each element's line is where it starts."""
    decoder = json.JSONDecoder()
    i = len(text) - len(text.lstrip())
    if not text.startswith("[", i):
        raise InputError(f"{name}: a .json dataset must hold a list of objects")
    i += 1
    items: list[tuple[int, Any]] = []
    try:
        while True:
            while i < len(text) and text[i].isspace():
                i += 1
            if text.startswith("]", i):
                break
            start = i
            obj, i = decoder.raw_decode(text, i)
            items.append((text.count("\n", 0, start) + 1, obj))
            while i < len(text) and text[i].isspace():
                i += 1
            if text.startswith(",", i):
                i += 1
            elif not text.startswith("]", i):
                raise json.JSONDecodeError("expected ',' or ']'", text, i)
    except json.JSONDecodeError as e:
        raise InputError(f"{name}:{e.lineno}: broken JSON ({e.msg})") from None
    for line, obj in items:
        yield row_from_object(obj, line, fields)


def _csv_rows(text: str, name: str, fields: FieldMap) -> Iterator[Row]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f"{name}: no header row") from None
    except csv.Error as e:
        raise InputError(f"{name}:1: {e}") from None
    header = [h.strip() for h in header]
    missing = [f for f in (fields.source, fields.summary) if f not in header]
    if missing:
        raise InputError(
            f"{name}: no {' or '.join(repr(m) for m in missing)} column "
            f"(columns: {', '.join(header) or 'none'}; remap with --source-field/--summary-field)"
        )
    next_line = reader.line_num + 1
    while True:
        line = next_line
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            yield Row(line, _default_id(line), error=f"bad CSV record ({e})")
            next_line = reader.line_num + 1
            continue
        next_line = reader.line_num + 1
        if not record or all(not c.strip() for c in record):
            continue
        if len(record) > len(header):
            yield Row(line, _default_id(line),
                      error=f"{len(record)} fields but the header has {len(header)}")
            continue
        yield row_from_object(dict(zip(header, record)), line, fields)


def detect_format(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    if suffix == ".json":
        return "json" if text.lstrip().startswith("[") else "jsonl"
    head = text.lstrip()[:1]
    if head == "[":
        return "json"
    if head == "{":
        return "jsonl"
    return "csv"


def read_rows(path: str | Path, fields: FieldMap | None = None) -> list[Row]:
    """All rows of the dataset at `path`, in input order, malformed ones as error rows.

    Raises InputError when the file is missing, empty, unreadable or has no rows at all."""
    fields = fields or FieldMap()
    path = Path(path)
    text = read_text(path, "dataset")
    if text.startswith("\ufeff"):  # a BOM from a spreadsheet export
        text = text[1:]
    kind = detect_format(path, text)
    if kind == "jsonl":
        rows = list(_jsonl_rows(text, fields))
    elif kind == "json":
        rows = list(_json_list_rows(text, str(path), fields))
    else:
        rows = list(_csv_rows(text, str(path), fields))
    if not rows:
        raise InputError(f"dataset has no rows: {path}")
    return rows
