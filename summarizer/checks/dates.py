"""PLACEHOLDER (being written): the date check."""

from __future__ import annotations

from ..findings import Finding
from .base import CheckContext

NAME = "date"
NEEDS_SOURCE = True


def run(ctx: CheckContext) -> list[Finding]:
    return []
