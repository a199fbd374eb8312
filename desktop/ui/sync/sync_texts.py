"""Texts of the 同步 page built from what the core returns: the kind of a record, a field's label
as the forms call it, a value as a social worker reads it (lists joined with 、, yes/no, names
instead of ids, （空） for nothing), and who changed it on which computer when.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core import idcard, phone
from desktop.core.register.validation import LABELS
from desktop.core.sync.conflict_values import reference_table
from desktop.core.sync.conflicts import Conflict, ConflictValue
from desktop.core.sync.merge import empty
from desktop.core.visits import intervals
from desktop.ui.common.labels import label
from desktop.ui.visits.visit_common import texts as visit_texts

TABLES = {
    "households": QT_TRANSLATE_NOOP("SyncPage", "户"),
    "persons": QT_TRANSLATE_NOOP("SyncPage", "人员"),
    "visits": QT_TRANSLATE_NOOP("SyncPage", "走访记录"),
    "visit_followups": QT_TRANSLATE_NOOP("SyncPage", "跟进事项"),
    "crisis_alerts": QT_TRANSLATE_NOOP("SyncPage", "危机提示"),
    "villages": QT_TRANSLATE_NOOP("SyncPage", "行政村"),
    "workers": QT_TRANSLATE_NOOP("SyncPage", "社工"),
    "tag_types": QT_TRANSLATE_NOOP("SyncPage", "标签"),
    "station": QT_TRANSLATE_NOOP("SyncPage", "站点"),
    "observation_domains": QT_TRANSLATE_NOOP("SyncPage", "观察项"),
    "visit_rules": QT_TRANSLATE_NOOP("SyncPage", "走访周期规则"),
    "cases": QT_TRANSLATE_NOOP("SyncPage", "个案"),
    "case_events": QT_TRANSLATE_NOOP("SyncPage", "个案进程"),
    "assessments": QT_TRANSLATE_NOOP("SyncPage", "需求评估"),
    "plans": QT_TRANSLATE_NOOP("SyncPage", "服务计划"),
    "plan_reviews": QT_TRANSLATE_NOOP("SyncPage", "计划回顾"),
    "evaluations": QT_TRANSLATE_NOOP("SyncPage", "结案评估"),
    "approvals": QT_TRANSLATE_NOOP("SyncPage", "督导审批"),
    "resources": QT_TRANSLATE_NOOP("SyncPage", "资源"),
    "referrals": QT_TRANSLATE_NOOP("SyncPage", "转介"),
    "referral_events": QT_TRANSLATE_NOOP("SyncPage", "转介进展"),
}

# How many of each, in the words a social worker uses ("5 户档案、12 名人员、30 份走访记录").
COUNTS = {
    "households": QT_TRANSLATE_NOOP("SyncCounts", "{0} 户档案"),
    "persons": QT_TRANSLATE_NOOP("SyncCounts", "{0} 名人员"),
    "visits": QT_TRANSLATE_NOOP("SyncCounts", "{0} 份走访记录"),
    "visit_followups": QT_TRANSLATE_NOOP("SyncCounts", "{0} 条跟进事项"),
    "crisis_alerts": QT_TRANSLATE_NOOP("SyncCounts", "{0} 条危机提示"),
    "villages": QT_TRANSLATE_NOOP("SyncCounts", "{0} 个行政村"),
    "workers": QT_TRANSLATE_NOOP("SyncCounts", "{0} 名社工"),
    "tag_types": QT_TRANSLATE_NOOP("SyncCounts", "{0} 个人员类别"),
    "station": QT_TRANSLATE_NOOP("SyncCounts", "站点信息"),
    "observation_domains": QT_TRANSLATE_NOOP("SyncCounts", "{0} 个观察项"),
    "visit_rules": QT_TRANSLATE_NOOP("SyncCounts", "{0} 条走访周期规则"),
    "cases": QT_TRANSLATE_NOOP("SyncCounts", "{0} 个个案"),
    "case_events": QT_TRANSLATE_NOOP("SyncCounts", "{0} 条个案进程"),
    "assessments": QT_TRANSLATE_NOOP("SyncCounts", "{0} 份需求评估"),
    "plans": QT_TRANSLATE_NOOP("SyncCounts", "{0} 份服务计划"),
    "plan_reviews": QT_TRANSLATE_NOOP("SyncCounts", "{0} 次计划回顾"),
    "evaluations": QT_TRANSLATE_NOOP("SyncCounts", "{0} 份结案评估"),
    "approvals": QT_TRANSLATE_NOOP("SyncCounts", "{0} 条督导审批"),
    "resources": QT_TRANSLATE_NOOP("SyncCounts", "{0} 个资源"),
    "referrals": QT_TRANSLATE_NOOP("SyncCounts", "{0} 份转介"),
    "referral_events": QT_TRANSLATE_NOOP("SyncCounts", "{0} 条转介进展"),
}
# The order a person reads them in: the register first, then visits, cases, the station's lists.
COUNT_ORDER = (
    "households",
    "persons",
    "visits",
    "visit_followups",
    "crisis_alerts",
    "cases",
    "case_events",
    "assessments",
    "plans",
    "plan_reviews",
    "evaluations",
    "approvals",
    "referrals",
    "referral_events",
    "resources",
    "station",
    "villages",
    "workers",
    "tag_types",
    "observation_domains",
    "visit_rules",
)


def counts_words(rows: dict[str, int]) -> str:
    """ "5 户档案、12 名人员、30 份走访记录" for the tables with rows; "没有内容" when none."""
    order = [t for t in COUNT_ORDER if rows.get(t)] + sorted(
        t for t in rows if rows[t] and t not in COUNTS
    )
    parts = []
    for table in order:
        text = COUNTS.get(table)
        parts.append(
            QCoreApplication.translate("SyncCounts", text).format(rows[table])
            if text
            else f"{table_label(table)} {rows[table]}"
        )
    sep = QCoreApplication.translate("SyncCounts", "、")
    return sep.join(parts) or QCoreApplication.translate("SyncCounts", "没有内容")


# A field's label as the forms show it: by field name where the core's validation labels
# (desktop.core.register.validation.LABELS) have none or another, and where one table calls it otherwise.
FIELDS = {
    "name": QT_TRANSLATE_NOOP("SyncFields", "名称"),
    "county_code": QT_TRANSLATE_NOOP("SyncFields", "县级行政区划代码"),
    "deleted": QT_TRANSLATE_NOOP("SyncFields", "已删除"),
    "groups": QT_TRANSLATE_NOOP("SyncFields", "村民小组"),
    "sort": QT_TRANSLATE_NOOP("SyncFields", "排列顺序"),
    "role": QT_TRANSLATE_NOOP("SyncFields", "岗位"),
    "builtin": QT_TRANSLATE_NOOP("SyncFields", "系统自带"),
    "head_id": QT_TRANSLATE_NOOP("SyncFields", "户主"),
    "household_id": QT_TRANSLATE_NOOP("SyncFields", "所属户"),
    "record_id": QT_TRANSLATE_NOOP("SyncFields", "所属记录"),
    "version": QT_TRANSLATE_NOOP("SyncFields", "版本"),
    "replaces": QT_TRANSLATE_NOOP("SyncFields", "取代的版本"),
    "status": QT_TRANSLATE_NOOP("SyncFields", "状态"),
    "duration_min": QT_TRANSLATE_NOOP("SyncFields", "时长（分钟）"),
    "not_home": QT_TRANSLATE_NOOP("SyncFields", "家中无人"),
    "actions": QT_TRANSLATE_NOOP("SyncFields", "跟进事项"),
    "risk_before": QT_TRANSLATE_NOOP("SyncFields", "走访前风险等级"),
    "crisis": QT_TRANSLATE_NOOP("SyncFields", "危机"),
    "signature": QT_TRANSLATE_NOOP("SyncFields", "纸质表签字"),
    "void": QT_TRANSLATE_NOOP("SyncFields", "已作废"),
    "submitted_at": QT_TRANSLATE_NOOP("SyncFields", "提交时间"),
    "submitted_by": QT_TRANSLATE_NOOP("SyncFields", "提交人"),
    "visit_id": QT_TRANSLATE_NOOP("SyncFields", "所属走访记录"),
    "owner": QT_TRANSLATE_NOOP("SyncFields", "负责人"),
    "due_date": QT_TRANSLATE_NOOP("SyncFields", "完成期限"),
    "done_on": QT_TRANSLATE_NOOP("SyncFields", "完成日期"),
    "done_by": QT_TRANSLATE_NOOP("SyncFields", "完成人"),
    "raised_on": QT_TRANSLATE_NOOP("SyncFields", "提示日期"),
    "summary": QT_TRANSLATE_NOOP("SyncFields", "小结"),
    "resolved_on": QT_TRANSLATE_NOOP("SyncFields", "处置日期"),
    "resolved_by": QT_TRANSLATE_NOOP("SyncFields", "处置人"),
    "children_only": QT_TRANSLATE_NOOP("SyncFields", "仅适用于儿童"),
    "kind": QT_TRANSLATE_NOOP("SyncFields", "类型"),
    "value": QT_TRANSLATE_NOOP("SyncFields", "适用对象"),
    "interval": QT_TRANSLATE_NOOP("SyncFields", "走访周期"),
    "person_id": QT_TRANSLATE_NOOP("SyncFields", "服务对象"),
    "title": QT_TRANSLATE_NOOP("SyncFields", "个案名称"),
    "problem": QT_TRANSLATE_NOOP("SyncFields", "主要问题"),
    "source": QT_TRANSLATE_NOOP("SyncFields", "个案来源"),
    "source_note": QT_TRANSLATE_NOOP("SyncFields", "来源说明"),
    "stage": QT_TRANSLATE_NOOP("SyncFields", "阶段"),
    "episode": QT_TRANSLATE_NOOP("SyncFields", "服务轮次"),
    "closed_on": QT_TRANSLATE_NOOP("SyncFields", "结案日期"),
    "case_id": QT_TRANSLATE_NOOP("SyncFields", "所属个案"),
    "from_stage": QT_TRANSLATE_NOOP("SyncFields", "原阶段"),
    "note": QT_TRANSLATE_NOOP("SyncFields", "情况记录"),
    "ratings": QT_TRANSLATE_NOOP("SyncFields", "评定"),
    "strengths": QT_TRANSLATE_NOOP("SyncFields", "优势与资源"),
    "priorities": QT_TRANSLATE_NOOP("SyncFields", "优先处理的问题"),
    "problems": QT_TRANSLATE_NOOP("SyncFields", "要处理的问题和对象"),
    "strategy": QT_TRANSLATE_NOOP("SyncFields", "介入策略"),
    "worker_role": QT_TRANSLATE_NOOP("SyncFields", "社工的角色"),
    "client_role": QT_TRANSLATE_NOOP("SyncFields", "服务对象的角色"),
    "start_date": QT_TRANSLATE_NOOP("SyncFields", "开始日期"),
    "end_date": QT_TRANSLATE_NOOP("SyncFields", "结束日期"),
    "review_dates": QT_TRANSLATE_NOOP("SyncFields", "回顾日期"),
    "goals": QT_TRANSLATE_NOOP("SyncFields", "具体目标"),
    "agreed_by": QT_TRANSLATE_NOOP("SyncFields", "签字人"),
    "author": QT_TRANSLATE_NOOP("SyncFields", "制定人"),
    "plan_id": QT_TRANSLATE_NOOP("SyncFields", "所属服务计划"),
    "reviewer": QT_TRANSLATE_NOOP("SyncFields", "回顾人"),
    "progress": QT_TRANSLATE_NOOP("SyncFields", "目标进展"),
    "action_status": QT_TRANSLATE_NOOP("SyncFields", "行动状态"),
    "evaluator": QT_TRANSLATE_NOOP("SyncFields", "评估人"),
    "client_feedback": QT_TRANSLATE_NOOP("SyncFields", "服务对象的反馈"),
    "subject": QT_TRANSLATE_NOOP("SyncFields", "审批事项"),
    "subject_id": QT_TRANSLATE_NOOP("SyncFields", "审批的记录"),
    "requested_on": QT_TRANSLATE_NOOP("SyncFields", "提交日期"),
    "requested_by": QT_TRANSLATE_NOOP("SyncFields", "提交人"),
    "decided_on": QT_TRANSLATE_NOOP("SyncFields", "审批日期"),
    "decided_by": QT_TRANSLATE_NOOP("SyncFields", "审批人"),
    "comment": QT_TRANSLATE_NOOP("SyncFields", "审批意见"),
    "categories": QT_TRANSLATE_NOOP("SyncFields", "提供的服务"),
    "contact": QT_TRANSLATE_NOOP("SyncFields", "联系人"),
    "credit_code": QT_TRANSLATE_NOOP("SyncFields", "统一社会信用代码"),
    "capacity": QT_TRANSLATE_NOOP("SyncFields", "可同时服务人数"),
    "active": QT_TRANSLATE_NOOP("SyncFields", "在用"),
    "resource_id": QT_TRANSLATE_NOOP("SyncFields", "资源"),
    "reason": QT_TRANSLATE_NOOP("SyncFields", "转介原因"),
    "referred_by": QT_TRANSLATE_NOOP("SyncFields", "转介人"),
    "documents": QT_TRANSLATE_NOOP("SyncFields", "移交的材料"),
    "status_on": QT_TRANSLATE_NOOP("SyncFields", "状态日期"),
    "outcome": QT_TRANSLATE_NOOP("SyncFields", "结果"),
    "referral_id": QT_TRANSLATE_NOOP("SyncFields", "所属转介"),
    "corrects": QT_TRANSLATE_NOOP("SyncFields", "更正的记录"),
}
TABLE_FIELDS = {
    ("station", "name"): QT_TRANSLATE_NOOP("SyncFields", "站点名称"),
    ("villages", "name"): QT_TRANSLATE_NOOP("SyncFields", "行政村名称"),
    ("workers", "name"): QT_TRANSLATE_NOOP("SyncFields", "社工姓名"),
    ("tag_types", "name"): QT_TRANSLATE_NOOP("SyncFields", "标签名称"),
    ("persons", "name"): QT_TRANSLATE_NOOP("SyncFields", "姓名"),
    ("resources", "name"): QT_TRANSLATE_NOOP("SyncFields", "资源名称"),
    ("observation_domains", "name"): QT_TRANSLATE_NOOP("SyncFields", "观察项名称"),
    ("households", "phone"): QT_TRANSLATE_NOOP("SyncFields", "联系电话"),
    ("resources", "phone"): QT_TRANSLATE_NOOP("SyncFields", "联系电话"),
    ("visits", "notes"): QT_TRANSLATE_NOOP("SyncFields", "走访记录"),
    ("visits", "household_id"): QT_TRANSLATE_NOOP("SyncFields", "走访对象"),
    ("visits", "status"): QT_TRANSLATE_NOOP("SyncFields", "记录状态"),
    ("case_events", "worker"): QT_TRANSLATE_NOOP("SyncFields", "社工"),
    ("referral_events", "worker"): QT_TRANSLATE_NOOP("SyncFields", "社工"),
    ("visit_rules", "kind"): QT_TRANSLATE_NOOP("SyncFields", "规则类型"),
    ("resources", "kind"): QT_TRANSLATE_NOOP("SyncFields", "资源类型"),
    ("case_events", "kind"): QT_TRANSLATE_NOOP("SyncFields", "事项"),
    ("assessments", "summary"): QT_TRANSLATE_NOOP("SyncFields", "评估小结"),
    ("assessments", "ratings"): QT_TRANSLATE_NOOP("SyncFields", "各领域需求程度"),
    ("plan_reviews", "summary"): QT_TRANSLATE_NOOP("SyncFields", "回顾小结"),
    ("evaluations", "summary"): QT_TRANSLATE_NOOP("SyncFields", "评估小结"),
    ("evaluations", "ratings"): QT_TRANSLATE_NOOP("SyncFields", "目标达成情况"),
    ("crisis_alerts", "summary"): QT_TRANSLATE_NOOP("SyncFields", "危机情况"),
    ("crisis_alerts", "status"): QT_TRANSLATE_NOOP("SyncFields", "处置状态"),
    ("visit_followups", "status"): QT_TRANSLATE_NOOP("SyncFields", "完成状态"),
    ("plans", "status"): QT_TRANSLATE_NOOP("SyncFields", "计划状态"),
    ("approvals", "status"): QT_TRANSLATE_NOOP("SyncFields", "审批状态"),
    ("cases", "stage"): QT_TRANSLATE_NOOP("SyncFields", "所处阶段"),
    ("referrals", "status"): QT_TRANSLATE_NOOP("SyncFields", "转介状态"),
    ("referrals", "outcome"): QT_TRANSLATE_NOOP("SyncFields", "转介结果"),
    ("referrals", "contact"): QT_TRANSLATE_NOOP("SyncFields", "对方联系人"),
    ("resources", "villages"): QT_TRANSLATE_NOOP("SyncFields", "服务的村"),
}
# Fields holding yes/no (stored as 0/1).
YES_NO = frozenset({"deleted", "builtin", "children_only", "not_home", "crisis", "void", "active"})
# Codes stored in English, by (table, field).
CODES = {
    ("plans", "status"): {
        "draft": QT_TRANSLATE_NOOP("SyncFields", "草稿"),
        "agreed": QT_TRANSLATE_NOOP("SyncFields", "已确认"),
    },
    ("visit_rules", "kind"): {
        "tag": QT_TRANSLATE_NOOP("SyncFields", "人员类别"),
        "risk": QT_TRANSLATE_NOOP("SyncFields", "风险等级"),
        "other": QT_TRANSLATE_NOOP("SyncFields", "其他户"),
    },
    ("case_events", "kind"): {
        "stage": QT_TRANSLATE_NOOP("SyncFields", "阶段变更"),
        "close": QT_TRANSLATE_NOOP("SyncFields", "结案"),
        "reopen": QT_TRANSLATE_NOOP("SyncFields", "重新开案"),
        "returned": QT_TRANSLATE_NOOP("SyncFields", "督导退回"),
    },
}
# In a list of records (goals, observations…), which parts to show first; ids are left out.
DICT_ORDER = (
    "goal",
    "domain",
    "action",
    "text",
    "name",
    "kind",
    "status",
    "rating",
    "level",
    "score",
    "note",
    "measure",
    "start",
    "due",
    "owner",
)


def _t(text: str) -> str:
    """The translation of a text listed above (not seen by lupdate here)."""
    return QCoreApplication.translate("SyncFields", text)


def table_label(table: str) -> str:
    text = TABLES.get(table)
    return QCoreApplication.translate("SyncPage", text) if text else table


def field_label(table: str, name: str) -> str:
    """The label a social worker knows for a field of a record (as the forms show it)."""
    text = TABLE_FIELDS.get((table, name)) or FIELDS.get(name)
    if text:
        return _t(text)
    return label(LABELS[name]) if name in LABELS else name


def _id_text(ref: str, names: dict[str, str]) -> str:
    return names.get(ref) or QCoreApplication.translate("SyncFields", "另一条记录（{0}）").format(
        ref[:8]
    )


def _part(value: Any) -> str:
    """One item of a list, or one part of a record in a list, as text."""
    if isinstance(value, dict):
        keys = [k for k in DICT_ORDER if k in value] + sorted(
            k for k in value if k not in DICT_ORDER
        )
        parts = [
            _part(value[k])
            for k in keys
            if k != "id" and not k.endswith("_id") and not empty(value[k])
        ]
        return QCoreApplication.translate("SyncFields", "，").join(p for p in parts if p)
    if isinstance(value, list):
        inner = [_part(v) for v in value if not empty(v)]
        return (
            QCoreApplication.translate("SyncFields", "（{0}）").format(
                QCoreApplication.translate("SyncFields", "；").join(inner)
            )
            if inner
            else ""
        )
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SyncFields", "是")
            if value
            else QCoreApplication.translate("SyncFields", "否")
        )
    if isinstance(value, str):
        return label(value)
    return str(value)


def value_text(
    table: str, name: str, value: Any, names: dict[str, str] | None = None, *, masked: bool = False
) -> str:
    """A field's value as a social worker reads it."""
    names = names or {}
    if empty(value):
        return QCoreApplication.translate("SyncFields", "（空）")
    if name in YES_NO:
        return (
            QCoreApplication.translate("SyncFields", "是")
            if value
            else QCoreApplication.translate("SyncFields", "否")
        )
    if reference_table(table, name) is not None:
        refs = value if isinstance(value, list) else [value]
        return QCoreApplication.translate("refdata", "、").join(
            _id_text(str(r), names) for r in refs
        )
    if name in ("visit_interval", "interval") and isinstance(value, str):
        try:
            return visit_texts().interval(intervals.parse(value))
        except ValueError:
            return value
    if name == "status" and isinstance(value, str):
        if table == "visits":
            return visit_texts().status(value)
        if table == "visit_followups":
            return visit_texts().followup_status(value)
        if table == "crisis_alerts":
            return visit_texts().crisis_status(value)
    code = CODES.get((table, name), {}).get(str(value))
    if code:
        return _t(code)
    if masked and isinstance(value, str):
        if name == "id_number":
            return idcard.mask(value)
        if name in ("phone", "guardian_phone"):
            return phone.mask(value)
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            return QCoreApplication.translate("refdata", "、").join(label(v) for v in value)
        return QCoreApplication.translate("SyncFields", "；").join(
            p for p in (_part(v) for v in value) if p
        )
    return _part(value)


