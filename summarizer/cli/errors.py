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
    typer.echo(f"finsum: error: {one_line(message)}", err=True)
    return typer.Exit(code)


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
