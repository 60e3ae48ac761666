"""`finsum`: the command line. Commands are registered here and written in their own modules."""

from __future__ import annotations

import re
import sys

import typer
from typer.core import TyperCommand, TyperGroup

try:  # typer >= 0.2x carries its own copy of click; older versions use click itself
    from typer import _click as click
except ImportError:  # pragma: no cover
    import click  # type: ignore[no-redef]

from .. import __version__
from . import check as check_cmd
from . import eval as eval_cmd
from . import models as models_cmd
from . import rule as rule_cmd
from . import summarize as summarize_cmd
from . import train as train_cmd
from .errors import usage_line


_INT = re.compile(r"-?(?:0|[1-9][0-9]{0,17})")
_FLOAT = re.compile(r"-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?")


class _Coercion:
    """typer's coercion of a parameter's value, without building a pydantic TypeAdapter for the
    values that need none: no value (typer returns None, or () for a multi-value parameter,
    before any adapter), a `str` for a `str` parameter and a list of them for a list-of-`str`
    one (click hands over `str`s, which typer's adapter returns unchanged, as a list), and a
    default already of the parameter's exact type (bool, int, float, str) without bounds, and a
    plain decimal ("2", "-1", "0.5") for an int or float parameter without bounds. Any
    other value goes to typer's own coercion, built on first need, so results and messages are
    the same; only the cost differs (pydantic's import and schema building took ~0.2 s of every
    cold `finsum check`)."""

    def __init__(self, param) -> None:
        self.param = param
        desc = param.type_descriptor
        info = desc.parameter_info
        plain = (desc.file_annotation is None and not desc.is_choice and not desc.is_path
                 and getattr(info, "parser", None) is None
                 and getattr(info, "click_type", None) is None
                 and getattr(info, "min", None) is None and getattr(info, "max", None) is None)
        ann = desc.annotation
        self.exact = ann if plain and ann in (str, bool, int, float) else None
        self.strings = plain and desc.is_list and getattr(ann, "__args__", None) == (str,)

    def coerce(self, value, param, ctx):
        multi = param.multiple or param.nargs == -1
        if value is None:
            return () if multi else None
        if self.exact is not None and not multi and type(value) is self.exact:
            return value
        if self.exact in (int, float) and not multi and type(value) is str:
            number = (_INT if self.exact is int else _FLOAT).fullmatch(value)
            if number is not None:  # plain decimal: what pydantic's lax parsing gives too
                return self.exact(value)
        if self.strings and isinstance(value, (list, tuple)) and all(type(v) is str for v in value):
            return list(value)
        from typer._coercion import build_runtime_param

        self.param._runtime_param = runtime = build_runtime_param(self.param.type_descriptor)
        return runtime.coerce(value, param=param, ctx=ctx)


class _LightParams:
    """Gives each typer parameter of a command (or the group) the `_Coercion` above, unless
    this typer has no such hook (then typer's own coercion runs, as before)."""

    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:
            if (getattr(param, "_runtime_param", 0) is None
                    and getattr(param, "type_descriptor", None) is not None):
                param._runtime_param = _Coercion(param)
        return params


class FinsumCommand(_LightParams, TyperCommand):
    """A `finsum` subcommand: typer's, with the light coercion of `_LightParams`."""


class FinsumGroup(_LightParams, TyperGroup):
    """The `finsum` command group, with click's and typer's own usage errors (a bad int, a
    missing argument, an unknown option) printed as the README promises: one line
    `finsum: error: ... (try 'finsum CMD --help')` on stderr and exit code 2."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """Run the command line; usage errors become one line and exit code 2."""
        try:
            rv = super().main(args=args, prog_name=prog_name or "finsum", complete_var=complete_var,
                              standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as e:
            click.echo(e.ctx.get_help())
            rv = 2
        except click.exceptions.UsageError as e:
            click.echo(usage_line(e.format_message(), e.ctx), err=True)
            rv = 2
        except click.exceptions.ClickException as e:
            click.echo(usage_line(e.format_message(), None), err=True)
            rv = e.exit_code
        except (click.exceptions.Abort, typer.Abort):
            click.echo("finsum: aborted", err=True)
            rv = 1
        if not standalone_mode:
            return rv
        sys.exit(rv if isinstance(rv, int) else 0)


app = typer.Typer(
    cls=FinsumGroup,
    name="finsum",
    help="Vet AI-written financial news summaries against their source articles.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"finsum {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Vet AI-written financial news summaries against their source articles.

    Exit codes: 0 clean, 1 findings (or a failed gate), 2 usage or input error.
    """


app.command("check", cls=FinsumCommand)(check_cmd.check)
app.command("clean", cls=FinsumCommand)(check_cmd.clean)
app.command("eval", cls=FinsumCommand)(eval_cmd.eval_command)
app.command("summarize", cls=FinsumCommand)(summarize_cmd.summarize)
app.command("models", cls=FinsumCommand)(models_cmd.models)
app.command("rule", cls=FinsumCommand)(rule_cmd.rule)
app.command("train", cls=FinsumCommand)(train_cmd.train)


def main() -> None:
    """The `finsum` console-script entry point."""
    app()


if __name__ == "__main__":
    main()
