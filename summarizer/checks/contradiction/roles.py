"""Role swaps: who buys whom (CON005), who leads the merged company (CON006), whose holders own
which stake (CON003), and a partial recovery given as complete (CON007)."""

from __future__ import annotations

from ...parsing.directions import (
    Analysis,
    word_list,
)
from ...text import stem
from .polarity import Clash
from .view import (
    ACQ_NOUNS,
    ACQ_VERBS,
    ALL,
    CAL,
    CORP,
    CURRENCY_WORDS,
    HOLDERS,
    LEAD_VERBS,
    MERGED,
    OWN_CUES,
    RECOVER,
    STOP,
    TITLES,
    Num,
    View,
    _token_at,
    same_figure,
)


# ---------------------------------------------------------------------------------- role swaps
def _entities(a: Analysis, lo: int, hi: int) -> list[tuple[int, int]]:
    """Runs of capitalised words (token index ranges) within tokens[lo:hi]."""
    text = a.text
    runs = []
    i = lo
    while i < hi:
        t = a.tokens[i]
        if t.kind == "w" and text[t.start].isupper() and t.stem not in STOP and t.stem not in CAL:
            j = i + 1
            while (
                j < hi
                and a.tokens[j].kind == "w"
                and text[a.tokens[j].start].isupper()
                and text[a.tokens[j - 1].end : a.tokens[j].start].strip() == ""
            ):
                j += 1
            if text[a.tokens[j - 1].end : a.tokens[j - 1].end + 1] != "-":  # "Peru-focused"
                runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _key(a: Analysis, run: tuple[int, int]) -> frozenset:
    return frozenset(t.low for t in a.tokens[run[0] : run[1]] if t.low not in CORP)


def _name(a: Analysis, run) -> str:
    return a.text[a.tokens[run[0]].start : a.tokens[run[1] - 1].end]


def _targets(a: Analysis, lo: int, hi: int) -> list:
    """Entities after an acquisition verb, up to "for"/"in"/"from" or a comma: "U.S. biotech
    company Corvana Therapeutics" gives both runs; the matcher decides which one is named."""
    stop = lo
    while stop < hi and a.tokens[stop].low not in ("for", "from", "in", ",", "valuing", "at"):
        stop += 1
    return [r for r in _entities(a, lo, stop) if len(_key(a, r)) > 0]


_DETERMINERS = word_list("determiners")
_ACQ_WORDS = ACQ_VERBS | ACQ_NOUNS


def _acquisitions(a: Analysis) -> list[tuple]:
    """(acquirer key, [target keys], start, end, acquirer name, target name) for "X agreed to buy
    Y", "Y was acquired by X", "X's acquisition of Y"."""
    out = []
    for i in a.tokens.words_in(_ACQ_WORDS):
        t = a.tokens[i]
        seg_a, seg_b = a.segments[a.seg_of[i]]
        before = _entities(a, max(seg_a, i - 10), i)
        nxt = a.tokens[i + 1].low if i + 1 < seg_b else ""
        if nxt == "by":  # "was acquired by", "Qolqa's purchase by"
            after = _entities(a, i + 2, min(seg_b, i + 6))
            if before and after:
                out.append((after[0], [before[-1]]))
            continue
        if t.stem in ACQ_NOUNS and nxt == "of":
            after = _targets(a, i + 2, min(seg_b, i + 10))
            if not after:
                continue
            by = after[0][1]
            if by < seg_b and a.tokens[by].low == "by":
                acq = _entities(a, by + 1, min(seg_b, by + 5))
                if acq:
                    out.append((acq[0], after[:1]))
                continue
            if before and before[-1][1] >= i - 4:
                out.append((before[-1], after))
            continue
        if t.stem in ACQ_VERBS and not (i > seg_a and a.tokens[i - 1].low in _DETERMINERS):
            after = _targets(a, i + 1, min(seg_b, i + 10))
            if before and after:
                out.append((before[-1], after))
    res = []
    for acq_run, tgt_runs in out:
        acq = _key(a, acq_run)
        tgts = [(_key(a, r), r) for r in tgt_runs]
        tgts = [(k, r) for k, r in tgts if k and not acq & k]
        if acq and tgts:
            runs = [acq_run] + [r for _, r in tgts]
            s = min(a.tokens[r[0]].start for r in runs)
            e = max(a.tokens[r[1] - 1].end for r in runs)
            res.append((acq, [k for k, _ in tgts], s, e, _name(a, acq_run), _name(a, tgts[0][1])))
    return res


