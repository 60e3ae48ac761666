"""finsum: vet AI-written financial news summaries.

    >>> from summarizer import check
    >>> report = check(source, summary)
    >>> report.verdict, report.score, report.findings

Heavy libraries (torch, transformers) are imported only by the model backends and
summarization engines that need them, so importing this package is cheap.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "check", "check_many", "clean", "Finding", "Report", "Settings"]


def __getattr__(name: str):
    # Lazy re-exports keep `import summarizer` (and `finsum --help`) fast.
    if name in ("check", "check_many"):
        from . import checker

        return getattr(checker, name)
    if name == "clean":
        from .checks.leftover import clean

        return clean
    if name in ("Finding", "Report"):
        from . import findings

        return getattr(findings, name)
    if name == "Settings":
        from .settings import Settings

        return Settings
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
