"""What the household page shows of visits: a crisis alert, recent visits, a 记录走访 button."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from desktop.core.context import Context
from desktop.core.visits import schedule, visits
from desktop.ui.common.forms import run_modal
from desktop.ui.common.labels import label
from desktop.ui.register import household_parts
from desktop.ui.register.household_parts import Button, HouseholdView, Section
from desktop.ui.visits.visit_common import CRISIS_COLOR, texts

WATCHED = frozenset({"visits", "visit_rules"})  # what the household page's visit part shows


class VisitHooks(QObject):
    """The strings of this module (one translation context)."""

    def visit(self) -> str:
        return self.tr("记录走访(&V)…")

    def crisis(self) -> str:
        return self.tr("危机未处置：{0}（{1}，首页可记录处置）")

    def own(self) -> str:
        return self.tr("本户单独设置")

    def due(self) -> str:
        return self.tr("应访 {0}，{1}")

    def heading(self) -> str:
        return self.tr("走访")

    def not_home(self) -> str:
        return self.tr("未遇")

    def void(self) -> str:
        return self.tr("已作废")

    def none(self) -> str:
        return self.tr("还没有走访记录。")


_T = VisitHooks()


def visit_button(page: HouseholdView) -> QPushButton:
    """A 记录走访 button for the household page (``page`` has ``app`` and ``current_id()``)."""
    button = QPushButton(_T.visit())
    button.setObjectName("visit_household")

    def start() -> None:
        from desktop.ui.visits.visit_dialog import VisitDialog

        hid = page.current_id()
        if hid:
            run_modal(VisitDialog(page.app, hid, parent=page))

    button.clicked.connect(start)
    return button


def alert_html(ctx: Context, household_id: str) -> str:
    """A red line per open crisis of the household (shown above everything else)."""
    out = []
    for c in visits.open_crises(ctx, household_id):
        text = _T.crisis().format(c.get("summary") or "", c.get("raised_on") or "")
        out.append(f"<p style='color:{CRISIS_COLOR}'><b>⚠ {html.escape(text)}</b></p>")
    return "".join(out)


def visits_html(ctx: Context, household_id: str) -> str:
    """The household's visit interval, due date and latest visits."""
    e = html.escape
    t = texts()
    info = schedule.household_schedule(ctx, household_id)
    parts = [
        t.interval(info["interval"])
        + ("（" + _T.own() + "）" if info["source"] == "override" else "")
    ]
    if info["due_date"]:
        parts.append(_T.due().format(info["due_date"].isoformat(), t.overdue(info["overdue_days"])))
    out = [f"<h3>{e(_T.heading())}</h3><p>{e('　'.join(parts))}</p>"]
    recent = visits.recent_of_household(ctx, household_id)
    if recent:
        out.append("<ul>")
        for v in recent:
            flags = []
            if v.get("not_home"):
                flags.append(_T.not_home())
            if v.get("void"):
                flags.append(_T.void())
            text = f"{v['visit_date']} {label(v.get('visit_type') or '')} {'、'.join(v.get('workers') or [])}"
            if flags:
                text += f"（{'、'.join(flags)}）"
            out.append(f"<li>{e(text)}</li>")
        out.append("</ul>")
    else:
        out.append(f"<p>{e(_T.none())}</p>")
    return "".join(out)


def register() -> None:
    """The household page's crisis alert (at the top), visits (at the end) and 记录走访."""
    household_parts.add_section(
        Section("crisis_alerts", alert_html, frozenset({"crisis_alerts"}), above=True)
    )
    household_parts.add_section(Section("visits", visits_html, WATCHED, order=20))
    household_parts.add_button(Button("visit_household", visit_button, order=10))
