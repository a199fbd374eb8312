"""Demo case work: a directory, cases at every stage, referrals at every status, deterministic."""

from __future__ import annotations

import datetime as dt

from desktop.core import refdata
from desktop.core.cases import case_detail, cases, plans, supervision
from desktop.core.context import Context
from desktop.core.demo import demo
from desktop.core.resources import referrals, resources

TODAY = dt.date(2026, 11, 29)


def summary(ctx: Context) -> list[tuple]:
    out = []
    for cid in cases.find(ctx):
        c = case_detail.case(ctx, cid, TODAY)
        out.append(
            (
                c["client_name"],
                c["title"],
                c["stage"],
                c["intake_date"],
                len(c["assessments"]),
                len(c["plans"]),
                tuple(r["status"] for r in c["referrals"]),
            )
        )
    return sorted(out)


def test_demo_has_cases_at_every_stage_and_referrals_at_every_status(tmp_path):
    ctx = Context.open(tmp_path / "a.db")
    demo.generate(ctx, 60, seed=3, today=TODAY)
    assert len(resources.resources(ctx)) >= 20
    assert all(n > 0 for n in cases.stage_counts(ctx).values())
    assert all(n > 0 for n in referrals.counts(ctx).values())
    assert referrals.overdue(ctx, TODAY)
    assert referrals.duplicate_aid_households(ctx)
    reopened = [c for c in cases.find(ctx) if case_detail.case(ctx, c)["episode"] == 2]
    assert reopened
    # a revised plan
    assert any(len(case_detail.case(ctx, c)["plans"]) == 2 for c in cases.find(ctx))
    assert supervision.count_pending(ctx) > 0
    assert plans.attainment(ctx).goals > 0
    assert set(refdata.CASE_STAGES) == set(cases.stage_counts(ctx))
    first = summary(ctx)
    ctx.close()
    again = Context.open(tmp_path / "b.db")
    demo.generate(again, 60, seed=3, today=TODAY)
    assert summary(again) == first
    again.close()
