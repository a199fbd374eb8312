"""Real roster files for the roster tests, made by the tests: an .xlsx with title rows and a merged
two-row header (XlsxWriter), an .xls (xlwt, BIFF8 as Excel 97-2003 writes it), GBK and UTF-8 csv;
and a register to import into."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import xlsxwriter
import xlwt

from desktop.core import idcard
from desktop.core.register import households
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.station import station
from tests.conftest import TODAY

COUNTY = "433127"


def make_id(birth: dt.date, seq: int, male: bool) -> str:
    return idcard.make(COUNTY, birth, seq, male)


def id_with_x() -> str:
    for seq in range(1000):
        number = make_id(dt.date(1958, 8, 8), seq, True)
        if number.endswith("X"):
            return number
    raise AssertionError("no X")


ZHANG = make_id(dt.date(1950, 3, 1), 11, True)
LI = make_id(dt.date(1952, 7, 9), 12, False)
WANG = make_id(dt.date(1960, 1, 1), 13, True)
ZHAO = make_id(dt.date(1948, 2, 2), 15, True)
SUN = make_id(dt.date(1955, 5, 5), 17, True)
ZHOU = id_with_x()
WU_BAD = make_id(dt.date(1962, 6, 6), 19, True)[:17] + (
    "1" if make_id(dt.date(1962, 6, 6), 19, True)[17] != "1" else "2"
)
QIAN = make_id(dt.date(1940, 4, 4), 21, True)
CHU = make_id(dt.date(1966, 6, 16), 23, True)
CHEN = make_id(dt.date(1945, 9, 9), 25, True)
SEX_WRONG = make_id(dt.date(1970, 10, 10), 27, True)
FULLWIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")

HEADINGS = [
    "序号",
    "户主姓名",
    "姓名",
    "性别",
    "身份证号",
    "与户主关系",
    "出生日期",
    "村",
    "组",
    "联系电话",
    "保障类别",
]


def roster_rows() -> list[list[object]]:
    """The data rows (after the headers): one of each problem the issue names."""
    serial_li = (dt.date(1952, 7, 9) - dt.date(1899, 12, 30)).days
    return [
        [
            1,
            "张三",
            "张三",
            "男",
            ZHANG,
            "户主",
            "1950.3.1",
            "青山村",
            "一组",
            "13812345678",
            "低保",
        ],
        [
            2,
            "张三",
            "李四花",
            "女",
            LI.translate(FULLWIDTH),
            "妻子",
            float(serial_li),
            "青山村",
            "一组",
            "",
            "低保",
        ],
        [3, "王 五", "王 五", "男", WANG, "本人", "19600101", "桃源村", "1组", "", ""],
        [4, "赵六", "赵六", "男", float(ZHAO), "户主", "1948-02-02", "青山村", "二组", "", ""],
        [5, "孙七", "孙七", "男", SUN, "户主", "1955/5/5", "桃园村", "一组", "", ""],
        [
            6,
            "张三",
            "张三",
            "男",
            ZHANG,
            "户主",
            "1950.3.1",
            "青山村",
            "一组",
            "13812345678",
            "低保",
        ],
        [7, "周八", "周八", "男", ZHOU.lower(), "户主", "", "青山", "二组", "", ""],
        [8, "吴九", "吴九", "男", WU_BAD, "户主", "", "青山村", "一组", "", ""],
        [9, "郑十", "郑十", "女", "", "户主", "1945/2/3", "青山村", "1组", "", ""],
        [10, "钱一", "钱一", "男", QIAN, "户主", "", "青山村", "二组", "", ""],
        [11, "褚四", "褚四", "男", CHU, "户主", "", "青山村", "二组", "13900001111", ""],
        [12, "冯三", "冯三", "女", "", "户主", "1939-12-01", "桃源村", "一组", "", ""],
        [13, "卫五", "卫五", "女", SEX_WRONG, "户主", "", "桃源村", "一组", "", ""],
        [14, "", "", "", "", "", "", "", "", "", ""],
        ["合计", "", "", "", "", "", "", "", "", "", ""],
    ]


def write_xlsx(path: Path, rows: list[list[object]] | None = None) -> Path:
    """Title rows, then a two-row header: 家庭成员信息 merged over 姓名 | 性别 | 身份证号 | 与户主关系,
    the other headings merged down over both rows."""
    rows = roster_rows() if rows is None else rows
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("低保名册")
    sheet.merge_range(0, 0, 0, 10, "青山镇低保对象花名册")
    sheet.write(1, 0, "填报单位：青山镇民政办")
    sheet.write(1, 6, "填报日期：2026年11月")
    for c, heading in enumerate(HEADINGS):
        if 2 <= c <= 5:
            sheet.write(3, c, heading)
        else:
            sheet.merge_range(2, c, 3, c, heading)
    sheet.merge_range(2, 2, 2, 5, "家庭成员信息")
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row):
            if value == "":
                continue
            if isinstance(value, (int, float)):
                sheet.write_number(r, c, value)
            else:
                sheet.write_string(r, c, str(value))
    book.add_worksheet("说明").write(0, 0, "本表由县民政局导出")
    book.close()
    return path


def write_xls(path: Path, rows: list[list[object]] | None = None) -> Path:
    """A real BIFF8 .xls with a title row and a one-row header."""
    rows = roster_rows() if rows is None else rows
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("特困人员")
    sheet.write_merge(0, 0, 0, 10, "青山镇特困人员名册")
    for c, heading in enumerate(HEADINGS):
        sheet.write(1, c, heading)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row):
            if value != "":
                sheet.write(r, c, value)
    book.save(str(path))
    return path


def write_csv(path: Path, rows: list[list[object]] | None = None, encoding: str = "gbk") -> Path:
    rows = roster_rows() if rows is None else rows
    with open(path, "w", encoding=encoding, newline="") as f:
        out = csv.writer(f)
        out.writerow(["青山镇低保对象花名册"])
        out.writerow(HEADINGS)
        for row in rows:
            out.writerow(
                [
                    str(int(Decimal(f"{v:.15g}"))) if isinstance(v, float) and v > 1e10 else v
                    for v in row
                ]
            )  # as Excel shows it
    return path


def village(ctx, name: str) -> dict:
    return next(v for v in station.villages(ctx) if v["name"] == name)


def seed_register(ctx) -> dict[str, str]:
    """Registered before the roster comes: 钱一 (no tag yet), 褚四 (an old phone), 陈二 (carries
    低保对象 but is not on the roster), 冯三 (no ID; same name, birth date and village as a row)."""
    qing, tao = village(ctx, "青山村")["id"], village(ctx, "桃源村")["id"]
    out = {}
    for name, number, vid, group, phone, tags, birth in (
        ("钱一", QIAN, qing, "二组", "", [], ""),
        ("褚四", CHU, qing, "二组", "13700002222", [], ""),
        ("陈二", CHEN, qing, "一组", "", ["低保对象"], ""),
        ("冯三", "", tao, "一组", "", [], "1939-12-01"),
    ):
        saved = households.save_household(
            ctx,
            HouseholdInput(village_id=vid, group_name=group, phone=phone),
            [
                PersonInput(
                    name=name,
                    relation="户主",
                    id_number=number,
                    tags=tags,
                    birth_date=birth,
                    sex="女" if not number else "",
                    phone=phone,
                )
            ],
            today=TODAY,
        )
        out[name] = saved.person_ids[0]
    return out
