"""Printing in the app: the preview shows the PDF's pages, prints through Qt (a PDF printer here)
and saves the same bytes; the 打印 entries on the pages and the batch dialog make their documents
in the background; a character the font cannot draw is reported, naming it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from desktop import printing
from desktop.core.documents import documents
from desktop.core.register import households
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.station import station
from desktop.ui.printing.print_batch import BatchPrintDialog
from desktop.ui.printing.print_preview import PrintPreviewDialog
from desktop.ui.register.household_page import HouseholdPage
from desktop.ui.shell.operations import changes_of, emit


def add_household(app, name: str = "王龑", partner: str = "李㛃", house_no: str = "8") -> str:
    village = station.villages(app.ctx)[0]
    saved = households.save_household(
        app.ctx,
        HouseholdInput(
            village_id=village["id"], group_name=village["groups"][0], house_no=house_no
        ),
        [
            PersonInput(name=name, relation="户主", sex="男", birth_date="1950-01-01"),
            PersonInput(name=partner, relation="配偶", sex="女", birth_date="1952-01-01"),
        ],
    )
    emit(app, changes_of(saved))
    return saved.household_id


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils not installed")
def test_preview_pages_print_through_qt_and_save(qtbot, app, tmp_path):
    hid = add_household(app)
    data = printing.pdf("blank-visit-form", [documents.blank_visit_form(app.ctx, hid)])
    dialog = PrintPreviewDialog(data, "空白走访记录表", "blank.pdf", settings=app.settings)
    qtbot.addWidget(dialog)
    assert len(dialog.pages) == 2
    assert dialog.image.pixmap() is not None and not dialog.image.pixmap().isNull()
    assert not dialog.prev_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.next_button.click()
    assert dialog.index == 1 and not dialog.next_button.isEnabled()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_document(printer)
    assert pdf_pages(tmp_path / "printed.pdf") == 2

    saved = dialog.save_pdf(tmp_path / "folder" / "saved.pdf")
    assert saved is not None and saved.read_bytes() == data
    assert app.settings.value("print/last_folder") == str(tmp_path / "folder")


def test_household_page_prints_a_profile_in_the_background(qtbot, app, modal):
    hid = add_household(app)
    page = HouseholdPage(app)
    qtbot.addWidget(page)
    page.select_household(hid)
    assert page.print_button.isEnabled()
    seen: dict = {}

    def look(dialog: PrintPreviewDialog) -> None:
        seen["pages"] = len(dialog.pages)
        seen["title"] = dialog.windowTitle()
        seen["data"] = dialog.data
        dialog.reject()

    modal.next(PrintPreviewDialog, look, timeout_ms=15000)
    page.print_button.menu().actions()[0].trigger()  # 家庭档案…
    qtbot.waitUntil(lambda: modal.pending == 0, timeout=15000)
    assert seen["pages"] == 1 and "家庭档案" in seen["title"]
    assert seen["data"].startswith(b"%PDF")


def test_a_character_the_font_lacks_is_reported(qtbot, app, modal):
    hid = add_household(app, name="赵\U0001f600", partner="钱多")
    page = HouseholdPage(app)
    qtbot.addWidget(page)
    page.select_household(hid)
    message: dict = {}

    def read(box: QMessageBox) -> None:
        message["text"] = box.text()
        box.accept()

    modal.next(QMessageBox, read, timeout_ms=15000)
    page.print_button.menu().actions()[0].trigger()
    qtbot.waitUntil(lambda: modal.pending == 0, timeout=15000)
    assert "\U0001f600" in message["text"] and "U+1F600" in message["text"]
    assert hid.replace("-", "")[:8].upper() in message["text"]


def test_batch_of_blank_forms_for_a_village(qtbot, app, modal):
    for i in range(3):
        add_household(app, name=f"张{i}", partner=f"李{i}", house_no=str(i + 1))
    dialog = BatchPrintDialog(app)
    qtbot.addWidget(dialog)
    dialog.village.setCurrentIndex(1)  # the first village
    seen: dict = {}

    def look(preview: PrintPreviewDialog) -> None:
        seen["pages"] = len(preview.pages)
        preview.reject()

    modal.next(PrintPreviewDialog, look, timeout_ms=20000)
    dialog.start(dialog)
    qtbot.waitUntil(lambda: modal.pending == 0, timeout=20000)
    assert seen["pages"] == 6  # three households, two pages each
