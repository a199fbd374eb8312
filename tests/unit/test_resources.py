"""The resource directory: checks, the credit code, filters, and matching a need in a village."""

from __future__ import annotations

import pytest

from desktop.core import creditcode
from desktop.core.cases.case_records import ReferralInput, ResourceInput
from desktop.core.errors import ValidationError
from desktop.core.resources import referrals, resources
from tests.unit.test_cases_support import TODAY, add_household, add_resource, village_id

VALID_CODE = "91350100M000100Y43"  # the GB 32100 example


def test_credit_code_check_character():
    assert creditcode.is_well_formed(VALID_CODE)
    assert creditcode.expected_check(VALID_CODE) is None
    assert creditcode.expected_check(VALID_CODE[:17] + "0") == "3"
    assert not creditcode.is_well_formed("91350100M000100I43")  # I is not used
    assert creditcode.normalize(" 91350100m000100y43 ") == VALID_CODE


def test_resource_checks_and_a_failing_code_needs_confirmation(ctx):
    with pytest.raises(ValidationError) as info:
        resources.save_resource(ctx, ResourceInput(phone="123", capacity=0, credit_code="ABC"))
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("name", "required"),
        ("kind", "required"),
        ("party_kind", "required"),
        ("categories", "resource.categories"),
        ("phone", "phone.format"),
        ("capacity", "resource.capacity"),
        ("credit_code", "credit.format"),
    }
    r = ResourceInput(
        name="青山镇慈善会",
        kind="慈善资源",
        party_kind="社会慈善资源",
        categories=["政策申请/救助"],
        credit_code=VALID_CODE[:17] + "0",
        phone="0731-1234567",
    )
    with pytest.raises(ValidationError) as info:
        resources.save_resource(ctx, r)
    assert (info.value.errors[0].code, info.value.errors[0].params) == (
        "credit.check",
        {"expected": "3"},
    )
    rid = resources.save_resource(ctx, r, accept_check=True).resource_id
    assert resources.resource(ctx, rid)["credit_code"] == VALID_CODE[:17] + "0"
    with pytest.raises(ValidationError) as info:
        resources.save_resource(ctx, ResourceInput(**{**r.__dict__, "credit_code": ""}))
    assert info.value.errors[0].code == "resource.exists"


def test_directory_filters(ctx):
    a = add_resource(
        ctx, "青山村委会", ["政策申请/救助", "生活照顾"], ["青山村"], party_kind="社区/村委"
    )
    b = add_resource(ctx, "镇卫生院", ["医疗康复"], [], party_kind="政府部门", kind="政府服务")
    c = add_resource(
        ctx,
        "桃源村爱心志愿队",
        ["生活照顾"],
        ["桃源村"],
        party_kind="社区志愿者",
        kind="志愿服务队",
    )
    assert [r["id"] for r in resources.resources(ctx)] == [a, c, b]  # qing, tao, zhen
    assert {r["id"] for r in resources.resources(ctx, category="生活照顾")} == {a, c}
    assert {r["id"] for r in resources.resources(ctx, village_id=village_id(ctx, "桃源村"))} == {
        b,
        c,
    }
    assert [r["id"] for r in resources.resources(ctx, kind="政府部门")] == [b]
    assert [r["id"] for r in resources.resources(ctx, text="卫生")] == [b]
    assert [r["id"] for r in resources.resources(ctx, text="tyc")] == [c]  # pinyin initials
    resources.set_active(ctx, b, False)
    assert b not in {r["id"] for r in resources.resources(ctx, include_inactive=False)}


def test_match_best_first(ctx):
    qingshan = village_id(ctx, "青山村")
    local = add_resource(ctx, "青山村助餐队", ["生活照顾"], ["青山村"], party_kind="社区志愿者")
    township = add_resource(
        ctx, "镇养老服务中心", ["生活照顾", "医疗康复"], [], party_kind="社会组织"
    )
    elsewhere = add_resource(ctx, "桃源村助餐队", ["生活照顾"], ["桃源村"], party_kind="社区志愿者")
    full = add_resource(
        ctx, "青山村邻里互助组", ["生活照顾"], ["青山村"], party_kind="社区志愿者", capacity=1
    )
    add_resource(ctx, "镇卫生院", ["医疗康复"], [], party_kind="政府部门")
    hid = add_household(ctx, "张老人")
    referrals.create_referral(
        ctx,
        ReferralInput(
            household_id=hid,
            resource_id=full,
            need="生活照顾",
            referred_on="2026-11-01",
            consent="口头同意",
            follow_up="2026-12-01",
        ),
        today=TODAY,
    )
    found = resources.match(ctx, "生活照顾", qingshan)
    assert [m.resource["id"] for m in found] == [
        local,
        township,
        full,
    ]  # not the other village's team
    assert found[0].local and not found[1].local and found[2].full and found[2].load == 1
    assert elsewhere in {
        m.resource["id"] for m in resources.match(ctx, "生活照顾")
    }  # no village: all
    assert resources.match(ctx, "法律", qingshan) == []
    resources.set_active(ctx, local, False)
    assert resources.match(ctx, "生活照顾", qingshan)[0].resource["id"] == township


def test_match_prefers_a_record_of_completed_referrals(ctx):
    a = add_resource(ctx, "甲助餐队", ["生活照顾"], ["青山村"])
    b = add_resource(ctx, "乙助餐队", ["生活照顾"], ["青山村"])
    hid = add_household(ctx, "张老人")
    for rid, status in ((a, "未接收"), (b, "已完成")):
        saved = referrals.create_referral(
            ctx,
            ReferralInput(
                household_id=hid,
                resource_id=rid,
                need="生活照顾",
                referred_on="2026-10-01",
                consent="书面同意",
                follow_up="2026-10-08",
            ),
            today=TODAY,
        )
        referrals.update_referral(
            ctx, saved.referral_id, status, outcome="结果", day="2026-10-05", today=TODAY
        )
    assert [m.resource["id"] for m in resources.match(ctx, "生活照顾", village_id(ctx))] == [b, a]
