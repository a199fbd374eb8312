"""Keyboard shorthand on the visit form and the risk a visit may change: "0930", "930", "9:30"
and "09：30" are 09:30; an 入户未遇 visit never changes the household's risk level."""

from __future__ import annotations

import pytest

from desktop.core.errors import ValidationError
from desktop.core.register import households
from tests.unit.test_visits_support import add_household, submit


@pytest.mark.parametrize("typed", ["0930", "930", "9:30", "09：30", "０９３０"])
def test_times_typed_short_are_read_as_hours_and_minutes(ctx, typed):
    hid = add_household(ctx, "单大山")
    saved = submit(ctx, hid, "2026-11-28", visit_time=typed)
    from desktop.core.visits import visits

    assert visits.visit(ctx, saved.visit_id)["visit_time"] == "09:30"


@pytest.mark.parametrize("typed", ["2460", "0975", "12345", "9.30x"])
def test_impossible_times_are_refused(ctx, typed):
    hid = add_household(ctx, "单大山")
    with pytest.raises(ValidationError) as caught:
        submit(ctx, hid, "2026-11-28", visit_time=typed)
    assert [e.field for e in caught.value.errors] == ["visit_time"]


def test_not_home_never_changes_the_risk_level(ctx):
    hid = add_household(ctx, "单大山", risk="一般")
    saved = submit(ctx, hid, "2026-11-28", not_home=True, risk_after="重点")
    assert households.household(ctx, hid)["risk_level"] == "一般"
    from desktop.core.visits import visits

    assert not visits.visit(ctx, saved.visit_id)["risk_after"]
    submit(ctx, hid, "2026-11-29", risk_after="重点")  # someone was met: the visit may change it
    assert households.household(ctx, hid)["risk_level"] == "重点"
