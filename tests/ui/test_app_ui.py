"""First start, the main window, demo data in the background, language, the list model."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.core.context import Context
from desktop.core.register import households
from desktop.core.station import station
from desktop.ui.register.household_model import HouseholdTableModel
from desktop.ui.shell import i18n
from desktop.ui.shell.app import open_app_context
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.station.setup_dialog import SetupDialog
from tests.ui.conftest import type_text


def test_first_start_setup_dialog_creates_the_station(qtbot, tmp_path: Path):
    appctx = open_app_context(tmp_path / "new")
    dialog = SetupDialog(appctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()  # nothing filled in: inline messages, nothing saved
    assert dialog.isVisible()
    assert dialog.form.errors["station"].isVisible() and dialog.form.errors["villages"].isVisible()
    assert station.current(appctx.ctx) is None
    type_text(qtbot, dialog.station_name, "石门乡社工站")
    type_text(qtbot, dialog.county, "武陵县")
    type_text(qtbot, dialog.township, "石门乡")
    type_text(qtbot, dialog.villages, "石门村：一组 二组\n溪口村：一组")
    type_text(qtbot, dialog.computer, "笔记本2")
    type_text(qtbot, dialog.worker, "周敏")
    qtbot.keyClicks(dialog.passphrase, "shimen-2026-station")
    qtbot.keyClicks(dialog.passphrase_again, "shimen-2026-statio")
    dialog.accept()  # the two entries differ: said under the field, nothing saved
    assert dialog.isVisible() and dialog.form.errors["passphrase_again"].isVisible()
    assert station.current(appctx.ctx) is None
    qtbot.keyClicks(dialog.passphrase_again, "n")
    dialog.accept()
    assert not dialog.isVisible()
    from desktop.core.sync.sync_keys import has_passphrase

    assert has_passphrase(appctx.ctx)
    info = station.current(appctx.ctx)
    assert info["name"] == "石门乡社工站"
    assert [(v["name"], v["groups"]) for v in station.villages(appctx.ctx)] == [
        ("石门村", ["一组", "二组"]),
        ("溪口村", ["一组"]),
    ]
    assert appctx.ctx.worker == "周敏" and appctx.ctx.computer == "笔记本2"
    appctx.ctx.close()


def test_demo_data_loads_in_the_background_and_the_list_follows(qtbot, app: AppContext):
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["HouseholdPage"]
    assert page.model.rowCount() == 0
    window.load_demo(300, seed=2)
    assert not window.demo_action.isEnabled()  # one load at a time
    qtbot.waitUntil(lambda: window.demo_action.isEnabled(), timeout=60_000)
    nav = window.nav  # 户档案 in the page list: a hidden list is filled when it is shown
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(1)).center()
    )
    assert page.isVisible()
    assert page.model.rowCount() == 300
    assert "300 户" in window.statusBar().currentMessage() or "300" in page.count_label.text()
    # the work ran in another thread with its own connection; the GUI's connection sees it
    assert app.ctx.store.count("households") == 300
    # rows are fetched on demand: only what was drawn or asked for is cached
    assert len(page.model._rows) <= 2 * 200
    last = page.model.index(299, 0)
    assert page.model.data(last)
    assert page.model.ids[299] in page.model._rows


def test_demo_load_can_be_cancelled(qtbot, app: AppContext):
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.load_demo(5000, seed=3)
    window.demo_task.cancel()
    qtbot.waitUntil(lambda: window.demo_action.isEnabled(), timeout=60_000)
    count = app.ctx.store.count("households")
    assert 0 <= count < 5000
    assert len(households.find(app.ctx)) == count  # whole batches only: index and rows agree


def test_household_model_passes_qt_model_checks(qtmodeltester, ctx: Context):
    from desktop.core.demo import demo

    demo.generate(ctx, 30, seed=4)
    model = HouseholdTableModel(ctx)
    model.search()
    assert model.rowCount() == 30
    qtmodeltester.check(model)


def test_english_translation_switches_the_interface(qtbot, app: AppContext):
    qapp = QApplication.instance()
    translators = i18n.install(qapp, "en")
    try:
        assert translators, "the English .qm file must load"
        window = MainWindow(app)
        qtbot.addWidget(window)
        page = window.pages["HouseholdPage"]
        assert page.page_title() == "Households"
        assert page.new_button.text() == "New household"
        assert QCoreApplication.translate("refdata", "留守儿童") == "Left-behind child"
        # columns whose texts are longer in English are as wide as their longest text
        due = window.pages["SchedulePage"]
        overdue = due.view.fontMetrics().horizontalAdvance("999 days overdue")
        assert due.view.columnWidth(8) > overdue
        cases = window.pages["CasePage"]
        assert cases.view.columnWidth(3) > cases.view.fontMetrics().horizontalAdvance(
            "Intervention"
        )
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert MainWindow(app).pages["HouseholdPage"].page_title() == "户档案"


def test_language_choice_is_saved_per_data_folder(app: AppContext, data_dir: Path):
    i18n.save_language(app.settings, "en")
    again = open_app_context(data_dir)
    assert i18n.saved_language(again.settings) == "en"
    again.ctx.close()
    assert paths.database_path(data_dir).exists()


def test_setup_dialog_offers_the_demo(qtbot, tmp_path: Path):
    appctx = open_app_context(tmp_path / "demo")
    dialog = SetupDialog(appctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.demo_button.click()
    assert dialog.wants_demo and not dialog.isVisible()
    assert station.current(appctx.ctx) is None  # the demo task creates the demo station
    appctx.ctx.close()


def test_unexpected_error_offers_a_report_not_a_traceback(qtbot, modal, tmp_path: Path):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.shell.crash import show_crash

    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.append(box.text())
        modal.next(QMessageBox, lambda info: (seen.append(info.text()), info.accept()))
        box.buttons()[0].click()  # 保存错误报告

    modal.next(QMessageBox, answer)
    show_crash(None, "Traceback (most recent call last):\n  boom", tmp_path / "logs")
    assert "Traceback" not in seen[0] and "数据不受影响" in seen[0]
    reports = list((tmp_path / "logs").glob("crash-*.txt"))
    assert len(reports) == 1 and "boom" in reports[0].read_text(encoding="utf-8")
    assert str(reports[0]) in seen[1]


def test_bundled_font_is_the_application_font_and_draws_rare_names(qapp):
    from PySide6.QtGui import QFontMetrics

    from desktop.ui.shell import fonts

    assert fonts.install(qapp) == "Noto Sans SC"
    font = QApplication.font()
    assert font.family() == "Noto Sans SC"
    metrics = QFontMetrics(font)
    for ch in "龑㛃堃赟喆张三":
        assert metrics.inFontUcs4(ord(ch)), ch
    assert (paths.resource("fonts", "OFL.txt")).exists()


def test_a_second_window_on_the_same_data_folder_is_refused(qapp, data_dir: Path):
    """Started twice on one folder (a double click too many), the second program says that the
    first has it open and ends, before it opens the database."""
    import os
    import subprocess
    import sys

    from desktop.ui.shell.app import SMOKE_ENV, lock_data_dir

    def start() -> subprocess.CompletedProcess[str]:
        """The program, started as from the desktop (it quits once its window is shown)."""
        root = Path(__file__).resolve().parents[2]
        return subprocess.run(
            [sys.executable, str(root / "main.py"), "--data-dir", str(data_dir)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", SMOKE_ENV: "1"},
            capture_output=True,
            text=True,
            timeout=60,
        )

    held = lock_data_dir(data_dir, wait_ms=0)
    assert held is not None and lock_data_dir(data_dir, wait_ms=0) is None
    second = start()
    assert second.returncode == 1
    assert "已经打开了这个数据文件夹" in second.stderr and "shown" not in second.stdout
    held.unlock()
    started = start()
    assert started.returncode == 0 and "shown" in started.stdout  # the folder is free again


def test_a_lock_left_on_another_computer_is_taken_over(qapp, tmp_path: Path):
    """A portable install's stick, moved to another computer after the program crashed there."""
    from desktop.ui.shell.app import LOCK_NAME, lock_data_dir

    (tmp_path / LOCK_NAME).write_text("4242\nStationDesk\nanother-pc\n", encoding="utf-8")
    taken = lock_data_dir(tmp_path, wait_ms=0)
    assert taken is not None and taken.getLockInfo()[0] != 4242
    taken.unlock()
