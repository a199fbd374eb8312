"""The 报表 page as a person uses it: open it from the left navigation, pick a month, read the
indicators and their definitions, export the month's workbook (asking for full numbers and
confirming) and print the report, saving the PDF from the preview — all through the buttons a user
presses. And the coverage page's 导出 Excel… and 打印…."""

from __future__ import annotations

import subprocess

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.reports.exports import export_log
from desktop.ui.printing.print_preview import PrintPreviewDialog
from desktop.ui.reports.export_dialog import ExportDialog
from desktop.ui.reports.page import ReportsPage
from desktop.ui.shell.main_window import MainWindow
from tests.unit.test_reports_support import build as build_story


def click_nav(qtbot, window: MainWindow, title: str) -> None:
    nav = window.nav
    item = next(nav.item(i) for i in range(nav.count()) if nav.item(i).text() == title)
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center()
    )


def cell(page: ReportsPage, name: str, col: int) -> str:
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    return model.index(row, col).data()


def type_path(qtbot, edit, path) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, str(path))


def test_reports_page_journey(qtbot, app, modal, clock, tmp_path):
    build_story(app.ctx, clock)
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    click_nav(qtbot, window, "报表")
    page = window.pages["ReportsPage"]
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    assert page.period.currentText() == "2026 年 11 月"
    assert cell(page, "入户走访户次", 2) == "3" and cell(page, "入户走访户次", 3) == "1"
    assert cell(page, "探访率：低保/特困", 2) == "50.0%（1/2）"
    assert "入户未遇" in cell(page, "入户未遇", 6)  # its definition beside it
    assert len(page.chart_widgets) == 6 and page.chart_widgets[0].chart.code == "trend"

    # pick October with the keyboard, as a user steps through the months
    page.period.setFocus()
    qtbot.keyClick(page.period, Qt.Key.Key_Down)
    qtbot.waitUntil(
        lambda: page.report is not None and page.report.period.text == "2026-10", timeout=20000
    )
    assert (
        cell(page, "入户走访户次", 2) == "1"
        and cell(page, "探访率：特殊困难老年人", 2) == "100.0%（1/1）"
    )
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "本月"

    # export the workbook, asking for full numbers
    target = tmp_path / "ledger-october.xlsx"
    seen: dict = {}

    def done_box(box: QMessageBox) -> None:
        seen["done"] = box.text()
        qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)

    def confirm(box: QMessageBox) -> None:
        seen["confirm"] = box.text()
        modal.next(QMessageBox, done_box, timeout_ms=30000)
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    def fill(dialog: ExportDialog) -> None:
        type_path(qtbot, dialog.path_edit, target)
        qtbot.mouseClick(dialog.full, Qt.MouseButton.LeftButton)
        modal.next(QMessageBox, confirm)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    modal.next(ExportDialog, fill)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: modal.pending == 0, timeout=30000)
    assert "完整" in seen["confirm"] and str(target) in seen["done"]
    book = openpyxl.load_workbook(target)
    assert (
        book.sheetnames[0] == "汇总"
        and book["汇总"]["A1"].value == "青山镇社工站 2026年10月工作统计表"
    )
    zhang = next(
        r for r in book["走访台账"].iter_rows(min_row=3, values_only=True) if r[6] == "张大爷"
    )
    assert zhang[7] == "13912345678"  # full, as asked
    entry = export_log(app.ctx)[0]
    assert (entry["kind"], entry["period"], entry["full_numbers"], entry["exported_by"]) == (
        "ledger",
        "2026-10",
        1,
        "李明",
    )

    # print the report: the preview opens; save the PDF from it
    pdf = tmp_path / "october.pdf"

    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(str(pdf))
        dialog.accept()

    def preview(dialog: PrintPreviewDialog) -> None:
        seen["pages"] = len(dialog.pages)
        modal.next(QFileDialog, choose)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    modal.next(PrintPreviewDialog, preview, timeout_ms=30000)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: modal.pending == 0, timeout=30000)
    assert seen["pages"] >= 2
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "2026年10月工作月报" in text and "站长（负责人）签字" in text


