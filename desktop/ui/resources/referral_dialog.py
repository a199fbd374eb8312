"""Referrals (转介): a new referral with the resources suggested for the need in the household's
village (best match first) and a warning when the household already gets that help elsewhere;
and a referral's status and follow-up, each update a new event in its history."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core import refdata
from desktop.core.register import households
from desktop.core.resources import referrals, resources
from desktop.ui.cases.case_common import OVERDUE_COLOR, date_edit, date_value, texts
from desktop.ui.cases.case_forms import ServiceDialog
from desktop.ui.common.forms import combo, combo_value, line, notes, set_combo
from desktop.ui.common.labels import label
from desktop.ui.shell.appcontext import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole


class ReferralDialog(ServiceDialog):
    def __init__(
        self,
        app: AppContext,
        case_id: str = "",
        household_id: str = "",
        need: str = "",
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(app, "", self.refer, parent, place_form=False)
        self.setWindowTitle(self.tr("转介"))
        self.today = today or app.ctx.today()
        ctx = app.ctx
        self.start = referrals.new_referral(ctx, case_id, need, household_id, self.today)
        hid = self.start.household_id
        self.village_id = households.household(ctx, hid).get("village_id") or "" if hid else ""
        f = self.form
        self.need = f.add("need", self.tr("需求类别(&N)"), combo(refdata.NEED_TYPES))
        set_combo(self.need, need)
        self.referred_on = f.add(
            "referred_on", self.tr("转介日期"), date_edit(self.start.referred_on, self.today)
        )
        self.consent = f.add("consent", self.tr("服务对象同意"), combo(refdata.CONSENT_KINDS))
        self.consent_on = f.add("consent_on", self.tr("同意日期"), date_edit("", self.today))
        self.reason = f.add("reason", self.tr("转介原因"), notes())
        self.documents = f.add(
            "documents", self.tr("移交的材料"), line("", self.tr("只移交必要的材料，如转介单"))
        )
        self.contact = f.add("contact", self.tr("对方联系人"), line())
        self.follow_up = f.add(
            "follow_up",
            self.tr("跟进日期"),
            date_edit(self.start.follow_up, self.today, ahead=True),
        )

        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setWordWrap(True)
        self.suggestions.setAlternatingRowColors(True)
        self.resource_error = self.error_line("resource_id")
        self.duplicate = QLabel()
        self.duplicate.setWordWrap(True)
        self.duplicate.setStyleSheet(f"color: {OVERDUE_COLOR};")
        self.need.currentIndexChanged.connect(lambda _: self.suggest())

        body = QHBoxLayout()
        left = QWidget()
        left.setLayout(f)
        body.addWidget(left, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("推荐的资源（提供这类服务并覆盖本村，最匹配的在前）：")))
        right.addWidget(self.suggestions, 1)
        right.addWidget(self.resource_error)
        right.addWidget(self.duplicate)
        body.addLayout(right, 1)
        self.layout_.addLayout(body, 1)
        self.add_buttons(self.tr("转介"), self.tr("取消"))
        self.resize(940, 520)
        self.suggest()

    def suggest(self) -> None:
        need = combo_value(self.need)
        self.suggestions.clear()
        for m in resources.match(self.app.ctx, need, self.village_id) if need else []:
            item = QListWidgetItem(
                f"{m.resource['name']}（{label(m.resource['party_kind'])}）\n{texts().match(m)}"
            )
            item.setData(ID_ROLE, m.resource["id"])
            if m.full:
                item.setForeground(Qt.GlobalColor.darkGray)
            self.suggestions.addItem(item)
        if self.suggestions.count():
            self.suggestions.setCurrentRow(0)
        self.duplicate.setText(self._duplicate_text(need))

    def _duplicate_text(self, need: str) -> str:
        hid = self.start.household_id
        if not need or not hid:
            return ""
        sources = referrals.aid_sources(self.app.ctx, [hid]).get(hid, {}).get(need, [])
        if not sources:
            return ""
        names = "、".join(s["name"] or label(s["party_kind"]) for s in sources)
        return self.tr(
            "注意：这一户已经在接受“{0}”方面的帮助（{1}）。再转介前请核实，避免重复救助。"
        ).format(label(need), names)

    def resource_id(self) -> str:
        item = self.suggestions.currentItem()
        return item.data(ID_ROLE) if item is not None else ""

    def refer(self) -> Any:
        r = self.start
        r.need, r.resource_id = combo_value(self.need), self.resource_id()
        r.referred_on, r.consent = date_value(self.referred_on), combo_value(self.consent)
        r.consent_on, r.reason = date_value(self.consent_on), self.reason.toPlainText()
        r.documents, r.contact, r.follow_up = (
            self.documents.text(),
            self.contact.text(),
            date_value(self.follow_up),
        )
        return referrals.create_referral(self.app.ctx, r, today=self.today)


class ReferralStatusDialog(ServiceDialog):
    """The referral, its history, and the next status or follow-up contact (or a correction)."""

    def __init__(
        self,
        app: AppContext,
        referral_id: str,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(app, "", self.update_referral, parent, place_form=False)
        self.today = today or app.ctx.today()
        self.referral_id = referral_id
        r = self.referral = referrals.referral(app.ctx, referral_id)
        self.setWindowTitle(self.tr("转介跟进 — {0}").format(r.get("resource_name") or ""))
        self.history = QTextBrowser()
        self.history.setObjectName("history")
        self.history.setHtml(self._history_html())
        f = self.form
        self.status = f.add("status", self.tr("新状态(&S)"), combo([], blank=False))
        self.day = f.add(
            "event_date", self.tr("日期"), date_edit(self.today.isoformat(), self.today)
        )
        self.note = f.add("note", self.tr("情况记录"), notes())
        self.outcome = f.add("outcome", self.tr("转介结果"), notes(r.get("outcome") or ""))
        self.follow_up = f.add(
            "follow_up",
            self.tr("下次跟进日期"),
            date_edit(
                (self.today + dt.timedelta(days=referrals.FOLLOW_UP_DAYS)).isoformat(),
                self.today,
                ahead=True,
            ),
        )
        self.correct = QCheckBox(self.tr("更正上一条记录（状态记错了）"))
        self.correct.setObjectName("correct")
        self.correct.toggled.connect(self._fill_statuses)
        body = QHBoxLayout()
        body.addWidget(self.history, 1)
        right = QVBoxLayout()
        right.addLayout(f)
        right.addWidget(self.correct)
        body.addLayout(right, 1)
        self.layout_.addLayout(body, 1)
        self.add_buttons(self.tr("保存"), self.tr("取消"))
        self.status.currentIndexChanged.connect(lambda _: self._status_changed())
        self._fill_statuses()
        self.resize(900, 480)

    def _history_html(self) -> str:
        e = html.escape
        r = self.referral
        out = [f"<h3>{e(r.get('resource_name') or '')}</h3><p>"]
        facts = (
            (self.tr("服务对象"), r.get("client_name") or ""),
            (self.tr("需求"), label(r["need"])),
            (self.tr("转介日期"), r["referred_on"]),
            (self.tr("同意"), label(r.get("consent") or "")),
            (self.tr("联系电话"), r.get("resource_phone") or ""),
            (self.tr("当前状态"), label(r["status"])),
            (self.tr("跟进日期"), r.get("follow_up") or ""),
        )
        out += [f"{e(k)}：{e(v)}<br>" for k, v in facts if v]
        out.append("</p>")
        if r.get("reason"):
            out.append(f"<p>{e(r['reason'])}</p>")
        corrected = {ev["corrects"] for ev in r["events"] if ev.get("corrects")}
        for ev in r["events"]:
            style = "color:#999;text-decoration:line-through" if ev["id"] in corrected else ""
            mark = self.tr("（更正）") if ev.get("corrects") else ""
            lines = [
                f"<b>{e(ev['event_date'])}</b> {e(label(ev['status']))}{e(mark)} {e(ev.get('worker') or '')}"
            ]
            lines += [e(ev[k]) for k in ("note", "outcome") if ev.get(k)]
            out.append(f"<p style='{style}'>" + "<br>".join(lines) + "</p>")
        return "".join(out)

    def _fill_statuses(self) -> None:
        self.status.clear()
        options = (
            refdata.REFERRAL_STATUSES
            if self.correct.isChecked()
            else self.referral["next_statuses"]
        )
        for s in options:
            text = label(s)
            if s == self.referral["status"] and not self.correct.isChecked():
                text = self.tr("{0}（跟进记录，状态不变）").format(text)
            self.status.addItem(text, s)
        enabled = self.status.count() > 0
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(enabled)
        self._status_changed()

    def _status_changed(self) -> None:
        done = combo_value(self.status) in refdata.REFERRAL_DONE
        correcting = self.correct.isChecked()
        self.outcome.setEnabled(done and not correcting)
        self.follow_up.setEnabled(not done and not correcting)

    def update_referral(self) -> Any:
        status = combo_value(self.status)
        if self.correct.isChecked():
            return referrals.correct_last_event(
                self.app.ctx, self.referral_id, status, self.note.toPlainText(), today=self.today
            )
        done = status in refdata.REFERRAL_DONE
        return referrals.update_referral(
            self.app.ctx,
            self.referral_id,
            status,
            self.note.toPlainText(),
            self.outcome.toPlainText() if done else "",
            "" if done else date_value(self.follow_up),
            date_value(self.day),
            today=self.today,
        )
