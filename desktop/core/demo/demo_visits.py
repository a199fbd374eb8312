"""Demo visit history: two years of plausible visits for demo households (deterministic per seed).

Each household is visited at roughly its scheduled interval, as a stretched team manages it: late
more often than early, a visit missed now and then, sometimes nobody at home (入户未遇, then a
return a few days later). A large register is visited less closely than a small one (the same team
cannot keep up with 50,000 households), which also keeps generation fast. A few visits are
corrected (version 2), some leave follow-up actions (the recent ones still open), a few recent ones
raised a crisis that is still open, and the current worker has two drafts.

Rows are written through the sync log like any other write, in batches of one transaction each.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from desktop.core import refdata
from desktop.core.context import Context
from desktop.core.station import station
from desktop.core.station.station import new_id
from desktop.core.store import households as household_sql
from desktop.core.tasks import TaskState
from desktop.core.visits import schedule
from desktop.core.visits.visits import crisis_id

YEARS = 2
FULL_PACE_HOUSEHOLDS = 5000  # up to this many households the team keeps (nearly) to the schedule

NOTES = (
    "老人精神状态良好，按时服药，家中整洁。",
    "近期血压偏高，已提醒按时服药并到村卫生室复查。",
    "天气转凉，提醒注意保暖，检查了取暖设备。",
    "子女本月寄回生活费，老人心情较好。",
    "孩子学习正常，与爷爷奶奶关系融洽，周末与父母视频。",
    "家中厨房电线老化，已告知村委会安排检修。",
    "老人反映腿疼加重，行走困难，建议到镇卫生院检查。",
    "低保待遇按时发放，无新的困难。",
    "邻居反映老人最近很少出门，入户了解情况，老人说只是天冷。",
    "残疾人两项补贴已到账，康复训练坚持进行。",
    "孩子最近成绩下降，情绪低落，已与班主任沟通。",
    "房屋漏雨问题已修好，老人表示感谢。",
    "与老人聊天约半小时，老人情绪稳定。",
    "协助填写临时救助申请表，材料已交村委会。",
)
OBS_NOTES = {
    "居住安全": ("屋顶漏雨", "电线老化", "煤气管老化", "门锁损坏"),
    "身体健康": ("血压偏高", "腿脚不便加重", "感冒未愈", "视力下降"),
    "心理情绪": ("情绪低落", "念叨子女", "睡眠不好"),
    "生活照料": ("饭菜简单", "衣物未换洗", "无人帮忙买药"),
    "经济状况": ("药费负担重", "收入不稳定"),
    "监护与教育": ("作业无人辅导", "上学迟到较多", "监护人年老体弱"),
    "社会支持": ("很少与邻居来往", "子女联系少"),
}
NEEDS = (
    ("医疗康复", "需要定期体检"),
    ("生活照顾", "需要助餐服务"),
    ("政策申请/救助", "申请临时救助"),
    ("精神慰藉", "希望常有人来聊天"),
    ("教育", "需要课业辅导"),
    ("情绪疏导", "孩子想念父母"),
)
ACTIONS = (
    "协助申请临时救助",
    "联系村医上门测血压",
    "联系村委会检修电线",
    "代办高龄津贴认证",
    "联系学校了解孩子情况",
    "对接志愿者助餐",
    "协调维修屋顶",
)
CRISES = (
    "老人独自在家摔倒，邻居发现后送医，需安排照料",
    "孩子离家出走一夜，已找回，情绪不稳定",
    "家中失火，厨房烧毁，暂住邻居家",
    "老人连续两天未进食，精神恍惚",
)
RESOLUTIONS = (
    "已送医治疗，女儿回家照顾一个月",
    "已联系民政临时救助并安排亲属照料",
    "孩子已返校，约定每周心理辅导",
)
TYPES = (
    ("入户走访", 0.72),
    ("电话回访", 0.18),
    ("陪同办事/就医", 0.04),
    ("集中活动", 0.03),
    ("视频", 0.03),
)


def _gap_days(rng: random.Random, approx: float, stretch: float) -> int:
    """Days until the next visit: around the interval, late more often than early."""
    if approx <= 10:
        low, high = 6, 16
    elif approx <= 20:
        low, high = 12, 30
    elif approx <= 40:
        low, high = 24, 42
    else:
        low, high = int(approx * 0.75), int(approx * 1.35)
    return max(3, int(rng.randint(low, high) * stretch))


def _observations(
    rng: random.Random, domains: list[str], child: bool, phone: bool
) -> list[dict[str, str]]:
    chosen = [d for d in domains if child or d not in refdata.CHILD_DOMAINS]
    if phone:
        chosen = [d for d in chosen if d in ("身体健康", "心理情绪", "生活照料")]
    out = []
    for d in chosen:
        roll = rng.random()
        if roll < 0.88:
            out.append({"domain": d, "rating": "正常"})  # no note: smaller rows, same meaning
        else:
            pool = OBS_NOTES.get(d, ("需跟进",))
            out.append(
                {
                    "domain": d,
                    "rating": "需关注" if roll < 0.98 else "有风险",
                    "note": rng.choice(pool),
                }
            )
    return out


class _History:
    def __init__(self, ctx: Context, rng: random.Random, today: dt.date, stretch: float) -> None:
        self.ctx = ctx
        self.rng = rng
        self.today = today
        self.stretch = stretch
        self.start = today - dt.timedelta(days=365 * YEARS)
        self.rules = schedule.rule_set(ctx)
        self.domains = [d["name"] for d in schedule.domains(ctx)]
        self.workers = station.worker_names(ctx)
        self.corrected: set[str] = set()
        self.rows: list[tuple[str, str, dict[str, Any]]] = []  # (table, id, fields)
        self.crises_left = 0

    def household(self, h: dict[str, Any], members: list[dict[str, Any]]) -> None:
        rng = self.rng
        tags = schedule.tags_text(t for m in members for t in m["tags"])
        interval, _source = self.rules.interval(tags, h.get("risk_level"), h.get("visit_interval"))
        if interval.none or not members:
            return
        child = any((m.get("birth_date") or "") > f"{self.today.year - 18}" for m in members)
        approx = interval.approx_days
        # most households were on the register two years ago; others joined since
        joined = (
            self.start
            if rng.random() < 0.6
            else self.start + dt.timedelta(days=rng.randint(0, 700))
        )
        self.rows.append(("households", h["id"], {"registered_on": joined.isoformat()}))  # 登记日期
        day = joined + dt.timedelta(days=rng.randint(0, max(1, int(min(approx, 120)))))
        worker = h.get("worker") or (self.workers[0] if self.workers else "")
        last: dict[str, Any] | None = None
        while day < self.today:
            if rng.random() < 0.06:  # missed this round
                day += dt.timedelta(days=_gap_days(rng, approx, self.stretch))
                continue
            kind = rng.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0]
            if kind == "入户走访" and rng.random() < 0.04:  # nobody home; come back in a few days
                self.visit(h, members, day, kind, worker, child, not_home=True)
                day += dt.timedelta(days=rng.randint(1, 6))
                if day >= self.today:
                    break
            last = self.visit(h, members, day, kind, worker, child)
            day += dt.timedelta(days=_gap_days(rng, approx, self.stretch))
        if (
            last is not None
            and self.crises_left > 0
            and h.get("risk_level") == "高风险"
            and (self.today - dt.date.fromisoformat(last["visit_date"])).days <= 20
        ):
            self.crises_left -= 1
            self.raise_crisis(last, open_=True)

    def visit(
        self,
        h: dict[str, Any],
        members: list[dict[str, Any]],
        day: dt.date,
        kind: str,
        worker: str,
        child: bool,
        not_home: bool = False,
    ) -> dict[str, Any]:
        rng = self.rng
        vid = new_id()
        home = kind in ("入户走访", "集中活动", "陪同办事/就医")
        fields: dict[str, Any] = {
            "record_id": vid,
            "version": 1,
            "status": "submitted",
            "household_id": h["id"],
            "visit_date": day.isoformat(),
            "visit_time": f"{rng.randint(8, 17):02d}:{rng.choice(('00', '15', '30', '45'))}",
            "visit_type": kind,
            "not_home": 1 if not_home else 0,
            "workers": [worker],
            "risk_before": h.get("risk_level") or "",
            "risk_after": h.get("risk_level") or "",
            "submitted_at": f"{day.isoformat()} 18:{rng.randint(0, 59):02d}:00",
            "submitted_by": worker,
        }
        if self.workers and rng.random() < 0.12:
            second = rng.choice(self.workers)
            if second != worker:
                fields["workers"] = [worker, second]
        if not_home:
            fields["notes"] = (
                "入户未遇，邻居说老人去镇上赶集。"
                if rng.random() < 0.5
                else "家中无人，电话未接通。"
            )
            self.rows.append(("visits", vid, fields))
            return fields
        fields["duration_min"] = rng.randint(15, 90) if home else rng.randint(5, 20)
        fields["members_met"] = [members[0]["id"]] + [
            m["id"] for m in members[1:] if rng.random() < 0.5
        ]
        fields["observations"] = _observations(rng, self.domains, child, not home)
        if rng.random() < 0.2:
            fields["partners"] = [
                {"kind": "儿童主任" if child and rng.random() < 0.6 else "村/社区干部", "name": ""}
            ]
        if rng.random() < 0.08:
            need = rng.choice(NEEDS)
            fields["needs"] = [{"type": need[0], "note": need[1]}]
        if rng.random() < 0.3:
            fields["services"] = [rng.choice(("精神慰藉", "情绪疏导", "救助服务/政策代办", "咨询"))]
        if home:
            roll = rng.random()
            fields["signature"] = (
                "本人已签字"
                if roll < 0.85
                else "代签"
                if roll < 0.93
                else "无法签字"
                if roll < 0.98
                else "拒绝签字"
            )
            if fields["signature"] == "代签":
                fields["signed_by"] = (
                    f"{members[-1]['name']}（家属）" if len(members) > 1 else "邻居代签"
                )
        else:
            fields["signature"] = "不适用"
        if rng.random() < 0.6:
            fields["notes"] = rng.choice(NOTES)
        if rng.random() < 0.05:
            self.action(fields, day, worker)
        self.rows.append(("visits", vid, fields))
        if rng.random() < 0.004:
            self.correct(fields)
        return fields

    def action(self, fields: dict[str, Any], day: dt.date, worker: str) -> None:
        rng = self.rng
        aid = new_id()
        due = day + dt.timedelta(days=rng.randint(5, 21))
        fields["actions"] = [
            {"id": aid, "action": rng.choice(ACTIONS), "owner": worker, "due": due.isoformat()}
        ]
        row = {
            "record_id": fields["record_id"],
            "visit_id": fields["record_id"],
            "household_id": fields["household_id"],
            "action": fields["actions"][0]["action"],
            "owner": worker,
            "due_date": due.isoformat(),
            "status": "open",
        }
        if due < self.today - dt.timedelta(days=12) or (rng.random() < 0.4 and due < self.today):
            row.update(
                status="done",
                done_on=min(due, self.today).isoformat(),
                done_by=worker,
                done_note="已办结",
            )
        self.rows.append(("visit_followups", aid, row))

    def correct(self, fields: dict[str, Any]) -> None:
        vid = new_id()
        self.corrected.add(fields["record_id"])
        later = dt.date.fromisoformat(fields["visit_date"]) + dt.timedelta(
            days=self.rng.randint(1, 5)
        )
        fixed = {
            **fields,
            "version": 2,
            "replaces": fields["record_id"],
            "submitted_at": f"{min(later, self.today).isoformat()} 09:{self.rng.randint(10, 59)}:00",
            "correction_reason": self.rng.choice(
                ("补录老人用药情况", "走访时间录错", "补充同行人员")
            ),
            "notes": (fields.get("notes") or "") + "（已补充：老人每日服用降压药一次。）",
        }
        self.rows.append(("visits", vid, fixed))

    def raise_crisis(self, fields: dict[str, Any], open_: bool) -> None:
        rng = self.rng
        if fields["record_id"] in self.corrected:
            return
        note = rng.choice(CRISES)
        fields.update(crisis=1, crisis_note=note, risk_after="高风险")
        row = {
            "household_id": fields["household_id"],
            "record_id": fields["record_id"],
            "visit_id": fields["record_id"],
            "raised_on": fields["visit_date"],
            "summary": note,
            "status": "open",
        }
        if not open_:
            row.update(
                status="resolved",
                resolved_on=fields["visit_date"],
                resolved_by=fields["submitted_by"],
                resolution=rng.choice(RESOLUTIONS),
            )
        self.rows.append(("crisis_alerts", crisis_id(fields["record_id"]), row))


def add_history(
    ctx: Context,
    household_ids: list[str],
    seed: int = 1,
    today: dt.date | None = None,
    state: TaskState | None = None,
    stretch: float | None = None,
    batch: int = 500,
) -> int:
    """Write a visit history for the given households; returns the number of visit rows written."""
    state = state or TaskState()
    today = today or ctx.today()
    total = ctx.store.count("households")
    if stretch is None:
        stretch = max(1.0, (total / FULL_PACE_HOUSEHOLDS) ** 0.65)
    rng = random.Random(seed * 7919 + 17)
    history = _History(ctx, rng, today, stretch)
    history.crises_left = max(1, len(household_ids) // 250)
    written = 0
    for start in range(0, len(household_ids), batch):
        if state.cancel_requested:
            break
        chunk = household_ids[start : start + batch]
        found = {h["id"]: h for h in household_sql.households_for_index(ctx.store, chunk)}
        members = household_sql.members_of(ctx.store, chunk)
        for hid in chunk:
            if hid in found and not found[hid].get("deleted"):
                history.household(found[hid], members[hid])
        if start + batch >= len(household_ids):
            _finish(history, household_ids, found, members)
        with ctx.write() as w:
            for table, row_id, fields in history.rows:
                w.put(table, row_id, fields, new=table != "households")
                written += table == "visits"
        history.rows.clear()
        state.progress(min(start + batch, len(household_ids)), len(household_ids))
    schedule.refresh(ctx)  # compute the schedule now rather than when a page first asks
    return written


def _finish(
    history: _History,
    household_ids: list[str],
    found: dict[str, Any],
    members: dict[str, list[dict[str, Any]]],
) -> None:
    """Two drafts of the current worker and one resolved crisis, in the last batch."""
    rng, ctx = history.rng, history.ctx
    recent = [
        r
        for t, _i, r in history.rows
        if t == "visits" and not r.get("not_home") and r.get("version") == 1
    ]
    if recent:
        old = rng.choice(recent)
        if not old.get("crisis"):
            history.raise_crisis(old, open_=False)
    worker = ctx.worker or (history.workers[0] if history.workers else "")
    for hid in [h for h in household_ids if h in found][-2:]:
        if not members.get(hid):
            continue
        vid = new_id()
        history.rows.append(
            (
                "visits",
                vid,
                {
                    "record_id": vid,
                    "version": 1,
                    "status": "draft",
                    "household_id": hid,
                    "visit_date": history.today.isoformat(),
                    "visit_type": "入户走访",
                    "workers": [worker],
                    "members_met": [members[hid][0]["id"]],
                    "signature": "待签字",
                    "notes": "（草稿）已入户，待补录观察评估，纸质表待服务对象签字。",
                },
            )
        )
