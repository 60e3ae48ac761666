"""The thin `finsum` command line over the library. app.py wires the commands; each command
lives in its own module; errors.py turns typed errors into one-line messages."""
