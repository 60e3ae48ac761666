"""The thin `finsum` command line over the library. app.py wires the commands; each command
lives in its own module; errors.py turns typed errors into one-line messages."""

# The shipped compiled patterns go into re's cache before typer and the commands' modules
# compile theirs (summarizer/text/regex_cache.py).
from .. import text as _text  # noqa: F401
