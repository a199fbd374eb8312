"""打印 entries on the other pages: each is one call from the page, which keeps its own code.

- household page: 打印 ▸ 家庭档案 / 空白走访记录表（本户） (entries registered with the page)
- 待走访 page: 打印清单 (the due list as filtered on the page)
- visits page: 打印 (the selected visit record)
- case page: 打印 ▸ 服务计划书 (each version) / 转介单 (each referral)
- main window, 文件 menu: 打印空白走访记录表, 批量打印
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QPushButton, QWidget

from desktop.core.errors import StationDeskError
from desktop.ui.common.forms import run_modal
from desktop.ui.printing.print_jobs import file_name, print_preview
from desktop.ui.register import household_parts
from desktop.ui.register.household_parts import HouseholdView, PrintEntry


def _print_household(page: HouseholdView, household_id: str, kind: str, title: str) -> None:
    print_preview(
        page,
        page.app,
        kind,
        title,
        file_name(page.app, title, household_id),
        ids=[household_id],
    )


def register() -> None:
    """The household page's 打印 menu: 家庭档案, 空白走访记录表（本户）."""
    household_parts.add_print_entry(
        PrintEntry(
            "print_profile",
            lambda: QCoreApplication.translate("print_hooks", "家庭档案…"),
            lambda page, hid: _print_household(
                page, hid, "household", QCoreApplication.translate("print_hooks", "家庭档案")
            ),
        )
    )
    household_parts.add_print_entry(
        PrintEntry(
            "print_blank_form",
            lambda: QCoreApplication.translate("print_hooks", "空白走访记录表（本户）…"),
            lambda page, hid: _print_household(
                page,
                hid,
                "blank-visit-form",
                QCoreApplication.translate("print_hooks", "空白走访记录表"),
            ),
            order=10,
        )
    )


def route_list_button(page: QWidget) -> QPushButton:
    """打印清单 for the 待走访 page: the households it lists, with its village, category, worker
    and horizon filters (``page`` has ``village_filter``, ``tag_filter``, ``worker_filter``,
    ``horizon`` and ``today``)."""
    button = QPushButton(QCoreApplication.translate("print_hooks", "打印清单(&P)…"))
    button.setObjectName("print_route_list")

    def start() -> None:
        today: dt.date = page.today
        options = {
            "today": today,
            "within_days": int(page.horizon.currentData() or 0),
            "village_id": page.village_filter.currentData(),
            "tag": page.tag_filter.currentData(),
            "worker": page.worker_filter.currentData(),
        }
        title = QCoreApplication.translate("print_hooks", "待走访户清单")
        print_preview(page, page.app, "route-list", title, file_name(page.app, title), **options)

    button.clicked.connect(start)
    return button


def visit_print_button(page: QWidget) -> QPushButton:
    """打印 for the visits page: the selected visit record (``page`` has ``app`` and ``current_id()``)."""
    button = QPushButton(QCoreApplication.translate("print_hooks", "打印(&P)"))
    button.setObjectName("print_visit")
    menu = QMenu(button)

    def start(copy: str) -> None:
        vid = page.current_id()
        if vid:
            title = QCoreApplication.translate("print_hooks", "入户走访记录表")
            if copy == "archive":
                title = QCoreApplication.translate("print_hooks", "入户走访记录表（存档副本）")
            print_preview(
                page,
                page.app,
                "visit",
                title,
                file_name(page.app, title, vid),
                ids=[vid],
                copy=copy,
            )

    # The sheet taken to be signed has blank signature lines; only a copy of a record already
    # signed states its signature status (the distinction the user makes here).
    sign = menu.addAction(
        QCoreApplication.translate("print_hooks", "供签字的记录表（空白签字栏）…")
    )
    sign.setObjectName("print_visit_sign")
    sign.triggered.connect(lambda _checked=False: start("sign"))
    archive = menu.addAction(
        QCoreApplication.translate("print_hooks", "存档副本（已签字的记录，印签字情况）…")
    )
    archive.setObjectName("print_visit_archive")
    archive.triggered.connect(lambda _checked=False: start("archive"))
    button.setMenu(menu)
    return button


