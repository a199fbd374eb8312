"""The application's frame as a person meets it: the main window fits the screen and comes back
where it was left; Qt's own buttons and menus speak Chinese; English shows English weekdays; the
member dialog shows every 人员类别; 最近修改 follows a member added."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop.core import idcard
from desktop.ui.register.household_dialog import HouseholdDialog
from desktop.ui.register.household_page import HouseholdPage
from desktop.ui.register.person_dialog import PersonDialog
from desktop.ui.shell import i18n, window_state
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.operations import perform
from desktop.ui.shell.start_page import StartPage
from tests.ui.conftest import type_text

LEFT = Qt.MouseButton.LeftButton


def ok_button(dialog) -> object:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def quit_by_menu(qtbot, window: MainWindow) -> None:
    """文件 → 退出, clicked in the menu bar and then in the menu."""
    bar = window.menuBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(bar.actions()[0]).center())
    file_menu = bar.actions()[0].menu()
    qtbot.waitUntil(file_menu.isVisible)
    quit_action = next(a for a in file_menu.actions() if a.text() == "退出")
    qtbot.mouseClick(file_menu, LEFT, pos=file_menu.actionGeometry(quit_action).center())
    qtbot.waitUntil(lambda: not window.isVisible())


def test_main_window_fits_the_screen_and_comes_back_where_it_was(qtbot, app):
    area = QGuiApplication.primaryScreen().availableGeometry()
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert (
        window.frameGeometry().top() >= area.top()
        and window.frameGeometry().bottom() <= area.bottom()
    )
    assert window.width() <= max(area.width(), window.minimumSizeHint().width())
    # a 1366×768 laptop with a 40-pixel taskbar: the fitted window and its frame are inside it,
    # and every page can be laid out in it
    laptop = QRect(0, 0, 1366, 728)
    fitted = window_state.fitted(laptop)
    assert laptop.contains(fitted.adjusted(-8, -32, 8, 8))
    hint = window.minimumSizeHint()
    assert hint.width() <= fitted.width() and hint.height() <= fitted.height()
    assert window.statusBar().isVisible()
    status_bottom = window.mapToGlobal(QPoint(0, window.statusBar().geometry().bottom())).y()
    assert status_bottom <= area.bottom()  # the status line is not under the taskbar

    # the user drags and resizes the window, then quits; the next start puts it back there
    hint = window.minimumSizeHint()
    placed = QRect(
        area.left() + 20,
        area.top() + 30,
        max(hint.width(), min(900, area.width() - 40)),
        max(hint.height(), min(650, area.height() - 60)),
    )
    window.setGeometry(placed)
    quit_by_menu(qtbot, window)
    again = MainWindow(app)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.geometry().size() == placed.size()
    assert again.geometry().top() == placed.top()
    if (
        placed.width() + 40 <= area.width()
    ):  # Qt's restoreGeometry pulls a window wider than the screen to its edge
        assert again.geometry().left() == placed.left()

    # maximised is remembered too
    again.showMaximized()
    qtbot.waitUntil(again.isMaximized)
    quit_by_menu(qtbot, again)
    third = MainWindow(app)
    qtbot.addWidget(third)
    third.show()
    assert third.isMaximized()
    third.close()


def test_a_position_off_every_screen_is_brought_back(qtbot, app):
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    window.setGeometry(QRect(9000, 7000, 600, 400))  # left on a monitor that is unplugged now
    window.close()
    assert app.settings.value(window_state.KEY) is not None
    again = MainWindow(app)
    qtbot.addWidget(again)
    again.show()
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.intersects(again.geometry())
    assert window_state.on_some_screen(again.geometry())


def test_qt_own_texts_are_chinese(qtbot, modal, app):
    translators = i18n.install(QApplication.instance(), "zh")
    try:
        assert translators, "qtbase_zh_CN.qm was not found beside PySide6"
        seen: dict[str, str] = {}

        def read_and_click(box: QMessageBox) -> None:
            button = box.button(QMessageBox.StandardButton.Ok)
            seen["ok"] = button.text()
            qtbot.mouseClick(button, LEFT)

        page = HouseholdPage(app)
        qtbot.addWidget(page)
        page.show()
        modal.next(QMessageBox, read_and_click)
        perform(
            app,
            page,
            lambda ctx: (_ for _ in ()).throw(
                __import__("desktop.core.errors").core.errors.NotFoundError()
            ),
        )
        assert seen["ok"] == "确定"
        menu = page.search_edit.createStandardContextMenu()  # what a right-click on the field shows
        texts = [a.text() for a in menu.actions() if a.text()]
        assert any("复制" in t for t in texts) and any("粘贴" in t for t in texts), texts
        assert not any(t.startswith("&Copy") or t.startswith("Copy") for t in texts)
    finally:
        i18n.uninstall(QApplication.instance(), translators)


def test_english_start_page_says_the_weekday_in_english(qtbot, app):
    translators = i18n.install(QApplication.instance(), "en")
    try:
        page = StartPage(app)
        qtbot.addWidget(page)
        page.show()
        page.reload()
        heading = page.heading.text()
        today = app.ctx.today()
        assert QLocale().dayName(today.isoweekday()) in heading
        assert "星期" not in heading and "社工" not in heading and "\u3000" not in heading
    finally:
        i18n.uninstall(QApplication.instance(), translators)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))


def test_every_tag_shows_and_last_change_follows_a_member_added(qtbot, modal, app, clock):
    clock.move_to(dt.datetime(2030, 1, 7, 9, 0).astimezone())  # later than the template's stamps
    page = HouseholdPage(app)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    head_id = idcard.make("433127", dt.date(1950, 3, 3), 11, True)
    wife_id = idcard.make("433127", dt.date(1952, 6, 6), 22, False)
    shown: dict[str, object] = {}

    def person(name: str, number: str, relation: str | None = None):
        def fill(dialog: PersonDialog) -> None:
            dialog.resize(640, 680)
            dialog.show()
            tags = dialog.tags
            shown["columns"] = tags.columns()
            shown["all_visible"] = all(
                tags.viewport().rect().contains(tags.visualItemRect(tags.item(i)))
                for i in range(tags.count())
            )
            shown["count"] = tags.count()
            type_text(qtbot, dialog.name, name)
            if relation:
                dialog.relation.setCurrentIndex(dialog.relation.findData(relation))
            type_text(qtbot, dialog.id_number, number)
            qtbot.keyClick(dialog.id_number, Qt.Key.Key_Tab)
            first = tags.item(0)
            qtbot.mouseClick(tags.viewport(), LEFT, pos=tags.visualItemRect(first).center())
            qtbot.mouseClick(ok_button(dialog), LEFT)

        return fill

    def new_household(dialog: HouseholdDialog) -> None:
        dialog.village.setCurrentIndex(dialog.village.findText("青山村"))
        modal.next(PersonDialog, person("罗大山", head_id))
        qtbot.mouseClick(dialog.add_button, LEFT)
        qtbot.mouseClick(ok_button(dialog), LEFT)

    modal.next(HouseholdDialog, new_household)
    qtbot.mouseClick(page.new_button, LEFT)
    qtbot.waitUntil(lambda: len(page.model.ids) == 1)
    assert shown["count"] == 11 and shown["all_visible"] and shown["columns"] >= 2
    assert "最近修改\n2030-01-07 09:0" in page.detail.toPlainText()

    clock.shift(dt.timedelta(hours=2))

    def add_wife(dialog: HouseholdDialog) -> None:
        modal.next(PersonDialog, person("罗小花", wife_id, "配偶"))
        qtbot.mouseClick(dialog.add_button, LEFT)
        qtbot.mouseClick(ok_button(dialog), LEFT)

    modal.next(HouseholdDialog, add_wife)
    qtbot.mouseClick(page.edit_button, LEFT)
    qtbot.waitUntil(lambda: "罗小花" in page.detail.toPlainText())
    text = page.detail.toPlainText()
    assert "最近修改\n2030-01-07 11:0" in text, text


def test_search_as_you_type_ranks_usual_readings_and_names_the_member(qtbot, app):
    from tests.unit.test_visits_support import add_household

    add_household(app.ctx, "曾俊")
    add_household(app.ctx, "罗大山", child="张俊玥")  # a member's name, not the head's
    add_household(app.ctx, "张三")
    page = HouseholdPage(app)
    qtbot.addWidget(page)
    page.show()
    type_text(qtbot, page.search_edit, "zs")
    qtbot.waitUntil(lambda: page.model.query == "zs")  # the list follows once typing pauses
    assert page.model.rowCount() == 3
    heads = [page.model.data(page.model.index(r, 0)) for r in range(3)]
    assert heads[0] == "张三"  # the usual reading first; 曾俊 and 张俊玥 only by 俊 read "shun"
    assert set(heads[1:]) == {"曾俊", "罗大山（匹配：张俊玥）"}
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "zjy")
    qtbot.waitUntil(lambda: page.model.query == "zjy")
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 0)) == "罗大山（匹配：张俊玥）"


def test_demo_station_tells_its_passphrase(qtbot, modal, tmp_path):
    from desktop.core.sync.sync_keys import DEMO_PASSPHRASE, has_passphrase
    from desktop.ui.shell.app import open_app_context
    from desktop.ui.station.setup_dialog import SetupDialog

    appctx = open_app_context(tmp_path / "empty")
    try:
        dialog = SetupDialog(appctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.demo_button, LEFT)  # 先看看演示数据
        assert dialog.wants_demo
        window = MainWindow(appctx)
        qtbot.addWidget(window)
        window.show()
        told: list[str] = []
        modal.next(
            QMessageBox,
            lambda box: (
                told.append(box.text()),
                qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), LEFT),
            ),
            timeout_ms=60_000,
        )
        window.load_demo(20)  # what the app does after that choice (desktop/ui/shell/app.py)
        qtbot.waitUntil(lambda: bool(told), timeout=60_000)
        assert DEMO_PASSPHRASE in told[0] and "同步" in told[0]
        assert has_passphrase(appctx.ctx)
    finally:
        appctx.ctx.close()


def test_settings_edit_the_station_villages_and_groups(qtbot, modal, app):
    from desktop.core.station import station
    from desktop.ui.station.settings_dialog import SettingsDialog
    from tests.unit.test_visits_support import add_household

    add_household(app.ctx, "罗大山", village="青山村", group="一组")
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    seen: dict[str, str] = {}

    def warn_and_ok(box: QMessageBox) -> None:
        seen.setdefault("warning", box.text())
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), LEFT)

    def edit(dialog: SettingsDialog) -> None:
        bar = dialog.tabs.tabBar()
        qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())
        dialog.station_name.selectAll()
        type_text(qtbot, dialog.station_name, "青山镇社会工作服务站")
        # a new village with two groups, moved to the top
        type_text(qtbot, dialog.village_edit, "石门村")
        qtbot.mouseClick(dialog.village_buttons["add"], LEFT)
        assert dialog.village_list.currentItem().text().startswith("石门村")
        for name in ("一组", "二组"):
            type_text(qtbot, dialog.group_edit, name)
            qtbot.keyClick(dialog.group_edit, Qt.Key.Key_Return)
        qtbot.mouseClick(dialog.village_buttons["up"], LEFT)
        qtbot.mouseClick(dialog.village_buttons["up"], LEFT)
        # rename 石门村 二组 → 三组; move it up
        dialog.group_list.setCurrentRow(1)
        type_text(qtbot, dialog.group_edit, "三组")
        qtbot.mouseClick(dialog.group_buttons["rename"], LEFT)
        qtbot.mouseClick(dialog.group_buttons["up"], LEFT)
        # 青山村 has a household: it cannot be removed, and the message says why
        row = next(
            i
            for i in range(dialog.village_list.count())
            if dialog.village_list.item(i).text().startswith("青山村")
        )
        dialog.village_list.setCurrentRow(row)
        modal.next(QMessageBox, warn_and_ok)
        qtbot.mouseClick(dialog.village_buttons["remove"], LEFT)
        qtbot.waitUntil(lambda: "warning" in seen)
        # 桃源村 has none: removed
        row = next(
            i
            for i in range(dialog.village_list.count())
            if dialog.village_list.item(i).text().startswith("桃源村")
        )
        dialog.village_list.setCurrentRow(row)
        qtbot.mouseClick(dialog.village_buttons["remove"], LEFT)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, LEFT)

    modal.next(SettingsDialog, edit)
    bar = window.menuBar()
    menu_action = next(a for a in bar.actions() if a.text().startswith("设置"))
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(menu_action).center())
    menu = menu_action.menu()
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(menu.actions()[0]).center())
    qtbot.waitUntil(lambda: station.current(app.ctx)["name"] == "青山镇社会工作服务站")
    assert "还有 1 户登记在册，不能删除" in seen["warning"]
    assert [(v["name"], v["groups"]) for v in station.villages(app.ctx)] == [
        ("石门村", ["三组", "一组"]),
        ("青山村", ["一组", "二组"]),
    ]
    assert "青山镇社会工作服务站" in window.windowTitle()
