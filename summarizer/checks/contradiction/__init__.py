"""The contradiction check: the summary says the opposite of what the source says.

Direction flips ("fares fell" where the source has "Fares rose 21%"), beat/miss, raised/cut/kept,
net buyers/sellers, bought/sold, accepted/rejected, before/after tax, improved/worsened, highs/
lows, ranks ("largest ever" / "second largest"), profit/loss; role swaps (who buys whom, who
leads the merged company, whose shareholders own which share); a unanimous decision reported as
a split vote; "recovered all of X" where the source gives part; an action the source says was
not taken ("revoked its licence" / "stopped short of revoking its licence"); an aim or a plan
given as done ("went on to win the title" / "will be looking to win the title"); guidance
raised, lowered or kept said the wrong way (guidance.py); a rating move said the wrong way for
the agency's scale (ratings.py); a record the source bounds ("largest ever" / "largest since
2021": records.py); a hedge or condition dropped ("will finish March below" / "if February is
near normal, storage could finish March below": hedges.py); an approval given as granted that the
source says is only sought (approvals.py); a wager that moved the other way (wagers.py); a grade
or rating outlook given as another (grades.py); a figure put inside a place the source puts it
outside (places.py); a plan, talks or a possibility given as done (prospects.py); a figure
the source gives as unchanged said to have moved, or the reverse (unchanged.py); a decision
said to be what most forecasters expected when they expected another (consensus.py); an effect
the source rules out (effects.py); a figure said to be above or below a range that holds it
(ranges.py).

A summary statement is compared only with source statements that share its anchor: the same
quantity, or failing that the same subject/metric words. It is flagged only when every anchored
source statement has the opposite polarity; silence in the source is left to the support check.

Speed: the summary is read in full, the source only where the summary points (sentences that
share a figure or an anchor word with a summary claim), found with plain substring search."""

from __future__ import annotations

import bisect

from ...findings import Finding
from ..base import CheckContext
from .approvals import _approval_clashes
from .consensus import _consensus_clashes
from .effects import _effect_clashes
from .grades import _outlook_clashes
from .guidance import _guidance_clashes
from .hedges import _hedge_clashes
from .hoped import _hoped_clashes
from .places import _place_clashes
from .polarity import _polar_clashes
from .prospects import _event_clashes
from .ranges import _range_clashes
from .ratings import _rating_clashes
from .recommendations import _recommendation_clashes
from .records import _record_clashes
from .roles import _acquisition_clashes, _holder_clashes, _leader_clashes, _recovery_clashes
from .unchanged import _unchanged_clashes
from .view import NAME, NEEDS_SOURCE, View, numbers, same_figure  # noqa: F401
from .votes import _not_done_clashes, _vote_clashes


# ---------------------------------------------------------------------------------- run
def run(ctx: CheckContext) -> list[Finding]:
    if ctx.source is None:
        return []
    src = ctx.source.memo("contradiction.view", View)
    summ = View(ctx.summary, summary=True)
    summ.read_all()
    clashes = []
    for detect, code in (
        (_acquisition_clashes, "CON005"),
        (_leader_clashes, "CON006"),
        (_holder_clashes, "CON003"),
        (_recovery_clashes, "CON007"),
        (_vote_clashes, "CON004"),
        (_rating_clashes, "CON011"),
        (_recommendation_clashes, "CON022"),
        (_range_clashes, "CON021"),  # a price against the source's range: before the general rule
        (_polar_clashes, "CON001"),
        (_not_done_clashes, "CON002"),
        (_guidance_clashes, "CON010"),
        (_record_clashes, "CON012"),
        (_hedge_clashes, "CON013"),
        (_approval_clashes, "CON014"),
        (_outlook_clashes, "CON015"),
        (_place_clashes, "CON016"),
        (_event_clashes, "CON017"),
        (_hoped_clashes, "CON009"),  # after CON017: a plan given as done is told there first
        (_unchanged_clashes, "CON018"),
        (_consensus_clashes, "CON019"),
        (_effect_clashes, "CON020"),
    ):
        clashes.extend((code, c) for c in detect(ctx, summ, src))
    findings: list[Finding] = []
    # The spans taken so far, disjoint and sorted by start (so by end too): a new span overlaps
    # one of them only if it overlaps the last one starting before its end (a bisection, not a
    # scan: a summary with thousands of clashes stays linear).
    starts: list[int] = []
    ends: list[int] = []
    for code, c in clashes:
        k = bisect.bisect_left(starts, c.end)
        if k and ends[k - 1] > c.start:
            continue
        starts.insert(k, c.start)
        ends.insert(k, c.end)
        findings.append(
            Finding.at(
                ctx.summary.text,
                c.start,
                c.end,
                NAME,
                c.explain(),
                c.evidence,
                code=code,
            )
        )
    return sorted(findings, key=lambda f: f.start)
