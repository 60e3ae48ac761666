"""PLACEHOLDER (being written): the contradiction check."""

from __future__ import annotations

from ..findings import Finding
from .base import CheckContext

NAME = "contradiction"
NEEDS_SOURCE = True


def run(ctx: CheckContext) -> list[Finding]:
    return []
