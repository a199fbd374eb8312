"""Printed documents: every kind built from demo data and checked with poppler (pdftotext,
pdffonts) — key fields and rare characters present, the font embedded as a subset, long notes
flowing onto the next page, page numbers, and characters the font cannot draw refused."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import printing
from desktop.cli import main
from desktop.core.cases import cases, plans
from desktop.core.context import Context
from desktop.core.demo import demo
from desktop.core.documents import documents
from desktop.core.register import households
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.resources import referrals
from desktop.core.station import station
from desktop.core.tasks import Cancelled
from desktop.core.visits import schedule, visits
from desktop.printing import MissingGlyphError

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils not installed"
)

LONG_NOTE_END = "记录到此结束"


def pdf_text(data: bytes, tmp: Path) -> str:
    path = tmp / "doc.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return out.stdout.decode("utf-8")


def body_text(data: bytes, tmp: Path) -> str:
    """The text of the page bodies only (headers and footers cropped away), page after page."""
    from desktop.printing import page

    path = tmp / "body.pdf"
    path.write_bytes(data)
    out = []
    for n in range(1, pages(data) + 1):
        top = page.PAGE_H - (page.FRAME_TOP if n == 1 else page.LATER_FRAME_TOP)
        height = page.PAGE_H - top - page.FRAME_BOTTOM
        out.append(
            subprocess.run(
                [
                    "pdftotext",
                    "-enc",
                    "UTF-8",
                    "-r",
                    "72",
                    "-f",
                    str(n),
                    "-l",
                    str(n),
                    "-x",
                    "0",
                    "-y",
                    str(int(top)),
                    "-W",
                    str(int(page.PAGE_W)),
                    "-H",
                    str(int(height)),
                    str(path),
                    "-",
                ],
                capture_output=True,
                check=True,
            ).stdout.decode("utf-8")
        )
    return "".join(out)


def flat(text: str) -> str:
    """pdftotext puts line breaks inside wrapped cells and drops spaces between CJK and digits."""
    return re.sub(r"\s+", "", text)


def fonts(data: bytes, tmp: Path) -> list[list[str]]:
    path = tmp / "fonts.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def pages(data: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b", data))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """A demo station (30 households with visits and case work) plus a household with rare
    characters and a visit with a very long note."""
    folder = tmp_path_factory.mktemp("printing")
    ctx = Context.open(folder / "stationdesk.db")
    demo.generate(ctx, 30, seed=3)
    village = station.villages(ctx)[0]
    saved = households.save_household(
        ctx,
        HouseholdInput(
            village_id=village["id"],
            group_name=village["groups"][0],
            house_no="88",
            phone="13800138000",
            notes="屋后有陡坎，雨天注意",
        ),
        [
            PersonInput(
                name="王龑", relation="户主", sex="男", birth_date="1948-02-03", tags=["独居老年人"]
            ),
            PersonInput(name="李㛃", relation="配偶", sex="女", birth_date="1951-07-09"),
        ],
    )
    visit = visits.new_visit(ctx, saved.household_id)
    visit.members_met = saved.person_ids[:1]
    visit.observations = [
        {"domain": d["name"], "rating": "正常", "note": ""}
        for d in schedule.domains(ctx)
        if not d.get("children_only")
    ]
    paragraph = "王龑老人今日精神尚可，自述夜间腿痛加重，灶台旁柴草已清理，提醒用电安全。" * 8
    visit.notes = "\n".join(f"第{i}段：{paragraph}" for i in range(1, 5)) + "\n" + LONG_NOTE_END
    long_visit = visits.save_visit(ctx, visit, submit=True).visit_id
    yield {"ctx": ctx, "rare": saved.household_id, "long_visit": long_visit, "folder": folder}
    ctx.close()


def first_with(ids, predicate):
    return next(i for i in ids if predicate(i))


def test_blank_visit_form_has_boxes_lines_and_signatures(world, tmp_path):
    ctx = world["ctx"]
    printed = printing.printed_line(ctx.worker, dt.datetime(2026, 11, 29, 10, 5))
    data = printing.pdf("blank-visit-form", [documents.blank_visit_form(ctx)], printed)
    text = flat(pdf_text(data, tmp_path))
    for words in (
        "入户走访记录表",
        "青山镇社工站",
        "一、基本情况",
        "二、观察评估",
        "居住安全",
        "七、走访记录",
        "服务对象（或监护人）签字",
        "走访社工签字",
        "第1页共2页",
        "第2页共2页",
        "打印日期：2026-11-2910:05",
    ):
        assert words in text
    assert pages(data) == 2  # one sheet, printed on both sides


def test_blank_form_for_a_household_prints_its_members(world, tmp_path):
    data = printing.pdf(
        "blank-visit-form", [documents.blank_visit_form(world["ctx"], world["rare"])]
    )
    text = flat(pdf_text(data, tmp_path))
    assert "王龑" in text and "李㛃" in text
    assert world["rare"].replace("-", "")[:8].upper() in text
    assert pages(data) == 2


def test_household_profile_with_rare_characters(world, tmp_path):
    data = printing.pdf("household", [documents.household_profile(world["ctx"], world["rare"])])
    text = flat(pdf_text(data, tmp_path))
    for words in (
        "家庭档案",
        "王龑",
        "李㛃",
        "户主",
        "配偶",
        "13800138000",
        "屋后有陡坎",
        "独居老年人",
        "二、家庭成员（2人）",
        "填表社工签字",
        "第1页共1页",
    ):
        assert words in text, words
    rows = fonts(data, tmp_path)
    assert rows and all(r[-5:-3] == ["yes", "yes"] for r in rows), rows  # embedded, subset
    assert all(re.match(r"[A-Z]{6}\+NotoSansSC", r[0]) for r in rows), rows


def test_household_profile_masks_id_numbers_unless_asked(world, tmp_path):
    ctx = world["ctx"]
    hid = first_with(
        households.find(ctx),
        lambda h: any(m.get("id_number") for m in households.household(ctx, h)["members"]),
    )
    number = next(
        m["id_number"] for m in households.household(ctx, hid)["members"] if m.get("id_number")
    )
    masked = flat(
        pdf_text(printing.pdf("household", [documents.household_profile(ctx, hid)]), tmp_path)
    )
    full = flat(
        pdf_text(
            printing.pdf("household", [documents.household_profile(ctx, hid, full_ids=True)]),
            tmp_path,
        )
    )
    assert number not in masked and number[:6] + "********" + number[-4:] in masked
    assert number in full


def test_filled_visit_record(world, tmp_path):
    ctx = world["ctx"]
    vid = first_with(
        visits.find(ctx, status="submitted"), lambda v: visits.visit(ctx, v).get("needs")
    )
    v = visits.visit(ctx, vid)
    data = printing.pdf("visit", [documents.visit_record(ctx, vid)])
    text = flat(pdf_text(data, tmp_path))
    assert "入户走访记录表" in text and v["head_name"] in text
    assert (
        documents.visit_record(ctx, vid)["visit"]["record_id"].replace("-", "")[:8].upper() in text
    )
    for need in v["needs"]:
        assert flat(need["type"]) in text
        assert flat(need.get("note") or "") in text
    for worker in v["workers"]:
        assert worker in text


def test_a_long_note_flows_onto_the_next_page_with_nothing_lost(world, tmp_path):
    ctx = world["ctx"]
    data = printing.pdf("visit", [documents.visit_record(ctx, world["long_visit"])])
    assert pages(data) == 2
    text = flat(pdf_text(data, tmp_path))
    note = visits.visit(ctx, world["long_visit"])["notes"]
    body = flat(body_text(data, tmp_path)).replace(
        "七、走访记录", ""
    )  # the heading repeats on page 2
    assert flat(note) in body  # every character of every paragraph, in order
    assert LONG_NOTE_END in text
    assert "第1页共2页" in text and "第2页共2页" in text
    assert "入户走访记录表（续）" in text


def test_route_list_groups_due_households_by_village(world, tmp_path):
    ctx = world["ctx"]
    d = documents.route_list(ctx, within_days=30)
    assert d["count"] > 0
    text = flat(pdf_text(printing.pdf("route-list", [d]), tmp_path))
    assert "待走访户清单" in text and f"共{d['count']}户" in text
    for group in d["villages"]:
        assert group["village"] in text
        for item in group["items"]:
            assert item["household_id"].replace("-", "")[:8].upper() in text


def test_service_plan_and_referral_from_demo_case_work(world, tmp_path):
    ctx = world["ctx"]
    plan_id = next(p["id"] for c in cases.find(ctx) for p in plans.plan_state(ctx, c)["plans"])
    d = documents.service_plan(ctx, plan_id)
    text = flat(pdf_text(printing.pdf("plan", [d]), tmp_path))
    assert (
        "服务计划书" in text
        and "四、具体目标与行动" in text
        and flat(d["plan"]["overall_goal"]) in text
    )
    for goal in d["plan"]["goals"]:
        assert flat(goal["goal"]) in text
        for action in goal["actions"]:
            assert flat(action["action"]) in text
    assert "服务对象（或监护人）签字" in text and "督导（站长）签字" in text

    ref_id = next(r["id"] for c in cases.find(ctx) for r in referrals.of_case(ctx, c))
    d = documents.referral_letter(ctx, ref_id)
    data = printing.pdf("referral", [d])
    text = flat(pdf_text(data, tmp_path))
    assert "转介单" in text and "转介回执" in text
    assert flat(d["referral"]["resource_name"]) in text and flat(d["referral"]["reason"]) in text
    assert ref_id.replace("-", "")[:8].upper() in text
    assert pages(data) == 1  # the letter and its return slip on one sheet


def test_missing_glyph_is_refused_naming_record_field_and_character(world, tmp_path):
    ctx = world["ctx"]
    village = station.villages(ctx)[0]
    saved = households.save_household(
        ctx,
        HouseholdInput(village_id=village["id"], group_name=village["groups"][0]),
        [
            PersonInput(name="赵\U0001f600", relation="户主", sex="男", birth_date="1960-01-01"),
            PersonInput(name="钱\ue000", relation="配偶", sex="女", birth_date="1962-01-01"),
        ],
    )
    code = saved.household_id.replace("-", "")[:8].upper()
    with pytest.raises(MissingGlyphError) as caught:
        printing.pdf("household", [documents.household_profile(ctx, saved.household_id)])
    err = caught.value
    chars = {p.char for p in err.problems}
    assert chars == {"\U0001f600", "\ue000"}
    first = err.problems[0]
    assert code in first.record and first.field and first.code.startswith("U+")
    assert err.code == "print.glyphs" and "\U0001f600" in err.message and code in err.message
    # nothing written by the CLI either
    out = tmp_path / "bad.pdf"
    assert (
        main(
            [
                "--data-dir",
                str(world["folder"]),
                "print",
                "household",
                "--id",
                saved.household_id,
                "--out",
                str(out),
            ]
        )
        == 2
    )
    assert not out.exists()
    households.remove_household(ctx, saved.household_id)


def test_characters_beyond_the_bmp_survive_text_extraction(tmp_path):
    """reportlab writes a wrong ToUnicode entry for U+20000+; desktop.printing.fonts fixes it."""
    from desktop.printing.output import render
    from desktop.printing.page import Document, Header
    from desktop.printing.parts import Builder

    b = Builder("测试")
    data = render([Document(Header("站", "标题"), [b.p("吉𠮷祥", "姓名")])])
    assert b.check.problems == []
    assert "吉𠮷祥" in pdf_text(data, tmp_path)


def word_boxes(path: Path) -> list[tuple[str, tuple[float, float, float, float]]]:
    """(text, (x0, y0, x1, y1) in points) of every word pdftotext finds on page 1."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    return [
        (m[5], tuple(float(v) for v in m.groups()[:4]))
        for m in re.finditer(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', out
        )
    ]


