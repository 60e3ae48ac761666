"""The support check: how well the source backs each summary sentence, and which part does not.

1. The backend (settings.backend: finsum, lexical, embedding or nli) scores every content
   sentence (leftover text cut away) against its best source passage -> ctx.support.
   With the finsum backend (finsum's own model), the word-overlap path below runs first and the
   model reads the claims it doubts: see `_finsum` and `model_findings`.
2. Unsupported clauses: an adjunct clause (introduced by "after", "because", "to <verb>",
   "mainly", "amid", "which", ... up to the next clause boundary) whose content words are mostly
   absent from the source is reported on its own, e.g. an invented cause or motive tacked onto a
   faithful main clause. Numbers and hedges ("roughly") do not count here: the number check owns
   numbers.
3. A sentence whose support score is below the backend's warning level, and that has no flagged
   clause and no error from another check, is reported whole.

An `unsupported` finding is an error when its support score is below the error threshold
(settings.error_threshold, else the fitted one in summarizer/data/calibration.json), otherwise a
warning. Its message says in plain words how much of it the source backs (the scores stay in
`Report.support`). With the nli backend, a sentence whose
best passage contradicts it (P(contradiction) >= CONTRADICTION) is a `contradiction` error.
Spans mostly covered by findings of earlier checks are not reported again."""

from __future__ import annotations

import bisect
import math
import re

from ..backends import get_backend
from ..backends.lexical import (
    Token,
    coverage,
    grams_of,
    ngram_precision,
    novel_tokens,
    source_index,
    tokenize,
    window_text,
    word_range,
)
from ..findings import Finding
from ..scoring import sentence_probability, thresholds
from ..text import Document
from .base import CheckContext
from .reactions import reaction_findings
from .sentiment import sentiment_findings
from .superlatives import superlative_findings
from .verdicts import verdict_findings

NAME = "support"
NEEDS_SOURCE = True

CONTRADICTION = 0.9
# Clause markers: a clause starts at one of these (or at "to" + a lower-case verb-like word).
MARKERS = frozenset(
    ["after", "because", "amid", "as", "following", "since", "while", "whereas", "despite", "although", "though", "which", "who", "mainly", "largely", "partly", "primarily", "chiefly", "due", "thanks", "citing", "prompting", "sending", "driven", "fuelled", "fueled", "spurred", "sparked", "triggered", "hurt", "helped", "boosted", "weighed"]
)
HEDGES = frozenset(
    ["roughly", "approximately", "about", "around", "nearly", "almost", "some", "just", "now", "even", "yet", "still", "only", "more", "less", "than", "over", "under"]
)
BOUNDARY = ",;:\u2014\u2013()[]"
_BOUNDARY_CHARS = frozenset(BOUNDARY)
MIN_CLAUSE_UNSUPPORTED = 3
MIN_CLAUSE_FRACTION = 0.7


def _content(text: str, tokens: list[Token]) -> list[Token]:
    return [
        t for t in tokens
        if t.kind in ("word", "name") and text[t.start : t.end].lower().rstrip(".") not in HEDGES
    ]


def _boundary(gap: str, before: Token, after: Token) -> bool:
    """Punctuation between two tokens ends a clause, except a thousands comma ("7,800")."""
    if _BOUNDARY_CHARS.isdisjoint(gap):
        return False
    return not (gap == "," and before.kind == "number" and after.kind == "number")


