"""`finsum`: the command line. Commands are registered here and written in their own modules."""

from __future__ import annotations

import sys

import typer
from typer.core import TyperGroup

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


class FinsumGroup(TyperGroup):
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


app.command("check")(check_cmd.check)
app.command("clean")(check_cmd.clean)
app.command("eval")(eval_cmd.eval_command)
app.command("summarize")(summarize_cmd.summarize)
app.command("models")(models_cmd.models)
app.command("rule")(rule_cmd.rule)
app.command("train")(train_cmd.train)


def main() -> None:
    """The `finsum` console-script entry point."""
    app()


if __name__ == "__main__":
    main()
