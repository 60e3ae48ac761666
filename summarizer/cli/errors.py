"""The one place where library errors become CLI messages: one line on stderr, exit code 2."""

from __future__ import annotations

import functools
import sys
from typing import Callable, TypeVar

import typer

from ..errors import FinsumError

F = TypeVar("F", bound=Callable)


def fail(message: str, code: int = 2) -> "typer.Exit":
    """Print `finsum: error: MESSAGE` on stderr and return the Exit to raise (code 2)."""
    typer.echo(f"finsum: error: {message}", err=True)
    return typer.Exit(code)


def usage(message: str, command: str) -> "typer.Exit":
    """A usage error of `command` (a bad option value or combination): one line with the
    "try --help" hint on stderr; returns the Exit(2) to raise."""
    typer.echo(f"finsum: error: {message} (try '{command} --help')", err=True)
    return typer.Exit(2)


def usage_line(message: str, ctx=None) -> str:
    """click's usage error as one line: `finsum: error: MESSAGE (try 'finsum CMD --help')`."""
    text = " ".join(message.split())
    if text and text[0].isupper() and not text[:2].isupper():
        text = text[0].lower() + text[1:]
    text = text.rstrip(".")
    return f"finsum: error: {text} (try '{ctx.command_path if ctx is not None else 'finsum'} --help')"


def cli_errors(func: F) -> F:
    """Decorate every command: FinsumError -> `finsum: error: ...` and exit 2."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except FinsumError as e:
            raise fail(str(e), e.exit_code) from None
        except BrokenPipeError:  # `finsum ... | head`
            sys.stderr.close()
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]
