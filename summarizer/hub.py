"""Where model weights come from, for every model-backed part of finsum (support backends,
summarization engines, `finsum models`), and failing fast with one line when they cannot be had.

  * offline(): HF_HUB_OFFLINE / TRANSFORMERS_OFFLINE set, or one short socket probe of the hub
    host (HF_ENDPOINT honoured) fails; the probe runs at most once per process.
  * cache_dir(): the Hugging Face hub cache (HF_HUB_CACHE / HUGGINGFACE_HUB_CACHE / HF_HOME).
  * is_hub_id(): `name` or `owner/name`; anything else is meant as a local path.
  * cached_snapshot() / availability(): is it on this machine (file system only, nothing loaded).
  * not_found() / not_found_message(): the one-line error: model, where it looked, what to do.
  * resolve(): what to hand to from_pretrained, and whether with local_files_only.
  * quiet_loading(): no weight-loading progress bars or info logs on stderr.

No heavy imports here: `finsum models` uses this module without loading torch or transformers."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

from .errors import ModelNotFoundError

DEFAULT_ENDPOINT = "https://huggingface.co"
PROBE_TIMEOUT_S = 2.0
OFFLINE_VARS = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
_TRUE = ("1", "true", "yes", "on")
_PATH_STARTS = (".", "/", "~", "\\")


# ---- offline detection -----------------------------------------------------------------------


def env_offline() -> bool:
    """HF_HUB_OFFLINE or TRANSFORMERS_OFFLINE is set to a true value (1, true, yes, on)."""
    return any(os.environ.get(v, "").strip().lower() in _TRUE for v in OFFLINE_VARS)


def hub_address() -> tuple[str, int]:
    """(host, port) of the hub: HF_ENDPOINT if set, else huggingface.co:443."""
    url = urlparse(os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT)
    return url.hostname or "huggingface.co", url.port or (80 if url.scheme == "http" else 443)


@lru_cache(maxsize=1)
def hub_reachable(timeout: float = PROBE_TIMEOUT_S) -> bool:
    """One short TCP connect to the hub, DNS included (bounded by a thread join). Cached."""
    host, port = hub_address()
    result: list[bool] = []

    def probe() -> None:
        try:
            with socket.create_connection((host, port), timeout=timeout):
                result.append(True)
        except OSError:
            result.append(False)

    t = threading.Thread(target=probe, daemon=True)
    t.start()
    t.join(timeout + 0.5)
    return bool(result and result[0])


def offline() -> bool:
    """True when loaders must use local files only. The env is read first, so a machine with
    HF_HUB_OFFLINE set never probes the network."""
    return env_offline() or not hub_reachable()


# ---- where weights are -----------------------------------------------------------------------


def cache_dir() -> Path:
    """The Hugging Face hub cache, honouring HF_HUB_CACHE / HUGGINGFACE_HUB_CACHE / HF_HOME /
    XDG_CACHE_HOME (read now, not at import, so a changed environment is seen)."""
    for var in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"):
        if os.environ.get(var):
            return Path(os.environ[var]).expanduser()
    home = os.environ.get("HF_HOME") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "huggingface"
    )
    return Path(home).expanduser() / "hub"


def is_hub_id(model: str) -> bool:
    """`name` or `owner/name`; a leading . / ~ \\, a backslash, a colon or a deeper path is
    meant as a local path."""
    if not model.strip() or model.startswith(_PATH_STARTS) or "\\" in model or ":" in model:
        return False
    parts = model.split("/")
    return len(parts) <= 2 and all(parts)


def cached_snapshot(model_id: str) -> Path | None:
    """The newest non-empty snapshot directory of `model_id` in the HF cache, or None."""
    snaps = cache_dir() / ("models--" + model_id.replace("/", "--")) / "snapshots"
    if not snaps.is_dir():
        return None
    found = [p for p in snaps.iterdir() if p.is_dir() and any(p.iterdir())]
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def availability(model: str) -> tuple[bool, str]:
    """(loads offline?, where it is or was looked for), from the file system only."""
    p = Path(model).expanduser()
    if p.exists():
        return (p.is_dir() and (p / "config.json").is_file(), str(p))
    if is_hub_id(model):
        snap = cached_snapshot(model)
        if snap is not None:
            return True, str(snap)
        return False, str(cache_dir())
    return False, str(p)


# ---- failing with one line -------------------------------------------------------------------


def not_found_message(model: str, what: str, reason: str = "") -> str:
    """One line: which `what` model, where it was looked for, and what to do."""
    p = Path(model).expanduser()
    why = f" ({reason})" if reason else ""
    if p.exists():
        return (f"no usable {what} model at {p}{why}; pass --model DIR (a directory saved with "
                "save_pretrained) or a hub id such as owner/name")
    if not is_hub_id(model):
        return (f"{what} model directory not found: {p} (expected a directory saved with "
                "save_pretrained, or a hub id such as owner/name); pass --model DIR")
    hub = "the hub is offline or unreachable" if offline() else "it could not be downloaded"
    return (f"{what} model {model!r} is not in the Hugging Face cache ({cache_dir()}) and {hub}"
            f"{why}; download it once with network access (`hf download {model}`), "
            "or pass --model DIR")


def not_found(model: str, what: str, reason: str = "") -> ModelNotFoundError:
    return ModelNotFoundError(not_found_message(model, what, reason))


def resolve(model: str, what: str) -> tuple[str, bool]:
    """(name or path to hand to from_pretrained, local_files_only). Raises ModelNotFoundError at
    once, before any heavy import, for a missing path or a hub id not cached while offline."""
    p = Path(model).expanduser()
    if p.is_dir():
        return str(p), True
    if p.exists() or not is_hub_id(model):
        raise not_found(model, what)
    local_only = offline()
    if local_only and cached_snapshot(model) is None:
        raise not_found(model, what)
    return model, local_only


# ---- loading quietly -------------------------------------------------------------------------


@contextlib.contextmanager
def quiet_loading() -> Iterator[None]:
    """Within: transformers' progress bars (e.g. "Loading weights: 100%|...") and info/warning
    logs are off; the previous settings are restored after."""
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:  # pragma: no cover - transformers is a core dependency
        yield
        return
    was_enabled = hf_logging.is_progress_bar_enabled()
    verbosity = hf_logging.get_verbosity()
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    try:
        yield
    finally:
        hf_logging.set_verbosity(verbosity)
        if was_enabled:
            hf_logging.enable_progress_bar()
