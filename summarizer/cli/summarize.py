"""PLACEHOLDER (being written): `finsum summarize`."""

from __future__ import annotations

from .errors import cli_errors, fail


@cli_errors
def summarize() -> None:
    """Not yet available."""
    raise fail("finsum summarize is not available yet")