def clauses(text: str, tokens: list[Token], start: int, end: int) -> list[tuple[int, int, bool]]:
    """(start, end, is_adjunct) clauses of summary[start:end]: split at punctuation and before
    clause markers; runs of markers ("mainly to", "due to") stay together."""
    toks = [t for t in tokens if start <= t.start and t.end <= end]
    cuts: list[tuple[int, bool]] = [(start, False)]
    prev_marker = False
    for i, t in enumerate(toks):
        word = text[t.start : t.end].lower()
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        is_marker = word in MARKERS or (
            word == "to" and nxt is not None and nxt.kind == "word"
            and text[nxt.start].islower() and not text[t.end : nxt.start].strip()
        )
        if i == 0:
            cuts[0] = (start, is_marker)
        elif _boundary(text[toks[i - 1].end : t.start], toks[i - 1], t):
            cuts.append((t.start, is_marker))
        elif is_marker and not prev_marker:
            cuts.append((t.start, True))
        prev_marker = is_marker
    out = []
    for k, (s, adj) in enumerate(cuts):
        e = cuts[k + 1][0] if k + 1 < len(cuts) else end
        while e > s and (text[e - 1].isspace() or text[e - 1] in BOUNDARY + "."):
            e -= 1
        if e > s:
            out.append((s, e, adj))
    return out


NOTHING = 0.2  # support below which "nothing there says this"
# Clause markers of a cause, purpose or consequence ("as", "to", "after", "driven by"); not of a
# contrast or a relative clause ("while", "though", "which", "who"), which often reword.
# Verbs that report an effect ("hurt tech names", "sending shares higher") introduce the thing
# affected, which summaries often reword; they are not causes.
CAUSAL = MARKERS - frozenset(["while", "whereas", "despite", "although", "though", "which", "who",
                              "since", "prompting", "sending", "spurred", "sparked", "triggered",
                              "hurt", "helped", "boosted", "weighed"]) | {"to"}


def _causal(text: str, start: int) -> bool:
    word = text[start:start + 12].split(maxsplit=1)
    return bool(word) and word[0].lower().strip(",;") in CAUSAL


# Words of a judgement of the whole news rather than a fact in it.
_TONE = frozenset(["tone", "upbeat", "confident", "confidence", "cautious", "cautiously",
                   "measured", "mixed", "careful", "guarded", "optimistic", "optimism",
                   "bullish", "bearish", "sober", "constructive", "downbeat", "gloomy",
                   "buoyant", "reassuring", "muted", "overpromise", "overpromising", "upbeat"])
_TONE_WORD = re.compile(r"[A-Za-z][a-z'\u2019-]*|\d")


def _characterises(text: str, start: int, end: int) -> bool:
    """A short sentence with no figure that only characterises the news ("Management struck a
    confident but measured tone", "The results were mixed, though."): an opinion of the whole
    that word overlap cannot check, so a warning at most."""
    words = _TONE_WORD.findall(text, start, end)
    return len(words) <= 14 and not any(w[0].isdigit() for w in words) and any(
        w.lower() in _TONE for w in words)


# A short sentence that only frames the news ("The catch is debt.", "It was a close call.",
# "Not everything went to plan."): no figure, no name the source lacks, no report of what
# someone said. LLM summaries write these between facts; word overlap cannot check them, and
# they are as common in faithful summaries as in unfaithful ones (eval/results/rules.md,
# session 10), so a warning at most.
_FRAME_WORDS = 9
_REPORTED = frozenset(["said", "says", "say", "told", "tells", "according", "announced",
                       "reported", "reports", "added"])


def _frames(ctx: CheckContext, start: int, end: int) -> bool:
    text = ctx.summary.text
    words = _TONE_WORD.findall(text, start, end)
    if not words or len(words) > _FRAME_WORDS or not words[0][0].isupper():
        return False  # long, or not cased prose (a lower-cased text hides its names)
    if any(w[0].isdigit() or w.lower() in _REPORTED for w in words):
        return False
    index = source_index(ctx.source)
    i, j = word_range(ctx.summary, start, end)
    return all(index.known(t.key) for t in tokenize(ctx.summary)[i:j] if t.kind == "name")


