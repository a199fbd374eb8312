"""The household summary shown beside the register list (HTML for a QTextBrowser)."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QObject

from desktop.core import idcard, phone
from desktop.ui.common.labels import label, labels


class HouseholdDetail(QObject):
    """Builds the HTML; a QObject so that its strings are translated in their own context."""

    def age(self, birth: str, today: dt.date) -> str:
        try:
            born = dt.date.fromisoformat(birth)
        except ValueError:
            return ""
        years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        return self.tr("{0} 岁").format(years)

    def member(self, m: dict[str, Any], today: dt.date) -> str:
        e = html.escape
        facts = [
            label(m.get("relation") or ""),
            label(m.get("sex") or ""),
            m.get("birth_date") or "",
            self.age(m.get("birth_date") or "", today),
        ]
        tags = labels(m.get("tags") or [])
        if m.get("disability_type"):
            tags += self.tr("（{0}残疾 {1}）").format(
                label(m["disability_type"]), label(m.get("disability_grade") or "")
            )
        details = [idcard.mask(m.get("id_number") or ""), phone.mask(m.get("phone") or "")]
        if m.get("guardian_name"):
            details.append(self.tr("监护人：{0}").format(m["guardian_name"]))
        lines = [f"<b>{e(m['name'])}</b>　{e(' · '.join(f for f in facts if f))}"]
        lines.append(e(" · ".join(d for d in details if d)))
        if tags:
            lines.append(f"<span style='color:#8a4b00'>{e(tags)}</span>")
        if m.get("health_notes"):
            lines.append(f"<span style='color:#555'>{e(m['health_notes'])}</span>")
        return "<p style='margin:4px 0 8px 0'>" + "<br>".join(lines) + "</p>"

    def html(self, d: dict[str, Any], today: dt.date) -> str:
        """``d`` is desktop.core.register.households.household(): the household with its members."""
        e = html.escape
        head = next((m for m in d["members"] if m["id"] == d.get("head_id")), None)
        title = self.tr("{0}户").format(head["name"]) if head else self.tr("（无户主）")
        house = self.tr("{0}号").format(d["house_no"]) if d.get("house_no") else ""
        rows = [
            (self.tr("档案编号"), d["code"]),
            (
                self.tr("地址"),
                " ".join(x for x in (d.get("village"), d.get("group_name"), house) if x),
            ),
            (self.tr("详细地址"), d.get("address") or ""),
            (self.tr("联系电话"), phone.mask(d.get("phone") or "")),
            (self.tr("风险等级"), label(d.get("risk_level") or "")),
            (self.tr("负责社工"), d.get("worker") or ""),
            (self.tr("登记日期"), d.get("registered_on") or ""),
            (self.tr("最近修改"), f"{d.get('updated_at') or ''} {d.get('updated_by') or ''}"),
        ]
        out = [f"<h2>{e(title)}</h2><table cellspacing='3'>"]
        out += [
            f"<tr><td style='color:#555'>{e(k)}</td><td>{e(str(v))}</td></tr>" for k, v in rows if v
        ]
        out.append("</table>")
        if d.get("notes"):
            notes_title = self.tr("备注")
            out.append(
                f"<p><b>{e(notes_title)}</b><br>{e(d['notes']).replace(chr(10), '<br>')}</p>"
            )
        members_title = self.tr("家庭成员（{0} 人）").format(len(d["members"]))
        out.append(f"<h3>{e(members_title)}</h3>")
        out += [self.member(m, today) for m in d["members"]]
        return "".join(out)


def household_html(d: dict[str, Any], today: dt.date) -> str:
    """``d`` is desktop.core.register.households.household(): the household with its members."""
    return HouseholdDetail().html(d, today)
