"""`finsum rule [CODE]`: what a rule code in a report means, with a wrong and a right example."""

from __future__ import annotations

from typing import Optional

import typer

from .errors import cli_errors, fail


@cli_errors
def rule(
    code: Optional[str] = typer.Argument(
        None, help="A rule code from a report (e.g. NUM001); omit it to list every rule."
    ),
) -> None:
    """Explain a rule code from a report, or list every rule."""
    from ..rules import all_rules, get

    if code is None:
        for r in all_rules():
            typer.echo(f"{r.code:<8} {r.kind:<13} {r.summary}")
        return
    found = get(code)
    if found is None:
        raise fail(f"unknown rule code {code!r} (`finsum rule` lists them)")
    typer.echo(found.describe())
