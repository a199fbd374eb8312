"""The visit form from the keyboard: typing goes to 走访对象 as soon as it opens, Tab runs in
reading order through the observation ratings before the buttons, "0930" is a time, and Enter
presses no button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.visits import visits
from desktop.ui.visits.visit_dialog import VisitDialog
from tests.ui.conftest import type_text
from tests.unit.test_visits_support import add_household

pytestmark = pytest.mark.usefixtures("clock")


def opened(qtbot, app, household_id=None) -> VisitDialog:
    dialog = VisitDialog(app, household_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def tab(qtbot) -> str:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget().objectName()


def test_typing_at_once_goes_to_the_household_and_enter_presses_no_button(qtbot, app):
    hid = add_household(app.ctx, "单大山")
    dialog = opened(qtbot, app)
    qtbot.keyClicks(QApplication.focusWidget(), "sds")  # no click first
    assert dialog.picker.text() == "sds"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.picker.household_id == hid
    assert {o["rating"] for o in dialog.observations.values()} == {
        ""
    }  # Enter did not press 其余全部正常


def test_tab_reaches_the_ratings_in_reading_order_before_the_buttons(qtbot, app):
    hid = add_household(app.ctx, "单大山")
    dialog = opened(qtbot, app, hid)
    qtbot.wait(10)  # the household's rows are laid out
    dialog.next_visit.setFocus()
    order = [tab(qtbot) for _ in range(2 * len(dialog.observations.rows) + 1)]
    expected = [
        name
        for i in range(len(dialog.observations.rows))
        for name in (f"rating_{i}", f"obs_note_{i}")
    ]
    assert order == expected + ["all_normal"]
    names = [tab(qtbot) for _ in range(40)]
    assert names.index("notes") < names.index("submit")


@pytest.mark.parametrize("typed", ["0930", "930", "9:30", "09：30"])
def test_short_times_are_taken(qtbot, app, typed):
    hid = add_household(app.ctx, "单大山")
    dialog = opened(qtbot, app, hid)
    type_text(qtbot, dialog.visit_time, typed)  # the full-width colon as an input method commits it
    qtbot.keyClick(dialog.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible(), dialog.error_label("visit_time").text()
    assert visits.visit(app.ctx, visits.find(app.ctx)[0])["visit_time"] == "09:30"


def test_a_message_goes_as_soon_as_its_field_is_right(qtbot, app):
    add_household(app.ctx, "单大山")
    dialog = opened(qtbot, app)
    qtbot.keyClick(
        dialog.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )  # 提交 with no household
    error = dialog.error_label("household_id")
    assert dialog.isVisible() and error.isVisible()
    assert QApplication.focusWidget() is dialog.picker  # the first field in error has the focus
    qtbot.keyClicks(dialog.picker, "sds")
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Return)
    assert not error.isVisible(), "the message stayed after the household was chosen"
