"""The report's texts as the screen shows them, in the interface's language.

The core makes the county's documents (ledger, monthly PDF) in Chinese, and the report it returns
carries those Chinese texts: the shipped indicators' names, units and definitions, and the charts'
titles, series and notes. On screen they are translated: the indicators in the context
"indicators" (packaging/i18n.py lists the shipped definitions), the charts' fixed texts here.
Texts a station wrote itself (indicators.json) have no translation and show as written.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.reports import report
from desktop.core.reports.charts import Chart, Series
from desktop.core.reports.report import Row
from desktop.ui.common.labels import label

CHART_TEXTS = [
    QT_TRANSLATE_NOOP("reports", "近12个月探访率（横轴：月份）"),
    QT_TRANSLATE_NOOP("reports", "各类服务对象合计"),
    QT_TRANSLATE_NOOP("reports", "各村探访率（各类服务对象）"),
    QT_TRANSLATE_NOOP("reports", "各类服务对象探访率"),
    QT_TRANSLATE_NOOP("reports", "期末在案个案（按阶段）"),
    QT_TRANSLATE_NOOP("reports", "个案数"),
    QT_TRANSLATE_NOOP("reports", "转介（按期末状态）"),
    QT_TRANSLATE_NOOP("reports", "转介数"),
    QT_TRANSLATE_NOOP("reports", "本期内仍在进行或在本期结束的转介"),
    QT_TRANSLATE_NOOP("reports", "结案个案目标达成分布（GAS）"),
    QT_TRANSLATE_NOOP("reports", "具体目标数"),
    QT_TRANSLATE_NOOP("reports", "本期结案个案最后一次评估中各具体目标的达成分"),
    QT_TRANSLATE_NOOP("reports", "目标 {0}%"),
    QT_TRANSLATE_NOOP("reports", "{0}目标 {1}%"),
    QT_TRANSLATE_NOOP("reports", "本期没有数据"),
    QT_TRANSLATE_NOOP("reports", "低保/特困"),  # a group of the reports, not a tag
]
_TARGET = re.compile(r"^(.*)目标 ([0-9.]+)%$")
_GAS = re.compile(r"^([+-]?\d) (.+)$")


def indicator_text(text: str) -> str:
    """A shipped indicator's name, unit, definition or section in the interface's language."""
    return QCoreApplication.translate("indicators", text) if text else text


def _text(text: str) -> str:
    """A chart's text: its own translation, else a reference value's (stages, statuses, groups)."""
    found = QCoreApplication.translate("reports", text)
    return found if found != text else label(text)


def _target(text: str) -> str:
    found = _TARGET.match(text)
    if found is None:
        return _text(text)
    who, number = found.groups()
    if not who:
        return QCoreApplication.translate("reports", "目标 {0}%").format(number)
    return QCoreApplication.translate("reports", "{0}目标 {1}%").format(_text(who), number)


def _category(text: str) -> str:
    found = _GAS.match(text)  # "+1 高于预期": a score and its label
    return f"{found.group(1)} {label(found.group(2))}" if found else _text(text)


def screen_chart(chart: Chart, period_label: Callable[[str], str]) -> Chart:
    """``chart`` with its texts in the interface's language; ``period_label`` turns the core's
    period label (a series named after the period) into the page's."""
    return dataclasses.replace(
        chart,
        title=_text(chart.title),
        categories=tuple(_category(c) for c in chart.categories),
        series=tuple(Series(period_label(_text(s.name)), s.values) for s in chart.series),
        target_label=_target(chart.target_label) if chart.target_label else "",
        note=_text(chart.note) if chart.note else "",
    )


def change_text(row: Row) -> str:
    """环比 in the interface's language."""
    return report.change_text(row, QCoreApplication.translate("reports", "{0} 个百分点"))
