"""Read a batch of (source, summary) pairs with their input line numbers.

Accepted files: JSON Lines (one object a line), CSV with a header row (csv module: quoted
multi-line fields; a record's line is the line where it starts), and a .json file holding a list
of objects. A bad file (missing, empty, no rows, unparseable .json list, CSV without the needed
columns) raises InputError; a bad *row* (broken JSON, missing field, non-text value, empty
summary, bad label) becomes a `Row` with `error` set, so every other row is still evaluated."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from ..errors import InputError
from ..text.reading import BOM, MAX_INPUT_BYTES, check_size, read_text

MAX_ID_CHARS = 1000
_SNIFF = 65536  # bytes read to tell the format and spot binary data


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


def unicode_problem(value: str) -> str | None:
    """Why `value` cannot be written as UTF-8 text (a lone surrogate from a JSON escape such
    as "\\ud83d", or an undecodable byte kept by surrogateescape), or None when it is fine."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        ch = value[e.start]
        if 0xDC80 <= ord(ch) <= 0xDCFF:
            return f"not valid UTF-8 (byte 0x{ord(ch) - 0xDC00:02X})"
        return f"holds a lone surrogate (U+{ord(ch):04X}), not valid Unicode text"
    return None


def _text(obj: dict, name: str, required: bool) -> str | None:
    if name not in obj or obj[name] is None:
        if required:
            raise RowError(f"missing field {name!r}")
        return None
    value = obj[name]
    if not isinstance(value, str):
        raise RowError(f"field {name!r} is not text (got {type(value).__name__})")
    problem = unicode_problem(value)
    if problem is not None:
        raise RowError(f"field {name!r} {problem}")
    try:
        check_size(value, f"field {name!r}")
    except InputError as e:
        raise RowError(str(e)) from None
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
    if raw_id is None or raw_id == "":
        row_id = _default_id(line)
    elif isinstance(raw_id, (str, int, float)) and not isinstance(raw_id, bool):
        row_id = str(raw_id)
        problem = unicode_problem(row_id)
        if problem is not None:
            return Row(line, _default_id(line), error=f"field {fields.id!r} {problem}")
        if len(row_id) > MAX_ID_CHARS:
            return Row(line, _default_id(line),
                       error=f"field {fields.id!r} is {len(row_id)} characters long "
                             f"(at most {MAX_ID_CHARS})")
    else:
        return Row(line, _default_id(line),
                   error=f"field {fields.id!r} must be text or a number, got {type(raw_id).__name__}")
    try:
        source = _text(obj, fields.source, required=True)
        summary = _text(obj, fields.summary, required=True)
        reference = _text(obj, fields.reference, required=False)
        label = parse_label(obj.get(fields.label), fields.label)
    except RowError as e:
        return Row(line, row_id, error=str(e))
    return Row(line, row_id, source, summary, reference, label)


def _loads(raw: str):
    """json.loads with every way a hostile line can fail turned into RowError."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError as e:
        raise RowError(f"broken JSON: {e.msg} (column {e.colno})") from None
    except RecursionError:
        raise RowError("broken JSON: nested too deeply") from None
    except ValueError as e:  # an integer literal of thousands of digits
        if "digits" in str(e):
            raise RowError("broken JSON: a number with more than 4300 digits") from None
        raise RowError(f"broken JSON: {e}") from None


def _jsonl_rows(lines: Iterable[bytes], fields: FieldMap, first: int = 1) -> Iterator[Row]:
    """One row per non-blank line, read lazily, the first being file line `first`. Lines split
    on \\n only (U+2028 inside a string is text, not a line break)."""
    for n, data in enumerate(lines, first):
        if n == 1 and data.startswith(BOM.encode()):
            data = data[3:]
        if not data.strip():
            continue
        try:
            try:
                raw = data.decode("utf-8")
            except UnicodeDecodeError as e:
                raise RowError(f"not valid UTF-8 (bad byte at column {e.start + 1})") from None
            obj = _loads(raw)
        except RowError as e:
            yield Row(n, _default_id(n), error=str(e))
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
    except RecursionError:
        line = text.count("\n", 0, i) + 1
        raise InputError(f"{name}:{line}: broken JSON (nested too deeply)") from None
    except ValueError as e:
        line = text.count("\n", 0, i) + 1
        why = "a number with more than 4300 digits" if "digits" in str(e) else str(e)
        raise InputError(f"{name}:{line}: broken JSON ({why})") from None
    for line, obj in items:
        yield row_from_object(obj, line, fields)


def _csv_rows(stream: IO[str], name: str, fields: FieldMap) -> Iterator[Row]:
    """Records read lazily from a text stream opened with newline="" (undecodable bytes kept as
    surrogates by surrogateescape, so they become error rows instead of aborting the file)."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_INPUT_BYTES + 1))
    reader = csv.reader(stream)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f"{name}: no header row") from None
    except csv.Error as e:
        raise InputError(f"{name}:1: {e}") from None
    header = [h.strip() for h in header]
    if header and header[0].startswith(BOM):  # a BOM from a spreadsheet export
        header[0] = header[0][1:].strip()
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


