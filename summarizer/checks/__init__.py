"""The checks: one module (or package, split by rule family) each, one job each, all returning
`Finding`s that carry the code of the rule that produced them (summarizer/rules explains them).

Each defines NAME, NEEDS_SOURCE and `run(ctx: CheckContext) -> list[Finding]`."""

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
