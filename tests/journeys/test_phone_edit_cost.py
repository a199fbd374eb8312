"""One phone edit through the household dialog, counted (issue 13): the statements the GUI
connection runs from 编辑 (the dialog opening) through 保存 until every page has refreshed, and
how often the detail pane renders. Before the one operation path this edit ran 125 statements
(with migration 11's triggers; 144 before them) and rendered the detail twice; now 39."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.register.household_dialog import HouseholdDialog
from desktop.ui.register.household_page import HouseholdPage
from tests.journeys.conftest import click, click_in, db_rows, find_button, nav
from tests.unit.test_visits_support import add_household

MAX_STATEMENTS = 60


@pytest.fixture
def families(appctx):
    """A few households, so a list page has more than the edited one to show."""
    ids = [add_household(appctx.ctx, name) for name in ("王大山", "李二水", "赵三林", "钱四海")]
    return ids


def test_a_phone_edit_costs_few_statements_and_renders_the_detail_once(
    qtbot, window, appctx, station_dir, families, dialogs
):
    page = nav(qtbot, window, "户档案")
    assert isinstance(page, HouseholdPage)
    row = page.model.row_of(families[1])
    rect = page.view.visualRect(page.model.index(row, 0))
    click(qtbot, page.view.viewport(), rect.center())  # the user clicks the household
    assert page.current_id() == families[1]

    renders: list[str] = []
    shown = page.render_detail

    def counting(*args, **kwargs):
        renders.append(page.current_id() or "")
        return shown(*args, **kwargs)

    page.render_detail = counting
    statements: list[str] = []

    def fill(dialog: HouseholdDialog) -> None:
        dialog.phone.setFocus()
        dialog.phone.selectAll()
        qtbot.keyClicks(dialog.phone, "13900001111")
        click_in(dialog, "保存")

    dialogs.expect(HouseholdDialog, fill)
    QApplication.processEvents()  # the list's first paint is done before counting
    appctx.ctx.store.conn.set_trace_callback(statements.append)  # from 编辑 to the refreshed pages
    click(qtbot, find_button(page, "编辑"))
    dialogs.wait()
    QApplication.processEvents()  # whatever the change queued on the GUI thread
    appctx.ctx.store.conn.set_trace_callback(None)
    dialogs.check()

    stored = db_rows(station_dir, "SELECT phone FROM households WHERE id = ?", families[1])
    assert stored[0]["phone"] == "13900001111"
    assert "13900001111"[-4:] in page.detail.toPlainText()  # the pane shows the new number (masked)
    print(f"\n{len(statements)} statements on the GUI connection, {len(renders)} detail render(s)")
    assert len(statements) <= MAX_STATEMENTS, "\n".join(statements)
    assert renders == [families[1]]
