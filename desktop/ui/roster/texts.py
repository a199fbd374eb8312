"""Translated labels of the roster fields (the core's desktop/core/roster/fields.py FIELDS)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.roster.checks import Problem
from desktop.core.roster.fields import FIELDS
from desktop.ui.labels import error_text

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
