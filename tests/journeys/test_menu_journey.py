"""Every menu entry that opens something opens it when clicked (not only when its method is
called): a signal's argument arriving as an optional parameter broke 载入演示数据… and the
print buttons; here each entry is clicked through the menu bar and what opens is closed again."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from tests.journeys.conftest import menu, plain


def entries(window) -> list[tuple[str, str]]:
    out = []
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if action.isSeparator() or not action.isEnabled() or plain(action.text()) == "退出":
                continue
            out.append((plain(top.text()), action.text()))
    return out


def test_every_menu_entry_opens_its_window(qtbot, window, dialogs):
    seen: dict[str, str] = {}
    found = entries(window)
    assert len(found) >= 4
    for title, item in found:

        def close(dialog: QDialog, item=item) -> None:
            seen[item] = type(dialog).__name__
            failed = isinstance(dialog, QMessageBox) and dialog.icon() in (
                QMessageBox.Icon.Warning,
                QMessageBox.Icon.Critical,
            )
            text = dialog.text() if isinstance(dialog, QMessageBox) else ""
            dialog.reject()
            assert not failed, f"{item} ended in a warning: {text}"

        dialogs.expect(QDialog, close, timeout_ms=15000)
        menu(qtbot, window, title, item)
        dialogs.wait(20000)
        dialogs.check()
    assert set(seen) == {item for _t, item in found}, seen
