"""Shorthand and messages in the forms, driven by keys and clicks: the plan's review dates take
"1215" as the visit dates do; an error below the scroll fold is scrolled into view on 确定."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.core import idcard
from desktop.ui.cases.plan_dialog import PlanDialog
from desktop.ui.register.person_dialog import PersonDialog
from tests.ui.conftest import type_text
from tests.unit.test_cases_support import open_case
from tests.unit.test_visits_support import add_household


@pytest.mark.usefixtures("clock")  # "1215" is completed from today (2026-11-29)
def test_plan_review_dates_take_the_visit_date_shorthand(qtbot, app):
    case_id = open_case(app.ctx, add_household(app.ctx, "张老人"))
    dialog = PlanDialog(app, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    type_text(qtbot, dialog.review_dates, "1215、0120 0315")
    qtbot.keyClick(dialog.review_dates, Qt.Key.Key_Tab)
    assert dialog.review_dates.text() == "2026-12-15、2027-01-20、2027-03-15"
    assert dialog.plan_input().review_dates == ["2026-12-15", "2027-01-20", "2027-03-15"]


def test_an_error_below_the_fold_is_scrolled_into_view_and_focused(qtbot, app):
    dialog = PersonDialog(app)
    qtbot.addWidget(dialog)
    dialog.resize(520, 260)  # a short screen: 健康状况 and the guardian are far below
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    type_text(qtbot, dialog.name, "单小龑")
    type_text(qtbot, dialog.id_number, idcard.make("433127", dt.date(1960, 9, 1), 40, True))
    type_text(qtbot, dialog.guardian_phone, "13")  # not a phone number, at the bottom of the form
    dialog.name.setFocus()
    from PySide6.QtWidgets import QScrollArea

    area = dialog.findChild(QScrollArea)
    area.verticalScrollBar().setValue(0)
    error = dialog.guardian_form.errors["guardian_phone"]
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # 确定
    assert dialog.isVisible() and error.text()
    assert area.verticalScrollBar().value() > 0
    assert not error.visibleRegion().isEmpty(), "the message is below the fold"
    assert dialog.guardian_phone.hasFocus()
    type_text(qtbot, dialog.guardian_phone, "800138000")  # 13800138000: now a mobile number
    assert not error.isVisible(), "the message stayed after the field was corrected"
