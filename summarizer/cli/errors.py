"""The one place where library errors become CLI messages: one line on stderr, exit code 2."""

from __future__ import annotations

import functools
import sys
from typing import Callable, TypeVar

import typer

from ..errors import FinsumError
from ..text.escape import one_line

F = TypeVar("F", bound=Callable)


def fail(message: str, code: int = 2) -> "typer.Exit":
    """Print `finsum: error: MESSAGE` (as one line) on stderr and return the Exit to raise."""
    typer.echo(f"finsum: error: {one_line(message)}", err=True)
    return typer.Exit(code)


def usage(message: str, command: str) -> "typer.Exit":
    """A usage error of `command` (a bad option value or combination): one line with the
    "try --help" hint on stderr; returns the Exit(2) to raise."""
    typer.echo(f"finsum: error: {one_line(message)} (try '{command} --help')", err=True)
    return typer.Exit(2)


def usage_line(message: str, ctx=None) -> str:
    """click's usage error as one line: `finsum: error: MESSAGE (try 'finsum CMD --help')`."""
    text = " ".join(message.split())
    if text and text[0].isupper() and not text[:2].isupper():
        text = text[0].lower() + text[1:]
    text = text.rstrip(".")
    return f"finsum: error: {text} (try '{ctx.command_path if ctx is not None else 'finsum'} --help')"


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so the flush at exit does not fail a second time
    with a traceback-like 'Exception ignored' message."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def cli_errors(func: F) -> F:
    """Decorate every command: FinsumError -> `finsum: error: ...` and exit 2."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except FinsumError as e:
            raise fail(str(e), e.exit_code) from None
        except BrokenPipeError:  # `finsum ... | head`
            _silence_stdout()
            sys.stderr.close()
            raise typer.Exit(1) from None
        except OSError as e:  # standard output on a full disk, a closed descriptor, ...
            _silence_stdout()
            where = f" {e.filename}" if e.filename else " output"
            raise fail(f"cannot write{where}: {e.strerror or e}") from None

    return wrapper  # type: ignore[return-value]
