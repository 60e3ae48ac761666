"""PLACEHOLDER (being written): `finsum models`."""

from __future__ import annotations

from .errors import cli_errors, fail


@cli_errors
def models() -> None:
    """Not yet available."""
    raise fail("finsum models is not available yet")
