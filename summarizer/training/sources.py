"""Readers of labelled (source, summary) pairs for training.

Each returns `Pair`s: an article id (`group`, for splitting by article), the texts, the label
(1 faithful) and, where the data says which characters are wrong, their spans."""

from __future__ import annotations

import ast
import gzip
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError


@dataclass(frozen=True)
class Pair:
    group: str
    source: str
    summary: str
    label: int
    spans: tuple[tuple[int, int], ...] = ()


def _lines(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as e:
                        raise InputError(f"{path}:{n}: not JSON ({e.msg})") from None
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from None


def _meta(row: dict) -> dict:
    meta = row.get("meta") or {}
    if isinstance(meta, str):
        try:
            meta = ast.literal_eval(meta)
        except (ValueError, SyntaxError):
            meta = {}
    return meta if isinstance(meta, dict) else {}


def read_halueval(path: Path) -> list[Pair]:
    """HaluEval summarization: the article's reference highlights (1) and a ChatGPT summary
    told to hallucinate (0); summary-level labels only."""
    out = []
    for row in _lines(Path(path)):
        meta = _meta(row)
        group = f"halueval-{meta.get('doc_index', row.get('id'))}"
        out.append(Pair(group, row["source"], row["summary"], int(row["label"])))
    return out


def read_summedits(path: Path) -> list[Pair]:
    """SummEdits: a seed summary and LLM edits of it, human-labelled; the edited characters of
    an inconsistent edit are its error spans."""
    out = []
    for row in _lines(Path(path)):
        meta = _meta(row)
        label = int(row["label"])
        spans = tuple(tuple(s) for s in meta.get("edit_spans") or ()) if label == 0 else ()
        group = "summedits-" + str(row.get("id", "")).rsplit("_", 1)[0]
        out.append(Pair(group, row["source"], row["summary"], label, spans))
    return out


def read_labelled(path: Path) -> list[Pair]:
    """A team's own labelled pairs, in any format `finsum eval` reads (JSONL, CSV, JSON list);
    rows without a label or with an error are skipped (and counted by the caller)."""
    from ..evaluation.io import read_rows

    out = []
    for row in read_rows(path):
        if row.error or row.label is None or not row.source or not row.summary:
            continue
        group = "article-" + hashlib.sha1(row.source.encode("utf-8")).hexdigest()[:12]
        out.append(Pair(group, row.source, row.summary, int(row.label)))
    return out
