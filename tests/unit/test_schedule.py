"""Interval rules, due and overdue dates (month ends, leap years), and coverage on a small dataset."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.errors import ValidationError
from desktop.core.visits import intervals, schedule, visits
from desktop.core.visits.intervals import Interval
from tests.conftest import TODAY
from tests.unit.test_visits_support import add_household, submit, village_id

pytestmark = pytest.mark.usefixtures("clock")  # the schedule's current month is the clock's

D = dt.date


# -- interval arithmetic --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "interval", "expected"),
    [
        (D(2026, 1, 31), "1m", D(2026, 2, 28)),
        (D(2028, 1, 31), "1m", D(2028, 2, 29)),  # leap year
        (D(2028, 2, 29), "12m", D(2029, 2, 28)),
        (D(2028, 2, 29), "1m", D(2028, 3, 29)),
        (D(2026, 8, 31), "3m", D(2026, 11, 30)),
        (D(2026, 12, 15), "1m", D(2027, 1, 15)),
        (D(2026, 11, 25), "2w", D(2026, 12, 9)),
        (D(2028, 2, 25), "1w", D(2028, 3, 3)),
        (D(2027, 2, 25), "1w", D(2027, 3, 4)),
        (D(2026, 12, 31), "10d", D(2027, 1, 10)),
    ],
)
def test_adding_intervals_across_month_ends_and_leap_years(start, interval, expected):
    assert intervals.add(start, intervals.parse(interval)) == expected


def test_interval_text():
    assert intervals.parse(" 2W ") == Interval(2, "w")
    assert intervals.parse("0").none and intervals.parse("none").none
    assert intervals.parse("") is None and intervals.parse(None) is None
    for bad in ("abc", "0w", "2y", "1000d", "-1m"):
        with pytest.raises(ValueError):
            intervals.parse(bad)
    assert intervals.shortest([Interval(1, "m"), Interval(2, "w")]) == Interval(2, "w")
    assert intervals.shortest([Interval(0), Interval(3, "m")]) == Interval(3, "m")
    assert intervals.shortest([Interval(0)]).none
    assert intervals.week_end(D(2026, 11, 25)) == D(2026, 11, 29)  # a Wednesday -> Sunday
    assert intervals.week_end(D(2026, 11, 29)) == D(2026, 11, 29)


def test_due_date_takes_the_earlier_planned_date_and_never_visited_is_due_from_registration():
    month = Interval(1, "m")
    assert intervals.due_date(D(2026, 10, 31), month) == D(2026, 11, 30)
    assert intervals.due_date(D(2026, 10, 31), month, planned=D(2026, 11, 7)) == D(2026, 11, 7)
    assert intervals.due_date(D(2026, 10, 31), month, planned=D(2027, 1, 7)) == D(2026, 11, 30)
    assert intervals.due_date(None, month, since=D(2026, 11, 2)) == D(2026, 11, 2)
    assert intervals.due_date(D(2026, 10, 31), Interval(0)) is None


# -- rules ---------------------------------------------------------------------------------------
def test_default_rules_shortest_match_wins_and_override_replaces_rules(ctx):
    rs = schedule.rule_set(ctx)
    assert rs.interval("|独居老年人|", "重点") == (Interval(2, "w"), "rule")
    assert rs.interval("|留守儿童|留守老年人|", "高风险") == (Interval(1, "w"), "rule")
    assert rs.interval("|留守儿童|", "一般") == (Interval(1, "m"), "rule")
    assert rs.interval("|低保对象|", "一般") == (Interval(3, "m"), "other")
    assert rs.interval("", "一般") == (Interval(3, "m"), "other")
    assert rs.interval("|独居老年人|", "重点", "10d") == (Interval(10, "d"), "override")
    assert rs.interval("", "高风险", "0")[0].none


def test_station_changes_rules_and_they_are_synced_rows(ctx):
    rules = {(r.kind, r.value): r for r in schedule.rules(ctx)}
    schedule.save_rule(
        ctx, "other", "", "0", rules[("other", "")].id
    )  # others: no scheduled visits
    schedule.save_rule(ctx, "tag", "残疾人", "2m")
    with pytest.raises(ValidationError) as info:
        schedule.save_rule(ctx, "tag", "残疾人", "1m")
    assert info.value.code == "rule.exists"
    with pytest.raises(ValidationError) as info:
        schedule.save_rule(ctx, "tag", "不存在的类别", "1m")
    with pytest.raises(ValidationError) as info:
        schedule.save_rule(ctx, "tag", "低保对象", "每月")
    assert info.value.code == "interval.format"
    rs = schedule.rule_set(ctx)
    assert rs.interval("", "一般")[0].none
    assert rs.interval("|残疾人|", "一般") == (Interval(2, "m"), "rule")
    removed = rules[("tag", "独居老年人")]
    schedule.remove_rule(ctx, removed.id)
    assert schedule.rule_set(ctx).interval("|独居老年人|", "一般")[0].none
    logged = ctx.store.conn.execute(
        "SELECT count(*) FROM changes WHERE tbl = 'visit_rules'"
    ).fetchone()[0]
    assert logged == 8 + 3  # seeded, two changes and a removal (tombstone)


def test_household_override(ctx):
    hid = add_household(ctx, "赵老汉", ("独居老年人",))
    assert schedule.household_schedule(ctx, hid, TODAY)["interval"] == Interval(2, "w")
    schedule.set_household_interval(ctx, hid, "1w")
    info = schedule.household_schedule(ctx, hid, TODAY)
    assert info["interval"] == Interval(1, "w") and info["source"] == "override"
    with pytest.raises(ValidationError):
        schedule.set_household_interval(ctx, hid, "sometimes")
    schedule.set_household_interval(ctx, hid, "")
    assert schedule.household_schedule(ctx, hid, TODAY)["source"] == "rule"


# -- the due list --------------------------------------------------------------------------------
def _due(ctx, today=TODAY, **kw):
    return {d.household_id: d for d in schedule.due_list(ctx, today, **kw)}


def test_due_and_overdue_households(ctx):
    alone = add_household(ctx, "钱独居", ("独居老年人",))  # every 2 weeks
    submit(ctx, alone, "2026-11-10")  # due 11-24: 5 days overdue
    child = add_household(ctx, "孙爷爷", (), child="孙小宝")  # 留守儿童: monthly
    submit(ctx, child, "2026-10-31")  # due 11-30 (month end clamp): tomorrow
    plain = add_household(ctx, "周一般")  # quarterly
    submit(ctx, plain, "2026-08-29")  # due today
    attempt = add_household(ctx, "吴未遇", ("独居老年人",))
    submit(ctx, attempt, "2026-11-01")
    submit(ctx, attempt, "2026-11-25", not_home=True)  # nobody home: still due since 11-15
    planned = add_household(ctx, "郑重点", (), risk="重点")
    submit(ctx, planned, "2026-11-01", next_visit_date="2026-11-08")
    none = add_household(ctx, "王不访", (), interval="0")
    new = add_household(ctx, "冯新户")  # never visited: due from registration (today)
    visits.save_visit(ctx, visits.new_visit(ctx, none, TODAY), submit=False, today=TODAY)  # a draft

    due = _due(ctx)
    assert set(due) == {alone, plain, attempt, planned, new}
    assert due[alone].due_date == D(2026, 11, 24) and due[alone].overdue_days(TODAY) == 5
    assert due[plain].overdue_days(TODAY) == 0
    assert due[attempt].due_date == D(2026, 11, 15) and due[attempt].last_attempt == D(2026, 11, 25)
    assert due[planned].due_date == D(2026, 11, 8) and due[planned].planned == D(2026, 11, 8)
    assert due[new].last_visit is None and due[new].due_date == TODAY
    ordered = [d.household_id for d in schedule.due_list(ctx, TODAY)]
    assert ordered[:3] == [planned, attempt, alone]  # most overdue first
    assert child in _due(ctx, within_days=1) and child not in _due(ctx)
    # a visit today clears the household from the list
    submit(ctx, alone, "2026-11-29")
    assert alone not in _due(ctx)
    # filters
    assert set(_due(ctx, tag="独居老年人")) == {attempt}
    assert _due(ctx, village_id=village_id(ctx, "桃源村")) == {}
    assert set(_due(ctx, worker="李明")) == set(_due(ctx))
    assert _due(ctx, worker="别人") == {}


def test_due_list_read_a_page_at_a_time_is_the_whole_list(ctx, monkeypatch):
    """The 待走访 list counts by SQL and reads pages of rows as they are asked for: the pages
    join up to the whole list in its order, and the counts are the list's."""
    hids = [add_household(ctx, f"分页{i}", ("独居老年人",) if i >= 5 else ()) for i in range(7)]
    for i, hid in enumerate(hids[:5]):
        submit(ctx, hid, f"2026-0{i + 3}-10")  # long overdue, each a month apart
    whole = list(schedule.due_list(ctx, TODAY))  # one query for all the rows
    assert {d.household_id for d in whole} == set(hids)
    assert [d.household_id for d in whole[:5]] == hids[:5]  # most overdue first
    monkeypatch.setattr(schedule.DueList, "PAGE", 2)
    monkeypatch.setattr(schedule.DueList, "NEAR_PAGES", 1)
    due = schedule.due_list(ctx, TODAY)
    assert len(due) == 7 and [due[i] for i in range(7)] == whole and due[-1] == whole[-1]
    with pytest.raises(IndexError):
        due[7]
    ids = schedule.due_list(ctx, TODAY).household_ids()  # a fresh list: nothing read yet
    assert ids[6] == whole[6].household_id  # the far page read alone
    assert [ids.index(d.household_id) for d in whole] == list(range(7))
    assert ids[1:4] == [d.household_id for d in whole[1:4]]
    assert "nobody" not in ids and whole[3].household_id in ids
    with pytest.raises(ValueError):
        ids.index("nobody")
    assert due.never_visited_count() == 2
    assert due.overdue_count(TODAY) == sum(1 for d in whole if d.due_date < TODAY)
    assert due.overdue_count(D(2026, 1, 1)) == 0
    assert due.village_counts() == {whole[0].village_id: 7}
    tagged = schedule.due_list(ctx, TODAY, tag="独居老年人")
    assert [d.household_id for d in tagged] == [d.household_id for d in whole[5:]]
    assert len(tagged) == 2 and tagged.never_visited_count() == 2


