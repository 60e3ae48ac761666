"""Run the checks on one (source, summary) pair and build the `Report`.

A batch usually holds several summaries of one article (FRANK: 4.5 a article), and parsing the
article is most of a check's work. `check` therefore keeps the last few parsed articles, keyed by
their text, and `check_many(source, summaries)` parses the article once for all its summaries.
Reports are the same either way (tests compare them)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable

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


# Parsed articles kept between calls: a few entries (a batch groups an article's summaries
# together), and only articles up to CACHE_MAX_CHARS (a parsed article takes ~50x its size).
CACHE_ENTRIES = 4
CACHE_MAX_CHARS = 500_000
_articles: OrderedDict[str, Document] = OrderedDict()
_articles_lock = threading.Lock()


def _article(source: str) -> Document:
    """The parsed `source`, from the cache when it was checked recently."""
    if len(source) > CACHE_MAX_CHARS:
        return Document(source)
    with _articles_lock:
        doc = _articles.get(source)
        if doc is not None:
            _articles.move_to_end(source)
            return doc
        doc = _articles[source] = Document(source)
        while len(_articles) > CACHE_ENTRIES:
            _articles.popitem(last=False)[1].release()
        return doc


def _cached(doc: Document | None) -> bool:
    return doc is not None and _articles.get(doc.text) is doc


def _done_with(doc: Document | None) -> None:
    """Release a source document unless the cache keeps it."""
    if doc is not None and not _cached(doc):
        doc.release()


def clear_article_cache() -> None:
    """Forget every parsed article (frees their memory)."""
    with _articles_lock:
        for doc in _articles.values():
            doc.release()
        _articles.clear()


def _resolve(settings: Settings | None, overrides: dict) -> Settings:
    if settings is None:
        return load_settings(**overrides) if overrides else Settings()
    if not overrides:
        return settings
    changes = dict(overrides)
    if changes.get("checks") is not None:  # asked for explicitly: must be able to run
        changes["checks"] = tuple(changes["checks"])
        changes["checks_explicit"] = True
    return settings.replace(**changes)


def _check_pair(source: str | None, summary: str, settings: Settings) -> None:
    """Refuse swapped arguments, and explicitly asked-for checks that cannot run."""
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


def _check_source(source: str | None) -> None:
    if source is not None and (not isinstance(source, str) or not source.strip()):
        raise InputError("source is empty")


def _check_summary(summary: str) -> None:
    if not isinstance(summary, str) or not summary.strip():
        raise InputError("summary is empty")


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
    settings = _resolve(settings, overrides)
    _check_summary(summary)
    _check_source(source)
    _check_pair(source, summary, settings)
    doc = _article(source) if source is not None else None
    try:
        return _run(doc, summary, settings, one_pass=doc is not None and not _cached(doc))
    finally:
        _done_with(doc)


def check_many(
    source: str | None,
    summaries: Iterable[str],
    settings: Settings | None = None,
    **overrides,
) -> list[Report]:
    """Check several summaries of one article, parsing the article once. The same Reports, in
    the same order, as calling `check(source, s)` for each summary. An empty summary raises
    InputError before any is checked."""
    settings = _resolve(settings, overrides)
    summaries = list(summaries)
    for s in summaries:
        _check_summary(s)
    _check_source(source)
    for s in summaries:
        _check_pair(source, s, settings)
    doc = _article(source) if source is not None else None
    one_pass = doc is not None and len(summaries) == 1 and not _cached(doc)
    try:
        return [_run(doc, s, settings, one_pass) for s in summaries]
    finally:
        _done_with(doc)


def _run(source: Document | None, summary: str, settings: Settings, one_pass: bool = False) -> Report:
    """The report of one summary. `one_pass`: the source is read for this summary alone (a long
    article the cache does not keep), so each check's parse of it is dropped before the next
    check starts: peak memory is the largest check's, not the sum of all (a memo is a cache of
    pure parse results, so the report is the same)."""
    ctx = CheckContext(summary=Document(summary), source=source, settings=settings)
    try:
        return _report(ctx, summary, settings, one_pass)
    finally:
        ctx.summary.release()


def _report(ctx: CheckContext, summary: str, settings: Settings, one_pass: bool = False) -> Report:
    source = ctx.source
    ran: list[str] = []
    for name in settings.checks:
        module = load(name)
        if module.NEEDS_SOURCE and ctx.source is None:
            continue
        if one_pass and ran and source is not None:
            # The last check's parse stays (the score reads the support index). The summary's
            # memo goes too: what it caches may point into the source's parse.
            source.release()
            ctx.summary.release()
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
    findings, suppressed = split_suppressed(
        findings, summary, settings.ignore, settings.known_names, settings.known_phrases,
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
