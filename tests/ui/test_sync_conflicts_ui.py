"""Conflict review and the station passphrase on the 同步 page, driven for real: three computers
edit one field, their bundles meet on one of them, the review shows the Chinese label and every
value with who/computer/when, and keeping one is an edit that syncs; a record edited while deleted;
and a computer set up without a passphrase sets it from the page, then exports and imports with it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from desktop import paths
from desktop.core.context import Context
from desktop.core.errors import SyncError
from desktop.core.register import households
from desktop.core.station import station
from desktop.core.store import sync_sql
from desktop.core.sync.conflicts import to_review
from desktop.core.sync.sync_keys import has_passphrase, set_passphrase, station_key
from desktop.ui.shell.app import open_app_context
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.sync.sync_conflicts import ConflictDialog
from desktop.ui.sync.sync_page import SyncPage
from desktop.ui.sync.sync_passphrase import PassphraseDialog
from tests.conftest import SETUP
from tests.sync.helpers import PASSPHRASE
from tests.sync.test_conflicts import edit_head, hand_over, make_household
from tests.ui.conftest import type_text

NOTES = ("高血压，按时服药", "糖尿病", "行动不便，需要轮椅")


@pytest.fixture
def three(qapp, tmp_path: Path) -> Iterator[tuple[AppContext, Context, Context, str, Path]]:
    """笔记本1 (李明, an AppContext), 笔记本2 (王芳) and 笔记本3 (赵敏) of one station, each holding
    the household 青山村一组7号 (head 张秀英) made on 笔记本1; and the stick between them."""
    template = tmp_path / "template"
    template.mkdir()
    ctx = Context.open(paths.database_path(template))
    station.setup_station(ctx, SETUP, passphrase=PASSPHRASE)
    ctx.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    folders = []
    for name, computer, worker in (
        ("a", "", ""),
        ("b", "笔记本2", "王芳"),
        ("c", "笔记本3", "赵敏"),
    ):
        folder = tmp_path / name
        folder.mkdir()
        shutil.copy(paths.database_path(template), paths.database_path(folder))
        if computer:
            other = Context.open(paths.database_path(folder))
            with other.store.transaction():
                other.store.meta_set("computer_name", computer)
                other.store.meta_set("worker_name", worker)
            other.close()
        folders.append(folder)
    a = open_app_context(folders[0])
    b, c = (
        Context.open(paths.database_path(folders[1])),
        Context.open(paths.database_path(folders[2])),
    )
    stick = tmp_path / "U盘"
    hid = make_household(a.ctx)
    hand_over(a.ctx, b, stick)
    hand_over(a.ctx, c, stick)
    yield a, b, c, hid, stick
    for x in (b, c):
        x.close()
    a.ctx.close()


def three_way(three) -> str:
    """The three computers each change the head's 健康状况; both bundles are imported on 笔记本1."""
    a, b, c, hid, stick = three
    for ctx, text in zip((a.ctx, b, c), NOTES, strict=True):
        edit_head(ctx, hid, health_notes=text)
    hand_over(b, a.ctx, stick)
    hand_over(c, a.ctx, stick)
    return households.household(a.ctx, hid)["head_id"]