def test_due_across_a_leap_day(ctx):
    hid = add_household(ctx, "陈闰年", (), child="陈小闰")  # monthly
    submit(ctx, hid, "2028-01-31", today=D(2028, 3, 1))
    assert hid not in _due(ctx, D(2028, 2, 28))
    assert _due(ctx, D(2028, 2, 29))[hid].due_date == D(2028, 2, 29)
    assert _due(ctx, D(2028, 3, 1))[hid].overdue_days(D(2028, 3, 1)) == 1


def test_corrections_voids_and_drafts_in_the_schedule(ctx):
    hid = add_household(ctx, "褚更正", ("独居老年人",))
    first = submit(ctx, hid, "2026-11-20")
    assert hid not in _due(ctx)
    fixed = visits.start_correction(ctx, first.visit_id)
    fixed.visit_date = "2026-11-02"
    fixed.correction_reason = "日期录错，纸质表为 11 月 2 日"
    visits.save_visit(ctx, fixed, submit=True, today=TODAY)
    assert _due(ctx)[hid].due_date == D(2026, 11, 16)  # from the corrected date
    later = submit(ctx, hid, "2026-11-28")
    assert hid not in _due(ctx)
    visits.void_visit(ctx, later.visit_id, "录错了户", today=TODAY)
    assert _due(ctx)[hid].last_visit == D(2026, 11, 2)


