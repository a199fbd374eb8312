"""Main window: pages on the left, the current page on the right, menus and a status line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.core.station import station
from desktop.core.sync.recorder import ChangeSet
from desktop.ui.cases.approval_page import ApprovalPage
from desktop.ui.cases.case_page import CasePage
from desktop.ui.common.forms import run_modal
from desktop.ui.printing import print_hooks
from desktop.ui.register.household_page import HouseholdPage
from desktop.ui.reports.page import ReportsPage
from desktop.ui.resources.resource_page import ResourcePage
from desktop.ui.shell import window_state
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform_in_background
from desktop.ui.shell.start_page import StartPage
from desktop.ui.station.settings_dialog import SettingsDialog
from desktop.ui.sync.sync_page import SyncPage
from desktop.ui.visits.coverage_page import CoveragePage
from desktop.ui.visits.schedule_page import SchedulePage
from desktop.ui.visits.visits_page import VisitsPage

# Each page is a QWidget made from the AppContext, with page_title(). Later pages add themselves here.
PAGES: list[Callable[[AppContext], QWidget]] = [
    StartPage,
    HouseholdPage,
    SchedulePage,
    VisitsPage,
    CoveragePage,
]
PAGES += [CasePage, ResourcePage, ApprovalPage]  # case work (issue 4)
PAGES.append(SyncPage)  # hand-over by U 盘 (issue 6)
PAGES.insert(PAGES.index(CoveragePage) + 1, ReportsPage)  # 报表 and the monthly ledger (issue 16)


class MainWindow(QMainWindow):
    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(130)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for factory in PAGES:
            page = factory(app)
            self.pages[type(page).__name__] = page
            self.stack.addWidget(page)
            self.nav.addItem(page.page_title())
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._menus()
        app.changed.connect(self.update_status)
        app.open_household.connect(lambda _: self.show_page(HouseholdPage))
        app.open_case.connect(lambda _: self.show_page(CasePage))
        self.update_status()
        window_state.restore(self, app.settings)  # fits a 1366×768 laptop; remembered per computer

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.demo_action = QAction(self.tr("载入演示数据…"), self)
        self.demo_action.triggered.connect(
            lambda _checked=False: self.load_demo()
        )  # not triggered(bool) as households
        print_hooks.add_file_menu_entries(self, file_menu)  # 打印 (issue 5)
        self.roster_action = QAction(self.tr("导入名册…"), self)  # issue 15
        self.roster_action.triggered.connect(self.import_roster)
        file_menu.addAction(self.roster_action)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        settings_menu = self.menuBar().addMenu(self.tr("设置(&S)"))
        settings_action = QAction(self.tr("设置…"), self)
        settings_action.triggered.connect(self.open_settings)
        settings_menu.addAction(settings_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于社工站工作台"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt)
        window_state.save(self, self.app.settings)
        super().closeEvent(event)

    def show_page(self, page_type: type) -> None:
        page = self.pages.get(page_type.__name__)
        if page is not None:
            self.nav.setCurrentRow(self.stack.indexOf(page))

    def update_status(self, changes: ChangeSet | None = None) -> None:
        if changes is not None and not self._status_changed(changes):
            return
        info = station.current(self.app.ctx)
        store = self.app.ctx.store
        name = info["name"] if info else self.tr("（未设置站点）")
        self.setWindowTitle(self.tr("社工站工作台 — {0}").format(name))
        self.statusBar().showMessage(
            self.tr("{0}　社工：{1}　本机：{2}　{3} 户 {4} 人").format(
                name,
                self.app.ctx.worker,
                self.app.ctx.computer,
                store.count("households"),
                store.count("persons"),
            )
        )

    @staticmethod
    def _status_changed(changes: ChangeSet) -> bool:
        """The status line shows the station and the number of households and people: an edit
        that neither adds nor removes one leaves it as it is."""
        if changes.tables & {"station", "workers"}:
            return True
        for table in ("households", "persons"):
            columns = changes.columns_of(table) if table in changes.rows else frozenset()
            if columns is None or "deleted" in columns:
                return True
        return False

    def import_roster(self) -> None:
        from desktop.ui.roster.wizard import RosterWizard

        run_modal(RosterWizard(self.app, self))

    def open_settings(self) -> None:
        run_modal(SettingsDialog(self.app, self))

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于社工站工作台"),
            self.tr(
                "社工站工作台 StationDesk {0}\n乡镇社工站离线工作台：户档案、走访、个案与台账。\n"
                "数据只保存在本机：{1}"
            ).format(__version__, self.app.db_path),
        )

    def load_demo(self, households: int | None = None, seed: int = 1) -> None:
        if households is None:
            households, ok = QInputDialog.getInt(
                self,
                self.tr("载入演示数据"),
                self.tr("生成多少户演示数据？（演示数据会加入当前数据库）"),
                500,
                1,
                200_000,
                100,
            )
            if not ok:
                return
        count = households
        self.demo_action.setEnabled(False)
        new_station = (
            station.current(self.app.ctx) is None
        )  # 先看看演示数据: a demo station with a passphrase

        def work(ctx, state):  # runs in the task thread with its own connection
            from desktop.core.demo import demo
            from desktop.core.sync.sync_keys import DEMO_PASSPHRASE

            if new_station and station.current(ctx) is None:
                station.setup_station(ctx, demo.DEMO_STATION, passphrase=DEMO_PASSPHRASE)
            return demo.generate(ctx, count, seed=seed, state=state)

        def done(written: int | None, cancelled: bool) -> None:
            message = (
                self.tr("已取消，已载入 {0} 户。")
                if cancelled
                else self.tr("已载入 {0} 户演示数据。")
            ).format(written or 0)
            self.statusBar().showMessage(message, 8000)
            if new_station:
                from desktop.core.sync.sync_keys import DEMO_PASSPHRASE

                QMessageBox.information(
                    self,
                    self.tr("演示站点"),
                    message
                    + "\n"
                    + self.tr(
                        "演示站点的同步口令是：{0}\n在“同步”页导出或导入 U 盘同步包时输入它。"
                    ).format(DEMO_PASSPHRASE),
                )

        self.demo_task = perform_in_background(
            self.app,
            self,
            self.tr("正在生成演示数据…"),
            work,
            done,
            writes=True,  # also after a cancel: the households generated so far stay
            on_finished=lambda: self.demo_action.setEnabled(True),
        )
