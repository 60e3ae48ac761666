"""PLACEHOLDER (being written): the support check."""

from __future__ import annotations

from ..findings import Finding
from .base import CheckContext

NAME = "support"
NEEDS_SOURCE = True


def run(ctx: CheckContext) -> list[Finding]:
    return []