def _heading(text: str, start: int, end: int) -> bool:
    """A title line of the summary ("**Americas Carries Corvane as Europe Lags**"): a short
    line of its own with no closing stop. It frames the news; a warning at most."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip(" \t*#_>-")
    if text.endswith("**", start, end) and text[line_start:end].lstrip(" \t").startswith("**"):
        return True  # "**Impact on customers.** The bank ...": a bold label of its own
    return 0 < len(_TONE_WORD.findall(line)) <= 16 and line[-1:] not in ".!?" and "\n" in text


class _Spans:
    """Findings kept by start offset, so the ones that may overlap a span are found without a
    scan of them all (a long summary has findings in proportion to its length: a scan per
    sentence was quadratic)."""

    def __init__(self, findings=()):
        self.starts: list[int] = []
        self.items: list[Finding] = []
        self.reach = 0  # the longest finding
        for f in findings:
            self.add(f)

    def add(self, f: Finding) -> None:
        k = bisect.bisect_right(self.starts, f.start)
        self.starts.insert(k, f.start)
        self.items.insert(k, f)
        self.reach = max(self.reach, f.end - f.start)

    def near(self, start: int, end: int) -> list[Finding]:
        """The findings that may share a character with [start, end) (a superset: every one
        that starts before `end` and not so early that it ends before `start`)."""
        lo = bisect.bisect_left(self.starts, start - self.reach)
        return self.items[lo : bisect.bisect_left(self.starts, end)]

    def error_over(self, start: int, end: int) -> bool:
        return any(f.severity == "error" and f.overlaps(start, end) for f in self.near(start, end))


def _covered(f_start: int, f_end: int, findings: list[Finding]) -> float:
    """Fraction of [f_start, f_end) covered by earlier findings."""
    if f_end <= f_start:
        return 1.0
    marks = set()
    for f in findings:
        marks.update(range(max(f.start, f_start), min(f.end, f_end)))
    return len(marks) / (f_end - f_start)


def analyse(
    summary: Document, source: Document, start: int, end: int, lexical: float | None = None
) -> tuple[dict[str, float], list[tuple[int, int, list[Token]]]]:
    """SENTENCE_FEATURES of summary[start:end] (the sentence model's input) and its flagged
    adjunct clauses as (start, end, tokens). `lexical`: its lexical support if already known."""
    text = summary.text
    index = source_index(source)
    i, j = word_range(summary, start, end)
    toks = tokenize(summary)[i:j]
    if lexical is None:
        lexical, _ = coverage(toks, index)
    flagged = []
    clause_missing = 0
    for cs, ce, adjunct in clauses(text, toks, start, end):
        if not adjunct:
            continue
        ctoks = [t for t in toks if cs <= t.start and t.end <= ce]
        content = _content(text, ctoks)
        missing = sum(1 for t in content if not index.known(t.key))
        if missing < MIN_CLAUSE_UNSUPPORTED or missing < MIN_CLAUSE_FRACTION * len(content):
            continue
        flagged.append((cs, ce, ctoks))
        clause_missing = max(clause_missing, missing)
    (bigram,) = ngram_precision(grams_of(summary.lower[start:end]), index, (2,))
    content, novel, marked = novel_tokens(toks, index)
    feats = {
        "support": lexical,
        "bigram_precision": bigram,
        "novel_share": novel / content if content else 0.0,
        "novel_words": float(novel),
        "novel_names_numbers": float(marked),
        "clause_missing": float(clause_missing),
        "log_length": math.log1p(content),
    }
    return feats, flagged


def model_findings(ctx: CheckContext, backend, support, ruled: list[Finding] = (),
                   doubted: list[Finding] | None = None,
                   prior: list[Finding] | None = None) -> list[Finding]:
    """Findings of the finsum backend. The model judges the claims the word-overlap path doubts
    (`doubted`: its warnings; None: every claim): one below the model's warning level is
    unsupported (an error below its error level), reported on the clause that carries the
    problem when dropping one clause makes the rest supported, else on the whole claim; one the
    model supports loses the overlap path's warning (a reworded claim whose words the article
    lacks). Two signals must agree because the model alone flags more reworded faithful claims
    than invented ones (eval/results/model.md). A claim that already has a rule error (a wrong
    figure, name, date or direction) is not reported again. `prior`: the findings made before
    this check (default: the context's)."""
    levels = backend.thresholds
    error_below = ctx.settings.error_threshold
    if error_below is None:
        error_below = float(levels.get("error", 0.5))
    warn_below = max(error_below, float(levels.get("warning", error_below)))
    text = ctx.summary.text
    prior = ctx.findings if prior is None else prior
    earlier = _Spans(list(prior) + list(ruled))
    seen = _Spans(list(prior) + list(ruled))  # earlier findings and those made here
    out: list[Finding] = []
    for sup in support:
        s, e, p = sup.start, sup.end, sup.score
        if p >= warn_below or earlier.error_over(s, e):
            continue
        if doubted is not None and not any(d.overlaps(s, e) for d in doubted):
            continue  # the model alone does not flag a claim (measured: eval/results/model.md)
        severity = "error" if p < error_below else "warning"
        i, j = word_range(ctx.summary, s, e)
        toks = tokenize(ctx.summary)[i:j]
        adjuncts = [(cs, ce) for cs, ce, adj in clauses(text, toks, s, e) if adj]
        found = backend.localise(ctx.summary, ctx.source, s, e, adjuncts, warn_below) if adjuncts else []
        spans = [(cs, ce, "this clause is") for cs, ce, _ in found] or [(s, e, "this sentence is")]
        for fs, fe, what in spans:
            if _covered(fs, fe, seen.near(fs, fe)) >= 0.5:
                continue
            out.append(Finding.at(
                text, fs, fe, "unsupported",
                f"{what} not supported by the article (model confidence {1 - p:.2f})",
                sup.evidence, severity, "SUP001" if what == "this clause is" else "SUP002",
            ))
            seen.add(out[-1])
    return out


def run(ctx: CheckContext) -> list[Finding]:
    if ctx.source is None:
        return []
    settings = ctx.settings
    backend = get_backend(settings)
    spans = ctx.content_sentences()
    # A market reaction (SUP003), a record (SUP004), a consensus (SUP005) or a mood (SUP006)
    # the source never reports is judged first: the overlap and model paths then leave its span
    # alone.
    reactions = (reaction_findings(ctx) + superlative_findings(ctx) + verdict_findings(ctx)
                 + sentiment_findings(ctx))
    prior = list(ctx.findings) + reactions
    if settings.backend == "finsum":
        return reactions + _finsum(ctx, backend, spans, prior)
    support = backend.support(ctx.summary, ctx.source, spans)
    ctx.support.extend(support)
    return reactions + overlap_findings(ctx, settings.backend, support,
                                        settings.error_threshold, prior)


def _finsum(ctx: CheckContext, backend, spans: list[tuple[int, int]],
            prior: list[Finding]) -> list[Finding]:
    """finsum's own model: the overlap path's confident errors (an adjunct clause whose words
    the article lacks) stay, as a rule; the model reads the claims the overlap path doubts (its
    warnings) and no rule error covers - only those, so a summary the overlap path finds
    supported costs no model time. The report's support is the model's P(supported) for the
    claims it read and the word-overlap support for the rest."""
    from ..backends.lexical import LexicalBackend

    support = LexicalBackend().support(ctx.summary, ctx.source, spans)
    overlap = overlap_findings(ctx, "lexical", support, None, prior)
    ruled = [f for f in overlap if f.severity == "error"]
    doubted = [f for f in overlap if f.severity == "warning"]
    errors = [f for f in prior + ruled if f.severity == "error"]
    judged = [i for i, sup in enumerate(support)
              if any(d.overlaps(sup.start, sup.end) for d in doubted)
              and not any(f.overlaps(sup.start, sup.end) for f in errors)]
    if judged:
        read = backend.support(ctx.summary, ctx.source, [spans[i] for i in judged])
        for i, sup in zip(judged, read):
            support[i] = sup
    ctx.support.extend(support)
    return ruled + model_findings(ctx, backend, [support[i] for i in judged], ruled, doubted,
                                  prior)


def _figures_checked(ctx: CheckContext, start: int, end: int) -> bool:
    """The span states figures and the number check found the source gives every one of them
    ("Adj. EPS up ~7% y/y to $1.12"): a reworded claim anchored by the source's own figures is
    a warning at most."""
    if "number" not in ctx.settings.checks:
        return False
    from ..parsing.quantities import parse_quantities

    qs = [q for q in ctx.summary.memo("quantities", lambda d: parse_quantities(d.text))
          if start <= q.start and q.end <= end]
    return bool(qs) and not any(f.kind == "number" and f.overlaps(q.start, q.end)
                                for q in qs for f in ctx.findings)


def overlap_findings(
    ctx: CheckContext, backend_name: str, support, error_below: float | None,
    prior: list[Finding] | None = None,
) -> list[Finding]:
    """Findings of the word-overlap path (lexical, embedding and nli backends). `prior`: the
    findings made before it, whose spans it leaves alone (default: the context's)."""
    levels = thresholds(backend_name)
    # A threshold set by the user governs every unsupported error; the invented-context rule
    # below is part of the fitted default.
    fitted = error_below is None
    if error_below is None:
        error_below = levels["error"]
    warn_below = levels["warning"]
    lexical = backend_name == "lexical"
    text = ctx.summary.text
    index = source_index(ctx.source)
    prior = ctx.findings if prior is None else prior
    earlier = _Spans(prior)
    seen = _Spans(prior)  # earlier findings and those made here
    out: list[Finding] = []

    def emit(s: int, e: int, score: float, p: float, evidence: str | None, what: str) -> None:
        if _covered(s, e, seen.near(s, e)) >= 0.5:
            return
        # An error needs both a low fitted probability and low support: a short sentence whose
        # words are mostly in the source ("The shares slid 7.8%.") is a warning at most. A cause
        # or purpose clause the source backs nowhere ("as investors cheered a strong holiday
        # season") is an error on its own: invented context (eval/results/rules.md, round 4).
        invented = fitted and what.endswith("clause is") and score < NOTHING and _causal(text, s)
        severity = "error" if invented or (p < error_below and score < warn_below
                                           and not (fitted and _figures_checked(ctx, s, e))
                                           and not (fitted and _characterises(text, s, e))
                                           and not (fitted and what.endswith("sentence is")
                                                    and (_frames(ctx, s, e) or _heading(text, s, e)
                                                         or len(_TONE_WORD.findall(text, s, e)) <= 2))) \
            else "warning"
        out.append(Finding.at(
            text, s, e, "unsupported",
            f"{what} not in the source: " + ("nothing there says this" if score < NOTHING
                                              else "the source backs only some of its words"),
            evidence, severity,
            "SUP001" if what.endswith("clause is") else "SUP002",
        ))
        seen.add(out[-1])

    for sup in support:
        s, e = sup.start, sup.end
        if (
            backend_name == "nli" and sup.contradiction >= CONTRADICTION
            and _covered(s, e, earlier.near(s, e)) < 0.5
        ):
            out.append(Finding.at(
                text, s, e, "contradiction",
                f"the source contradicts this sentence (P(contradiction) {sup.contradiction:.2f})",
                sup.evidence, "error", "CON008",
            ))
            continue
        feats, flagged = analyse(ctx.summary, ctx.source, s, e, sup.score if lexical else None)
        p = sentence_probability(feats)
        for cs, ce, ctoks in flagged:
            cscore, win = coverage(ctoks, index)
            if not lexical:
                cscore = (cscore + sup.score) / 2
            emit(cs, ce, cscore, p, sup.evidence or window_text(ctx.source, index, win),
                 "this clause is")
        if flagged or (sup.score >= warn_below and p >= error_below):
            continue
        if earlier.error_over(s, e):
            continue
        emit(s, e, sup.score, p, sup.evidence, "this sentence is")
    return out