def case_print_button(page: QWidget) -> QPushButton:
    """打印 for the case page: a menu of the selected case's plan versions and referrals, filled
    when opened (``page`` has ``app`` and ``current_id()``)."""
    button = QPushButton(QCoreApplication.translate("print_hooks", "打印(&P)"))
    button.setObjectName("print_case")
    menu = QMenu(button)
    menu.setObjectName("print_case_menu")

    def fill() -> None:
        from desktop.core.cases import plans
        from desktop.core.resources import referrals

        menu.clear()
        case_id = page.current_id()
        if not case_id:
            menu.addAction(QCoreApplication.translate("print_hooks", "请先选择个案")).setEnabled(
                False
            )
            return
        try:
            versions = plans.plan_state(page.app.ctx, case_id)["plans"]
            sent = referrals.of_case(page.app.ctx, case_id)
        except StationDeskError:
            versions, sent = [], []
        for p in reversed(versions):
            status = (
                QCoreApplication.translate("print_hooks", "草稿")
                if p.get("status") == "draft"
                else (
                    QCoreApplication.translate("print_hooks", "已被新版本取代")
                    if p.get("superseded")
                    else QCoreApplication.translate("print_hooks", "现行")
                )
            )
            action = menu.addAction(
                QCoreApplication.translate("print_hooks", "服务计划书 第 {0} 版（{1}）…").format(
                    p.get("version") or 1, status
                )
            )
            action.triggered.connect(lambda _=False, pid=p["id"]: _print_plan(page, pid))
        for r in sent:
            text = QCoreApplication.translate("print_hooks", "转介单：{0}（{1}，{2}）…").format(
                r.get("resource_name") or "", r.get("need") or "", r.get("referred_on") or ""
            )
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, rid=r["id"]: _print_referral(page, rid))
        if not versions and not sent:
            menu.addAction(
                QCoreApplication.translate("print_hooks", "这个个案还没有服务计划或转介")
            ).setEnabled(False)

    menu.aboutToShow.connect(fill)
    button.setMenu(menu)
    return button


def _print_plan(page: QWidget, plan_id: str) -> None:
    title = QCoreApplication.translate("print_hooks", "服务计划书")
    print_preview(
        page,
        page.app,
        "plan",
        title,
        file_name(page.app, title, plan_id),
        ids=[plan_id],
    )


def _print_referral(page: QWidget, referral_id: str) -> None:
    title = QCoreApplication.translate("print_hooks", "转介单")
    print_preview(
        page,
        page.app,
        "referral",
        title,
        file_name(page.app, title, referral_id),
        ids=[referral_id],
    )


def add_file_menu_entries(window: QMainWindow, menu: QMenu, before: QAction | None = None) -> None:
    """文件 ▸ 打印空白走访记录表… and 批量打印… (``window`` has ``app``)."""
    blank = QAction(QCoreApplication.translate("print_hooks", "打印空白走访记录表…"), window)
    blank.setObjectName("print_blank")

    def print_blank() -> None:
        title = QCoreApplication.translate("print_hooks", "空白走访记录表")
        print_preview(window, window.app, "blank-visit-form", title, file_name(window.app, title))

    blank.triggered.connect(print_blank)
    batch = QAction(QCoreApplication.translate("print_hooks", "批量打印…"), window)
    batch.setObjectName("print_batch")

    def open_batch() -> None:
        from desktop.ui.printing.print_batch import BatchPrintDialog

        dialog = BatchPrintDialog(window.app, window)
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            dialog.start(window)  # reads the choices now; the dialog is deleted later

    batch.triggered.connect(open_batch)
    for action in (blank, batch):
        if before is not None:
            menu.insertAction(before, action)
        else:
            menu.addAction(action)
    if before is not None:
        menu.insertSeparator(before)
    else:
        menu.addSeparator()
