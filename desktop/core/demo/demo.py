"""Demo data: realistic, deterministic households for the station's villages.

Names (with some rare characters), ages, valid ID numbers, and special-group tags in plausible
proportions for a rural township. The same seed gives the same register.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from desktop.core import idcard
from desktop.core.context import Context
from desktop.core.errors import StationDeskError
from desktop.core.register.records import StationSetup
from desktop.core.station import station
from desktop.core.station.station import new_id
from desktop.core.tasks import TaskState

DEMO_STATION = StationSetup(
    station="青山镇社工站",
    county="武陵县",
    township="青山镇",
    county_code="433127",
    villages=[
        (name, [f"{n}组" for n in "一二三四五六七八"[:groups]])
        for name, groups in (
            ("青山村", 8),
            ("桃源村", 6),
            ("白岩村", 7),
            ("龙潭村", 5),
            ("石门村", 6),
            ("枫树村", 4),
            ("溪口村", 6),
            ("高坪村", 5),
        )
    ],
    computer="站点主机",
    worker="李晓梅",
)
DEMO_WORKERS = ("王建华", "张丽", "刘德胜")

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱覃向"
)
RARE_SURNAMES = ("单", "仇", "解", "区", "查", "覃", "乐", "缪", "瞿")
MALE_CHARS = "伟强军勇杰涛明超刚平辉鹏华飞波斌宇浩凯健俊文建国志海东林新春生福贵财德永成荣贤"
FEMALE_CHARS = "芳娟敏静丽艳娜秀英华慧巧美玲桂兰红梅霞燕萍琴云莲凤珍翠花玉婷雪琳菊香月"
RARE_CHARS = "龑㛃堃赟喆昇玥珺婕琤犇淼垚焱鑫燚昶旻暐頔"


@dataclass
class _Gen:
    rng: random.Random
    county: str
    today: dt.date
    used_ids: set[str] = field(default_factory=set)

    def name(self, male: bool, surname: str | None = None) -> str:
        rng = self.rng
        if surname is None:
            surname = rng.choice(RARE_SURNAMES) if rng.random() < 0.03 else rng.choice(SURNAMES)
        pool = MALE_CHARS if male else FEMALE_CHARS
        given = rng.choice(pool) if rng.random() < 0.35 else rng.choice(pool) + rng.choice(pool)
        if rng.random() < 0.015:
            given = given[:-1] + rng.choice(RARE_CHARS)
        return surname + given

    def birth(self, age_low: int, age_high: int) -> dt.date:
        age = self.rng.randint(age_low, age_high)
        start = dt.date(self.today.year - age - 1, self.today.month, 1) + dt.timedelta(days=1)
        return start + dt.timedelta(days=self.rng.randint(0, 360))

    def id_number(self, birth: dt.date, male: bool) -> str:
        while True:
            number = idcard.make(self.county, birth, self.rng.randint(0, 999), male)
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number

    def phone(self) -> str:
        return f"1{self.rng.choice('35789')}{self.rng.randint(0, 999999999):09d}"

    def person(
        self,
        relation: str,
        male: bool,
        ages: tuple[int, int],
        surname: str | None = None,
        tags: list[str] | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        birth = self.birth(*ages)
        with_id = self.rng.random() < 0.97
        return {
            "relation": relation,
            "name": self.name(male, surname),
            "sex": "男" if male else "女",
            "birth_date": birth.isoformat(),
            "id_number": self.id_number(birth, male) if with_id else "",
            "phone": self.phone() if ages[0] >= 18 and self.rng.random() < 0.6 else "",
            "tags": tags or [],
            "disability_type": "",
            "disability_grade": "",
            "living_situation": "",
            "guardian_name": "",
            "guardian_relation": "",
            "guardian_phone": "",
            "health_notes": "",
            **extra,
        }


HEALTH_NOTES = (
    "高血压，长期服药",
    "糖尿病",
    "行动不便，需拄拐",
    "听力下降",
    "慢性支气管炎",
    "腿脚不便",
    "",
)


def _household(g: _Gen) -> tuple[list[dict[str, Any]], str, str]:
    """Members, risk level and notes of one household of a randomly drawn kind."""
    rng = g.rng
    kind = rng.random()
    surname = rng.choice(RARE_SURNAMES) if rng.random() < 0.03 else rng.choice(SURNAMES)
    male = rng.random() < 0.5
    if kind < 0.15:  # an older person living alone
        tags = (
            ["独居老年人"]
            + (["特殊困难老年人"] if rng.random() < 0.25 else [])
            + (["低保对象"] if rng.random() < 0.3 else [])
        )
        head = g.person(
            "户主",
            male,
            (65, 92),
            surname,
            tags,
            living_situation="独居",
            health_notes=rng.choice(HEALTH_NOTES),
        )
        return [head], ("高风险" if rng.random() < 0.12 else "重点"), "子女在外地，每月电话联系。"
    if kind < 0.30:  # grandparents raising children while the parents work away
        grand = g.person(
            "户主", True, (58, 78), surname, ["留守老年人"], living_situation="与配偶同住"
        )
        members = [grand]
        if rng.random() < 0.75:
            members.append(
                g.person(
                    "配偶", False, (55, 76), None, ["留守老年人"], living_situation="与配偶同住"
                )
            )
        for _ in range(rng.randint(1, 3)):
            boy = rng.random() < 0.5
            members.append(
                g.person(
                    "孙子" if boy else "孙女",
                    boy,
                    (3, 15),
                    surname,
                    ["留守儿童"],
                    guardian_name=grand["name"],
                    guardian_relation="祖父母",
                    guardian_phone=grand["phone"],
                    living_situation="与祖辈同住",
                )
            )
        return members, ("重点" if rng.random() < 0.5 else "一般"), "父母在广东务工，春节回家。"
    if kind < 0.40:  # a disabled member
        members = [
            g.person("户主", male, (35, 60), surname, ["低保对象"] if rng.random() < 0.4 else [])
        ]
        members.append(g.person("配偶", not male, (33, 58), None))
        disabled = g.person(
            "儿子" if male else "女儿",
            male,
            (10, 35),
            surname,
            ["残疾人"],
            disability_type=rng.choice(("肢体", "智力", "精神", "视力", "听力", "言语", "多重")),
            disability_grade=rng.choice(("一级", "二级", "三级", "四级")),
            health_notes="持残疾证，需要康复训练",
        )
        members.append(disabled)
        return members, ("重点" if rng.random() < 0.6 else "一般"), ""
    if kind < 0.45:  # a child in difficulty raised by a relative
        carer = g.person(
            "户主", male, (45, 70), surname, ["低保对象"] if rng.random() < 0.5 else []
        )
        tag = "孤儿/事实无人抚养儿童" if rng.random() < 0.4 else "困境儿童"
        child = g.person(
            "孙子" if male else "孙女",
            rng.random() < 0.5,
            (2, 16),
            surname,
            [tag],
            guardian_name=carer["name"],
            guardian_relation="祖父母",
            guardian_phone=carer["phone"],
            living_situation="与祖辈同住",
        )
        return (
            [carer, child],
            ("高风险" if rng.random() < 0.2 else "重点"),
            "父亲服刑，母亲失联。" if tag != "困境儿童" else "",
        )
    if kind < 0.49:  # extremely poor, supported by the state
        head = g.person(
            "户主",
            male,
            (60, 88),
            surname,
            ["特困人员"],
            living_situation="独居",
            health_notes=rng.choice(HEALTH_NOTES),
        )
        return [head], "重点", "分散供养。"
    if kind < 0.52:  # affected by this summer's flood
        head = g.person("户主", male, (40, 70), surname, ["受灾人员"])
        spouse = g.person("配偶", not male, (38, 68), None, ["受灾人员"])
        return [head, spouse], "重点", "7 月山洪冲毁厨房，已申请临时救助。"
    members = [
        g.person("户主", male, (30, 65), surname, ["低保对象"] if rng.random() < 0.06 else [])
    ]
    if rng.random() < 0.85:
        members.append(g.person("配偶", not male, (28, 63), None))
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
        boy = rng.random() < 0.5
        members.append(g.person("儿子" if boy else "女儿", boy, (1, 30), surname))
    if rng.random() < 0.25:
        members.append(
            g.person(
                "母亲" if rng.random() < 0.6 else "父亲",
                rng.random() < 0.4,
                (60, 90),
                surname,
                ["留守老年人"] if rng.random() < 0.2 else [],
            )
        )
    return members, "一般", ""


def ensure_station(ctx: Context) -> None:
    if station.current(ctx) is None:
        station.setup_station(ctx, DEMO_STATION)
    names = station.worker_names(ctx)
    for name in DEMO_WORKERS:
        if name not in names:
            station.add_worker(ctx, name)


def generate(
    ctx: Context,
    households: int,
    seed: int = 1,
    state: TaskState | None = None,
    today: dt.date | None = None,
    batch: int = 250,
) -> int:
    """Add ``households`` demo households (a station is created first if there is none).

    Runs in batches, each its own transaction; returns how many were written (fewer when
    cancelled through ``state``).
    """
    if not 1 <= households <= 200_000:
        raise StationDeskError("demo.count")
    ensure_station(ctx)
    state = state or TaskState()
    info = station.current(ctx) or {}
    g = _Gen(random.Random(seed), info.get("county_code") or "433127", today or ctx.today())
    villages = station.villages(ctx)
    workers = station.worker_names(ctx)
    house_numbers: dict[tuple[str, str], int] = {}
    written = 0
    new_ids: list[str] = []  # for the visit history
    while written < households:
        if state.cancel_requested:
            break
        size = min(batch, households - written)
        with ctx.write() as w:
            for _ in range(size):
                village = g.rng.choice(villages)
                group = g.rng.choice(village["groups"]) if village["groups"] else ""
                key = (village["id"], group)
                house_numbers[key] = house_numbers.get(key, 0) + g.rng.randint(1, 3)
                members, risk, notes = _household(g)
                hid = new_id()
                new_ids.append(hid)
                head_id = ""
                for m in members:
                    pid = new_id()
                    head_id = head_id or pid
                    w.put("persons", pid, {**m, "household_id": hid}, new=True)
                w.put(
                    "households",
                    hid,
                    {
                        "village_id": village["id"],
                        "group_name": group,
                        "house_no": str(house_numbers[key]),
                        "address": f"{village['name']}{group}{house_numbers[key]}号",
                        "phone": members[0]["phone"]
                        or next((m["phone"] for m in members if m["phone"]), ""),
                        "head_id": head_id,
                        "risk_level": risk,
                        "worker": workers[villages.index(village) % len(workers)],
                        "notes": notes,
                    },
                    new=True,
                )
        written += size
        state.progress(written, households)
    if not state.cancel_requested:  # two years of visits for these households (issue 3)
        from desktop.core.demo import demo_visits

        demo_visits.add_history(ctx, new_ids, seed=seed, today=g.today, state=state)
    if not state.cancel_requested:  # cases, plans, resources and referrals (issue 4)
        from desktop.core.demo import demo_cases

        demo_cases.add_cases(ctx, new_ids, seed=seed, today=g.today, state=state)
    return written
