"""The `text` format written without rich where rich would write plain text anyway (issue 12:
importing rich took ~35 ms of a ~250 ms cold `finsum check`).

On a console that is not a terminal rich writes no colour, so text_report's output is its markup
with the tags removed. These functions give exactly that, byte for byte, for the texts where the
rest of what rich does cannot apply or is done here the same way; for any other they return None
and the caller prints with rich:

  * emoji codes (":smile:"): replaced here as rich does, with rich's own table, piece by piece
    between markup tags (summary text included: rich replaces them there too);
  * tabs and control characters (rich expands and strips them): None;
  * "[" or "\\" in a text put into markup (the escaping round trip): None;
  * lines rich wraps (printed without soft wrap) as wide as the console or wider (80 columns, or
    the width of a terminal on standard input or error, as rich measures it), or not plain
    ASCII: None.

`plain_console()` says whether standard output is such a console: not a terminal, UTF-8, and
none of the environment variables that make rich treat it otherwise (FORCE_COLOR,
TTY_COMPATIBLE, ...) or change its width (COLUMNS) set. tests/test_text_plain.py compares both ways on every fixture
and benchmark pair."""

from __future__ import annotations

import os
import re
import sys

from ..findings import Finding, Report
from .check_common import describe_suppressed, line_col

_RICH_ENV = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS", "JUPYTER_COLUMNS",
             "JUPYTER_LINES")
_EMOJI_CANDIDATE = re.compile(r":\S*?:")
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def _width() -> int:
    """The width rich gives a console that is not a terminal: that of the first of standard
    input, output and error that is a terminal, else 80 (COLUMNS is never set here)."""
    width = None
    for fd in (0, 1, 2):
        try:
            width, _ = os.get_terminal_size(fd)
        except (AttributeError, ValueError, OSError):
            continue
        break
    return width or 80


def plain_console(stream=None) -> bool:
    """True when rich would write `stream` (standard output) as plain text, 80 columns wide."""
    stream = sys.stdout if stream is None else stream
    if sys.platform == "win32" or any(k in os.environ for k in _RICH_ENV):
        return False
    import builtins

    if "idlelib" in getattr(sys.stdin, "__module__", "") or hasattr(builtins, "get_ipython"):
        return False
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8":  # rich adds advice to an encoding error: let it write
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return isatty is not None and not isatty()
    except (ValueError, OSError):
        return False


class _NeedsRich(Exception):
    pass


def _emoji(piece: str) -> str:
    """rich's emoji-code replacement of one piece of text (the same function, so the same
    table); rich's table is imported only for a piece that could hold a code."""
    if _EMOJI_CANDIDATE.search(piece) is None:
        return piece
    try:
        from rich._emoji_replace import _emoji_replace
    except ImportError as e:  # pragma: no cover - another rich: let it print
        raise _NeedsRich from e
    return _emoji_replace(piece)


def _soft(text: str) -> str:
    """A text rich prints with soft wrap: as it is, once no tab or control code is in it."""
    if _CONTROL.search(text):
        raise _NeedsRich
    return text


def _markup_safe(text: str) -> str:
    """A text rich would escape into markup: only without brackets or backslashes here."""
    if "[" in text or "\\" in text:
        raise _NeedsRich
    return _soft(text)


def _wrapped(line: str, width: int) -> str:
    """A line rich prints with wrapping: as it is when it fits (ASCII, narrower than the
    console)."""
    if len(line) >= width or not all(" " <= c < "\x7f" or c == "\u00b7" for c in line):
        raise _NeedsRich
    return line


def _finding(report: Report, f: Finding, name: str | None) -> str:
    """text_report.finding_line without its markup."""
    line, col = line_col(report.summary, f.start)
    where = _markup_safe(f"{name + ':' if name else ''}{line}:{col}")
    code = f"{_markup_safe(f.code)} " if f.code else ""
    text = _markup_safe(repr(f.text) if len(f.text) < 80 else repr(f.text[:77] + "..."))
    message = _markup_safe(f.message)
    # The pieces between the tags, each with its emoji codes replaced (as rich's markup does).
    return (_emoji(f"{where} ") + _emoji(f.severity) + _emoji(f" {code}") + _emoji(f.kind)
            + _emoji(f" {text}: {message}"))


def findings(report: Report, name: str | None = None) -> str | None:
    """`--quiet`'s lines (text_report.print_findings), or None where rich must print them."""
    try:
        return "".join(_finding(report, f, name) + "\n" for f in report.findings)
    except _NeedsRich:
        return None


def report_text(report: Report, name: str | None = None) -> str | None:
    """text_report.print_report's output on a plain console (show_summary=True), or None where
    rich must print it."""
    from .text_report import _marked

    try:
        width = _width()
        out = [_emoji(_soft(_marked(report))), ""]
        if not report.source_given:
            out.append(_wrapped("No source given: only checks that need no source ran "
                                "(leftover).", width))
        for f in report.findings:
            out.append(_finding(report, f, name))
            if f.evidence:
                ev = f.evidence if len(f.evidence) <= 200 else f.evidence[:197] + "..."
                out.append("    " + _emoji("source: " + _markup_safe(ev)))
        errors, warnings = report.count("error"), report.count("warning")
        rest = (
            f" score {report.score:.2f} · "
            f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)} · "
            f"faithful: {'yes' if report.faithful else 'no'} · clean: "
            f"{'yes' if report.clean else 'no'}"
            + (f" · {describe_suppressed(report)}" if report.suppressed else "")
        )
        verdict = report.verdict.upper()
        out.append(_wrapped(_emoji(verdict) + _emoji(_markup_safe(rest)), width))
        out.append(_emoji(_markup_safe(report.signature)))
    except _NeedsRich:
        return None
    return "".join(line + "\n" for line in out)


def plain_line(text: str, markup: bool) -> str | None:
    """One soft-wrapped line rich would print (a header, the run's totals), or None."""
    try:
        return _emoji(_markup_safe(text) if markup else _soft(text)) + "\n"
    except _NeedsRich:
        return None
