"""文件 → 导入名册… driven by keyboard and mouse: file and tag, mapping, the dry run's counts and
errors, the import itself, the error workbook saved from the wizard, and undo."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QWizard

from desktop.core.register import households
from desktop.ui.roster.wizard import RosterWizard
from desktop.ui.shell.main_window import MainWindow
from tests.ui.conftest import type_text
from tests.unit import roster_files as rf


def _press(qtbot, wizard, which):
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def test_roster_wizard_journey(qtbot, app, modal, tmp_path):
    rf.seed_register(app.ctx)
    path = rf.write_xlsx(tmp_path / "青山镇低保名册.xlsx")
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    assert window.roster_action.text() == "导入名册…"
    assert window.roster_action in window.menuBar().actions()[0].menu().actions()

    seen = {}

    def drive(wizard: RosterWizard) -> None:
        try:
            page = wizard.file_page
            qtbot.mouseClick(page.path, Qt.MouseButton.LeftButton)
            type_text(qtbot, page.path, str(path))
            assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == [
                "低保名册",
                "说明",
            ]
            type_text(qtbot, page.source.lineEdit(), "县民政局低保名册")
            page.tag.setFocus()
            for _ in range(page.tag.findData("低保对象")):
                qtbot.keyClick(page.tag, Qt.Key.Key_Down)
            assert page.tag.currentData() == "低保对象"
            qtbot.keyClicks(page.roster_date, "2026-11")
            _press(qtbot, wizard, QWizard.WizardButton.NextButton)
            qtbot.waitUntil(lambda: wizard.currentId() == 1, timeout=10000)
            mapping = wizard.mapping_page
            assert "表头在第 3-4 行" in mapping.info.text()
            assert (
                mapping.boxes[2].currentText() == "姓名"
                and mapping.boxes[4].currentText() == "身份证号"
            )
            assert mapping.boxes[0].currentText() == "不导入"
            _press(qtbot, wizard, QWizard.WizardButton.NextButton)
            qtbot.waitUntil(lambda: wizard.currentId() == 2, timeout=10000)
            check = wizard.check_page
            text = check.counts.text()
            seen["check"] = text
            assert (
                "新建户：4" in text
                and "有错误的行（不导入）：4" in text
                and "可能已退出（有此标签、不在名册中）：1" in text
            )
            assert check.model.rowCount() == 6  # 4 errors, 1 repeated row, 1 candidate
            shown = [check.model.index(r, 3).data() for r in range(check.model.rowCount())]
            assert any("Excel 存成了数字" in s for s in shown) and any(
                "是否为“桃源村”" in s for s in shown
            )
            assert check.missing.item(0).text().startswith("陈二")
            assert check.candidates.count() == 1
            item = check.candidates.item(0)
            rect = check.candidates.visualItemRect(item)
            qtbot.mouseClick(
                check.candidates.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
            )
            qtbot.keyClick(check.candidates, Qt.Key.Key_Space)
            assert item.checkState() == Qt.CheckState.Checked
            out = tmp_path / "错误清单.xlsx"

            def save(dialog):
                field = dialog.findChild(QLineEdit)
                field.clear()
                type_text(qtbot, field, str(out))
                qtbot.keyClick(field, Qt.Key.Key_Return)

            modal.next(QFileDialog, save)
            modal.next(QMessageBox, lambda box: box.accept())
            qtbot.mouseClick(
                check.findChild(
                    type(wizard.button(QWizard.WizardButton.NextButton)), "save_errors"
                ),
                Qt.MouseButton.LeftButton,
            )
            qtbot.waitUntil(lambda: out.is_file(), timeout=5000)
            seen["errors"] = out
            assert wizard.button(QWizard.WizardButton.NextButton).text() == "导入"
            _press(qtbot, wizard, QWizard.WizardButton.NextButton)
            qtbot.waitUntil(lambda: wizard.currentId() == 3, timeout=15000)
            seen["summary"] = wizard.summary_page.summary.text()
            _press(qtbot, wizard, QWizard.WizardButton.FinishButton)
        except BaseException as exc:  # end the modal wizard, report in the test
            seen["failure"] = exc
            wizard.reject()

    modal.next(RosterWizard, drive)
    window.roster_action.trigger()
    assert "failure" not in seen, seen.get("failure")
    assert "已导入“青山镇低保名册.xlsx”" in seen["summary"] and "新建户：4" in seen["summary"]
    # what was stored
    zhang = households.find(app.ctx, "张三")
    assert len(zhang) == 1
    members = households.household(app.ctx, zhang[0])["members"]
    assert [m["name"] for m in members] == ["张三", "李四花"] and members[0]["tags"] == ["低保对象"]
    feng = households.find(app.ctx, "冯三")
    assert len(feng) == 1 and households.household(app.ctx, feng[0])["members"][0]["tags"] == [
        "低保对象"
    ]
    rows = list(openpyxl.load_workbook(seen["errors"])["错误清单"].iter_rows(values_only=True))
    assert rows[0][-1] == "错误说明" and len(rows) == 6


def test_undo_from_the_summary_and_a_bad_file_message(qtbot, app, modal, tmp_path):
    path = rf.write_xlsx(tmp_path / "r.xlsx")
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 broken")
    seen = {}

    def drive(wizard: RosterWizard) -> None:
        try:
            page = wizard.file_page
            qtbot.keyClicks(page.path, str(bad))
            messages = []
            modal.next(QMessageBox, lambda box: (messages.append(box.text()), box.accept()))
            _press(qtbot, wizard, QWizard.WizardButton.NextButton)
            qtbot.waitUntil(lambda: bool(messages), timeout=10000)
            assert "无法读取“bad.xlsx”" in messages[0] and wizard.currentId() == 0
            page.path.clear()
            qtbot.keyClicks(page.path, str(path))
            _press(qtbot, wizard, QWizard.WizardButton.NextButton)
            qtbot.waitUntil(lambda: wizard.currentId() == 1, timeout=10000)
            _press(qtbot, wizard, QWizard.WizardButton.NextButton)
            qtbot.waitUntil(lambda: wizard.currentId() == 2, timeout=10000)
            _press(qtbot, wizard, QWizard.WizardButton.NextButton)
            qtbot.waitUntil(lambda: wizard.currentId() == 3, timeout=15000)
            seen["before_undo"] = len(households.find(app.ctx, ""))
            modal.next(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
            qtbot.mouseClick(wizard.summary_page.undo_button, Qt.MouseButton.LeftButton)
            seen["after"] = wizard.summary_page.summary.text()
            _press(qtbot, wizard, QWizard.WizardButton.FinishButton)
        except BaseException as exc:
            seen["failure"] = exc
            wizard.reject()

    modal.next(RosterWizard, drive)
    RosterWizard(app).exec()
    assert "failure" not in seen, seen.get("failure")
    assert seen["before_undo"] == 7
    assert seen["after"] == "这次导入已撤销。"
    assert households.find(app.ctx, "") == []


def test_an_earlier_import_is_undone_from_the_history(qtbot, app, modal, tmp_path):
    from desktop.core.roster import apply, mappings
    from desktop.core.roster.plan import Options
    from desktop.ui.roster.history import ImportHistoryDialog

    opened = mappings.open_roster(app.ctx, rf.write_xlsx(tmp_path / "r.xlsx"))
    apply.apply(app.ctx, opened.table, opened.header, opened.mapping, Options(tag="低保对象"))
    assert households.find(app.ctx, "张三")
    seen = {}

    def history(dialog: ImportHistoryDialog) -> None:
        try:
            assert dialog.model.rowCount() == 1
            assert dialog.model.index(0, 1).data() == "r.xlsx"
            assert dialog.model.index(0, 4).data().startswith("新建户 7")
            rect = dialog.table.visualRect(dialog.model.index(0, 1))
            qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            modal.next(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
            qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
            seen["after"] = dialog.model.index(0, 4).data()
        except BaseException as exc:
            seen["failure"] = exc
        dialog.reject()

    def drive(wizard: RosterWizard) -> None:
        modal.next(ImportHistoryDialog, history)
        qtbot.mouseClick(
            wizard.file_page.findChild(
                type(wizard.button(QWizard.WizardButton.NextButton)), "roster_history"
            ),
            Qt.MouseButton.LeftButton,
        )
        wizard.reject()

    modal.next(RosterWizard, drive)
    RosterWizard(app).exec()
    assert "failure" not in seen, seen.get("failure")
    assert seen["after"] == "已撤销"
    assert households.find(app.ctx, "张三") == []