def open_page(qtbot, app: AppContext) -> SyncPage:
    page = SyncPage(app)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def ok_button(dialog) -> object:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_three_values_are_shown_and_keeping_the_second_is_an_edit_that_syncs(qtbot, modal, three):
    a, b, c, hid, stick = three
    pid = three_way(three)
    page = open_page(qtbot, a)

    assert page.conflict_table.rowCount() == 1
    row = [page.conflict_table.item(0, col).text() for col in range(3)]
    assert row[0] == "人员 张秀英（青山村一组7号）"
    assert row[1] == "健康状况"  # the label the person form uses, not the field's name
    assert "health_notes" not in "".join(row)
    lines = row[2].splitlines()
    assert len(lines) == 3
    for text, computer, worker in zip(
        NOTES, ("笔记本1", "笔记本2", "笔记本3"), ("李明", "王芳", "赵敏"), strict=True
    ):
        assert any(text in line and computer in line and worker in line for line in lines), (
            text,
            lines,
        )

    seen: dict[str, object] = {}

    def decide(dialog: ConflictDialog) -> None:
        seen["record"] = dialog.findChild(QLabel, "record").text()
        seen["explain"] = dialog.findChild(QLabel, "explain").text()
        seen["values"] = [o.value_label.text() for o in dialog.options]
        seen["who"] = [o.who_label.text() for o in dialog.options]
        seen["captions"] = [o.radio.text() for o in dialog.options]
        ok_button(dialog).click()  # nothing chosen yet: said in the dialog, which stays open
        seen["nothing"] = dialog.error.text()
        qtbot.mouseClick(dialog.options[1].radio, Qt.MouseButton.LeftButton)
        ok_button(dialog).click()

    page.conflict_table.selectRow(0)
    assert page.review_button.isEnabled()
    modal.next(ConflictDialog, decide)
    page.review_button.click()

    assert seen["record"] == row[0]
    assert "健康状况" in seen["explain"] and "3 个不同的值" in seen["explain"]
    values, who = seen["values"], seen["who"]
    assert sorted(values[:3]) == sorted(NOTES)  # all three, side by side, plus 填写新的值
    assert seen["captions"][3] == "填写新的值："
    assert sorted(w.split(" · ")[1] for w in who[:3]) == ["笔记本1", "笔记本2", "笔记本3"]
    assert sum("目前显示的值" in caption for caption in seen["captions"]) == 1
    assert seen["nothing"] == "请先选择要保留的值。"
    kept = values[1]

    # stored, the conflict gone, the list reloaded
    assert households.person(a.ctx, pid)["health_notes"] == kept
    assert to_review(a.ctx) == []
    assert page.conflict_table.rowCount() == 0
    assert page.conflict_hint.text() == "没有待核对的冲突。"
    # the decision is a change in the sync log, by 李明 on 笔记本1, that has seen all three values
    changes = sync_sql.changes_of_rows(a.ctx.store, "persons", [pid])
    _, origin, counter, fields, context, _, author, computer = max(changes, key=lambda r: r[5])
    assert json.loads(fields) == {"health_notes": kept} and (author, computer) == (
        "李明",
        "笔记本1",
    )
    seen_ctx = json.loads(context)
    assert all(
        seen_ctx.get(o, 0) >= n
        for _, o, n, f, *_ in changes
        if "health_notes" in json.loads(f) and (o, n) != (origin, counter)
    )
    # and it travels: the other computers take the decision without a conflict of their own
    for other in (b, c):
        hand_over(a.ctx, other, stick)
        assert to_review(other) == [] and households.person(other, pid)["health_notes"] == kept


def test_a_new_value_can_be_typed_instead(qtbot, modal, three):
    a, *_ = three
    pid = three_way(three)
    page = open_page(qtbot, a)

    def type_new(dialog: ConflictDialog) -> None:
        dialog.new_value.clear()
        type_text(qtbot, dialog.new_value, "糖尿病、高血压，行动不便")
        assert dialog.new_option.isChecked()  # typing chooses it
        ok_button(dialog).click()

    modal.next(ConflictDialog, type_new)
    page.review(0)
    assert households.person(a.ctx, pid)["health_notes"] == "糖尿病、高血压，行动不便"
    assert to_review(a.ctx) == [] and page.conflict_table.rowCount() == 0


def test_a_record_edited_while_deleted_is_explained_and_can_be_restored(qtbot, modal, three):
    a, b, c, hid, stick = three
    pid = households.household(a.ctx, hid)["head_id"]
    households.remove_household(a.ctx, hid)
    edit_head(b, hid, health_notes="上周摔伤，行动不便")
    hand_over(b, a.ctx, stick)
    page = open_page(qtbot, a)

    assert page.conflict_table.rowCount() == 1
    assert page.conflict_table.item(0, 0).text() == "人员 张秀英（青山村一组7号）"
    assert page.conflict_table.item(0, 1).text() == "删除后又被修改"
    cell = page.conflict_table.item(0, 2).text()
    assert (
        "已删除：李明 · 笔记本1" in cell
        and "健康状况 改为 上周摔伤，行动不便" in cell
        and "笔记本2" in cell
    )
    seen: dict[str, object] = {}

    def restore(dialog: ConflictDialog) -> None:
        seen["explain"] = dialog.findChild(QLabel, "explain").text()
        seen["edits"] = dialog.findChild(QLabel, "edits").text()
        seen["captions"] = [o.radio.text() for o in dialog.options]
        dialog.choose(1)
        ok_button(dialog).click()

    modal.next(ConflictDialog, restore)
    page.review(0)
    assert "这条记录已被删除（李明 · 笔记本1" in seen["explain"] and "保持删除" in seen["explain"]
    assert seen["edits"].startswith("健康状况：上周摔伤，行动不便（王芳 · 笔记本2")
    assert seen["captions"] == ["保持删除", "恢复这条记录，并保留这些修改"]
    person = households.person(a.ctx, pid)
    assert not person["deleted"] and person["health_notes"] == "上周摔伤，行动不便"
    assert page.conflict_table.rowCount() == 0


