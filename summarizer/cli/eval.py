"""PLACEHOLDER (being written): `finsum eval`."""

from __future__ import annotations

from .errors import cli_errors, fail


@cli_errors
def eval_command() -> None:
    """Not yet available."""
    raise fail("finsum eval is not available yet")
