"""Reports: every indicator against the hand-counted history of tests/unit/test_reports_support.py
— month boundaries, 入户未遇 apart, a correction that moves a visit to another month, a person who
joined a group mid-month, tags and removals as they were at each month's end — and periods,
charts and the indicator definitions as data."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.core.errors import StationDeskError
from desktop.core.register import households
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.reports import catalogue, periods
from desktop.core.reports.report import build
from tests.unit.test_reports_support import build as build_story
from tests.unit.test_visits_support import village_id


def values(ctx, text: str) -> dict[str, tuple]:
    report = build(ctx, periods.parse(text))
    return {code: (v["value"], v["previous"], v["year"]) for code, v in report.values().items()}


@pytest.fixture
def story(ctx, clock):
    return build_story(ctx, clock)


def test_october_visits_and_rates_are_as_they_were_at_the_end_of_october(ctx, story):
    v = values(ctx, "2026-10")
    # 10-03 入户 (A); the paper form dated 10-30 was corrected to 11-02: not October's any more
    assert v["home_visits"][0] == 1 and v["home_households"][0] == 1
    assert v["home_not_met"][0] == 1  # B, 10-20: apart, and not a visit
    assert v["phone_visits"][0] == 1  # B, 10-31: the month's last day is in the month
    assert v["all_visits"][0] == 2
    # 张大爷 stopped being 特殊困难老年人 on 11-28: at the end of October he still was
    assert v["rate_special_elderly"][0] == 100.0
    assert v["rate_alone_elderly"][0] == 100.0
    assert v["rate_left_behind_elderly"][0] == 100.0  # 李奶奶 met on the phone call
    assert v["rate_left_behind_children"][0] == 0.0  # 小明 was not among those met
    assert v["rate_disabled"][0] == 0.0  # D was still on the register (removed 11-20), not visited
    assert v["rate_dibao_tekun"][0] is None  # nobody was 低保/特困 at the end of October
    assert v["rate_distressed_children"][0] is None
    assert v["households_register"][0] == 3 and v["persons_register"][0] == 4
    assert v["households_new"] == (0, 3, 3)  # all three in September


def test_november_counts_the_corrected_visit_the_new_member_of_a_group_and_the_removal(ctx, story):
    v = values(ctx, "2026-11")
    # 11-01 (the first day), 11-02 (the corrected paper form), 11-12 (C)
    assert v["home_visits"] == (3, 1, 4)
    assert v["home_households"] == (2, 1, 2)
    assert v["home_not_met"] == (0, 1, 1)
    assert v["phone_visits"] == (0, 1, 1)
    assert v["rate_special_elderly"][:2] == (
        None,
        100.0,
    )  # nobody in the group at the end of November
    assert v["rate_alone_elderly"][:2] == (100.0, 100.0)
    # 王伯 (visited 11-12 on a record naming nobody: the household's members count) and 李奶奶, who
    # joined 低保 on 11-15 and was not visited in November: 1 of 2
    assert v["rate_dibao_tekun"][0] == 50.0
    assert v["rate_left_behind_elderly"][0] == 0.0
    assert v["rate_disabled"][:2] == (None, 0.0)  # D removed on 11-20
    assert v["households_new"][0] == 1  # C
    assert v["households_register"][:2] == (3, 3) and v["persons_register"][:2] == (4, 4)


def test_november_cases_plans_referrals_crises_and_reports(ctx, story):
    v = values(ctx, "2026-11")
    assert v["cases_new"][:2] == (0, 1)
    assert v["cases_open"][:2] == (0, 1)
    assert v["cases_closed"][:2] == (1, 0)
    assert v["case_sessions"][:2] == (1, 1)  # the evaluation; October: the assessment
    assert v["stage_assess"][:2] == (0, 1)
    assert v["plans_evaluated"][0] == 1 and v["plans_attained"][0] == 1
    assert v["plans_attained_rate"][0] == 100.0 and v["goals_attained_rate"][0] == 100.0
    assert (
        v["referrals_made"][0] == 1
        and v["referrals_accepted"][0] == 1
        and v["referrals_completed"][0] == 0
    )
    assert v["referrals_overdue"][0] == 1  # follow-up 11-20 passed without a contact
    assert v["resources_linked"][0] == 2  # the plan's action naming the team, and the referral
    assert v["crises_raised"][0] == 1 and v["crises_handled"][0] == 1
    assert v["crisis_days_median"][0] == 3  # found 11-01, handled 11-04
    assert v["mandatory_reports"][:2] == (1, 0)


def test_a_month_that_is_over_gives_the_same_numbers_later(ctx, clock, story):
    before = values(ctx, "2026-10")
    clock.move_to(dt.datetime(2026, 12, 20, 9).astimezone())
    today = dt.date(2026, 12, 20)
    hid = households.save_household(
        ctx,
        HouseholdInput(
            village_id=village_id(ctx),
            group_name="一组",
            house_no="9",
            risk_level="一般",
            worker="李明",
        ),
        [
            PersonInput(
                name="新户主",
                relation="户主",
                sex="女",
                birth_date="1950-01-01",
                tags=["特殊困难老年人"],
            )
        ],
        today=today,
    ).household_id
    households.remove_household(ctx, story.b)
    assert hid and values(ctx, "2026-10") == before


def test_quarter_year_and_previous_periods(ctx, story):
    q = values(ctx, "2026Q4")
    assert q["home_visits"][:2] == (4, 0)
    assert q["households_new"][:2] == (1, 3)  # C in Q4; A, B, D in Q3
    assert (
        q["rate_special_elderly"][0] == 100.0
    )  # October 100 %, November none: the mean of the known
    assert q["rate_dibao_tekun"][0] == 50.0
    assert q["rate_alone_elderly"][:2] == (100.0, 0.0)  # Q3: September only, not visited
    y = values(ctx, "2026")
    assert y["home_visits"] == (4, 0, 4)
    assert y["rate_alone_elderly"][0] == pytest.approx(
        200 / 3
    )  # Sep 0, Oct 100, Nov 100; nothing before


def test_charts_describe_the_same_numbers(ctx, story):
    report = build(ctx, periods.parse("2026-11"))
    charts = {c.code: c for c in report.charts}
    assert set(charts) == {
        "trend",
        "by_village",
        "by_group",
        "cases_by_stage",
        "referrals_by_status",
        "goal_attainment",
    }
    trend = charts["trend"]
    assert len(trend.categories) == 12 and trend.categories[-1] == "11"
    assert trend.series[0].values[-3:] == (0.0, 100.0, None)  # 特殊困难老年人: Sep, Oct, Nov
    assert trend.target == 100.0
    group = charts["by_group"]
    assert dict(zip(group.categories, group.series[0].values, strict=True))["低保/特困"] == 50.0
    assert dict(
        zip(
            charts["goal_attainment"].categories,
            charts["goal_attainment"].series[0].values,
            strict=True,
        )
    ) == {
        "-2 远低于预期": 0,
        "-1 低于预期": 0,
        "0 达到预期": 1,
        "+1 高于预期": 1,
        "+2 远高于预期": 0,
    }
    statuses = dict(
        zip(
            charts["referrals_by_status"].categories,
            charts["referrals_by_status"].series[0].values,
            strict=True,
        )
    )
    assert statuses["已接收"] == 1 and sum(statuses.values()) == 1
    villages = dict(
        zip(charts["by_village"].categories, charts["by_village"].series[0].values, strict=True)
    )
    assert villages == {
        "青山村": 100.0,
        "桃源村": 0.0,
    }  # 张大爷 and 王伯 visited; 李奶奶 and 小明 not
    assert charts["trend"].scale() == (100.0, 20.0) and charts["cases_by_stage"].scale()[0] >= 1


def test_a_period_not_begun_is_refused(ctx, clock):
    with pytest.raises(StationDeskError) as err:
        build(ctx, periods.parse("2026-12"))
    assert err.value.code == "report.future"


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("2026-11", "month", "2026-11-01", "2026-11-30"),
        ("2028-02", "month", "2028-02-01", "2028-02-29"),
        ("2026Q4", "quarter", "2026-10-01", "2026-12-31"),
        ("2026-q1", "quarter", "2026-01-01", "2026-03-31"),
        ("2026", "year", "2026-01-01", "2026-12-31"),
    ],
)
def test_periods_parse_and_step_back(text, kind, start, end):
    p = periods.parse(text)
    assert (p.kind, p.start.isoformat(), p.end.isoformat()) == (kind, start, end)
    assert periods.parse("2026-01").previous().text == "2025-12"
    assert periods.parse("2026Q1").previous().text == "2025Q4"
    assert [m.text for m in periods.last_months(periods.parse("2026-02"), 3)] == [
        "2025-12",
        "2026-01",
        "2026-02",
    ]


@pytest.mark.parametrize("text", ["2026-13", "11月", "", "2026Q5"])
def test_bad_periods_say_how_to_write_them(text):
    with pytest.raises(StationDeskError) as err:
        periods.parse(text)
    assert err.value.code == "report.period" and "2026-11" in err.value.message


def test_definitions_are_data_a_county_can_rename_hide_and_add_to(ctx, data_dir, story):
    (data_dir / catalogue.OVERRIDE_FILE).write_text(
        json.dumps(
            {
                "indicators": [
                    {"code": "home_visits", "name": "入户探访户次", "definition": "县里的口径"},
                    {
                        "code": "home_all",
                        "name": "上门总户次（含未遇）",
                        "unit": "户次",
                        "sum_of": ["home_visits", "home_not_met"],
                    },
                    {
                        "code": "not_met_share",
                        "name": "未遇占比",
                        "ratio_of": ["home_not_met", "home_all"],
                    },
                ],
                "hide": ["phone_visits"],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    report = build(ctx, periods.parse("2026-10"))
    rows = {r.indicator.code: r for r in report.rows}
    assert (
        rows["home_visits"].indicator.name == "入户探访户次"
        and rows["home_visits"].indicator.definition == "县里的口径"
    )
    assert rows["home_visits"].value == 1  # what it counts is still the core's
    assert "phone_visits" not in rows
    assert rows["home_all"].value == 2 and rows["not_met_share"].value == 50.0
    assert rows["not_met_share"].indicator.unit == "%"


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps({"indicators": [{"code": "x", "name": "无从计算"}]}),
        json.dumps({"indicators": [{"code": "y", "sum_of": ["nope"]}]}),
        json.dumps({"indicators": [{"code": "home_visits", "aggregate": "max"}]}),
    ],
)
def test_a_broken_definitions_file_is_refused_with_a_message(data_dir, content):
    (data_dir / catalogue.OVERRIDE_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(StationDeskError) as err:
        catalogue.load(data_dir)
    assert err.value.code.startswith("report.definitions")


def test_shipped_definitions_cover_the_issue_and_round_trip(tmp_path):
    doc = catalogue.shipped_document()
    codes = {e["code"] for e in doc["indicators"]}
    for code in (
        "home_visits",
        "home_households",
        "home_not_met",
        "phone_visits",
        "households_new",
        "rate_special_elderly",
        "rate_left_behind_elderly",
        "rate_alone_elderly",
        "rate_distressed_children",
        "rate_left_behind_children",
        "rate_disabled",
        "rate_dibao_tekun",
        "cases_open",
        "cases_new",
        "cases_closed",
        "case_sessions",
        "plans_attained",
        "plans_evaluated",
        "referrals_made",
        "referrals_accepted",
        "referrals_completed",
        "referrals_overdue",
        "resources_linked",
        "crises_raised",
        "crises_handled",
        "crisis_days_median",
        "mandatory_reports",
    ):
        assert code in codes
    assert all(e["definition"] and e["unit"] for e in doc["indicators"])
    (tmp_path / catalogue.OVERRIDE_FILE).write_text(
        json.dumps(doc, ensure_ascii=False), encoding="utf-8"
    )
    assert catalogue.load(tmp_path).codes() == catalogue.load(None).codes()


def test_a_household_registered_on_paper_before_it_was_typed_in_counts_from_its_registration(
    ctx, story
):
    # C was typed in on 11-10 but registered in October (households.registered_on), with 王伯
    # (written together with the household)
    ctx.store.conn.execute(
        "UPDATE households SET registered_on = '2026-10-15' WHERE id = ?", (story.c,)
    )
    v = values(ctx, "2026-10")
    assert v["households_register"][0] == 4 and v["persons_register"][0] == 5
    assert v["households_new"][0] == 1
    assert v["rate_dibao_tekun"][0] == 0.0  # 王伯 on the register in October, not visited then
    assert values(ctx, "2026-11")["households_new"][0] == 0


def test_special_groups_are_data_too(ctx, data_dir, story):
    (data_dir / catalogue.OVERRIDE_FILE).write_text(
        json.dumps(
            {
                "groups": [
                    {
                        "code": "elderly_alone",
                        "name": "独居或留守老人",
                        "tags": ["独居老年人", "留守老年人"],
                        "target": 100,
                    }
                ]
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    report = build(ctx, periods.parse("2026-10"))
    rates = {r.indicator.code: r for r in report.rows if r.indicator.code.startswith("rate_")}
    assert list(rates) == ["rate_elderly_alone"]
    assert rates["rate_elderly_alone"].value == 100.0 and rates["rate_elderly_alone"].parts.den == 2