def one_line(text: str, limit: int = 60) -> str:
    """A value shortened for a table cell: one line, cut with …"""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def when_text(stamp: str) -> str:
    return stamp[:16].replace("T", " ") if stamp else ""


def who_text(v: ConflictValue) -> str:
    """ "王芳 · 笔记本2 · 2026-11-29 10:30": who wrote a value, on which computer, when."""
    parts = [
        v.author or QCoreApplication.translate("SyncFields", "未知社工"),
        v.computer or QCoreApplication.translate("SyncFields", "未知电脑"),
        when_text(v.when),
    ]
    return " · ".join(p for p in parts if p)


def record_text(conflict: Conflict) -> str:
    """ "人员 钱健杰（龙潭村四组2号）", "户 龙潭村四组2号（户主：钱健杰）"."""
    name = conflict.label
    if conflict.context:
        if conflict.table == "households":
            name = QCoreApplication.translate("SyncFields", "{0}（户主：{1}）").format(
                name, conflict.context
            )
        else:
            name = QCoreApplication.translate("SyncFields", "{0}（{1}）").format(
                name, conflict.context
            )
    return f"{table_label(conflict.table)} {name}"


def item_text(conflict: Conflict) -> str:
    if conflict.kind == "deleted":
        return QCoreApplication.translate("SyncFields", "删除后又被修改")
    return field_label(conflict.table, conflict.field)
