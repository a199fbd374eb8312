"""The indicators of the 报表 page, the workbook and the printed report, defined as data.

Each indicator: ``code`` (what the core computes; never changes), ``name``, ``unit``,
``definition`` (the 口径 shown beside its number), ``aggregate`` (how a quarter, a year and the
year so far are made of it: "sum" counts over the whole period, "end" is a stock on the period's
last day, "mean" is the mean of its monthly values), ``target`` (optional, e.g. 100 for a rate)
and ``section`` (the heading it is listed under).

A station or the county changes them without a new release with ``indicators.json`` in the data
folder (beside the database; ``report definitions --out`` writes the shipped list to start from):
``{"indicators": [{"code": "...", "name": "...", ...}, ...], "hide": ["code", ...]}``. An entry
with a shipped code renames or redefines it; an entry with a new code adds an indicator made of
others: ``"sum_of": [codes]`` or ``"ratio_of": [numerator, denominator]`` (a percentage). The
list's order is the order of the shipped list, then the added ones.

Special groups (探访率 by group) are data too: ``"groups": [{"code", "name", "tags": [...]}]`` in
the same file replaces the shipped list; a group counts a person who has any of its tags.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop.core.errors import StationDeskError

OVERRIDE_FILE = "indicators.json"
AGGREGATES = ("sum", "end", "mean")


@dataclass(frozen=True)
class Group:
    code: str
    name: str
    tags: tuple[str, ...]
    target: float | None = None  # percent


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    unit: str
    definition: str
    aggregate: str = "sum"
    section: str = ""
    target: float | None = None
    sum_of: tuple[str, ...] = ()
    ratio_of: tuple[str, ...] = ()

    @property
    def is_rate(self) -> bool:
        return self.unit == "%"


GROUPS: tuple[Group, ...] = (
    Group("special_elderly", "特殊困难老年人", ("特殊困难老年人",), 100.0),
    Group("left_behind_elderly", "留守老年人", ("留守老年人",)),
    Group("alone_elderly", "独居老年人", ("独居老年人",)),
    Group("distressed_children", "困境儿童", ("困境儿童", "孤儿/事实无人抚养儿童")),
    Group("left_behind_children", "留守儿童", ("留守儿童",)),
    Group("disabled", "残疾人", ("残疾人",)),
    Group("dibao_tekun", "低保/特困", ("低保对象", "特困人员")),
)

_V = "走访与探访"
_R = "服务对象"
_C = "个案与服务计划"
_F = "转介与资源链接"
_S = "危机与强制报告"
_MET = "已提交、现行版本、未作废且见到人的走访（更正后按更正后的日期计）"

_DEFAULTS: list[dict[str, Any]] = [
    {
        "code": "home_visits",
        "name": "入户走访户次",
        "unit": "户次",
        "section": _V,
        "definition": f"本期走访方式为“入户走访”的{_MET}次数；同一户走访多次按多次计。",
    },
    {
        "code": "home_households",
        "name": "入户走访户数",
        "unit": "户",
        "section": _V,
        "definition": f"本期至少有一次“入户走访”（{_MET}）的户数，同一户只计一次。",
    },
    {
        "code": "home_not_met",
        "name": "入户未遇",
        "unit": "户次",
        "section": _V,
        "definition": "本期已提交、现行版本、未作废、记为“入户未遇”（上门但没有见到人）的入户走访次数；不计入走访户次和探访率。",
    },
    {
        "code": "phone_visits",
        "name": "电话回访",
        "unit": "次",
        "section": _V,
        "definition": f"本期走访方式为“电话回访”的{_MET}次数（未接通的不计）。",
    },
    {
        "code": "all_visits",
        "name": "走访总次数（各种方式）",
        "unit": "次",
        "section": _V,
        "definition": f"本期各种方式（入户、电话、视频、到站、陪同等）的{_MET}次数。",
    },
    {
        "code": "households_new",
        "name": "新建服务档案户数",
        "unit": "户",
        "section": _R,
        "definition": "登记日期在本期内、期末仍在册的户数。",
    },
    {
        "code": "households_register",
        "name": "期末在册户数",
        "unit": "户",
        "aggregate": "end",
        "section": _R,
        "definition": "期末最后一天登记在册（登记日期不晚于期末、当时未删除）的户数。",
    },
    {
        "code": "persons_register",
        "name": "期末在册人数",
        "unit": "人",
        "aggregate": "end",
        "section": _R,
        "definition": "期末在册户中当时在册的成员人数。",
    },
    {
        "code": "cases_new",
        "name": "新开个案",
        "unit": "个",
        "section": _C,
        "definition": "接案日期在本期内的个案数（不含已删除的）。",
    },
    {
        "code": "cases_open",
        "name": "期末在案个案",
        "unit": "个",
        "aggregate": "end",
        "section": _C,
        "definition": "期末最后一天已接案、尚未结案（按个案阶段记录当时的阶段）的个案数。",
    },
    {
        "code": "cases_closed",
        "name": "结案个案",
        "unit": "个",
        "section": _C,
        "definition": "本期内结案的次数（个案阶段记录中结案日期在本期内）。",
    },
    {
        "code": "case_sessions",
        "name": "个案服务次数",
        "unit": "次",
        "section": _C,
        "definition": "本期内个案的需求评估、计划回顾和结案评估记录次数（按记录日期）。",
    },
    {
        "code": "stage_intake",
        "name": "期末在案个案：接案",
        "unit": "个",
        "aggregate": "end",
        "section": _C,
        "definition": "期末处于“接案”阶段的个案数。",
    },
    {
        "code": "stage_assess",
        "name": "期末在案个案：预估",
        "unit": "个",
        "aggregate": "end",
        "section": _C,
        "definition": "期末处于“预估”阶段的个案数。",
    },
    {
        "code": "stage_plan",
        "name": "期末在案个案：计划",
        "unit": "个",
        "aggregate": "end",
        "section": _C,
        "definition": "期末处于“计划”阶段的个案数。",
    },
    {
        "code": "stage_intervene",
        "name": "期末在案个案：介入",
        "unit": "个",
        "aggregate": "end",
        "section": _C,
        "definition": "期末处于“介入”阶段的个案数。",
    },
    {
        "code": "stage_evaluate",
        "name": "期末在案个案：评估",
        "unit": "个",
        "aggregate": "end",
        "section": _C,
        "definition": "期末处于“评估”阶段的个案数。",
    },
    {
        "code": "plans_evaluated",
        "name": "完成评估的服务计划",
        "unit": "份",
        "section": _C,
        "definition": "评估日期在本期内、至少给一个具体目标评了达成分（GAS）的评估份数。",
    },
    {
        "code": "plans_attained",
        "name": "目标达成的服务计划",
        "unit": "份",
        "section": _C,
        "definition": "上述评估中，各具体目标 GAS 分数的平均值 ≥ 0（总体达到预期或更好）的份数。",
    },
    {
        "code": "plans_attained_rate",
        "name": "服务计划目标达成率",
        "unit": "%",
        "section": _C,
        "ratio_of": ["plans_attained", "plans_evaluated"],
        "definition": "目标达成的服务计划 ÷ 完成评估的服务计划。",
    },
    {
        "code": "goals_attained_rate",
        "name": "具体目标达成率",
        "unit": "%",
        "section": _C,
        "definition": "本期评估中 GAS ≥ 0（达到预期或更好）的具体目标 ÷ 评了分的具体目标。",
    },
    {
        "code": "referrals_made",
        "name": "转介",
        "unit": "次",
        "section": _F,
        "definition": "转介日期在本期内的转介数。",
    },
    {
        "code": "referrals_accepted",
        "name": "转介被接收",
        "unit": "次",
        "section": _F,
        "definition": "本期内状态记为“已接收”的转介数（被更正掉的记录不计）。",
    },
    {
        "code": "referrals_completed",
        "name": "转介完成",
        "unit": "次",
        "section": _F,
        "definition": "本期内状态记为“已完成”的转介数（被更正掉的记录不计）。",
    },
    {
        "code": "referrals_overdue",
        "name": "期末逾期未跟进的转介",
        "unit": "次",
        "aggregate": "end",
        "section": _F,
        "definition": "期末仍在进行（已转介、已接收、服务中）且约定跟进日期早于期末最后一天的转介数。",
    },
    {
        "code": "resources_linked",
        "name": "链接资源",
        "unit": "次",
        "section": _F,
        "definition": "本期转介到资源库中资源的次数，加上本期同意的服务计划中新指定资源库资源的行动数。",
    },
    {
        "code": "crises_raised",
        "name": "发现危机",
        "unit": "起",
        "section": _S,
        "definition": "本期走访中发现并登记的危机数（撤销的不计）。",
    },
    {
        "code": "crises_handled",
        "name": "处置危机",
        "unit": "起",
        "section": _S,
        "definition": "本期内处置完毕（记为已处置）的危机数。",
    },
    {
        "code": "crisis_days_median",
        "name": "危机处置用时中位数",
        "unit": "天",
        "section": _S,
        "aggregate": "sum",
        "definition": "本期处置完毕的危机，从发现到处置完毕的天数的中位数（当天处置为 0 天）。",
    },
    {
        "code": "mandatory_reports",
        "name": "强制报告",
        "unit": "次",
        "section": _S,
        "definition": "报告日期在本期内、记为“已报告”的强制报告数（疑似未成年人遭受侵害、疑似家庭暴力）。",
    },
]


def _group_indicators(groups: tuple[Group, ...]) -> list[dict[str, Any]]:
    out = []
    for g in groups:
        target = f"国家目标 {g.target:g}%。" if g.target else ""
        out.append(
            {
                "code": f"rate_{g.code}",
                "name": f"探访率：{g.name}",
                "unit": "%",
                "aggregate": "mean",
                "section": "探访率",
                "target": g.target,
                "definition": (
                    f"本月至少被探访一次（{_MET}，走访记录中勾选了见到的成员时以见到的成员为准）的{g.name}人数"
                    f" ÷ 月末在册的{g.name}人数（人员类别按月末当时的登记）。季度、年度为各月的平均值。{target}"
                ),
            }
        )
    return out


def _coerce(entry: dict[str, Any]) -> Indicator:
    try:
        code = str(entry["code"]).strip()
        aggregate = str(entry.get("aggregate") or "sum")
        if not code or aggregate not in AGGREGATES:
            raise ValueError(code)
        target = entry.get("target")
        return Indicator(
            code=code,
            name=str(entry.get("name") or code),
            unit=str(entry.get("unit") or ""),
            definition=str(entry.get("definition") or ""),
            aggregate=aggregate,
            section=str(entry.get("section") or ""),
            target=float(target) if target not in (None, "") else None,
            sum_of=tuple(str(c) for c in entry.get("sum_of") or ()),
            ratio_of=tuple(str(c) for c in entry.get("ratio_of") or ()),
        )
    except (KeyError, TypeError, ValueError):
        raise StationDeskError(
            "report.definitions_entry", entry=json.dumps(entry, ensure_ascii=False)[:80]
        ) from None


@dataclass(frozen=True)
class Catalogue:
    indicators: tuple[Indicator, ...]
    groups: tuple[Group, ...]
    source: str = ""  # the override file, "" for the shipped definitions
    computed: frozenset[str] = field(default_factory=frozenset)  # codes the core computes

    def get(self, code: str) -> Indicator | None:
        return next((i for i in self.indicators if i.code == code), None)

    def codes(self) -> list[str]:
        return [i.code for i in self.indicators]


def shipped_entries(groups: tuple[Group, ...] = GROUPS) -> list[dict[str, Any]]:
    """The shipped indicator list as plain dicts (what ``report definitions`` writes)."""
    rates = _group_indicators(groups)
    return [*_DEFAULTS[:5], *rates, *_DEFAULTS[5:]]


def shipped_document() -> dict[str, Any]:
    return {
        "indicators": shipped_entries(),
        "hide": [],
        "groups": [
            {"code": g.code, "name": g.name, "tags": list(g.tags), "target": g.target}
            for g in GROUPS
        ],
    }


def _groups(raw: Any) -> tuple[Group, ...]:
    try:
        out = tuple(
            Group(
                str(g["code"]),
                str(g["name"]),
                tuple(str(t) for t in g["tags"]),
                float(g["target"]) if g.get("target") not in (None, "") else None,
            )
            for g in raw
        )
    except (KeyError, TypeError, ValueError):
        raise StationDeskError("report.definitions_entry", entry="groups") from None
    if not out:
        raise StationDeskError("report.definitions_entry", entry="groups")
    return out


def load(data_dir: Path | None) -> Catalogue:
    """The shipped definitions with the data folder's ``indicators.json`` applied, if any."""
    path = data_dir / OVERRIDE_FILE if data_dir is not None else None
    override: dict[str, Any] = {}
    if path is not None and path.is_file():
        try:
            override = json.loads(path.read_text(encoding="utf-8-sig"))
            if not isinstance(override, dict):
                raise ValueError
        except (OSError, ValueError):
            raise StationDeskError("report.definitions_file", path=str(path)) from None
    groups = _groups(override["groups"]) if override.get("groups") else GROUPS
    base = [_coerce(e) for e in shipped_entries(groups)]
    computed = frozenset(i.code for i in base if not i.sum_of and not i.ratio_of)
    by_code = {i.code: i for i in base}
    added: list[Indicator] = []
    for entry in override.get("indicators") or []:
        if not isinstance(entry, dict):
            raise StationDeskError("report.definitions_entry", entry=str(entry)[:80])
        if entry.get("code") in by_code:
            merged = {**_as_dict(by_code[entry["code"]]), **entry}
            if entry["code"] in computed:  # what a computed indicator counts stays the core's
                merged.pop("sum_of", None)
                merged.pop("ratio_of", None)
            by_code[entry["code"]] = _coerce(merged)
        else:
            made = _coerce(entry)
            if not made.sum_of and not made.ratio_of:
                raise StationDeskError("report.definitions_unknown", indicator=made.code)
            added.append(made)
    known = set(by_code) | {a.code for a in added}
    for made in added:
        parts = made.sum_of or made.ratio_of
        if any(p not in known for p in parts) or (made.ratio_of and len(made.ratio_of) != 2):
            raise StationDeskError("report.definitions_unknown", indicator=made.code)
    hidden = set(override.get("hide") or [])
    ordered = [by_code[i.code] for i in base] + [
        replace(a, unit=a.unit or ("%" if a.ratio_of else "")) for a in added
    ]
    return Catalogue(
        tuple(i for i in ordered if i.code not in hidden),
        groups,
        str(path) if override else "",
        computed,
    )


def _as_dict(i: Indicator) -> dict[str, Any]:
    return {
        "code": i.code,
        "name": i.name,
        "unit": i.unit,
        "definition": i.definition,
        "aggregate": i.aggregate,
        "section": i.section,
        "target": i.target,
        "sum_of": list(i.sum_of),
        "ratio_of": list(i.ratio_of),
    }