def detect_format(path: Path, head: str) -> str:
    """jsonl, json or csv from the suffix, else from the first non-blank character of `head`."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    first = head.lstrip(BOM + " \t\r\n")[:1]
    if suffix == ".json":
        return "json" if first == "[" else "jsonl"
    if first == "[":
        return "json"
    if first == "{":
        return "jsonl"
    return "csv"


def open_dataset(path: Path):
    """The dataset opened for binary reading, after the checks read_text makes on a file:
    missing, a directory, binary, empty."""
    name = str(path)
    try:
        if not path.exists():
            raise InputError(f"dataset not found: {name}")
        if path.is_dir():
            raise InputError(f"dataset is a directory, not a file: {name}")
        fh = path.open("rb")
    except OSError as e:
        raise InputError(f"cannot read dataset {name}: {e.strerror or e}") from None
    head = fh.read(_SNIFF)
    if b"\x00" in head:
        fh.close()
        raise InputError(f"{name}: looks like a binary file (NUL bytes), expected UTF-8 text")
    fh.seek(0)
    text_head = head.decode("utf-8", "replace")
    if not text_head.lstrip(BOM).strip():
        rest_blank = True
        while rest_blank:
            chunk = fh.read(1 << 20)
            if not chunk:
                break
            rest_blank = not chunk.strip()
        fh.seek(0)
        if rest_blank:
            fh.close()
            raise InputError(f"dataset is empty: {name}")
    return fh, text_head


def iter_rows(path: str | Path, fields: FieldMap | None = None) -> Iterator[Row]:
    """The rows of the dataset at `path` in input order, read lazily (a JSON Lines or CSV file
    is never held in memory whole; a .json list is), malformed ones as error rows.

    Raises InputError when the file is missing, empty, unreadable, binary, or (CSV) has no
    usable header; a dataset with no rows at all is for the caller to refuse."""
    fields = fields or FieldMap()
    path = Path(path)
    fh, head = open_dataset(path)
    with fh:
        kind = detect_format(path, head)
        if kind == "jsonl":
            yield from _jsonl_rows(fh, fields)
        elif kind == "json":
            text = read_text(path, "dataset")
            yield from _json_list_rows(text, str(path), fields)
        else:
            stream = io.TextIOWrapper(fh, encoding="utf-8", errors="surrogateescape", newline="")
            yield from _csv_rows(stream, str(path), fields)


def read_rows(path: str | Path, fields: FieldMap | None = None) -> list[Row]:
    """All rows of the dataset at `path`, in input order, malformed ones as error rows.

    Raises InputError when the file is missing, empty, unreadable or has no rows at all."""
    rows = list(iter_rows(path, fields))
    if not rows:
        raise InputError(f"dataset has no rows: {path}")
    return rows


def fingerprint(row: Row) -> str:
    """A digest of what a row's result depends on (its texts and label, or its input error),
    stored with each result so --resume never reuses a result for a row that has changed."""
    payload = json.dumps([row.source, row.summary, row.reference, row.label, row.error],
                         ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def scan(path: str | Path, fields: FieldMap | None = None,
         each: Callable[[Row], None] | None = None) -> int:
    """One pass over the dataset before any work: count the rows, refuse duplicate ids (naming
    both lines), and call `each(row)` on every row (--resume checks fingerprints there). Raises
    InputError for a file-level problem, a duplicate id, or a dataset with no rows."""
    first_line: dict[str, int] = {}
    count = 0
    for row in iter_rows(path, fields):
        count += 1
        seen = first_line.setdefault(row.id, row.line)
        if seen != row.line:
            raise InputError(f"{path}: id {row.id!r} appears on lines {seen} and {row.line}; "
                             "ids must be unique (rename one, or drop the id field to use line numbers)")
        if each is not None:
            each(row)
    if not count:
        raise InputError(f"dataset has no rows: {path}")
    return count
