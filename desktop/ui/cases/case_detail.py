"""The case view (HTML for a QTextBrowser): stages, assessments and their change, the plan, reviews,
evaluation, referrals, supervision and the case's path. Links name a record: "assessment:<id>",
"plan:<id>", "referral:<id>", "approval:<id>", "household:<id>"."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QObject

from desktop.core import refdata
from desktop.core.register import search
from desktop.core.resources import referrals
from desktop.ui.cases.case_common import DONE_COLOR, OVERDUE_COLOR, WARN_COLOR, texts
from desktop.ui.common.labels import joined, label

e = html.escape
TABLE = "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-color:#bbb'>"


def link(kind: str, row_id: str, text: str) -> str:
    return f"<a href='{kind}:{e(row_id)}'>{e(text)}</a>"


def h3(text: str) -> str:
    return f"<h3>{e(text)}</h3>"


def grey(text: str) -> str:
    return f"<p style='color:#777'>{e(text)}</p>"


def bold_line(title: str, text: str, inline: bool = False) -> str:
    body = e(text).replace(chr(10), "<br>")
    return f"<b>{e(title)}</b>：{body}" if inline else f"<p><b>{e(title)}</b><br>{body}</p>"


class CaseDetail(QObject):
    """Builds the HTML; a QObject so that its strings are translated in their own context."""

    def html(self, c: dict[str, Any], today: dt.date) -> str:
        """``c`` is desktop.core.cases.case_detail.case()."""
        out = [
            self.header(c),
            self.warnings(c, today),
            self.assessments(c),
            self.plan(c),
            self.reviews(c),
            self.evaluations(c),
            self.referrals(c, today),
            self.supervision(c),
            self.path(c),
        ]
        return "".join(x for x in out if x)

    # -- parts ----------------------------------------------------------------------------------
    def header(self, c: dict[str, Any]) -> str:
        stages = []
        current = refdata.CASE_STAGES.index(c["stage"])
        for i, stage in enumerate(refdata.CASE_STAGES):
            if i < current:
                stages.append(f"<span style='color:#777'>{e(label(stage))} ✓</span>")
            elif i == current:
                color = DONE_COLOR if stage == "结案" else "#1565c0"
                stages.append(f"<b style='color:{color}'>【{e(label(stage))}】</b>")
            else:
                stages.append(f"<span style='color:#aaa'>{e(label(stage))}</span>")
        place = " ".join(
            x
            for x in (
                c.get("village"),
                c.get("group_name"),
                self.tr("{0}号").format(c["house_no"]) if c.get("house_no") else "",
            )
            if x
        )
        rows = [
            (self.tr("服务对象"), c.get("client_name") or ""),
            (self.tr("所属户"), f"{c.get('head_name') or ''}　{place}"),
            (self.tr("个案编号"), search.short_code(c["id"])),
            (
                self.tr("个案来源"),
                " ".join(
                    x for x in (label(c.get("source") or ""), c.get("source_note") or "") if x
                ),
            ),
            (
                self.tr("接案日期"),
                self.tr("{0}（已 {1} 天）").format(c.get("intake_date") or "", c["days_open"])
                if c.get("days_open") is not None and c["stage"] != "结案"
                else c.get("intake_date") or "",
            ),
            (self.tr("负责社工"), c.get("worker") or ""),
            (self.tr("督导"), c.get("supervisor") or self.tr("（未指定，由站长审批）")),
        ]
        if (c.get("episode") or 1) > 1:
            rows.append(
                (self.tr("服务轮次"), self.tr("第 {0} 轮（曾结案后重新开案）").format(c["episode"]))
            )
        if c["stage"] == "结案":
            rows.append(
                (
                    self.tr("结案"),
                    " ".join(
                        x
                        for x in (
                            c.get("closed_on") or "",
                            label(c.get("closure_reason") or ""),
                            c.get("closure_note") or "",
                        )
                        if x
                    ),
                )
            )
        out = [
            f"<h2 style='margin-bottom:2px'>{e(c.get('title') or '')}</h2>",
            f"<p style='margin-top:0'>{' › '.join(stages)}</p><table cellspacing='2'>",
        ]
        out += [
            f"<tr><td style='color:#555;white-space:nowrap'>{e(k)}</td><td>{e(v)}</td></tr>"
            for k, v in rows
            if v
        ]
        out.append("</table>")
        if c.get("problem"):
            out.append(bold_line(self.tr("主要问题"), c["problem"]))
        return "".join(out)

    def warnings(self, c: dict[str, Any], today: dt.date) -> str:
        items = []
        for dup in c.get("duplicate_aid") or []:
            names = joined(s["name"] or label(s["party_kind"]) for s in dup["sources"])
            items.append(
                self.tr(
                    "重复救助提示：“{0}”同时由 {1} 提供，请核实是否重复，必要时协调停止其中一项。"
                ).format(label(dup["need"]), names)
            )
        if c.get("closure_pending"):
            items.append(
                self.tr("结案申请（{0}）正在等待督导审批，批准后个案结案。").format(
                    label(c.get("closure_reason") or "")
                )
            )
        waiting = [label(subject) for subject, _ in c.get("submittable") or []]
        if waiting and c.get("plan_waits") and c.get("current") and c["stage"] == "计划":
            items.append(self.tr("服务计划须经督导批准才能开始介入：请点“提交审批”。"))
        elif waiting:
            items.append(self.tr("尚未提交审批：{0}。").format(joined(waiting)))
        late = [r for r in c.get("referrals") or [] if referrals.is_overdue(r, today)]
        if late:
            items.append(self.tr("有 {0} 个转介已过跟进日期，请尽快跟进。").format(len(late)))
        latest: dict[str, dict] = {}
        for a in c.get("approvals") or []:
            latest[a["subject_id"]] = a
        for a in latest.values():
            if a["status"] == "已退回":
                items.append(
                    self.tr("督导退回了{0}（{1}）：{2}").format(
                        label(a["subject"]), a.get("decided_by") or "", a.get("comment") or ""
                    )
                )
        if not items:
            return ""
        return "".join(
            f"<p style='color:{OVERDUE_COLOR};background:#fdecea;padding:4px'>⚠ {e(t)}</p>"
            for t in items
        )

    def assessments(self, c: dict[str, Any]) -> str:
        found = c.get("assessments") or []
        title = self.tr("需求评估（{0} 次）").format(len(found))
        if not found:
            return h3(title) + grey(self.tr("还没有需求评估。"))
        t = texts()
        ch = c["change"]
        out = [h3(title)]
        if ch["count"] > 1:
            compared = self.tr(
                "首次（{0}）与最近一次（{1}）对比：需求总分 {2} → {3}；风险等级 {4} → {5}"
            ).format(
                ch["first_date"],
                ch["latest_date"],
                ch["total"][0],
                ch["total"][1],
                label(ch["risk"][0]),
                label(ch["risk"][1]),
            )
            out.append(f"<p>{e(compared)}</p>")
        if ch["count"] == 1:
            out.append(
                TABLE
                + "<tr>"
                + "".join(f"<th>{e(h)}</th>" for h in (self.tr("领域"), self.tr("需求程度")))
                + "</tr>"
            )
            out += [
                f"<tr><td>{e(label(r['domain']))}</td><td>{e(t.need_level(r['first']))}</td></tr>"
                for r in ch["domains"]
            ]
        else:
            out.append(
                TABLE
                + "<tr>"
                + "".join(
                    f"<th>{e(h)}</th>"
                    for h in (self.tr("领域"), self.tr("首次"), self.tr("最近"), self.tr("变化"))
                )
                + "</tr>"
            )
        for r in ch["domains"] if ch["count"] > 1 else ():
            color = (
                DONE_COLOR
                if (r["delta"] or 0) < 0
                else (OVERDUE_COLOR if (r["delta"] or 0) > 0 else "#333")
            )
            cells = [
                label(r["domain"]),
                t.need_level(r["first"]) if r["first"] is not None else "—",
                t.need_level(r["latest"]) if r["latest"] is not None else "—",
                t.delta(r["delta"]),
            ]
            out.append(
                "<tr>"
                + "".join(f"<td>{e(x)}</td>" for x in cells[:3])
                + f"<td style='color:{color}'>{e(cells[3])}</td></tr>"
            )
        out.append("</table><p>")
        for a in found:
            out.append(
                f"{e(a['assess_date'])}　{e(a.get('assessor') or '')}　{e(label(a.get('risk_level') or ''))}　"
                + link("assessment", a["id"], self.tr("查看"))
                + "<br>"
            )
        latest = found[-1]
        if latest.get("strengths"):
            out.append(bold_line(self.tr("优势与资源"), latest["strengths"], inline=True) + "<br>")
        if latest.get("summary"):
            out.append(bold_line(self.tr("评估小结"), latest["summary"], inline=True))
        out.append("</p>")
        return "".join(out)

    def plan(self, c: dict[str, Any]) -> str:
        current, draft = c.get("current"), c.get("draft")
        out = [h3(self.tr("服务计划"))]
        if current is None and draft is None:
            out.append(grey(self.tr("还没有服务计划。")))
            return "".join(out)
        if draft is not None:
            out.append(
                f"<p style='color:{WARN_COLOR}'>"
                + e(
                    self.tr("{0}草稿尚未与服务对象确认。").format(texts().version(draft["version"]))
                )
                + " "
                + link("plan", draft["id"], self.tr("打开草稿"))
                + "</p>"
            )
        shown = current or draft
        names = c.get("resource_names") or {}
        agreed = (
            self.tr("{0} 由 {1} 确认签字").format(shown["agreed_on"], shown["agreed_by"])
            if shown.get("agreed_on")
            else ""
        )
        version = texts().version(shown["version"])
        out.append(
            "<p>"
            + bold_line(self.tr("总目标"), shown.get("overall_goal") or "", inline=True)
            + f"<br>{e(version)}　{e(shown.get('start_date') or '')} — {e(shown.get('end_date') or '')}"
            + (f"<br>{e(agreed)}" if agreed else "")
            + "</p>"
        )
        for n, g in enumerate(shown["goals"], start=1):
            measure = self.tr("（衡量：{0}）").format(g["measure"]) if g.get("measure") else ""
            goal_title = self.tr("目标 {0}").format(n)
            out.append(
                f"<p style='margin-bottom:2px'><b>{e(goal_title)}</b> {e(g['goal'])}{e(measure)}</p>"
            )
            if g["actions"]:
                out.append(
                    TABLE
                    + "<tr>"
                    + "".join(
                        f"<th>{e(h)}</th>"
                        for h in (
                            self.tr("行动"),
                            self.tr("责任方"),
                            self.tr("期限"),
                            self.tr("状态"),
                        )
                    )
                    + "</tr>"
                )
                for a in g["actions"]:
                    party = label(a.get("party_kind") or "")
                    who = names.get(a.get("resource_id") or "") or a.get("party_name") or ""
                    color = DONE_COLOR if a.get("status") == "已完成" else "#333"
                    out.append(
                        f"<tr><td>{e(a['action'])}</td><td>{e(party)}{'：' + e(who) if who else ''}</td>"
                        f"<td style='white-space:nowrap'>{e(a.get('due') or '')}</td>"
                        f"<td style='color:{color};white-space:nowrap'>{e(label(a.get('status') or ''))}</td></tr>"
                    )
                out.append("</table>")
        versions = [p for p in c.get("plans") or [] if p["status"] == "agreed"]
        if len(versions) > 1 or (current and draft):
            out.append("<p>" + e(self.tr("各版本：")))
            out.append(
                "　".join(
                    link("plan", p["id"], texts().version(p["version"]))
                    + e("（" + texts().plan_status(p) + "）")
                    for p in c["plans"]
                )
            )
            out.append("</p>")
        return "".join(out)

    def reviews(self, c: dict[str, Any]) -> str:
        found = c.get("reviews") or []
        if not found:
            return ""
        goals = {g["id"]: g["goal"] for p in c.get("plans") or [] for g in p["goals"]}
        out = [h3(self.tr("计划回顾（{0} 次）").format(len(found)))]
        for r in reversed(found):
            out.append(
                f"<p><b>{e(r['review_date'])}</b>　{e(r.get('reviewer') or '')}　{e(r.get('summary') or '')}"
            )
            for p in r["progress"]:
                out.append(f"<br>· {e(goals.get(p['goal_id'], ''))}：{e(p['note'])}")
            if r.get("next_review"):
                out.append("<br>" + e(self.tr("下次回顾：{0}").format(r["next_review"])))
            out.append("</p>")
        return "".join(out)

    def evaluations(self, c: dict[str, Any]) -> str:
        found = c.get("evaluations") or []
        if not found:
            return ""
        t = texts()
        out = [h3(self.tr("评估（目标达成）"))]
        for ev in reversed(found):
            score = (
                self.tr("T 分数 {0:.0f}").format(ev["t_score"])
                if ev.get("t_score") is not None
                else ""
            )
            out.append(
                f"<p><b>{e(ev['eval_date'])}</b>　{e(ev.get('evaluator') or '')}　{e(score)}<br>"
            )
            for r in ev["ratings"]:
                color = DONE_COLOR if r["score"] >= 0 else OVERDUE_COLOR
                out.append(
                    f"· {e(r['goal'])}：<span style='color:{color}'>{e(t.gas(r['score']))}</span><br>"
                )
            out.append(f"{e(ev.get('summary') or '')}</p>")
        return "".join(out)

    def referrals(self, c: dict[str, Any], today: dt.date) -> str:
        found = c.get("referrals") or []
        if not found:
            return ""
        out = [h3(self.tr("转介（{0} 个）").format(len(found))), TABLE, "<tr>"]
        out += [
            f"<th>{e(h)}</th>"
            for h in (
                self.tr("接收资源"),
                self.tr("需求"),
                self.tr("转介日期"),
                self.tr("状态"),
                self.tr("跟进"),
                "",
            )
        ]
        out.append("</tr>")
        for r in found:
            late = referrals.is_overdue(r, today)
            follow = r.get("follow_up") or ""
            if late:
                days = (today - dt.date.fromisoformat(follow)).days
                late_text = texts().overdue(days)
                follow = f"<span style='color:{OVERDUE_COLOR}'>{e(follow)}<br>{e(late_text)}</span>"
            else:
                follow = e(follow)
            update = link("referral", r["id"], self.tr("更新"))
            out.append(
                f"<tr><td>{e(r.get('resource_name') or '')}</td><td>{e(label(r['need']))}</td>"
                f"<td style='white-space:nowrap'>{e(r['referred_on'])}</td><td>{e(label(r['status']))}</td>"
                f"<td style='white-space:nowrap'>{follow}</td><td>{update}</td></tr>"
            )
        out.append("</table>")
        return "".join(out)

    def supervision(self, c: dict[str, Any]) -> str:
        found = c.get("approvals") or []
        if not found:
            return ""
        out = [h3(self.tr("督导审批")), "<p>"]
        for a in found:
            status = label(a["status"])
            status = link("approval", a["id"], status) if a["status"] == "待审批" else e(status)
            decided = (
                f"　{e(a.get('decided_on') or '')} {e(a.get('decided_by') or '')}"
                if a.get("decided_on")
                else ""
            )
            comment = f"　“{e(a['comment'])}”" if a.get("comment") else ""
            out.append(
                f"{e(label(a['subject']))}　{e(a['requested_on'])}　{status}{decided}{comment}<br>"
            )
        out.append("</p>")
        return "".join(out)

    def path(self, c: dict[str, Any]) -> str:
        t = texts()
        out = [h3(self.tr("过程记录")), "<p style='color:#555'>"]
        for ev in c.get("events") or []:
            out.append(
                f"{e(ev['event_date'])}　{e(t.event(ev['kind']))}　{e(label(ev['stage']))}　{e(ev.get('worker') or '')}"
                + (f"　{e(ev['note'])}" if ev.get("note") and ev["kind"] != "stage" else "")
                + "<br>"
            )
        out.append("</p>")
        return "".join(out)


def case_html(c: dict[str, Any], today: dt.date) -> str:
    return CaseDetail().html(c, today)
