"""Run the checks on one (source, summary) pair and build the `Report`."""

from __future__ import annotations

from .checks import load
from .checks.base import CheckContext
from .errors import InputError
from .findings import Finding, Report
from .scoring import combine
from .settings import Settings, load_settings
from .text import Document


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple] = set()
    out = []
    for f in sorted(findings, key=lambda f: (f.start, f.end, f.kind)):
        key = (f.kind, f.start, f.end)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _copied(summary: Document, source: Document) -> list[tuple[int, int]]:
    """Spans of summary sentences (six words or more) copied word for word from the source: the
    source cannot contradict its own sentence, so no rule fails one (an extractive summary is
    faithful by construction)."""
    src = source.memo("checker.flat", lambda d: " ".join(d.text.split()))
    out = []
    for s, e in summary.sentences:
        flat = " ".join(summary.text[s:e].split())
        if len(flat.split()) >= 6 and flat in src:
            out.append((s, e))
    return out


def check(
    source: str | None,
    summary: str,
    settings: Settings | None = None,
    **overrides,
) -> Report:
    """Check `summary` against `source` (None: only the checks that need no source run).

    Returns a Report whose findings carry character offsets into `summary` exactly as given."""
    if settings is None:
        settings = load_settings(**overrides) if overrides else Settings()
    elif overrides:
        settings = settings.replace(**overrides)
    if not isinstance(summary, str) or not summary.strip():
        raise InputError("summary is empty")
    if source is not None and (not isinstance(source, str) or not source.strip()):
        raise InputError("source is empty")

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

    findings = _dedupe(ctx.findings)
    if ctx.source is not None and findings:
        copied = _copied(ctx.summary, ctx.source)
        findings = [f for f in findings if f.kind == "leftover"
                    or not any(s <= f.start and f.end <= e for s, e in copied)]
    return Report(
        summary=summary,
        findings=findings,
        score=combine(findings, ctx.support, settings.backend, ctx.summary, ctx.source),
        signature=settings.signature(source_given=source is not None),
        source_given=source is not None,
        checks_run=tuple(ran),
        support=list(ctx.support),
    )