def test_coverage_page_exports_and_prints(qtbot, app, modal, clock, tmp_path):
    build_story(app.ctx, clock)
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    click_nav(qtbot, window, "探访率")
    page = window.pages["CoveragePage"]
    target = tmp_path / "coverage.xlsx"
    seen: dict = {}

    def done_box(box: QMessageBox) -> None:
        seen["done"] = box.text()
        qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)

    def fill(dialog: ExportDialog) -> None:
        assert not dialog.full.isVisible()  # no personal data in it
        type_path(qtbot, dialog.path_edit, target)
        modal.next(QMessageBox, done_box, timeout_ms=30000)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    modal.next(ExportDialog, fill)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: modal.pending == 0, timeout=30000)
    ws = openpyxl.load_workbook(target)["探访率"]
    assert any(r[0] == "合计" for r in ws.iter_rows(values_only=True))

    def preview(dialog: PrintPreviewDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["data"] = dialog.data
        dialog.reject()

    modal.next(PrintPreviewDialog, preview, timeout_ms=30000)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: modal.pending == 0, timeout=30000)
    assert "探访率" in seen["title"] and seen["data"].startswith(b"%PDF")


def test_chart_widget_paints_the_shared_layout(qtbot):
    from desktop.core.reports.chart_layout import Rect, Text, layout
    from desktop.core.reports.charts import BAR, Chart, Series
    from desktop.ui.reports.chart_widget import ChartWidget

    chart = Chart(
        "c",
        "各村探访率",
        BAR,
        ("青山村", "桃源村"),
        (Series("2026年11月", (80.0, None)),),
        "%",
        100.0,
        "目标 100%",
    )
    shapes = layout(chart, 400, 240)
    bars = [s for s in shapes if isinstance(s, Rect) and s.color == "#1f5fa8" and s.h > 20]
    assert (
        len(bars) == 1 and bars[0].x > 0 and bars[0].y + bars[0].h <= 240
    )  # one bar: the other has no value
    assert {"80.0%", "—", "青山村", "桃源村", "各村探访率"} <= {
        s.text for s in shapes if isinstance(s, Text)
    }
    widget = ChartWidget()
    qtbot.addWidget(widget)
    widget.set_chart(chart)
    widget.resize(400, 240)
    image = widget.grab().toImage()
    bar = bars[0]
    assert image.pixelColor(int(bar.x + bar.w / 2), int(bar.y + bar.h / 2)).name() == "#1f5fa8"
    assert image.pixelColor(5, 5).name() == "#ffffff"


def test_the_reports_page_speaks_english_while_the_documents_stay_chinese(qtbot, app, clock):
    """The shipped indicators, the charts and the period lines are translated on screen; the
    report the core returns (what the ledger and the PDF print) keeps the county's Chinese."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.shell import i18n

    build_story(app.ctx, clock)
    qapp = QApplication.instance()
    translators = i18n.install(qapp, "en")
    try:
        window = MainWindow(app)
        qtbot.addWidget(window)
        window.show()
        click_nav(qtbot, window, "Reports")
        page = window.pages["ReportsPage"]
        qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
        names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
        assert "Home visits" in names and "Coverage: people on dibao or tekun support" in names
        assert cell(page, "Home visits", 1) == "visits"
        assert "Home visit" in cell(page, "Home visits", 6)
        assert page.status.text().startswith("11/2026:")  # not the core's 2026年11月
        titles = [w.chart.title for w in page.chart_widgets]
        assert titles[0] == "Coverage over the last 12 months (by month)"
        assert not any("\u4e00" <= ch <= "\u9fff" for t in titles for ch in t)  # no Chinese left
        rates = [r for r in page.report.rows if r.indicator.is_rate and r.change is not None]
        assert rates  # the story has rates in both months
        assert "percentage points" in cell(page, names[page.report.rows.index(rates[0])], 4)
        assert page.report.rows[0].indicator.name == "入户走访户次"  # the documents' text
    finally:
        for t in translators:
            qapp.removeTranslator(t)