# -- coverage ------------------------------------------------------------------------------------
def _coverage_dataset(ctx):
    h = {}
    h[1] = add_household(ctx, "一号", ("独居老年人",), risk="重点")  # 2w
    submit(ctx, h[1], "2026-10-20")
    submit(ctx, h[1], "2026-11-05")
    h[2] = add_household(ctx, "二号", (), child="二小")  # 1m
    submit(ctx, h[2], "2026-10-15")
    h[3] = add_household(ctx, "三号", group="二组")  # 3m
    submit(ctx, h[3], "2026-09-10")
    submit(ctx, h[3], "2026-11-20")  # visited though not due until 12-10
    h[4] = add_household(ctx, "四号", group="二组")  # 3m
    submit(ctx, h[4], "2026-08-05")
    submit(ctx, h[4], "2026-11-28")
    h[5] = add_household(ctx, "五号", risk="重点", village="桃源村")  # 1m
    submit(ctx, h[5], "2026-10-01")
    submit(ctx, h[5], "2026-11-10", not_home=True)
    h[6] = add_household(ctx, "六号", village="桃源村")  # never visited, registered today
    h[7] = add_household(ctx, "七号", village="桃源村", interval="0")
    submit(ctx, h[7], "2026-11-11")
    return h


def _table(cov):
    return [(r.village, r.group_name, r.due, r.visited) for r in cov.rows]


