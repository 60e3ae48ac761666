"""The plain sentences of the number check's findings: what the summary says, and the source
figure it was compared with."""

from __future__ import annotations

import re

from ...parsing.quantities import Quantity, describe
from .levels import _role
from .matching import _same_money, dimension
from .metrics import _BEFORE_REACH, _metric_match
from .metrics import _key as metric_key
from .partners import head_of, head_of_before


def _same_digits(q: Quantity, s: Quantity) -> bool:
    return abs(abs(q.value) - abs(s.value)) <= 1e-9 * max(1.0, abs(q.value))


# Currency words written singular before a noun ("a 1.5 billion crown buyback") that a message
# quoting the amount alone writes plural.
_PLURAL = re.compile(r"\b(crown|euro|dollar|pound|franc|rupee|peso|rouble|ruble|shekel|dinar|dirham|"
                     r"riyal|ringgit|rupiah)$")


def _amount(s: Quantity) -> str:
    return _PLURAL.sub(r"\1s", s.text) if abs(s.value) != 1 else s.text


def _message(q: Quantity, s: Quantity | None, slip: bool = False) -> str:
    if s is None:
        return f"{q.text} is not in the source and does not follow from its figures"
    if slip:
        return f"the source gives {_amount(s)} here, not {q.text}"
    if q.unit == "currency" and s.unit == "currency" and not _same_money(q, s) and \
            _same_digits(q, s):
        return f"{q.text} is in a different currency: the source says {_amount(s)}"
    if dimension(q)[0] != dimension(s)[0] or q.unit != s.unit:
        return f"{describe(q)} is not in the source; it says {describe(s)}"
    return f"{q.text} is not in the source; the closest figure there is {describe(s)}"


def _for_subject(q: Quantity, other: Quantity, text: str) -> str:
    return f"{q.text} is in the source, but for something else; there this subject has {other.text}"


def _for_share(q: Quantity, other: Quantity, text: str) -> str:
    return f"{q.text} is a move in the source, not a share; there the share is {other.text}"


def _for_whole(q: Quantity, other: Quantity, text: str) -> str:
    return f"{q.text} is in the source, but for a part; there the whole is {other.text}"


def _for_analyst(q: Quantity, other: Quantity, text: str) -> str:
    return (f"only an analyst gives {q.text} in the call; the executive who answers gives "
            f"{other.text}")


def _for_condition(q: Quantity, other: Quantity, text: str) -> str:
    if other.value == q.value:
        return f"the source gives {q.text} only under a condition; the summary states it as fact"
    return (f"the source gives {q.text} only under a condition; without it the figure is "
            f"{other.text}")


def _for_words(q: Quantity, other: Quantity, text: str) -> str:
    return f"{q.text} is in the source, but for something else; there these words go with {other.text}"


def _for_object(q: Quantity, other: Quantity, text: str) -> str:
    return (f"{q.text} is in the source, but it pays for something else; what the summary says "
            f"it pays for costs {other.text} there")


def _for_segment(q: Quantity, other: Quantity, text: str) -> str:
    return (f"{q.text} is in the source, but for something else; what the summary gives it to "
            f"has {other.text} there")


def _for_pair(q: Quantity, other: Quantity, text: str) -> str:
    return (f"{q.text} is in the source, but for something else; there the figure stated with it "
            f"goes with {other.text}")


def _for_partner(q: Quantity, other: Quantity, text: str) -> str:
    return (f"{q.text} is in the source, but for something else; there the figure beside it goes "
            f"with {other.text}")


def _for_restated(q: Quantity, other: Quantity, text: str) -> str:
    return (f"{q.text} is in the source, but for something else; there the figure before it is "
            f"restated as {other.text}")


def _for_compared(q: Quantity, other: Quantity, text: str) -> str:
    return (f"{q.text} is in the source, but for something else; there the figure compared with "
            f"that earlier figure is {other.text}")


def _for_base(q: Quantity, other: Quantity, text: str) -> str:
    return (f"{q.text} is in the source, but for something else; there the figure it is "
            f"compared with is compared with {other.text}")


def _for_implied(q: Quantity, other: Quantity, text: str) -> str:
    return (f"{q.text} is in the source, but for something else; there the figure before it "
            f"implies {other.text}")


def _for_from(q: Quantity, other: Quantity, text: str) -> str:
    return (f"{q.text} is in the source, but for something else; there the new level the summary "
            f"gives came from {other.text}")


def _for_move(q: Quantity, other: Quantity, text: str) -> str:
    return (f"{q.text} is in the source, but for something else; there the move the summary "
            f"gives goes to {other.text}")


def _for_level(q: Quantity, other: Quantity, text: str) -> str:
    return (f"{q.text} is in the source, but for something else; there the move to the level the "
            f"summary gives is {other.text}")


def _for_head(q: Quantity, other: Quantity, text: str) -> str:
    return f"{q.text} is in the source, but for something else; there the {head_of(text, q.end)} is {other.text}"


def _for_head_before(q: Quantity, other: Quantity, text: str) -> str:
    return (f"{q.text} is in the source, but for something else; there the figure for "
            f"{head_of_before(text, q.start)} is {other.text}")


def _for_range(q: Quantity, other: Quantity, text: str) -> str:
    return (f"{q.text} mixes figures of the source; its range there is {other.text}")


def _for_end(q: Quantity, other: Quantity, text: str) -> str:
    return f"{q.text} is only one end of the source's range {other.text}, not a figure of its own"


def _for_period(q: Quantity, other: Quantity, text: str) -> str:
    return f"{q.text} is an earlier figure in the source; the current one is {other.text}"


def _for_estimate(q: Quantity, other: Quantity, text: str) -> str:
    return f"{q.text} is the forecasters' figure in the source, not the actual one; it reports {other.text}"


def _for_outlook(q: Quantity, other: Quantity, text: str) -> str:
    return f"{q.text} is a forecast in the source, not a result"


def _for_role(q: Quantity, other: Quantity, text: str) -> str:
    if _role(text, q) != "from":
        return (f"{q.text} is the level before the move in the source, not after it; there the "
                f"new level is {other.text}")
    return (f"{q.text} is the level after the move in the source, not before it; there the old "
            f"level is {other.text}")


_LABELS = {"proceeds": "amount raised", "eps": "earnings per share", "jobs": "job count",
           "savings": "savings", "buyback": "buyback"}


def _for_metric(q: Quantity, other: Quantity, text: str) -> str:
    """The message: the summary's metric, and the figure the source gives it."""
    reach = max(0, q.start - _BEFORE_REACH)  # bounded: a long text has many findings
    lo = max(text.rfind(". ", reach, q.start), text.rfind("\n", reach, q.start), reach - 1) + 1
    m = _metric_match(text, lo, len(text), q)
    if m is None:
        return f"{q.text} is in the source, but for another figure; there it is {other.text}"
    k = metric_key(m)
    words = _LABELS.get(k) or " ".join(m.group(k).lower().split())
    return (f"{q.text} is in the source, but not as the {words}: the source gives "
            f"{other.text} for that")
