"""Printing as a person prints: 文件 → 打印空白走访记录表… opens the preview; 打印(P)… goes through the
print dialog to a PDF printer; 保存为 PDF(S)… through the file dialog; 文件 → 批量打印… the same.
Each PDF is read back with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QLineEdit

from desktop.core.register import households
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.station import station
from desktop.ui.printing.print_batch import BatchPrintDialog
from desktop.ui.printing.print_preview import PrintPreviewDialog
from desktop.ui.shell.operations import changes_of, emit, everything
from tests.journeys.conftest import click, click_in, find_button, menu, nav, type_text

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils not installed"
)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def add_household(app, name: str, partner: str) -> str:
    """Arrange: a household registered earlier (how it got there is another journey)."""
    village = station.villages(app.ctx)[0]
    saved = households.save_household(
        app.ctx,
        HouseholdInput(village_id=village["id"], group_name=village["groups"][0], house_no="8"),
        [
            PersonInput(name=name, relation="户主", sex="男", birth_date="1950-01-01"),
            PersonInput(name=partner, relation="配偶", sex="女", birth_date="1952-01-01"),
        ],
    )
    emit(app, changes_of(saved))
    return saved.household_id


def print_to_pdf_file(target: Path):
    """The print dialog: pick the printer "Print to File (PDF)", type the file name, press 打印."""

    def handle(dialog: QPrintDialog) -> None:
        from PySide6.QtTest import QTest

        printers = dialog.findChild(QComboBox, "printers")
        index = next(i for i in range(printers.count()) if "PDF" in printers.itemText(i))
        if printers.currentIndex() != index:  # the user opens the list and takes the PDF printer
            printers.setFocus()
            for _ in range(abs(index - printers.currentIndex())):
                QTest.keyClick(
                    printers, Qt.Key.Key_Down if index > printers.currentIndex() else Qt.Key.Key_Up
                )
        name = dialog.findChild(QLineEdit, "filename")
        assert name is not None and name.isVisible(), "the print dialog shows no file name"
        name.setFocus()
        name.selectAll()
        type_text(QTest, name, str(target))
        box = dialog.findChild(QDialogButtonBox)
        ok = box.button(QDialogButtonBox.StandardButton.Ok) if box is not None else None
        assert ok is not None and ok.isVisible(), "the print dialog has no 打印 button"
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    return handle


def save_as(target: Path):
    """The file dialog: type where to save, press Enter."""

    def handle(dialog: QFileDialog) -> None:
        from PySide6.QtTest import QTest

        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None and name.isVisible()
        name.setFocus()
        name.selectAll()
        type_text(QTest, name, str(target))
        QTest.keyClick(name, Qt.Key.Key_Return)

    return handle


def test_print_preview_prints_to_a_pdf_printer_and_saves_a_pdf(
    qtbot, window, appctx, dialogs, tmp_path
):
    add_household(appctx, "王龑", "李㛃")
    printed, saved = tmp_path / "printed.pdf", tmp_path / "saved.pdf"
    seen: dict = {}

    def in_preview(preview: PrintPreviewDialog) -> None:
        seen["pages"] = len(preview.pages)
        dialogs.expect(QPrintDialog, print_to_pdf_file(printed))
        click_in(preview, "打印")
        dialogs.expect(QFileDialog, save_as(saved))
        click_in(preview, "保存为 PDF")
        seen["saved_to"] = preview.saved_to
        click_in(preview, "关闭")

    dialogs.expect(PrintPreviewDialog, in_preview, timeout_ms=15000)
    menu(qtbot, window, "文件", "打印空白走访记录表…")
    dialogs.wait(20000)
    dialogs.check()
    assert seen["pages"] >= 1
    assert printed.exists() and saved.exists()
    assert seen["saved_to"] == saved
    assert pdf_pages(printed) == seen["pages"]  # printed through Qt: the pages as images
    assert "走访记录" in pdf_text(saved)
    assert saved.read_bytes().startswith(b"%PDF")


def test_batch_print_of_household_profiles_prints_and_saves(
    qtbot, window, appctx, dialogs, tmp_path
):
    add_household(appctx, "王龑", "李㛃")
    saved = tmp_path / "batch.pdf"
    printed = tmp_path / "batch-printed.pdf"

    def choose(batch: BatchPrintDialog) -> None:
        click_in(batch, "家庭档案（每户一份）")
        dialogs.expect(PrintPreviewDialog, in_preview, timeout_ms=20000)
        click_in(batch, "生成并预览")

    def in_preview(preview: PrintPreviewDialog) -> None:
        assert "家庭档案" in preview.windowTitle()
        dialogs.expect(QPrintDialog, print_to_pdf_file(printed))
        click_in(preview, "打印")
        dialogs.expect(QFileDialog, save_as(saved))
        click_in(preview, "保存为 PDF")
        click_in(preview, "关闭")

    dialogs.expect(BatchPrintDialog, choose)
    menu(qtbot, window, "文件", "批量打印…")
    dialogs.wait(30000)
    dialogs.check()
    assert pdf_pages(printed) == pdf_pages(saved) >= 1
    text = pdf_text(saved)
    assert "王龑" in text and "李㛃" in text and "家庭档案" in text


@pytest.mark.usefixtures("clock")
def test_a_visit_record_prints_for_signing_and_as_an_archive_copy(
    qtbot, window, appctx, dialogs, tmp_path
):
    from tests.unit.test_visits_support import add_household as add_visited
    from tests.unit.test_visits_support import submit

    hid = add_visited(appctx.ctx, "单大山", ("独居老年人",))
    submit(appctx.ctx, hid, "2026-11-28", notes="老人精神好。", signature="本人已签字")
    emit(appctx, everything())
    page = nav(qtbot, window, "走访记录")
    qtbot.mouseClick(
        page.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.view.visualRect(page.model.index(0, 0)).center(),
    )
    texts = {}
    for item, copy in (
        ("供签字的记录表（空白签字栏）…", "sign"),
        ("存档副本（已签字的记录，印签字情况）…", "archive"),
    ):
        target = tmp_path / f"{copy}.pdf"

        def save(preview: PrintPreviewDialog, target=target) -> None:
            dialogs.expect(QFileDialog, save_as(target))
            click_in(preview, "保存为 PDF")
            click_in(preview, "关闭")

        dialogs.expect(PrintPreviewDialog, save, timeout_ms=15000)
        dialogs.choose(item)
        click(qtbot, find_button(page, "打印"))
        dialogs.wait(20000)
        dialogs.check()
        texts[copy] = "".join(pdf_text(target).split())
    assert "本人已签字" not in texts["sign"] and "走访社工签字：" in texts["sign"]
    assert "本人已签字" in texts["archive"] and "存档副本" in texts["archive"]
