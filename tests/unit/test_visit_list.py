"""The visit list counted at once and fetched a page at a time gives what ``find`` gives."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.demo import demo
from desktop.core.visits import visits


def test_lazy_list_is_the_same_list(ctx, monkeypatch):
    demo.generate(ctx, 40, seed=5)
    monkeypatch.setattr(visits.VisitList, "PAGE", 7)
    everything = visits.find(ctx)
    assert len(everything) > 20
    lazy = visits.find_lazily(ctx)
    assert len(lazy) == len(everything)
    assert (
        lazy[0] == everything[0] and lazy[-1] == everything[-1] and lazy[8:15] == everything[8:15]
    )
    assert list(lazy) == everything
    for i in (0, 6, 7, 13, len(everything) - 1):
        assert lazy.index(everything[i]) == i
    with pytest.raises(ValueError):
        lazy.index("no-such-visit")
    with pytest.raises(IndexError):
        lazy[len(everything)]
    since = ctx.today() - dt.timedelta(days=30)
    assert list(visits.find_lazily(ctx, since=since)) == visits.find(ctx, since=since)
    assert list(visits.find_lazily(ctx, status="draft")) == visits.find(ctx, status="draft")
