"""Run the checks on one (source, summary) pair and build the `Report`."""

from __future__ import annotations

from .checks import load
from .checks.base import CheckContext
from .errors import ConfigError, InputError
from .findings import Finding, Report
from .scoring import combine
from .settings import Settings, load_settings
from .suppress import split as split_suppressed
from .text import Document

# A "summary" over twice as long as its source (and longer than a short note) is almost
# certainly the article: the two arguments were swapped.
_SWAP_MIN_CHARS = 1000


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple] = set()
    out = []
    for f in sorted(findings, key=lambda f: (f.start, f.end, f.kind)):
        key = (f.kind, f.start, f.end)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def check(
    source: str | None,
    summary: str,
    settings: Settings | None = None,
    **overrides,
) -> Report:
    """Check `summary` against `source` (None: only the checks that need no source run).

    Call it with keywords, `check(source=article, summary=text)`; the positional order is
    (source, summary). `settings` defaults to `Settings()`; keyword `overrides` (e.g.
    `checks=("number",)`, `ignore=("DATE",)`, `backend="embedding"`) are applied on top, reading
    the nearest finsum.toml / [tool.finsum] when no `settings` is given.

    Returns a Report whose findings carry character offsets into `summary` exactly as given.
    Raises InputError for empty texts or a summary that looks like the article (swapped
    arguments), ConfigError for bad settings or checks asked for that cannot run without a
    source."""
    if settings is None:
        settings = load_settings(**overrides) if overrides else Settings()
    elif overrides:
        changes = dict(overrides)
        if changes.get("checks") is not None:
            changes["checks"] = tuple(changes["checks"])
            changes["checks_explicit"] = True
        settings = settings.replace(**changes)
    if not isinstance(summary, str) or not summary.strip():
        raise InputError("summary is empty")
    if source is not None and (not isinstance(source, str) or not source.strip()):
        raise InputError("source is empty")
    if source is not None and len(summary) > max(2 * len(source), _SWAP_MIN_CHARS):
        raise InputError(
            f"the summary ({len(summary):,} characters) is over twice as long as its source "
            f"({len(source):,}): are the summary and the source swapped?"
        )
    if source is None and settings.checks_explicit:
        need = [c for c in settings.checks if load(c).NEEDS_SOURCE]
        if need:
            raise ConfigError(
                f"check{'s' * (len(need) > 1)} {', '.join(need)} need{'s' * (len(need) == 1)} a "
                f"source article (without one only leftover can run)"
            )

    ctx = CheckContext(
        summary=Document(summary),
        source=Document(source) if source is not None else None,
        settings=settings,
    )
    ran: list[str] = []
    for name in settings.checks:
        module = load(name)
        if module.NEEDS_SOURCE and ctx.source is None:
            continue
        found = module.run(ctx)
        if name == "leftover":
            ctx.excluded = sorted((f.start, f.end) for f in found)
        else:
            # Chatbot text is reported once, as a leftover, not again as a bad name or number.
            found = [f for f in found if not ctx.overlaps_excluded(f.start, f.end)]
        ctx.findings.extend(found)
        ran.append(name)

    findings, suppressed = split_suppressed(
        _dedupe(ctx.findings), summary, settings.ignore, settings.known_names,
        settings.known_phrases,
    )
    return Report(
        summary=summary,
        findings=findings,
        score=combine(findings, ctx.support, settings.backend, ctx.summary, ctx.source),
        signature=settings.signature(source_given=source is not None, checks=tuple(ran)),
        source_given=source is not None,
        checks_run=tuple(ran),
        support=list(ctx.support),
        suppressed=suppressed,
    )
