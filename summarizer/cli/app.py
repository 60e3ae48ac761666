"""`finsum`: the command line. Commands are registered here and written in their own modules."""

from __future__ import annotations

import typer

from .. import __version__
from . import check as check_cmd
from . import eval as eval_cmd
from . import models as models_cmd
from . import rule as rule_cmd
from . import summarize as summarize_cmd
from . import train as train_cmd

app = typer.Typer(
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


def main() -> None:  # console-script entry point
    app()


if __name__ == "__main__":
    main()
