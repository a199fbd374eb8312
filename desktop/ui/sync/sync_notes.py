"""Notes the 同步 page adds to its results (issue 14): a peer never heard from, fields of a newer
version, and where the database's backups are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.core.sync import backups
from desktop.core.sync.applying import ImportSummary
from desktop.core.sync.export import ExportResult
from desktop.ui.sync.sync_texts import table_label


def export_note(result: ExportResult) -> str:
    if result.unknown_peer:
        return QCoreApplication.translate(
            "SyncNotes",
            "本机还没有收到过“{0}”的同步包或回执，不知道它已有哪些内容，所以导出了全部数据。",
        ).format(result.peer)
    if result.changes == 0:
        return QCoreApplication.translate(
            "SyncNotes", "没有要交给对方的新内容：按对方上次报告的情况，它已有本机的全部更改。"
        )
    return ""


def import_note(summary: ImportSummary) -> str:
    if not summary.unknown_fields:
        return ""
    fields = QCoreApplication.translate("SyncNotes", "；").join(
        f"{table_label(t)}：{'、'.join(names)}" for t, names in summary.unknown_fields.items()
    )
    return QCoreApplication.translate(
        "SyncNotes",
        "同步包里有本机版本还不认识的内容（{0}），已原样保存，并会转交给其他电脑。"
        "要在本机看到它们，请升级到 {1} 或更高版本。",
    ).format(fields, summary.upgrade_to or QCoreApplication.translate("SyncNotes", "最新"))


def backups_note(db_path: Path) -> str:
    found = backups.list_backups(db_path)
    undo = QCoreApplication.translate(
        "SyncNotes",
        "每次导入同步包都会记下它改了什么：导入后本机还没有别的改动时，可以撤销最近一次导入"
        "（点“撤销上次导入…”）。",
    )
    if not found:
        return (
            QCoreApplication.translate(
                "SyncNotes",
                "数据库备份：还没有（每天第一次导入同步包后，会另外完整备份一份）。备份保存在 {0}",
            ).format(str(db_path.parent))
            + "\n"
            + undo
        )
    return (
        QCoreApplication.translate(
            "SyncNotes",
            "数据库备份 {0} 份，保存在 {1}，最近一份 {2}。要放回其中一份，点“恢复备份…”。",
        ).format(len(found), str(db_path.parent), found[0].made)
        + "\n"
        + undo
    )
