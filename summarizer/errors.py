"""Typed errors. The CLI turns every FinsumError into one line on stderr and exit code 2
(see summarizer/cli/errors.py); library users catch them like any exception."""

from __future__ import annotations


class FinsumError(Exception):
    """Base class: a problem the user can fix (bad input, missing model, bad config)."""

    exit_code = 2


class InputError(FinsumError):
    """A file or text that cannot be used: missing, a directory, empty, binary, not UTF-8."""


class ConfigError(FinsumError):
    """A bad option value or a bad [tool.finsum] table."""


class ModelNotFoundError(FinsumError):
    """A model-backed feature was asked for but its model cannot be loaded offline."""


class ModelError(FinsumError):
    """A model loaded but is unusable for the job (e.g. an NLI model without an entailment label)."""
