"""Which figure a claim is about when the trigger is a payment or a bound: "paid $1.2bn in cash
and the rest in shares" (the amount paid this way, or "rest"), "capped at 8%" (the figure right
after the trigger)."""

from __future__ import annotations

from ...parsing.directions import word_list
from .view import Claim, Num, same_figure

_REST = word_list("rest")


def paid_figure(c: Claim) -> Num | str | None:
    """The amount paid this way, or "rest" for "the remainder in shares"."""
    a, p = c.a, c.polar
    seg_a = a.segments[p.segment][0]
    if any(t.low in _REST for t in a.tokens[max(seg_a, p.tok - 3) : p.tok]):
        return "rest"
    before = [n for n in c.own if n.end <= c.polar.start and n.cls == "amount"]
    return before[-1] if before else None


def same_paid(a, b) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return same_figure(a, b)


def bound_figure(c: Claim) -> Num | None:
    for n in c.nums:
        if n.start >= c.polar.end:
            return n if n.start - c.polar.end <= 8 else None
    return None