def test_coverage_of_a_month_by_village_and_group(ctx):
    _coverage_dataset(ctx)
    nov = schedule.coverage(ctx, 2026, 11)
    assert _table(nov) == [
        ("青山村", "", 3, 2),
        ("青山村", "一组", 2, 1),
        ("青山村", "二组", 1, 1),
        ("桃源村", "", 2, 0),
        ("桃源村", "一组", 2, 0),
    ]
    assert (nov.total.due, nov.total.visited) == (5, 2) and nov.total.rate == pytest.approx(0.4)
    assert nov.total.missed == 3  # 二号, 五号 (only nobody home), 六号
    assert nov.visited_not_due == 1  # 三号
    assert [(r.village, r.due, r.visited) for r in nov.by_risk] == [
        ("高风险", 0, 0),
        ("重点", 2, 1),
        ("一般", 3, 1),
    ]
    octo = schedule.coverage(ctx, 2026, 10)
    # 六号 was not registered yet; 一号, 二号 and 五号 were first visited in October
    assert _table(octo) == [
        ("青山村", "", 2, 2),
        ("青山村", "一组", 2, 2),
        ("桃源村", "", 1, 1),
        ("桃源村", "一组", 1, 1),
    ]
    assert octo.total.rate == 1.0
    # December: nothing visited yet
    dec = schedule.coverage(ctx, 2026, 12)
    assert (
        dec.total.visited == 0 and dec.total.due == 4
    )  # 一号 12-03, 二号, 五号, 六号; 三号 and 四号 not due


def test_a_correction_moving_a_visit_out_of_the_month_changes_coverage(ctx):
    h = _coverage_dataset(ctx)
    rows = visits.find(ctx, household_id=h[1])
    nov_visit = next(r for r in rows if visits.visit(ctx, r)["visit_date"] == "2026-11-05")
    fixed = visits.start_correction(ctx, nov_visit)
    fixed.visit_date = "2026-10-30"
    fixed.correction_reason = "日期录错"
    visits.save_visit(ctx, fixed, submit=True, today=TODAY)
    nov = schedule.coverage(ctx, 2026, 11)
    assert (nov.total.due, nov.total.visited) == (5, 1)


def test_the_schedule_follows_every_kind_of_write(ctx):
    """The derived schedule is kept by triggers: register edits, rule changes, rows written
    straight through the sync log (as an import does) and removals all show."""
    from desktop.core.register import households
    from desktop.core.register.records import PersonInput

    hid = add_household(ctx, "严标签")
    submit(ctx, hid, "2026-10-01")
    assert hid not in _due(ctx)  # quarterly: due 2027-01-01
    data = households.household(ctx, hid)
    head = PersonInput.from_row(data["members"][0])
    head.tags = ["独居老年人"]  # now every two weeks: overdue since 10-15
    from desktop.core.register.records import HouseholdInput

    households.save_household(ctx, HouseholdInput.from_row(data), [head], hid)
    assert _due(ctx)[hid].due_date == D(2026, 10, 15)
    rule = next(r for r in schedule.rules(ctx) if r.value == "独居老年人")
    schedule.save_rule(ctx, "tag", "独居老年人", "3m", rule.id)
    assert hid not in _due(ctx)
    with ctx.write() as w:  # a visit arriving by sync: no service involved
        w.put(
            "visits",
            "remote-1",
            {
                "record_id": "remote-1",
                "version": 1,
                "status": "submitted",
                "household_id": hid,
                "visit_date": "2026-08-01",
            },
            new=True,
        )
    assert schedule.household_schedule(ctx, hid, TODAY)["last_visit"] == D(2026, 10, 1)
    with ctx.write() as w:
        w.put(
            "visits",
            "remote-2",
            {
                "record_id": "remote-1",
                "version": 2,
                "replaces": "remote-1",
                "status": "submitted",
                "household_id": hid,
                "visit_date": "2026-11-20",
            },
            new=True,
        )
    assert schedule.household_schedule(ctx, hid, TODAY)["last_visit"] == D(2026, 11, 20)
    households.remove_household(ctx, hid)
    assert hid not in _due(ctx, within_days=999)
    assert ctx.store.count("schedule_dirty", "1") == 0