def test_bold_is_the_regular_face_drawn_heavier_in_the_text_colour(tmp_path):
    """Only the regular face is bundled: BOLD text (titles, section headings, <b>) is the same
    embedded font, outlined in its own colour. Measured on the rendered page: bold words carry
    clearly more ink than the same words in regular, regular text after bold is unchanged (in the
    same paragraph and in the next one), and coloured bold text has no dark outline."""
    from PIL import Image
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    from desktop.printing.output import render
    from desktop.printing.page import Document, Header
    from desktop.printing.parts import CELL, SECTION, label, rich

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed")
    red = ParagraphStyle("red", parent=SECTION, textColor=colors.Color(0.8, 0, 0))
    story = [
        rich("<b>甲乙丙丁戊</b>甲乙丙丁戊"),
        rich("甲乙丙丁戊"),
        label("子丑寅卯辰", red),
        label("标题", ParagraphStyle("big", parent=CELL, fontSize=17, leading=22)),
    ]
    path = tmp_path / "bold.pdf"
    path.write_bytes(render([Document(Header("站", "标题"), story)]))

    rows = fonts(path.read_bytes(), tmp_path)
    assert rows and all(re.match(r"[A-Z]{6}\+NotoSansSC-Regular$", r[0]) for r in rows), rows
    assert flat(pdf_text(path.read_bytes(), tmp_path)).startswith(
        "站标题甲乙丙丁戊甲乙丙丁戊甲乙丙丁戊子丑寅卯辰标题"
    )

    scale = 4  # pixels per point
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(72 * scale),
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            "-png",
            str(path),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    page = Image.open(tmp_path / "page.png").convert("RGB")

    def crop(box: tuple[float, float, float, float]) -> Image.Image:
        return page.crop(tuple(round(v * scale) for v in box))

    def ink(box: tuple[float, float, float, float]) -> int:
        return sum(
            (255 - level) * count for level, count in enumerate(crop(box).convert("L").histogram())
        )

    words = word_boxes(path)
    (x0, y0, x1, y1) = next(b for w, b in words if w == "甲乙丙丁戊甲乙丙丁戊")
    bold_half, regular_half = (x0, y0, (x0 + x1) / 2, y1), ((x0 + x1) / 2, y0, x1, y1)
    plain = next(b for w, b in words if w == "甲乙丙丁戊")
    assert ink(bold_half) > 1.25 * ink(plain)
    assert ink(regular_half) == pytest.approx(ink(plain), rel=0.03)

    title, same_size = (
        b for w, b in words if w == "标题" and b[1] > 50
    )  # the header's, then the paragraph's
    assert ink(title) > 1.25 * ink(same_size)

    coloured = next(b for w, b in words if w == "子丑寅卯辰")
    assert ink(coloured) > 0
    assert (
        crop(coloured).getchannel("R").getextrema()[0] > 150
    )  # red blending into white: no dark outline


