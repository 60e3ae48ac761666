"""Where model weights come from, and failing fast (one line, within seconds) when they cannot
be had offline. No heavy imports here: `finsum models` uses this module without loading torch."""

from __future__ import annotations

import os
import socket
from functools import lru_cache
from pathlib import Path

from ..errors import ModelNotFoundError

HUB_HOST = "huggingface.co"


def hf_cache_dir() -> Path:
    """The Hugging Face hub cache, honouring HF_HUB_CACHE / HUGGINGFACE_HUB_CACHE / HF_HOME."""
    for var in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"):
        if os.environ.get(var):
            return Path(os.environ[var]).expanduser()
    home = os.environ.get("HF_HOME") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "huggingface"
    )
    return Path(home).expanduser() / "hub"


def _env_offline() -> bool:
    return any(
        os.environ.get(v, "").strip().lower() in ("1", "true", "yes", "on")
        for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    )


@lru_cache(maxsize=1)
def _hub_reachable() -> bool:
    """One 2-second TCP connect per process; cached."""
    try:
        with socket.create_connection((HUB_HOST, 443), timeout=2.0):
            return True
    except OSError:
        return False


def offline() -> bool:
    """True when loaders must use local files only (HF_HUB_OFFLINE set, or the hub unreachable)."""
    return _env_offline() or not _hub_reachable()


def _is_hub_id(model: str) -> bool:
    """`org/name` or a bare legacy `name` (not a path)."""
    if model.startswith((".", "/", "~", "\\")) or not model.strip():
        return False
    parts = model.split("/")
    return len(parts) <= 2 and all(parts)


def cached_snapshot(model_id: str) -> Path | None:
    """The newest snapshot directory of `model_id` in the HF cache, or None (no weights loaded)."""
    repo = hf_cache_dir() / ("models--" + model_id.replace("/", "--"))
    snaps = repo / "snapshots"
    if not snaps.is_dir():
        return None
    found = [p for p in snaps.iterdir() if p.is_dir() and any(p.iterdir())]
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def availability(model: str) -> tuple[bool, str]:
    """(loads offline?, where) — checked cheaply from the file system."""
    p = Path(model).expanduser()
    if p.exists():
        return (p.is_dir() and (p / "config.json").is_file(), str(p))
    if _is_hub_id(model):
        snap = cached_snapshot(model)
        if snap is not None:
            return True, str(snap)
        return False, str(hf_cache_dir())
    return False, str(p)


def not_found(model: str, what: str) -> ModelNotFoundError:
    p = Path(model).expanduser()
    if p.exists():
        where = f"no usable {what} model at {p}"
    elif model.startswith((".", "/", "~")) or not _is_hub_id(model):
        where = f"{what} model path {p} does not exist"
    else:
        where = f"{what} model {model!r} is not in the Hugging Face cache ({hf_cache_dir()})"
        where += " and the hub is offline" if offline() else " and could not be downloaded"
    return ModelNotFoundError(
        f"{where}; run once with network access, or pass --model /path/to/model"
    )


def resolve(model: str, what: str) -> tuple[str, bool]:
    """(name or path to hand to from_pretrained, local_files_only). Raises ModelNotFoundError
    at once when the model is a missing path, or a hub id that is not cached while offline."""
    p = Path(model).expanduser()
    if p.exists():
        if not p.is_dir():
            raise not_found(model, what)
        return str(p), True
    if not _is_hub_id(model):
        raise not_found(model, what)
    local_only = offline()
    if local_only and cached_snapshot(model) is None:
        raise not_found(model, what)
    return model, local_only
