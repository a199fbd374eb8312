"""Demo case work: a resource directory for the station's villages, and cases at every stage with
assessments, plans (goals, actions, reviews, a revision), evaluations, supervision decisions and
referrals at every status — some overdue, one household with duplicate aid. Deterministic per seed.

Written through the same services a worker uses (each record checked and logged for sync), as
the worker who would have written it: the case's worker, and the station director deciding the
approvals.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from desktop.core import refdata
from desktop.core.cases import approvals, assessments, cases, plans, supervision
from desktop.core.cases.case_records import (
    AssessmentInput,
    CaseInput,
    EvaluationInput,
    PlanInput,
    ReferralInput,
    ResourceInput,
    ReviewInput,
)
from desktop.core.context import Context
from desktop.core.errors import StationDeskError
from desktop.core.resources import referrals, resources
from desktop.core.station import station
from desktop.core.store import households as household_sql
from desktop.core.tasks import TaskState

MAX_CASES = 300

# (name, resource kind, five-society kind, categories, village-specific: "{v}" is the village)
TOWNSHIP_RESOURCES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("{t}卫生院", "政府服务", "政府部门", ("医疗康复",)),
    ("{t}民政办", "政府服务", "政府部门", ("政策申请/救助",)),
    ("{t}残疾人联合会", "政府服务", "政府部门", ("政策申请/救助", "医疗康复", "就业")),
    ("{t}人社服务站", "政府服务", "政府部门", ("就业",)),
    ("{t}中心小学", "政府服务", "政府部门", ("教育",)),
    ("{t}派出所", "政府服务", "政府部门", ("危机干预",)),
    ("{c}慈善会", "慈善资源", "社会慈善资源", ("政策申请/救助", "生活照顾", "教育")),
    ("{c}红十字会", "慈善资源", "社会慈善资源", ("医疗康复", "生活照顾")),
    ("{c}心理咨询师协会", "机构/单位", "社会组织", ("情绪疏导", "危机干预", "精神慰藉")),
    ("{c}法律援助中心", "政府服务", "政府部门", ("法律",)),
    ("{t}养老服务中心", "机构/单位", "社会组织", ("生活照顾", "精神慰藉", "医疗康复")),
    ("{t}“夕阳红”志愿服务队", "志愿服务队", "社区志愿者", ("生活照顾", "精神慰藉")),
    ("{t}巾帼志愿服务队", "志愿服务队", "社区志愿者", ("生活照顾", "教育", "情绪疏导")),
    ("{c}师范学院支教团", "志愿服务队", "社区志愿者", ("教育", "情绪疏导")),
    ("{c}阳光助残服务中心", "机构/单位", "社会组织", ("医疗康复", "就业", "生活照顾")),
    ("{t}爱心超市", "慈善资源", "社会慈善资源", ("生活照顾",)),
    ("{t}社工站", "机构/单位", "社会工作者", ("情绪疏导", "危机干预", "政策申请/救助", "其他")),
)
VILLAGE_RESOURCES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("{v}村民委员会", "机构/单位", "社区/村委", ("政策申请/救助", "生活照顾", "其他")),
    ("{v}邻里互助队", "志愿服务队", "社区志愿者", ("生活照顾", "精神慰藉")),
    ("{v}儿童之家", "机构/单位", "社区/村委", ("教育", "精神慰藉")),
    ("{v}卫生室", "政府服务", "政府部门", ("医疗康复",)),
)
VILLAGES_WITH_ALL = 3  # the first villages get every village resource; the others a committee only


@dataclass(frozen=True)
class Template:
    title: str
    problem: str
    levels: dict[str, int]
    # (goal, measure, [(action, party kind, need)])
    goals: tuple[tuple[str, str, tuple[tuple[str, str, str], ...]], ...]


ELDER = Template(
    "独居老人照顾安排",
    "老人独居，子女在外务工，腿脚不便，做饭困难，近期情绪低落，常说“活着没意思”。",
    {"居住安全": 2, "身体健康": 3, "心理情绪": 2, "生活照料": 3, "经济状况": 1, "社会支持": 2},
    (
        (
            "三个月内老人每周至少 5 天有人提供午餐",
            "送餐登记表记录",
            (
                ("链接助餐志愿服务，每天送午餐", "社区志愿者", "生活照顾"),
                ("与子女约定每周电话联系至少两次", "服务对象及家庭", ""),
            ),
        ),
        (
            "老人情绪低落的情况明显减少",
            "老年抑郁量表（GDS-15）得分下降 3 分以上",
            (
                ("社工每两周上门开展情绪疏导", "社会工作者", "情绪疏导"),
                ("邀请老人参加村里的老年活动", "社区/村委", "精神慰藉"),
            ),
        ),
        (
            "完成家中用电、用气安全检查和整改",
            "检查记录和整改照片",
            (("联系村委会安排电工检修线路", "社区/村委", "其他"),),
        ),
    ),
)
CHILD = Template(
    "留守儿童学业与情绪支持",
    "父母在外务工，孩子由祖辈照顾，作业无人辅导，成绩下滑，想念父母，不愿与人交流。",
    {"监护与教育": 3, "心理情绪": 2, "社会支持": 2, "经济状况": 1, "身体健康": 0},
    (
        (
            "孩子按时完成作业，期末成绩不下降",
            "班主任反馈和成绩单",
            (
                ("链接志愿者每周两次课业辅导", "社区志愿者", "教育"),
                ("与班主任每月沟通一次", "社会工作者", "教育"),
            ),
        ),
        (
            "孩子每周与父母视频通话至少一次",
            "祖辈记录的通话次数",
            (
                ("教祖辈使用视频通话", "社会工作者", "精神慰藉"),
                ("与在外务工的父母约定通话时间", "服务对象及家庭", ""),
            ),
        ),
        (
            "孩子每月参加一次儿童之家活动",
            "儿童之家签到表",
            (("邀请孩子参加儿童之家周末活动", "社区/村委", "精神慰藉"),),
        ),
    ),
)
DISABLED = Template(
    "残疾人康复与就业支持",
    "家中有残疾人，康复训练中断，两项补贴未申请，家庭收入低，照顾者压力大。",
    {"身体健康": 3, "经济状况": 2, "生活照料": 2, "心理情绪": 1, "社会支持": 1},
    (
        (
            "每周完成三次康复训练",
            "康复训练记录表",
            (
                ("链接康复医生上门指导", "政府部门", "医疗康复"),
                ("家属学会辅助训练方法", "服务对象及家庭", ""),
            ),
        ),
        (
            "办妥残疾人两项补贴",
            "补贴到账记录",
            (("协助准备材料向残联申请", "政府部门", "政策申请/救助"),),
        ),
        (
            "照顾者每月有一天喘息时间",
            "照顾者自述",
            (("安排志愿者每月上门照看一天", "社区志愿者", "生活照顾"),),
        ),
    ),
)
POOR = Template(
    "困难家庭救助申请",
    "家庭收入不稳定，因病（因灾）支出大，生活困难，不了解救助政策。",
    {"经济状况": 3, "居住安全": 2, "身体健康": 1, "心理情绪": 1, "社会支持": 1},
    (
        (
            "完成临时救助申请并获批",
            "审批结果",
            (
                ("协助准备临时救助申请材料", "政府部门", "政策申请/救助"),
                ("链接慈善会送生活物资", "社会慈善资源", "生活照顾"),
            ),
        ),
        (
            "家庭有一份稳定收入",
            "劳动合同或工资记录",
            (("推荐参加人社服务站招聘会", "政府部门", "就业"),),
        ),
    ),
)
STRENGTHS = (
    "性格开朗，愿意与人交流；邻居关系好。",
    "有一定自理能力，生活有规律。",
    "子女关心，愿意配合。",
    "村委会重视，儿童主任常来看望。",
    "本人有改变的愿望，愿意尝试新的安排。",
)
REVIEW_NOTES = (
    "按计划推进，服务对象反馈较好。",
    "部分行动因天气推迟，已调整时间。",
    "家属配合度提高。",
    "服务对象情绪比上次稳定。",
)
OUTCOMES = {
    "已完成": ("已按需提供服务，服务对象满意。", "补贴已到账。", "已完成上门康复指导 8 次。"),
    "未接收": ("对方名额已满，已改为转介其他资源。", "不符合对方服务条件。"),
}
CLOSURE_NOTES = {
    "服务目标达成": "各项目标基本达成，服务对象生活稳定。",
    "转介其他机构跟进": "已转介专业机构长期跟进。",
    "服务对象主动要求结案": "服务对象表示暂不需要服务。",
}
# The path of each demo case: how far it has come (the last two were closed, one then reopened).
PATHS = ("接案", "预估", "计划", "介入", "介入", "评估", "结案", "结案", "重新开案")


class _As(Context):
    """The same database, written as another worker (the demo's case workers and director)."""

    def __init__(self, ctx: Context, worker: str) -> None:  # no super(): the identity exists
        self.store = ctx.store
        self._worker = worker

    @property
    def worker(self) -> str:
        return self._worker


def _template(members: list[dict[str, Any]]) -> Template:
    tags = {t for m in members for t in m.get("tags") or []}
    if tags & refdata.CHILD_TAGS:
        return CHILD
    if "残疾人" in tags:
        return DISABLED
    if tags & {"独居老年人", "特殊困难老年人", "留守老年人"}:
        return ELDER
    return POOR


def ensure_directory(ctx: Context) -> None:
    """Add the demo resources the directory does not have yet (by name)."""
    info = station.current(ctx) or {}
    township, county = info.get("township") or "本镇", info.get("county") or "本县"
    have = {r["name"] for r in resources.resources(ctx)}
    villages = station.villages(ctx)
    rows: list[ResourceInput] = []
    for i, (name, kind, party, cats) in enumerate(TOWNSHIP_RESOURCES):
        rows.append(
            ResourceInput(
                name=name.format(t=township, c=county),
                kind=kind,
                party_kind=party,
                categories=list(cats),
                contact=("王", "李", "张", "刘", "陈", "杨")[i % 6]
                + ("主任", "老师", "会长", "医生", "队长")[i % 5],
                phone=f"0731-86{i:02d}{(i * 37) % 100:02d}{i % 10}1",
                capacity=(None, 20, 10, 30)[i % 4],
                address=f"{township}政府街 {i + 1} 号",
            )
        )
    for n, village in enumerate(villages):
        for j, (name, kind, party, cats) in enumerate(
            VILLAGE_RESOURCES if n < VILLAGES_WITH_ALL else VILLAGE_RESOURCES[:1]
        ):
            rows.append(
                ResourceInput(
                    name=name.format(v=village["name"]),
                    kind=kind,
                    party_kind=party,
                    categories=list(cats),
                    villages=[village["id"]],
                    contact=("支部书记", "妇女主任", "儿童主任", "村医")[j],
                    phone=f"13{(n * 4 + j) % 10}{(n * 7919 + j * 104729 + 24681357) % 100000000:08d}",
                    capacity=(None, 8, 15, None)[j],
                )
            )
    for r in rows:
        if r.name not in have:
            resources.save_resource(ctx, r, accept_check=True)


def add_cases(
    ctx: Context,
    household_ids: list[str],
    seed: int = 1,
    today: dt.date | None = None,
    state: TaskState | None = None,
) -> int:
    """Cases for some of these households (the more vulnerable first); returns how many."""
    state = state or TaskState()
    today = today or ctx.today()
    rng = random.Random(seed * 104729 + 4)
    ensure_directory(ctx)
    workers = station.worker_names(ctx)
    director = ctx.worker or workers[0]
    found = {h["id"]: h for h in household_sql.households_for_index(ctx.store, household_ids)}
    ranked = [h for h in household_ids if h in found and not found[h].get("deleted")]
    rank = {"高风险": 0, "重点": 1}
    ranked.sort(key=lambda h: (rank.get(found[h].get("risk_level") or "", 2), rng.random()))
    count = min(MAX_CASES, max(len(PATHS), len(household_ids) // 25), len(ranked))
    chosen = ranked[:count]
    members = household_sql.members_of(ctx.store, chosen)
    written = 0
    demo = _Demo(ctx, rng, today, director, workers)
    for i, hid in enumerate(chosen):
        if state.cancel_requested:
            break
        try:
            with ctx.store.transaction():  # one commit per case: the services' writes join it
                demo.case(found[hid], members[hid], PATHS[i % len(PATHS)], i)
        except StationDeskError:  # a household the demo cannot use (no members…): skip it
            continue
        written += 1
    demo.duplicate_aid()
    return written


class _Demo:
    def __init__(
        self, ctx: Context, rng: random.Random, today: dt.date, director: str, workers: list[str]
    ) -> None:
        self.ctx, self.rng, self.today, self.director, self.workers = (
            ctx,
            rng,
            today,
            director,
            workers,
        )
        self.referral_turn = 0
        self.last_plan_case: tuple[str, str, str] | None = (
            None  # (case, household, village) for duplicate aid
        )

    def day(self, d: dt.date) -> str:
        return min(d, self.today).isoformat()

    def case(
        self, household: dict[str, Any], members: list[dict[str, Any]], path: str, n: int
    ) -> None:
        rng, today = self.rng, self.today
        worker = household.get("worker") or self.director
        if worker not in self.workers:
            worker = self.director
        me = _As(self.ctx, worker)
        boss = _As(
            self.ctx,
            self.director
            if worker != self.director
            else next((w for w in self.workers if w != worker), self.director),
        )
        t = _template(members)
        client = (
            next(
                (m for m in members if m.get("tags") and set(m["tags"]) & refdata.CHILD_TAGS), None
            )
            if t is CHILD
            else None
        )
        stage_index = (
            refdata.CASE_STAGES.index("结案")
            if path == "重新开案"
            else refdata.CASE_STAGES.index(path)
        )
        span = 20 + 35 * stage_index + rng.randint(0, 40)
        intake = today - dt.timedelta(days=span)
        step = max(span // 6, 3)
        c = CaseInput(
            household_id=household["id"],
            person_id=client["id"] if client else "",
            title=t.title,
            problem=t.problem,
            source=rng.choice(refdata.CASE_SOURCES[:4]),
            intake_date=intake.isoformat(),
            worker=worker,
            supervisor=boss.worker,
        )
        cid = cases.save_case(me, c, today=today).case_id
        if path == "接案":
            return
        domains = set(assessments.domains_for(me, cid, today))
        levels = {d: lv for d, lv in t.levels.items() if d in domains}
        first_day = intake + dt.timedelta(days=rng.randint(2, 6))
        first = self._assess(me, cid, first_day, levels, household)
        self._submit(me, cid, first_day)
        self._decide(boss, first, approve=rng.random() < 0.7)
        if path == "预估":
            return
        village = household.get("village_id") or ""
        plan = self._plan(me, cid, t, village, intake + dt.timedelta(days=step))
        if path == "计划":
            return
        plans.agree_plan(
            me,
            plan,
            self._client_name(members, client),
            self.day(intake + dt.timedelta(days=step + 2)),
            today=today,
        )
        self._submit(me, cid, intake + dt.timedelta(days=step + 2))
        self._decide(
            boss, plan, approve=True, always=True
        )  # the station's default: intervention waits for it
        self.last_plan_case = (cid, household["id"], village)
        review_day = intake + dt.timedelta(days=step * 3)
        self._review(me, cid, review_day)
        self._referrals(me, cid, household, t, village, intake + dt.timedelta(days=step + 4))
        if n % 4 == 3:  # a plan changed after it was signed: a second version
            revision = plans.start_revision(me, plan)
            revision.change_reason = "服务对象情况变化，调整行动安排。"
            revision.goals[-1]["actions"][0]["due"] = (today + dt.timedelta(days=60)).isoformat()
            v2 = plans.save_plan(
                me, cid, revision, today=min(review_day + dt.timedelta(days=3), today)
            ).plan_id
            plans.agree_plan(
                me,
                v2,
                self._client_name(members, client),
                self.day(review_day + dt.timedelta(days=4)),
                today=today,
            )
            self._submit(me, cid, review_day + dt.timedelta(days=4))
        if path == "介入":
            return
        lower = {d: max(0, lv - rng.choice((0, 1, 1, 2))) for d, lv in levels.items()}
        again = self._assess(me, cid, intake + dt.timedelta(days=step * 4), lower, household)
        self._submit(me, cid, intake + dt.timedelta(days=step * 4))
        self._decide(boss, again, True)
        self._evaluate(me, cid, intake + dt.timedelta(days=step * 5))
        if path == "评估":
            return
        reason = rng.choice(
            ("服务目标达成", "服务目标达成", "转介其他机构跟进", "服务对象主动要求结案")
        )
        cases.close_case(
            me,
            cid,
            reason,
            CLOSURE_NOTES[reason],
            self.day(intake + dt.timedelta(days=span - 3)),
            today=today,
        )
        closure = approvals.pending_request(boss, cid)
        if closure is not None and (path == "重新开案" or rng.random() < 0.8):
            supervision.approve(boss, closure["id"], "同意结案，资料齐全。", today=today)
        if path == "重新开案":
            cases.reopen_case(me, cid, "服务对象情况反复，再次求助，重新开案评估。", today=today)

    @staticmethod
    def _client_name(members: list[dict[str, Any]], client: dict[str, Any] | None) -> str:
        if client is not None:
            return f"{members[0]['name']}（监护人）"
        return members[0]["name"] if members else ""

    def _assess(
        self, me: Context, cid: str, day: dt.date, levels: dict[str, int], household: dict[str, Any]
    ) -> str:
        rng = self.rng
        ratings = [{"domain": d, "level": lv, "note": ""} for d, lv in levels.items()]
        worst = max(levels.values(), default=0)
        risk = "高风险" if worst >= 3 and rng.random() < 0.3 else ("重点" if worst >= 2 else "一般")
        a = AssessmentInput(
            assess_date=self.day(day),
            assessor=me.worker,
            ratings=ratings,
            strengths=rng.choice(STRENGTHS),
            risk_level=risk,
            summary="、".join(d for d, lv in levels.items() if lv >= 2)
            + "方面需求较突出，需优先介入。"
            if worst >= 2
            else "整体情况稳定，需求较轻。",
            priorities="；".join(d for d, lv in sorted(levels.items(), key=lambda x: -x[1])[:3]),
            next_date=(day + dt.timedelta(days=90)).isoformat(),
        )
        return assessments.save_assessment(me, cid, a, today=self.today).assessment_id

    def _submit(self, me: Context, cid: str, day: dt.date) -> None:
        """提交审批 of what the case has that is not approved or waiting yet."""
        if supervision.submittable(me, cid):
            supervision.submit(me, cid, today=min(day, self.today))

    def _decide(self, boss: Context, subject_id: str, approve: bool, always: bool = False) -> None:
        pending = approvals.pending_request(boss, subject_id)
        if pending is None or (not always and self.rng.random() < 0.25):
            return  # still waiting for the director
        day = min(
            dt.date.fromisoformat(pending["requested_on"])
            + dt.timedelta(days=self.rng.randint(1, 5)),
            self.today,
        )
        if approve:
            supervision.approve(boss, pending["id"], "", today=day)
        else:
            supervision.return_for_changes(
                boss, pending["id"], "请补充服务对象家庭支持情况的描述。", today=day
            )

    def _plan(self, me: Context, cid: str, t: Template, village: str, start: dt.date) -> str:
        rng = self.rng
        goals = []
        for goal, measure, actions in t.goals[: rng.choice((2, 3, 3))]:
            rows = []
            for k, (text, party, need) in enumerate(actions):
                resource_id, party_kind = "", party
                if need and party not in ("社会工作者", "服务对象及家庭"):
                    same = [
                        m
                        for m in resources.match(me, need, village)
                        if m.resource["party_kind"] == party
                    ]
                    if same:
                        resource_id = same[0].resource["id"]
                rows.append(
                    {
                        "action": text,
                        "party_kind": party_kind,
                        "need": need,
                        "resource_id": resource_id,
                        "party_name": "",
                        "start": (start + dt.timedelta(days=3 + k * 7)).isoformat(),
                        "due": (start + dt.timedelta(days=90)).isoformat(),
                        "status": "未开始",
                    }
                )
            goals.append({"goal": goal, "measure": measure, "actions": rows})
        p = PlanInput(
            overall_goal=f"{t.title}：改善服务对象的生活状况，增强其自我照顾能力和社会支持。",
            problems=t.problem,
            strategy="个案管理，整合五社资源，定期回顾。",
            worker_role="评估需求、链接资源、情绪支持、定期回访。",
            client_role="配合服务，按约定完成各项行动。",
            start_date=self.day(start),
            end_date=(start + dt.timedelta(days=180)).isoformat(),
            review_dates=[
                (start + dt.timedelta(days=45)).isoformat(),
                (start + dt.timedelta(days=90)).isoformat(),
            ],
            goals=goals,
        )
        return plans.save_plan(me, cid, p, today=min(start, self.today)).plan_id

    def _review(self, me: Context, cid: str, day: dt.date) -> None:
        current = plans.plan_state(me, cid)["current"]
        if current is None:
            return
        statuses = [
            {
                "action_id": a["id"],
                "status": self.rng.choice(("进行中", "进行中", "已完成", "未开始")),
            }
            for g in current["goals"]
            for a in g["actions"]
        ]
        progress = [
            {"goal_id": g["id"], "note": self.rng.choice(REVIEW_NOTES)} for g in current["goals"]
        ]
        plans.save_review(
            me,
            cid,
            ReviewInput(
                review_date=self.day(day),
                progress=progress,
                action_status=statuses,
                summary="按计划推进。",
                next_review=(day + dt.timedelta(days=45)).isoformat(),
            ),
            today=self.today,
        )

    def _referrals(
        self,
        me: Context,
        cid: str,
        household: dict[str, Any],
        t: Template,
        village: str,
        day: dt.date,
    ) -> None:
        needs = list(
            dict.fromkeys(
                need
                for _, _, actions in t.goals
                for _, party, need in actions
                if need and party != "社会工作者"
            )
        )
        for need in self.rng.sample(needs, min(len(needs), self.rng.choice((1, 1, 2)))):
            matches = resources.match(me, need, village)
            if not matches:
                continue
            r = ReferralInput(
                household_id=household["id"],
                case_id=cid,
                resource_id=matches[0].resource["id"],
                need=need,
                reason=f"服务对象需要{need}方面的专业服务。",
                referred_on=self.day(day),
                consent=self.rng.choice(refdata.CONSENT_KINDS[:2]),
                documents="转介单、身份证复印件",
                follow_up=(day + dt.timedelta(days=7)).isoformat(),
            )
            rid = referrals.create_referral(me, r, today=self.today).referral_id
            self._advance_referral(me, rid, day)

    def _advance_referral(self, me: Context, rid: str, day: dt.date) -> None:
        """Statuses in turn, so every status shows; some of those in progress are overdue."""
        target = refdata.REFERRAL_STATUSES[self.referral_turn % len(refdata.REFERRAL_STATUSES)]
        self.referral_turn += 1
        path = {
            "已转介": ["已转介"],
            "已接收": ["已接收"],
            "服务中": ["已接收", "服务中"],
            "已完成": ["已接收", "服务中", "已完成"],
            "未接收": ["未接收"],
        }[target]
        for k, status in enumerate(path, start=1):
            when = min(day + dt.timedelta(days=5 * k), self.today)
            done = status in refdata.REFERRAL_DONE
            # the next follow-up: a few have slipped past (overdue on the start page)
            follow = (
                ""
                if done
                else max(
                    when,
                    self.today + dt.timedelta(days=self.rng.choice((-9, -3, 4, 7, 10, 14, 21, 30))),
                ).isoformat()
            )
            outcome = self.rng.choice(OUTCOMES[status]) if done else ""
            referrals.update_referral(
                me, rid, status, "电话跟进。", outcome, follow, when.isoformat(), today=self.today
            )

    def _evaluate(self, me: Context, cid: str, day: dt.date) -> None:
        e = plans.new_evaluation(me, cid, today=self.today)
        for r in e.ratings:
            r["score"] = self.rng.choice((-1, 0, 0, 0, 1, 1, 2))
        plans.save_evaluation(
            me,
            cid,
            EvaluationInput(
                eval_date=self.day(day),
                ratings=e.ratings,
                summary="服务对象生活状况有所改善，大部分目标达到预期。",
                client_feedback="感谢社工和志愿者的帮助。",
            ),
            today=self.today,
        )

    def duplicate_aid(self) -> None:
        """One household also gets meals from a second source: the case view warns about it."""
        if self.last_plan_case is None:
            return
        cid, hid, village = self.last_plan_case
        me = _As(self.ctx, self.director)
        have = {
            s["resource_id"]
            for d in [referrals.aid_sources(me, [hid]).get(hid, {})]
            for s in d.get("生活照顾", [])
        }
        other = next(
            (
                m.resource
                for m in resources.match(me, "生活照顾", village)
                if m.resource["id"] not in have
            ),
            None,
        )
        if other is None or not have:
            return
        r = ReferralInput(
            household_id=hid,
            case_id="",
            resource_id=other["id"],
            need="生活照顾",
            reason="家属另外联系的送餐服务。",
            referred_on=self.today.isoformat(),
            consent="口头同意",
            follow_up=(self.today + dt.timedelta(days=7)).isoformat(),
        )
        referrals.create_referral(me, r, today=self.today)
