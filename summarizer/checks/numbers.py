"""PLACEHOLDER (being written): the number check."""

from __future__ import annotations

from ..findings import Finding
from .base import CheckContext

NAME = "number"
NEEDS_SOURCE = True


def run(ctx: CheckContext) -> list[Finding]:
    return []