def _acquisition_clashes(ctx, summ: View, src: View) -> list[Clash]:
    mine = [x for a in summ.analyses(range(len(summ.sentences))) for x in _acquisitions(a)]
    if not mine:
        return []
    idxs = set().union(*(src.occ(w) for w in ACQ_VERBS | ACQ_NOUNS))
    theirs = [x for a in src.analyses(sorted(idxs)) for x in _acquisitions(a)]
    out = []
    for acq, tgts, s, e, acq_name, tgt_name in mine:
        if ctx.overlaps_excluded(s, e):
            continue
        # The summary names one target: the one of its candidates the source deal involves.
        for A, Ts, ss, _, a_name, t_name in theirs:
            if any(acq & T for T in Ts) and any(t & A for t in tgts[:1]) and not acq & A:
                # Its acquirer is the source's target and its target the source's acquirer.
                span_end = e
                out.append(
                    Clash(
                        s,
                        span_end,
                        f"{acq_name} is buying {tgt_name}",
                        f"{a_name} is buying {t_name}",
                        src.doc.sentence_text(ss),
                        f"the source has {a_name} buying {t_name}, not {acq_name} buying {tgt_name}",
                    )
                )
                break
    return out


def _person_like(a: Analysis, run: tuple[int, int]) -> bool:
    """Two or more capitalised words, no title, not a possessive ("Northspire's CEO")."""
    first, last = run
    toks = a.tokens[first:last]
    if len(toks) < 2 or any(t.stem in TITLES or t.low in CORP for t in toks):
        return False
    return not a.text.startswith(("'s", "\u2019s"), toks[-1].end)


def _after_title(a: Analysis, run: tuple[int, int]) -> tuple[int, int]:
    """ "Qolqa CEO Martin Huaman" -> "Martin Huaman"."""
    first, last = run
    for k in range(last - 1, first - 1, -1):
        if a.tokens[k].stem in TITLES:
            return (k + 1, last)
    return run


def _leaders(a: Analysis) -> list[tuple[str, int, int, str]]:
    """(surname, start, end, name) for "X will lead/run/head the combined company" and "the
    combined company will be led/run by X"."""
    out = []
    toks = a.tokens
    for i in toks.words_in(LEAD_VERBS):
        seg_a, seg_b = a.segments[a.seg_of[i]]
        if i + 1 < seg_b and toks[i + 1].low == "by":
            # Passive: "the enlarged group will be run by Ines Okafor".
            if not any(x.stem in MERGED for x in toks[max(seg_a, i - 6) : i]):
                continue
            people = [r for r in _entities(a, i + 2, min(seg_b, i + 8)) if _person_like(a, r)]
            if not people:
                continue
            first, last = people[0]
            k = max(seg_a, i - 6)
            while k < i and toks[k].stem not in MERGED:
                k += 1
            k = max(seg_a, k - 1) if k > seg_a and toks[k - 1].low == "the" else k
            name = a.text[toks[first].start : toks[last - 1].end]
            out.append((toks[last - 1].low, toks[k].start, toks[last - 1].end, name))
            continue
        j = i + 1
        while j < min(seg_b, i + 4) and toks[j].stem not in MERGED:
            j += 1
        if j >= min(seg_b, i + 4):
            continue
        end_tok = j + 1 if j + 1 < seg_b and toks[j + 1].kind == "w" else j
        people = [
            r
            for r in (_after_title(a, r) for r in _entities(a, max(seg_a, i - 9), i))
            if _person_like(a, r)
        ]
        if not people:
            continue
        first, last = people[-1]
        # Extend back over titles and affiliations: "Qolqa chief executive Martin Huaman".
        k = first
        while k > seg_a and (
            toks[k - 1].stem in TITLES
            or (toks[k - 1].kind == "w" and a.text[toks[k - 1].start].isupper())
        ):
            k -= 1
        name = a.text[toks[first].start : toks[last - 1].end]
        out.append((toks[last - 1].low, toks[k].start, toks[end_tok].end, name))
    return out