def test_a_batch_numbers_each_document_on_its_own_and_can_be_cancelled(world, tmp_path):
    ctx = world["ctx"]
    ids = households.find(ctx)[:3]
    items = documents.gather_many(ctx, "blank-visit-form", ids)
    seen: list[int] = []
    data = printing.pdf("blank-visit-form", items, on_document=seen.append)
    assert seen == [0, 1, 2] and pages(data) == 6
    text = flat(pdf_text(data, tmp_path))
    assert text.count("第1页共2页") == 3 and text.count("第2页共2页") == 3

    def cancel(i: int) -> None:
        if i == 1:
            raise Cancelled()

    with pytest.raises(Cancelled):
        printing.pdf("blank-visit-form", items, on_document=cancel)


def test_cli_prints_every_kind(world, tmp_path):
    ctx = world["ctx"]
    folder = str(world["folder"])
    plan_id = next(p["id"] for c in cases.find(ctx) for p in plans.plan_state(ctx, c)["plans"])
    ref_id = next(r["id"] for c in cases.find(ctx) for r in referrals.of_case(ctx, c))
    runs = {
        "blank.pdf": ["blank-visit-form"],
        "village.pdf": ["blank-visit-form", "--village", station.villages(ctx)[0]["name"]],
        "household.pdf": ["household", "--id", world["rare"].replace("-", "")[:8]],
        "visit.pdf": ["visit", "--id", world["long_visit"]],
        "plan.pdf": ["plan", "--id", plan_id],
        "referral.pdf": ["referral", "--id", ref_id],
        "route.pdf": ["route-list", "--days", "30"],
    }
    for name, args in runs.items():
        out = tmp_path / name
        assert main(["--data-dir", folder, "print", *args, "--out", str(out)]) == 0, name
        assert out.read_bytes().startswith(b"%PDF"), name
    assert "王龑" in pdf_text((tmp_path / "household.pdf").read_bytes(), tmp_path)
    assert (
        main(
            [
                "--data-dir",
                folder,
                "print",
                "visit",
                "--id",
                "no-such-visit",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 2
    )
