"""Causality for sync: dots, version vectors and a hybrid logical clock.

A dot ``(origin, counter)`` names one write; ``origin`` is the replica id plus its incarnation.
A version vector maps origin -> highest counter seen. Wall-clock (HLC) time is only used for
display and to pick a provisional winner among concurrent values; never to decide what is lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

Dot = tuple[str, int]
VersionVector = dict[str, int]


def covers(vv: Mapping[str, int], dot: Dot) -> bool:
    return vv.get(dot[0], 0) >= dot[1]


def merge(a: Mapping[str, int], b: Mapping[str, int]) -> VersionVector:
    out = dict(a)
    for k, v in b.items():
        if v > out.get(k, 0):
            out[k] = v
    return out


def dominates(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """True when ``a`` has seen everything ``b`` has."""
    return all(a.get(k, 0) >= v for k, v in b.items())


def with_dot(vv: Mapping[str, int], dot: Dot) -> VersionVector:
    return merge(vv, {dot[0]: dot[1]})


def from_dots(dots: Iterable[Dot]) -> VersionVector:
    out: VersionVector = {}
    for origin, counter in dots:
        if counter > out.get(origin, 0):
            out[origin] = counter
    return out


def hlc_next(last: int, now: int) -> int:
    """Next hybrid logical time: never behind the last one seen, never behind the wall clock
    (``now``, milliseconds since 1970 from the database's clock)."""
    return now if now > last else last + 1
