"""The shared pieces of the list pages and dialogs, driven through real widgets over a real
database: rows fetched a page at a time into a bounded cache, the selection kept across reloads,
a row hidden by the filters shown on request, lazy pages, a service dialog's error routing, and the
visit form fitting a 1366×768 laptop screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from desktop.core.demo import demo
from desktop.core.errors import FieldError, ValidationError
from desktop.core.register import households
from desktop.core.station import station
from desktop.ui.cases.case_forms import ServiceDialog
from desktop.ui.common import list_model
from desktop.ui.common.forms import line, notes
from desktop.ui.register.household_model import HouseholdTableModel
from desktop.ui.register.household_page import HouseholdPage
from desktop.ui.resources.resource_page import ResourceModel
from desktop.ui.shell.operations import changes_of, emit, everything
from desktop.ui.visits.visit_dialog import VisitDialog
from desktop.ui.visits.visits_page import VisitsPage
from tests.ui.conftest import type_text
from tests.unit.test_visits_support import add_household, submit

pytestmark = pytest.mark.usefixtures("clock")  # the schedule, coverage and forms follow the day


def counting(model: list_model.IdTableModel) -> list[list[str]]:
    """Record each fetch the model makes (the ids it asks for)."""
    calls: list[list[str]] = []
    fetch = model._fetch

    def counted(ids: list[str]) -> dict:
        calls.append(list(ids))
        return fetch(ids)

    model._fetch = counted
    return calls


def test_rows_are_fetched_a_page_at_a_time_into_a_bounded_cache(qtbot, monkeypatch, app):
    monkeypatch.setattr(list_model, "PAGE", 20)
    monkeypatch.setattr(list_model, "CACHE_LIMIT", 50)
    demo.generate(app.ctx, 120, seed=7)
    page = HouseholdPage(app)
    qtbot.addWidget(page)
    calls = counting(page.model)
    page.resize(1000, 500)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: bool(calls))
    assert page.model.rowCount() == 120
    assert len(page.model._rows) <= 20  # only the first page was drawn and fetched
    largest = 0
    for row in range(0, 120, 7):  # scroll through the whole list
        page.view.scrollTo(page.model.index(row, 0))
        QApplication.processEvents()
        largest = max(largest, len(page.model._rows))
    page.view.scrollToBottom()
    QApplication.processEvents()
    assert page.model.ids[119] in page.model._rows
    assert page.model.data(page.model.index(119, 0))  # the head of the last household
    assert len(calls) >= 6 and all(
        len(ids) <= 20 for ids in calls
    )  # a page per query, each page in turn
    assert largest <= 50  # the cache never outgrew its limit


def test_a_row_removed_meanwhile_shows_empty_and_is_not_fetched_again(qtmodeltester, app):
    hid = add_household(app.ctx, "甘在册")
    model = HouseholdTableModel(app.ctx)
    calls = counting(model)
    model.load([hid, "removed-meanwhile"])
    assert model.data(model.index(0, 0)) == "甘在册"
    assert model.data(model.index(1, 0)) == ""
    assert model.data(model.index(1, 0)) == ""
    assert calls == [
        [hid, "removed-meanwhile"]
    ]  # one query for both, none again for the missing one
    qtmodeltester.check(model)


def test_a_model_of_rows_given_whole_passes_qt_model_checks(qtmodeltester):
    model = ResourceModel()
    model.set_rows(
        [
            {
                "id": "r1",
                "name": "镇卫生院",
                "party_kind": "社会组织",
                "categories": ["医疗康复"],
                "villages": [],
                "active": 1,
                "load": 2,
            }
        ],
        {},
    )
    assert (
        model.rowCount(),
        model.data(model.index(0, 0)),
        model.row_of("r1"),
        model.row_of("r2"),
    ) == (1, "镇卫生院", 0, -1)
    qtmodeltester.check(model)


def test_the_selection_stays_and_a_hidden_row_is_shown_on_request(qtbot, app):
    first = add_household(app.ctx, "柏一户")
    second = add_household(app.ctx, "柏二户", village="桃源村")
    page = HouseholdPage(app)
    qtbot.addWidget(page)
    page.show()
    page.select_household(second)
    assert page.current_id() == second and "柏二户" in page.detail.toPlainText()
    type_text(qtbot, page.search_edit, "柏")  # both still listed: the selection stays
    page.reload()
    assert page.current_id() == second
    qingshan = next(v["id"] for v in station.villages(app.ctx) if v["name"] == "青山村")
    page.village_filter.setCurrentIndex(page.village_filter.findData(qingshan))  # hides the second
    assert page.model.ids == [first] and page.current_id() == first
    page.select_household(second)  # e.g. from 打开户档案 elsewhere: the filters step aside
    assert page.search_edit.text() == "" and page.village_filter.currentData() is None
    assert page.current_id() == second and "柏二户" in page.detail.toPlainText()
    households.remove_household(app.ctx, second)
    emit(
        app, everything()
    )  # the list follows a change: the removed one goes, the first is selected
    assert page.model.ids == [first] and page.current_id() == first


def test_a_lazy_page_reloads_when_shown_not_at_every_change(qtbot, app):
    hid = add_household(app.ctx, "车走访")
    page = VisitsPage(app)
    qtbot.addWidget(page)
    emit(app, changes_of(submit(app.ctx, hid, "2026-11-20")))
    assert page.dirty and page.model.rowCount() == 0  # hidden: nothing queried yet
    page.show()
    assert not page.dirty and page.model.rowCount() == 1 and page.current_id() is not None


def test_a_service_dialog_shows_each_error_where_it_belongs(qtbot, app):
    results: list = [
        ValidationError(
            [
                FieldError("note", "required", {"label": "说明"}),
                FieldError("summary", "required", {"label": "小结"}),
                FieldError("ratings", "required", {"label": "评定"}),
            ]
        )
    ]

    def save():
        outcome = results.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    dialog = ServiceDialog(app, "测试", save)
    qtbot.addWidget(dialog)
    dialog.form.add("note", "说明", line())
    more = dialog.extra_form()
    more.add("summary", "小结", notes())
    dialog.layout_.addLayout(more)
    ratings_error = dialog.error_line("ratings")
    dialog.layout_.addWidget(ratings_error)
    dialog.add_buttons("保存", "取消")
    dialog.show()
    dialog.accept()  # every error has its place: no message box, the dialog stays open
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.form.errors["note"].text() == "请填写说明。"
    assert more.errors["summary"].text() == "请填写小结。"
    assert ratings_error.text() == "请填写评定。" and ratings_error.objectName() == "error_ratings"
    rest = dialog.show_errors(
        ValidationError([FieldError("elsewhere", "required", {"label": "别处"})])
    )
    assert [e.field for e in rest] == ["elsewhere"] and ratings_error.text() == ""
    results.append("saved")
    dialog.accept()
    assert dialog.saved == "saved" and dialog.result() == QDialog.DialogCode.Accepted


def test_the_visit_form_fits_a_1366x768_laptop_without_scrolling(qtbot, app):
    hid = add_household(app.ctx, "龚大全", ("独居老年人",), child="龚小明")  # a child: every domain
    dialog = VisitDialog(app, hid)
    qtbot.addWidget(dialog)
    room = dialog.screen().availableGeometry()
    assert (
        dialog.width() <= room.width() and dialog.height() <= room.height()
    )  # opens within the screen
    dialog.resize(1340, 688)  # 1366×768 less the taskbar, the title bar and the frame
    dialog.show()
    assert len(dialog.observations.rows) == 7
    lists = (dialog.workers, dialog.members, dialog.needs, dialog.services)

    def every_choice_visible() -> bool:
        return all(
            lst.viewport().rect().contains(lst.visualItemRect(lst.item(i)))
            for lst in lists
            for i in range(lst.count())
        )

    qtbot.waitUntil(every_choice_visible)  # the lists lay their items out after a short delay
    assert dialog.scroll.verticalScrollBar().maximum() == 0
    assert dialog.scroll.horizontalScrollBar().maximum() == 0
    assert (
        dialog.notes.height() >= 90 and dialog.notes.visibleRegion().boundingRect().height() >= 90
    )
