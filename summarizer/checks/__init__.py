"""The checks: one module each, one job each, all returning `Finding`s.

Each module defines NAME, NEEDS_SOURCE and `run(ctx: CheckContext) -> list[Finding]`."""

from __future__ import annotations

import importlib
from types import ModuleType

# Order matters: leftover runs first so later checks can ignore chatbot text.
MODULES = {
    "leftover": "leftover",
    "number": "numbers",
    "date": "dates",
    "entity": "entities",
    "contradiction": "contradiction",
    "support": "support",
}


def load(name: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{MODULES[name]}")
