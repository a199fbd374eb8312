"""A visit as HTML for a QTextBrowser: the record, what it set in motion, and its version history."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QObject

from desktop.core import refdata
from desktop.ui.common.labels import aside, joined, label, labels, listed
from desktop.ui.visits.visit_common import CRISIS_COLOR, RATING_COLORS, texts


class VisitView(QObject):
    def html(self, v: dict[str, Any]) -> str:
        """``v`` is desktop.core.visits.visits.visit(): a version with its household and history."""
        e = html.escape
        t = texts()
        titles = {
            "obs": self.tr("观察评估"),
            "needs": self.tr("发现的需求"),
            "services": self.tr("现场服务"),
            "report": self.tr("强制报告"),
            "notes": self.tr("走访记录"),
            "follow": self.tr("跟进事项"),
            "history": self.tr("版本历史"),
        }
        h = v.get("household") or {}
        title = self.tr("{0}户 · {1} {2}").format(
            v.get("head_name") or "", v.get("visit_date") or "", label(v.get("visit_type") or "")
        )
        out = [f"<h2>{e(title)}</h2>"]
        status = t.status(v["status"], bool(v.get("void")))
        version = self.tr("第 {0} 版").format(v.get("version") or 1)
        badges = [status, version]
        if v["status"] == "submitted" and not v.get("is_current"):
            badges.append(self.tr("已被更正（历史版本）"))
        if v.get("not_home"):
            badges.append(self.tr("入户未遇，不计入探访"))
        out.append(f"<p style='color:#555'>{e(' · '.join(badges))}</p>")
        if v.get("crisis"):
            alert = v.get("crisis_alert") or {}
            state = t.crisis_status(alert.get("status") or "open")
            text = self.tr("危机：{0}（{1}）").format(v.get("crisis_note") or "", state)
            out.append(f"<p style='color:{CRISIS_COLOR}'><b>⚠ {e(text)}</b></p>")
            if alert.get("resolution"):
                done = self.tr("处置：{0}（{1} {2}）").format(
                    alert["resolution"],
                    alert.get("resolved_on") or "",
                    alert.get("resolved_by") or "",
                )
                out.append(f"<p>{e(done)}</p>")
        place = " ".join(
            x
            for x in (
                h.get("village"),
                h.get("group_name"),
                self.tr("{0}号").format(h["house_no"]) if h.get("house_no") else "",
            )
            if x
        )
        when = " ".join(x for x in (v.get("visit_date"), v.get("visit_time")) if x)
        if v.get("duration_min"):
            when += self.tr("，{0} 分钟").format(v["duration_min"])
        partners = joined(
            f"{label(p['kind'])}{(' ' + p['name']) if p.get('name') else ''}"
            for p in v.get("partners") or []
        )
        met = joined(v.get("member_names", {}).get(pid, "") for pid in v.get("members_met") or [])
        rows = [
            (self.tr("地址"), place),
            (self.tr("时间"), when),
            (self.tr("走访社工"), joined(v.get("workers") or [])),
            (self.tr("同行人员"), partners),
            (self.tr("见到的成员"), met),
            (self.tr("风险等级"), self._risk(v)),
            (self.tr("纸质表签字"), self._signature(v)),
            (self.tr("下次走访"), v.get("next_visit_date") or ""),
        ]
        out.append("<table cellspacing='3'>")
        out += [
            f"<tr><td style='color:#555'>{e(k)}</td><td>{e(str(val))}</td></tr>"
            for k, val in rows
            if val
        ]
        out.append("</table>")
        if v.get("observations"):
            out.append(f"<h3>{e(titles['obs'])}</h3><table cellspacing='2'>")
            for o in v["observations"]:
                color = RATING_COLORS.get(o.get("rating") or "", "#000")
                out.append(
                    f"<tr><td>{e(label(o['domain']))}</td><td style='color:{color}'>{e(label(o.get('rating') or ''))}</td>"
                    f"<td>{e(o.get('note') or '')}</td></tr>"
                )
            out.append("</table>")
        if v.get("needs"):
            needs = listed(
                self.tr("{0}：{1}").format(label(n["type"]), n["note"])
                if n.get("note")
                else label(n["type"])
                for n in v["needs"]
            )
            out.append(f"<p><b>{e(titles['needs'])}</b> {e(needs)}</p>")
        if v.get("services") or v.get("services_note"):
            text = "　".join(
                x for x in (labels(v.get("services") or []), v.get("services_note") or "") if x
            )
            out.append(f"<p><b>{e(titles['services'])}</b> {e(text)}</p>")
        if v.get("safeguarding"):
            report = labels(v["safeguarding"]) + "：" + label(v.get("report_made") or "")
            if v.get("report_made") == refdata.REPORT_ANSWERS[0]:
                report += self.tr("（向 {0}，{1}）").format(
                    v.get("report_to") or "", v.get("report_at") or ""
                )
            elif v.get("report_note"):
                report += self.tr("（原因：{0}）").format(v["report_note"])
            out.append(
                f"<p style='color:{CRISIS_COLOR}'><b>{e(titles['report'])}</b> {e(report)}</p>"
            )
        if v.get("notes"):
            out.append(
                f"<h3>{e(titles['notes'])}</h3><p>{e(v['notes']).replace(chr(10), '<br>')}</p>"
            )
        if v.get("followups"):
            out.append(f"<h3>{e(titles['follow'])}</h3><ul>")
            for f in v["followups"]:
                state = t.followup_status(f["status"])
                if f.get("done_on"):
                    state += f" {f['done_on']}"
                text = self.tr("{0} — {1}，{2}（{3}）").format(
                    f.get("action") or "", f.get("owner") or "", f.get("due_date") or "", state
                )
                out.append(f"<li>{e(text)}</li>")
            out.append("</ul>")
        versions = v.get("versions") or []
        if len(versions) > 1 or v.get("correction_reason"):
            out.append(f"<h3>{e(titles['history'])}</h3><ol>")
            for old in versions:
                who = old.get("submitted_by") or old.get("updated_by") or ""
                at = old.get("submitted_at") or old.get("updated_at") or ""
                text = self.tr("第 {0} 版，{1}，{2} {3}").format(
                    old.get("version"), t.status(old["status"], bool(old.get("void"))), at, who
                )
                if old.get("correction_reason"):
                    text += self.tr("。更正原因：{0}").format(old["correction_reason"])
                mark = " <b>◀</b>" if old["id"] == v["id"] else ""
                out.append(f"<li>{e(text)}{mark}</li>")
            out.append("</ol>")
        return "".join(out)

    def _risk(self, v: dict[str, Any]) -> str:
        before, after = v.get("risk_before") or "", v.get("risk_after") or ""
        if after and before and after != before:
            return self.tr("{0} → {1}").format(label(before), label(after))
        return label(after or before)

    def _signature(self, v: dict[str, Any]) -> str:
        text = label(v.get("signature") or "")
        return aside(text, v.get("signed_by") or "")


def visit_html(v: dict[str, Any]) -> str:
    return VisitView().html(v)
