"""Demo visit history: deterministic per seed, plausible, and alive on every visit screen."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

from desktop import paths
from desktop.core.context import Context
from desktop.core.demo import demo
from desktop.core.visits import schedule, visits
from tests.unit.test_cli import ROOT

TODAY = dt.date(2026, 11, 29)


def _history(ctx):
    return sorted(
        ctx.store.conn.execute(
            "SELECT p.name, v.visit_date, v.visit_type, v.not_home, v.version FROM visits v "
            "JOIN households h ON h.id = v.household_id JOIN persons p ON p.id = h.head_id"
        ).fetchall()
    )


def test_demo_history_is_deterministic_and_plausible(tmp_path):
    a = Context.open(paths.database_path(tmp_path / "a"))
    b = Context.open(paths.database_path(tmp_path / "b"))
    demo.generate(a, 150, seed=7, today=TODAY)
    demo.generate(b, 150, seed=7, today=TODAY)
    assert _history(a) == _history(b)
    rows = _history(a)
    dates = [r[1] for r in rows]
    assert min(dates) >= "2024-11-29" and max(dates) <= TODAY.isoformat()
    assert 5 < len(rows) / 150 < 25  # about a dozen visits per household over two years
    assert 0 < sum(r[3] for r in rows) < len(rows) * 0.1  # a few attempts where nobody was home
    assert visits.count_drafts(a) == 2 and visits.open_crises(a)
    last_month = schedule.coverage(a, 2026, 10)
    assert 0.6 < last_month.total.rate < 1.0  # a busy team, not a perfect one
    due = schedule.due_list(a, TODAY)
    assert 0 < len(due) < 150
    assert visits.followups_due(a, None)  # some follow-ups still open
    a.close()
    b.close()


def test_info_json_counts_visit_records(tmp_path):
    folder = tmp_path / "data"
    ctx = Context.open(paths.database_path(folder))
    demo.generate(ctx, 30, seed=2, today=TODAY)
    records = visits.count(ctx)
    versions = ctx.store.count("visits", "deleted = 0 AND status = 'submitted'")
    ctx.close()
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder), "info", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    info = json.loads(out.stdout)
    assert info["visits"] == records > 0 and info["visit_drafts"] == 2
    assert records <= versions  # corrections are versions of one record, counted once