def test_the_passphrase_is_set_from_the_page_then_used_to_export_and_import(
    qtbot, modal, data_dir, tmp_path
):
    # a station set up without a passphrase (as `init` without one), and a copy of it: a laptop
    laptop_dir = tmp_path / "laptop"
    laptop_dir.mkdir()
    shutil.copy(paths.database_path(data_dir), paths.database_path(laptop_dir))
    hub = open_app_context(data_dir)
    laptop = open_app_context(laptop_dir)
    try:
        make_household(hub.ctx)
        page = open_page(qtbot, hub)
        assert page.set_passphrase_button.isVisible()
        assert "本机还没有同步口令" in page.passphrase_note.text()
        seen: dict[str, str] = {}

        def set_it(dialog: PassphraseDialog) -> None:
            assert dialog.first.echoMode() == dialog.first.EchoMode.Password  # masked
            assert dialog.again.echoMode() == dialog.again.EchoMode.Password
            seen["warning"] = dialog.findChild(QLabel, "warning").text()
            seen["hint"] = dialog.findChild(QLabel, "passphrase_hint").text()
            type_text(qtbot, dialog.first, "abc")
            type_text(qtbot, dialog.again, "abc")
            ok_button(dialog).click()
            seen["short"] = dialog.form.errors["passphrase"].text()
            dialog.first.setText(PASSPHRASE)
            dialog.again.setText(PASSPHRASE + "x")
            ok_button(dialog).click()
            seen["mismatch"] = dialog.form.errors["passphrase_again"].text()
            seen["short_after"] = (
                dialog.form.errors["passphrase"].text()
                if dialog.form.errors["passphrase"].isVisible()
                else ""
            )
            dialog.again.setText(PASSPHRASE)
            ok_button(dialog).click()

        modal.next(PassphraseDialog, set_it)
        page.set_passphrase_button.click()
        assert "至少 10 个字符" in seen["short"] and "例如" in seen["short"]
        assert "例如：" in seen["hint"] and "123456" in seen["hint"]
        assert (
            seen["mismatch"] == "两次输入的同步口令不一致，请重新输入。" and not seen["short_after"]
        )
        assert "导入那台电脑导出的同步包" in seen["warning"]
        assert has_passphrase(hub.ctx)
        assert not page.set_passphrase_button.isVisible() and page.passphrase_note.text() == ""
        assert "已设置本站同步口令" in page.result_label.text()
        assert page.passphrase.text() == PASSPHRASE  # ready for this session's export

        page.export_to(tmp_path / "U盘")
        qtbot.waitUntil(lambda: page.last_export is not None, timeout=20000)
        bundle = page.last_export.path

        other = open_page(qtbot, laptop)
        other.passphrase.setText(PASSPHRASE)

        def answer(box: QMessageBox) -> None:
            if box.standardButtons() & QMessageBox.StandardButton.Yes:
                box.button(QMessageBox.StandardButton.Yes).click()
            else:
                seen["summary"] = box.text()
                box.accept()

        modal.next(QMessageBox, answer)
        modal.next(QMessageBox, answer, timeout_ms=20000)
        other.import_file(bundle)
        qtbot.waitUntil(lambda: "summary" in seen, timeout=20000)
        assert other.last_summary is not None and other.last_summary.new.get("households") == 1
        assert len(households.find(laptop.ctx, "")) == 1
        assert has_passphrase(laptop.ctx)  # the laptop took the station's passphrase with it
        assert not other.set_passphrase_button.isVisible()
    finally:
        hub.ctx.close()
        laptop.ctx.close()


def test_a_wrong_passphrase_from_the_page_does_not_set_it_twice(qtbot, modal, app):
    set_passphrase(app.ctx, PASSPHRASE)
    page = open_page(qtbot, app)
    assert not page.set_passphrase_button.isVisible()
    dialog = PassphraseDialog(
        app, page
    )  # opened before another window set it: refused, said in Chinese
    qtbot.addWidget(dialog)
    dialog.first.setText("另一个口令-654321")
    dialog.again.setText("另一个口令-654321")
    seen: list[str] = []
    modal.next(QMessageBox, lambda box: (seen.append(box.text()), box.accept()))
    dialog.accept()
    assert seen == ["本站已经设置了同步口令，不能再次设置。"]
    with pytest.raises(SyncError):  # the first passphrase stays; the other one does not open
        station_key(app.ctx, "另一个口令-654321")
    station_key(app.ctx, PASSPHRASE)
