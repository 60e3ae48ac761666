"""PLACEHOLDER (being written): the leftover check."""

from __future__ import annotations

from ..findings import Finding
from .base import CheckContext

NAME = "leftover"
NEEDS_SOURCE = False


def run(ctx: CheckContext) -> list[Finding]:
    return []


def clean(summary: str) -> str:
    return summary
