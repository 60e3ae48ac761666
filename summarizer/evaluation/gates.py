"""CI gates. `evaluate_gates` is the single source of both the verdict that is printed and the
exit code, so the two can never disagree.

With no gate option at all, the batch fails when any summary has an error finding (like
`finsum check`); once any gate is given, only the given gates apply (`--fail-on none` turns the
finding gate off, e.g. for a report-only benchmark run)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from ..errors import ConfigError
from .aggregate import Aggregate
from .runner import RowResult

FAIL_ON = ("error", "warning", "none")


@dataclass(frozen=True)
class GateOptions:
    fail_under: float | None = None  # minimum pass rate
    fail_on: str | None = None  # error | warning | none (None: "error" when no other gate is set)
    min_rouge1: float | None = None
    min_rouge2: float | None = None
    min_rougeL: float | None = None
    min_balanced_accuracy: float | None = None

    def __post_init__(self) -> None:
        if self.fail_on is not None and self.fail_on not in FAIL_ON:
            raise ConfigError(f"--fail-on must be one of {', '.join(FAIL_ON)}, got {self.fail_on!r}")
        for name in ("fail_under", "min_rouge1", "min_rouge2", "min_rougeL", "min_balanced_accuracy"):
            v = getattr(self, name)
            if v is not None and not 0.0 <= v <= 1.0:
                raise ConfigError(f"--{_flag(name)} must be in [0, 1], got {v:g}")

    @property
    def effective_fail_on(self) -> str:
        if self.fail_on is not None:
            return self.fail_on
        others = (self.fail_under, self.min_rouge1, self.min_rouge2, self.min_rougeL,
                  self.min_balanced_accuracy)
        return "error" if all(v is None for v in others) else "none"


def _flag(name: str) -> str:
    return name.replace("_", "-")


def parse_fraction(value: str | None, flag: str) -> float | None:
    """A gate threshold: a fraction in [0, 1] ("0.9") or a percentage ("90%")."""
    if value is None:
        return None
    text = value.strip()
    try:
        v = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        raise ConfigError(f"{flag} needs a number in [0, 1] or a percentage, got {value!r}") from None
    if not 0.0 <= v <= 1.0 or v != v:
        raise ConfigError(f"{flag} must be in [0, 1] (or 0%-100%), got {value!r}")
    return v


@dataclass(frozen=True)
class GateResult:
    passed: bool
    failures: list[str] = field(default_factory=list)
    input_errors: int = 0  # rows that could not be evaluated: exit 2 at the end

    @property
    def exit_code(self) -> int:
        if self.input_errors:
            return 2
        return 0 if self.passed else 1

    @property
    def verdict(self) -> str:
        """PASS, FAIL, or ERROR (some rows could not be evaluated), as printed."""
        if self.input_errors:
            return "ERROR"
        return "PASS" if self.passed else "FAIL"

    def describe(self) -> str:
        """One line: the verdict and why."""
        reasons = list(self.failures)
        if self.input_errors:
            n = self.input_errors
            reasons.insert(0, f"{n} row{'s' * (n != 1)} could not be evaluated")
        return self.verdict + (": " + "; ".join(reasons) if reasons else "")


def _min_gate(failures: list[str], label: str, flag: str, value: float | None, limit: float | None,
              missing: str) -> None:
    if limit is None:
        return
    if value is None:
        failures.append(f"{flag} {limit:g} cannot be checked: {missing}")
    elif value < limit:
        failures.append(f"{label} {value:.4f} < {limit:g} ({flag})")


def evaluate_gates(aggregate: Aggregate, results: Sequence[RowResult], options: GateOptions,
                   bad_rows: dict[str, int] | None = None) -> GateResult:
    """The gates on a run. `bad_rows` (Aggregator.bad_rows: rows with an error finding, rows
    with any finding) saves reading `results` again for --fail-on; without it they are counted
    from `results`."""
    failures: list[str] = []
    if options.fail_under is not None:
        rate = aggregate.pass_rate or 0.0
        if rate < options.fail_under:
            failures.append(f"pass rate {rate:.4f} < {options.fail_under:g} (--fail-under)")
    fail_on = options.effective_fail_on
    if fail_on != "none":
        severities = ("error",) if fail_on == "error" else ("error", "warning")
        if bad_rows is not None:
            bad = bad_rows["error" if fail_on == "error" else "warning"]
        else:
            bad = sum(1 for r in results if any(f.severity in severities for f in r.findings))
        if bad:
            what = "error findings" if fail_on == "error" else "findings"
            failures.append(
                f"{bad} row{'s' * (bad != 1)} with {what} (--fail-on {fail_on})"
            )
    no_ref = "no row has a reference"
    _min_gate(failures, "mean ROUGE-1", "--min-rouge1", aggregate.rouge.get("rouge1"),
              options.min_rouge1, no_ref)
    _min_gate(failures, "mean ROUGE-2", "--min-rouge2", aggregate.rouge.get("rouge2"),
              options.min_rouge2, no_ref)
    _min_gate(failures, "mean ROUGE-Lsum", "--min-rougeL", aggregate.rouge.get("rougeLsum"),
              options.min_rougeL, no_ref)
    _min_gate(failures, "balanced accuracy", "--min-balanced-accuracy",
              aggregate.labels.get("balanced_accuracy"), options.min_balanced_accuracy,
              "labels of both classes are needed")
    return GateResult(passed=not failures, failures=failures, input_errors=aggregate.errors)
