"""The visit record on paper: the sheet to be signed has blank signature lines and no signature
status; an archive copy of a signed record states the status and has nothing to sign; the
signatures never stand alone on a page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop import printing
from desktop.core.documents import documents
from desktop.core.errors import StationDeskError
from desktop.core.visits import schedule
from tests.unit.test_visits_support import add_household, submit

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils not installed"
)


def page_texts(data: bytes, tmp: Path) -> list[str]:
    path = tmp / "visit.pdf"
    path.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout
    return ["".join(page.split()) for page in text.decode("utf-8").split("\f") if page.strip()]


def a_short_visit(ctx, signature: str) -> str:
    hid = add_household(ctx, "单大山", ("独居老年人",), child="单小龑")
    observations = [
        {"domain": d["name"], "rating": "正常", "note": ""} for d in schedule.domains(ctx)
    ]
    observations[0].update(rating="需关注", note="厨房电线老化")
    return submit(
        ctx,
        hid,
        "2026-11-28",
        notes="老人精神好。",
        observations=observations,
        signature=signature,
        needs=[{"type": "生活照顾", "note": "需要助餐"}],
        services=["情绪疏导"],
        actions=[{"action": "联系村委会更换电线", "owner": "李明", "due": "2026-12-05"}],
    ).visit_id


def test_the_sheet_to_sign_has_lines_and_no_status_and_keeps_them_with_the_notes(ctx, tmp_path):
    vid = a_short_visit(ctx, "本人已签字")
    pages = page_texts(printing.pdf("visit", [documents.gather(ctx, "visit", vid)]), tmp_path)
    text = "".join(pages)
    assert "本人已签字" not in text and "存档副本" not in text
    assert "服务对象（或监护人）确认属实并签字：" in text and "走访社工签字：" in text
    assert len(pages) == 1  # a short record: one sheet to sign
    last = pages[-1]
    assert "走访社工签字：" in last
    assert (
        "老人精神好。" in last
    )  # the notes go with the signatures: never signatures alone on a page


def test_a_long_record_keeps_its_notes_with_the_signatures(ctx, tmp_path):
    vid = a_short_visit(ctx, "待签字")
    from desktop.core.visits import visits

    v = visits.visit(ctx, vid)
    from dataclasses import replace

    from desktop.core.visits.visit_records import VisitInput

    longer = replace(
        VisitInput.from_row(v),
        replaces=vid,
        correction_reason="补充记录",
        notes="老人精神好，按时服药，厨房电线老化已告知村委会。" * 6,
    )
    saved = visits.save_visit(ctx, longer, submit=True)
    pages = page_texts(
        printing.pdf("visit", [documents.gather(ctx, "visit", saved.visit_id)]), tmp_path
    )
    assert len(pages) == 2
    assert (
        "走访社工签字：" in pages[-1] and "七、走访记录" in pages[-1]
    )  # never the signatures alone


def test_an_archive_copy_of_a_signed_record_states_the_status_and_has_nothing_to_sign(
    ctx, tmp_path
):
    vid = a_short_visit(ctx, "本人已签字")
    text = "".join(
        page_texts(
            printing.pdf("visit", [documents.gather(ctx, "visit", vid, copy="archive")]), tmp_path
        )
    )
    assert "本人已签字" in text and "存档副本" in text
    assert "走访社工签字：" not in text


def test_no_archive_copy_of_a_record_still_waiting_for_its_signature(ctx):
    vid = a_short_visit(ctx, "待签字")
    with pytest.raises(StationDeskError) as caught:
        documents.gather(ctx, "visit", vid, copy="archive")
    assert caught.value.code == "print.not_signed"
