"""PLACEHOLDER (being written): the entity check."""

from __future__ import annotations

from ..findings import Finding
from .base import CheckContext

NAME = "entity"
NEEDS_SOURCE = True


def run(ctx: CheckContext) -> list[Finding]:
    return []