def _leader_clashes(ctx, summ: View, src: View) -> list[Clash]:
    mine = [x for a in summ.analyses(range(len(summ.sentences))) for x in _leaders(a)]
    if not mine:
        return []
    idxs = set().union(*(src.occ(w) for w in LEAD_VERBS))
    theirs = [x for a in src.analyses(sorted(idxs)) for x in _leaders(a)]
    if not theirs:
        return []
    names = {n for n, _, _, _ in theirs}
    out = []
    for name, s, e, full in mine:
        if name in names or not src.occ(stem(name), name) or ctx.overlaps_excluded(s, e):
            continue
        _, ss, _, boss = theirs[0]
        out.append(
            Clash(
                s,
                e,
                f"{full} will lead the combined company",
                f"{boss} will, and {full} has another role",
                src.doc.sentence_text(ss),
                f"the source says {boss} will lead the combined company; {full} gets another role",
            )
        )
    return out


def _holders(view: View, idxs) -> list[tuple[frozenset, Num, int]]:
    """(holder key, percentage, start of the holder) for "Northspire investors will own 63%"."""
    out = []
    for k in idxs:
        stems = view.stems_of_sentence(k)
        if not stems & OWN_CUES or not stems & HOLDERS:
            continue
        a = view._read[k]
        _s, _e = view.sentences[k]
        for n in view.sentence_nums(k):
            if n.cls != "pct":
                continue
            i = _token_at(a, n.start)
            seg_a = a.segments[a.seg_of[min(i, len(a.tokens) - 1)]][0]
            for j in range(i - 1, max(seg_a, i - 10) - 1, -1):
                if a.tokens[j].stem in HOLDERS:
                    ents = _entities(a, max(seg_a, j - 4), j)
                    if ents and ents[-1][1] == j:
                        out.append((_key(a, ents[-1]), n, a.tokens[ents[-1][0]].start))
                    break
    return out


def _holder_clashes(ctx, summ: View, src: View) -> list[Clash]:
    mine = _holders(summ, range(len(summ.sentences)))
    if not mine:
        return []
    figs = [n for _, n, _ in mine]
    theirs = _holders(src, sorted(src.sentences_with_figures(figs, summ.text)))
    out = []
    for key, n, s in mine:
        if ctx.overlaps_excluded(s, n.end):
            continue
        same = [h for h in theirs if same_figure(h[1], n)]
        if not same or any(key & h[0] for h in same):
            continue
        if any(key & h[0] for h in theirs):
            other = same[0]
            own = next(h for h in theirs if key & h[0])
            pct = summ.text[n.start : n.end]
            out.append(
                Clash(
                    s,
                    n.end,
                    f"{summ.text[s : n.start].strip()} {pct}",
                    f"{src.text[other[2] : other[1].start].strip()} {pct}; "
                    f"{src.text[own[2] : own[1].end]}",
                    src.doc.sentence_text(other[1].start),
                )
            )
    return out


def _recoveries(view: View, idxs) -> list[tuple[int, Analysis, bool, list]]:
    """(verb token, analysis, says-all, figures after the verb) for "recovered ..."."""
    out = []
    for a in view.analyses(idxs):
        for i in a.tokens.words_in(RECOVER):
            t = a.tokens[i]
            seg_b = a.segments[a.seg_of[i]][1]
            window = a.tokens[max(0, i - 1) : min(seg_b, i + 4)]
            says_all = any(w.low in ALL for w in window)
            end = a.tokens[seg_b - 1].end
            figs = view.nums_between(t.end, end)
            out.append((i, a, says_all, figs))
    return out


def _recovery_clashes(ctx, summ: View, src: View) -> list[Clash]:
    mine = [r for r in _recoveries(summ, range(len(summ.sentences))) if r[2] and r[3]]
    if not mine:
        return []
    idxs = set().union(*(src.occ(w) for w in RECOVER))
    theirs = _recoveries(src, sorted(idxs))
    out = []
    for i, a, _, figs in mine:
        total = figs[0]
        for _, _, src_all, src_figs in theirs:
            part = [n for n in src_figs if n.cls == total.cls and n.value < total.value * 0.98]
            if part and not src_all:
                s, e = a.tokens[i].start, total.end
                rest = summ.text[e : e + 12].split()
                if rest and rest[0].lower().strip(".,;") in CURRENCY_WORDS:
                    e = summ.text.index(rest[0], e) + len(rest[0].rstrip(".,;"))
                if ctx.overlaps_excluded(s, e):
                    break
                ptext = src.text[part[0].start : part[0].end]
                out.append(
                    Clash(
                        s,
                        e,
                        f"all of {summ.text[total.start : total.end]} was recovered",
                        f"about {ptext} was",
                        src.doc.sentence_text(part[0].start),
                        f"the source says about {ptext} of {summ.text[total.start : total.end]} "
                        f"was recovered, not all of it",
                    )
                )
                break
    return out


