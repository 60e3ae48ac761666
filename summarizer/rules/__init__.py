"""The rule registry: every finding carries the stable code of the rule that produced it.

Each rule family has one module here (numbers, dates, entities, contradiction, leftover,
support) listing its rules with a one-line summary, a plain explanation and a worked example: a
source sentence, a summary the rule flags (`wrong`) and a faithful one it lets pass (`right`).
The examples are executable: tests/test_rules.py checks each against the checker, so what
`finsum rule CODE` prints is what finsum does. Importing this package is cheap (no checks)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

FAMILIES = ("leftover", "numbers", "dates", "entities", "contradiction", "support")


@dataclass(frozen=True)
class Rule:
    code: str
    kind: str  # the Finding kind it reports
    summary: str  # one line
    explanation: str  # a few plain sentences for a content editor
    source: str  # an example source text ("" for rules that need none)
    wrong: str  # a summary the rule flags; `flagged` is the part it points at
    flagged: str
    right: str  # a faithful summary the rule lets pass

    def describe(self) -> str:
        """The text `finsum rule CODE` prints."""
        lines = [f"{self.code} ({self.kind}): {self.summary}", "", self.explanation, ""]
        if not self.wrong:
            return "\n".join(lines[:-1])
        if self.source:
            lines.append(f"  source: {self.source}")
        lines.append(f"  wrong:  {self.wrong}")
        lines.append(f"          flagged: {self.flagged!r}")
        lines.append(f"  right:  {self.right}")
        return "\n".join(lines)


def all_rules() -> list[Rule]:
    out: list[Rule] = []
    for family in FAMILIES:
        out.extend(importlib.import_module(f"{__name__}.{family}").RULES)
    return sorted(out, key=lambda r: (r.code.rstrip("0123456789"), r.code))


def get(code: str) -> Rule | None:
    code = code.strip().upper()
    return next((r for r in all_rules() if r.code == code), None)