def test_triggers_mark_the_old_and_new_household_and_nothing_while_all_are_marked(ctx):
    from desktop.core.store import schedule as schedule_sql

    first, second = add_household(ctx, "甲户"), add_household(ctx, "乙户")
    submit(ctx, first, "2026-10-01")
    schedule.refresh(ctx)
    assert schedule_sql.dirty(ctx.store) == []
    person = ctx.store.conn.execute(
        "SELECT id FROM persons WHERE household_id = ?", (first,)
    ).fetchone()[0]
    visit = ctx.store.conn.execute(
        "SELECT id FROM visits WHERE household_id = ?", (first,)
    ).fetchone()[0]
    with ctx.write() as w:  # a member moves: both homes are marked, each once
        w.put("persons", person, {"household_id": second})
        w.put("persons", person, {"name": "改名"})
    assert sorted(schedule_sql.dirty(ctx.store)) == sorted([first, second])
    schedule.refresh(ctx)
    with ctx.write() as w:  # a correction filed under the other household marks the first too
        w.put(
            "visits",
            "fix-1",
            {
                "record_id": visit,
                "version": 2,
                "replaces": visit,
                "status": "submitted",
                "household_id": second,
                "visit_date": "2026-10-02",
            },
            new=True,
        )
    assert sorted(schedule_sql.dirty(ctx.store)) == sorted([first, second])
    schedule.refresh(ctx)
    with ctx.store.transaction():
        schedule_sql.mark_all(ctx.store)
    with ctx.write() as w:
        w.put("persons", person, {"household_id": first})
    assert schedule_sql.dirty(ctx.store) == [schedule_sql.ALL]
    schedule.refresh(ctx)
    assert schedule_sql.dirty(ctx.store) == []


def _same(a, b):
    assert [(r.village, r.group_name, r.due, r.visited) for r in a.rows] == [
        (r.village, r.group_name, r.due, r.visited) for r in b.rows
    ]
    assert [(r.village, r.due, r.visited) for r in a.by_risk] == [
        (r.village, r.due, r.visited) for r in b.by_risk
    ]
    assert a.visited_not_due == b.visited_not_due


def test_this_and_last_month_are_precomputed_and_agree_with_the_visits(ctx, clock):
    """This month and last month come from the schedule's columns; the same figures as computed
    from the visits (the clock says 2026-11-29)."""
    _coverage_dataset(ctx)
    for month in (11, 10):
        _same(
            schedule.coverage(ctx, 2026, month),
            schedule.coverage(ctx, 2026, month, precomputed=False),
        )
    from desktop.core.demo import demo

    demo.generate(ctx, 120, seed=5, today=TODAY)
    for month in (11, 10):
        _same(
            schedule.coverage(ctx, 2026, month),
            schedule.coverage(ctx, 2026, month, precomputed=False),
        )
    # a new month recomputes the columns
    clock.move_to(dt.datetime(2026, 12, 2, 9, 0).astimezone())
    _same(schedule.coverage(ctx, 2026, 11), schedule.coverage(ctx, 2026, 11, precomputed=False))
    assert ctx.store.meta_get("schedule_month") == "2026-12"
