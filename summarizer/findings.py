"""The one `Finding` type that flows from every check to every output format, and the `Report`
that collects them for one summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

Kind = Literal["leftover", "number", "date", "entity", "contradiction", "unsupported"]
Severity = Literal["error", "warning"]
Verdict = Literal["pass", "fail"]
KINDS: tuple[str, ...] = get_args(Kind)
SEVERITIES: tuple[str, ...] = get_args(Severity)


@dataclass(frozen=True)
class Finding:
    """One problem in a summary. `start`/`end` are character offsets into the summary as read,
    and `text == summary[start:end]`."""

    kind: Kind
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    evidence: str | None = None
    # Stable rule code (e.g. "NUM001"); every rule sets its own. Empty only for findings built
    # by code that predates the rule registry.
    code: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown finding kind {self.kind!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    @classmethod
    def at(
        cls,
        summary: str,
        start: int,
        end: int,
        kind: Kind,
        message: str,
        evidence: str | None = None,
        severity: Severity = "error",
        code: str = "",
    ) -> "Finding":
        """Build a finding for summary[start:end], trimming surrounding whitespace."""
        while start < end and summary[start].isspace():
            start += 1
        while end > start and summary[end - 1].isspace():
            end -= 1
        return cls(kind, severity, start, end, summary[start:end], message, evidence, code)

    def overlaps(self, start: int, end: int) -> bool:
        """True when the finding's span shares a character with [start, end)."""
        return self.start < end and start < self.end

    @property
    def rule(self) -> str:
        """The rule code, or the kind for a finding without one (what reports show as a title)."""
        return self.code or self.kind

    def to_dict(self) -> dict[str, Any]:
        """The finding as in the JSON contract (`code` is null when empty)."""
        return {
            "kind": self.kind,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "evidence": self.evidence,
            "code": self.code or None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Finding":
        """The inverse of `to_dict`."""
        return cls(
            d["kind"], d["severity"], int(d["start"]), int(d["end"]), d["text"], d["message"],
            d.get("evidence"), d.get("code") or "",
        )


@dataclass(frozen=True)
class SentenceSupport:
    """How well one summary sentence is supported: best source passage and its score in [0, 1]."""

    start: int
    end: int
    score: float
    evidence: str | None
    contradiction: float = 0.0


@dataclass(frozen=True)
class Suppressed:
    """A finding dropped by a suppression, kept so that nothing disappears silently.

    `by` is the setting that dropped it; `match` is the entry of that setting that matched (the
    ignored code, prefix or kind; the known name; the known phrase)."""

    finding: Finding
    by: Literal["ignore", "known-names", "known-phrases"]
    match: str

    def to_dict(self) -> dict[str, Any]:
        """The finding's JSON plus `suppressed_by` and `match`."""
        return {**self.finding.to_dict(), "suppressed_by": self.by, "match": self.match}


@dataclass
class Report:
    """The result of checking one summary. `verdict` is "fail" exactly when at least one
    finding has error severity. Suppressed findings are in `suppressed`, not in `findings`."""

    summary: str
    findings: list[Finding]
    score: float
    signature: str
    source_given: bool = True
    checks_run: tuple[str, ...] = ()
    support: list[SentenceSupport] = field(default_factory=list)
    suppressed: list[Suppressed] = field(default_factory=list)

    @property
    def verdict(self) -> Verdict:
        """The verdict: "fail" when a finding has error severity, else "pass"."""
        return "fail" if any(f.severity == "error" for f in self.findings) else "pass"

    @property
    def passed(self) -> bool:
        """True when the verdict is "pass"."""
        return self.verdict == "pass"

    @property
    def faithful(self) -> bool:
        """No error about the content: leftover chatbot text aside, nothing fails the summary."""
        return not any(f.severity == "error" and f.kind != "leftover" for f in self.findings)

    @property
    def clean(self) -> bool:
        """No leftover chatbot text."""
        return not any(f.kind == "leftover" for f in self.findings)

    def count(self, severity: Severity | None = None) -> int:
        """The number of findings, or of findings of one severity."""
        return sum(1 for f in self.findings if severity is None or f.severity == severity)

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON contract of `finsum check --format json`. `suppressed` is present
        only when a suppression dropped a finding."""
        out: dict[str, Any] = {
            "verdict": self.verdict,
            "score": round(float(self.score), 4),
            "findings": [f.to_dict() for f in self.findings],
            "signature": self.signature,
            "faithful": self.faithful,
            "clean": self.clean,
        }
        if self.suppressed:
            out["suppressed"] = [s.to_dict() for s in self.suppressed]
        return out
