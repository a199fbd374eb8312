"""Translated labels of the roster fields (the core's desktop/core/roster/fields.py FIELDS)."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.roster.checks import Problem
from desktop.core.roster.fields import FIELDS
from desktop.ui.common.labels import error_text

_LABELS = [
    QT_TRANSLATE_NOOP("roster", "姓名"),
    QT_TRANSLATE_NOOP("roster", "性别"),
    QT_TRANSLATE_NOOP("roster", "身份证号"),
    QT_TRANSLATE_NOOP("roster", "出生日期"),
    QT_TRANSLATE_NOOP("roster", "与户主关系"),
    QT_TRANSLATE_NOOP("roster", "户主姓名"),
    QT_TRANSLATE_NOOP("roster", "户主身份证号"),
    QT_TRANSLATE_NOOP("roster", "行政村"),
    QT_TRANSLATE_NOOP("roster", "村民小组"),
    QT_TRANSLATE_NOOP("roster", "门牌号"),
    QT_TRANSLATE_NOOP("roster", "联系电话"),
    QT_TRANSLATE_NOOP("roster", "家庭住址"),
    QT_TRANSLATE_NOOP("roster", "保障类别/人员类别"),
    QT_TRANSLATE_NOOP("roster", "残疾类别和等级"),
    QT_TRANSLATE_NOOP("roster", "残疾类别"),
    QT_TRANSLATE_NOOP("roster", "残疾等级"),
    QT_TRANSLATE_NOOP("roster", "居住状况"),
    QT_TRANSLATE_NOOP("roster", "监护人姓名"),
    QT_TRANSLATE_NOOP("roster", "监护人关系"),
    QT_TRANSLATE_NOOP("roster", "监护人电话"),
    QT_TRANSLATE_NOOP("roster", "健康状况"),
]


def field_label(key: str) -> str:
    return QCoreApplication.translate("roster", FIELDS[key]) if key else ""


def problem_text(problem: Problem) -> str:
    message = error_text(problem)  # a Problem has the code and params of a FieldError
    label = field_label(problem.column) if problem.column in FIELDS else ""
    return (
        QCoreApplication.translate("roster", "{0}：{1}").format(label, message)
        if label
        else message
    )


COUNT_LINES = (
    ("created_households", QT_TRANSLATE_NOOP("roster", "新建户")),
    ("added_members", QT_TRANSLATE_NOOP("roster", "新增成员")),
    ("updated", QT_TRANSLATE_NOOP("roster", "更新已有人员")),
    ("tagged", QT_TRANSLATE_NOOP("roster", "只加标签")),
    ("unchanged", QT_TRANSLATE_NOOP("roster", "无变化")),
    ("repeated", QT_TRANSLATE_NOOP("roster", "文件中重复的行（只导入一次）")),
    ("candidates", QT_TRANSLATE_NOOP("roster", "待确认（可能已登记）")),
    ("errors", QT_TRANSLATE_NOOP("roster", "有错误的行（不导入）")),
    ("missing_from_roster", QT_TRANSLATE_NOOP("roster", "可能已退出（有此标签、不在名册中）")),
)


def counts_html(counts: dict[str, int]) -> str:
    """The counts as a table of three columns (plain text "label：n" in each cell)."""
    cells = [
        html.escape(
            QCoreApplication.translate("roster", "{0}：{1}").format(
                QCoreApplication.translate("roster", text), counts[key]
            )
        )
        for key, text in COUNT_LINES
    ]
    rows = [
        "".join(f"<td style='padding-right:24px'>{c}</td>" for c in cells[i : i + 3])
        for i in range(0, len(cells), 3)
    ]
    return "<table>" + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"
