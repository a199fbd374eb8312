"""Visit editor (走访记录): a new visit, a draft, or a correction of a submitted visit.

Built for entering a stack of paper forms from the keyboard: the household is picked by name or
pinyin initials, the date takes "11-28" or "1128", today and the current worker are filled in,
ratings take 1/2/3, "全部正常" rates the rest as normal, Ctrl+S submits, Ctrl+Shift+S submits and
starts the next form with the same date, type and workers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core import refdata
from desktop.core.errors import FieldError, StationDeskError, ValidationError
from desktop.core.register import households
from desktop.core.station import station
from desktop.core.visits import schedule, visit_validation, visits
from desktop.core.visits.visit_records import VisitInput
from desktop.ui.common.forms import (
    ErrorLabel,
    FieldForm,
    boxed,
    combo,
    combo_value,
    hrow,
    line,
    notes,
    reveal,
    set_combo,
    stack,
)
from desktop.ui.common.labels import error_text, label, labels
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform
from desktop.ui.visits.visit_common import CRISIS_COLOR, HouseholdPicker, texts
from desktop.ui.visits.visit_widgets import (
    ActionTable,
    CheckList,
    DateEdit,
    ObservationGrid,
    PartnerGrid,
)

PREFERRED_SIZE = (1340, 690)  # the whole form without scrolling
FRAME = (16, 40)  # what the window manager adds around a dialog: borders, the title bar


class VisitDialog(QDialog):
    """``visit_id``: a draft to edit. ``start``: a prepared VisitInput (e.g. a correction)."""

    def __init__(
        self,
        app: AppContext,
        household_id: str | None = None,
        visit_id: str | None = None,
        start: VisitInput | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.ctx = app.ctx
        self.today = today or app.ctx.today()
        self.visit_id = visit_id
        self.saved: visits.SavedVisit | None = None
        self.saved_count = 0
        self.household: dict | None = None
        if visit_id:
            row = visits.visit(self.ctx, visit_id)
            self.original = VisitInput.from_row(row)
        elif start is not None:
            self.original = start
        else:
            self.original = visits.new_visit(self.ctx, household_id or "", self.today)
        self.correcting = bool(self.original.replaces)
        self._build()
        self.load(self.original)
        self._title()
        self._fit_screen()

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        """The household on top, then three columns in the order of the paper form: who and when;
        what was observed, needed and done; what follows (actions, risk, reports, the notes)."""
        top = self.top = FieldForm()
        basics = self.basics = FieldForm()
        findings = self.findings = FieldForm()
        follow_up = self.follow_up = FieldForm()
        self.forms = (top, basics, findings, follow_up)
        self.picker = top.add("household_id", self.tr("走访对象(&H)"), HouseholdPicker(self.ctx))
        self.picker.picked.connect(self._household_picked)
        self.summary = QLabel()
        self.summary.setObjectName("household_summary")
        self.summary.setWordWrap(False)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        top.addRow("", self.summary)

        # who and when
        self.visit_date = basics.add(
            "visit_date", self.tr("走访日期(&D)"), DateEdit(today=self.today)
        )
        self.visit_time = line("", self.tr("如 09:30"))
        self.visit_time.setObjectName("visit_time")
        self.visit_time.setMaximumWidth(90)
        self.duration = line("", self.tr("分钟"))
        self.duration.setObjectName("duration_min")
        self.duration.setMaximumWidth(70)
        basics.add(
            "visit_time",
            self.tr("时间"),
            boxed(
                hrow(
                    self.visit_time,
                    QLabel(self.tr("时长")),
                    self.duration,
                    QLabel(self.tr("分钟")),
                    None,
                )
            ),
            field=self.visit_time,
        )
        self.visit_type = combo(refdata.VISIT_TYPES, blank=False)
        basics.add(
            "visit_type",
            self.tr("走访方式(&T)"),
            boxed(hrow(self.visit_type, None)),
            field=self.visit_type,
        )
        self.visit_type.currentIndexChanged.connect(self._type_changed)
        self.not_home = QCheckBox(self.tr("入户未遇（未见到人，不计入探访）"))
        self.not_home.setObjectName("not_home")
        self.not_home.toggled.connect(self._not_home_changed)
        basics.addRow("", self.not_home)
        self.workers = basics.add(
            "workers",
            self.tr("走访社工(&W)"),
            CheckList([(w, w) for w in station.worker_names(self.ctx)], 46),
        )
        self.partners = basics.add("partners", self.tr("同行人员"), PartnerGrid())
        self.members = basics.add("members_met", self.tr("见到的成员"), CheckList([], 46))
        self.signature = combo(refdata.SIGNATURE_STATUSES, blank=False)
        self.signature.currentIndexChanged.connect(self._update_enabled)
        self.signed_by = line("", self.tr("代签人姓名及关系"))
        self.signed_by.setObjectName("signed_by")
        basics.add(
            "signature",
            self.tr("纸质表签字"),
            boxed(hrow(self.signature, (self.signed_by, 1))),
            field=self.signature,
        )
        basics.share_error_line("signed_by", self.signed_by, "signature")
        self.next_visit = basics.add(
            "next_visit_date", self.tr("下次走访日期"), DateEdit(today=self.today)
        )
        self.next_visit.today = self.today + dt.timedelta(days=366)  # a date ahead, not behind

        # what was observed, needed and done
        self.observations = ObservationGrid()
        self.normal_button = QPushButton(self.tr("其余全部正常（Alt+Z）"))
        self.normal_button.setObjectName("all_normal")
        self.normal_button.clicked.connect(lambda: self.observations.all_normal())
        # at once: a button's mnemonic clicks 0.1 s later, after the keys typed next
        QShortcut(QKeySequence("Alt+Z"), self, activated=lambda: self.observations.all_normal())
        findings.add(
            "observations",
            self.tr("观察评估(&O)"),
            stack(self.observations, hrow(self.normal_button, None), grow=self.observations),
        )
        self.observations.done.connect(self._after_ratings)
        self.needs = CheckList([(n, label(n)) for n in refdata.NEED_TYPES], 46)
        self.needs.setObjectName("needs_list")
        self.needs_note = _short_notes(self.tr("需求说明，如 需要助餐服务"))
        self.needs_note.setObjectName("needs_note")
        findings.add(
            "needs", self.tr("发现的需求(&X)"), stack(self.needs, self.needs_note, grow=self.needs)
        )
        findings.captions["needs"].setBuddy(
            self.needs
        )  # Alt+X: the list itself (its box takes no focus)
        self.services = CheckList([(s, label(s)) for s in refdata.SERVICE_TYPES], 46)
        self.services_note = _short_notes(self.tr("现场提供的服务说明"))
        self.services_note.setObjectName("services_note")
        self.services.setObjectName("services_list")
        findings.add(
            "services",
            self.tr("现场服务(&V)"),
            stack(self.services, self.services_note, grow=self.services),
        )
        findings.captions["services"].setBuddy(self.services)

        # what follows
        self.actions = follow_up.add(
            "actions", self.tr("跟进事项"), ActionTable(self.today, self.ctx.worker)
        )
        self.risk_after = combo(refdata.RISK_LEVELS)
        self.risk_after.setObjectName("risk_after")
        self.risk_chosen = False  # the user chose a level: picking another household keeps it
        self.risk_after.activated.connect(self._risk_chosen)
        self.crisis = QCheckBox(self.tr("危机：需要立即处置(&C)"))
        self.crisis.setObjectName("crisis")
        self.crisis.setStyleSheet(f"QCheckBox {{ color: {CRISIS_COLOR}; font-weight: bold; }}")
        self.crisis.toggled.connect(self._crisis_toggled)
        follow_up.add(
            "risk_after",
            self.tr("走访后风险等级"),
            boxed(hrow(self.risk_after, self.crisis, None)),
            field=self.risk_after,
        )
        self.crisis_note = follow_up.add(
            "crisis_note", self.tr("危机情况"), line("", self.tr("发生了什么，已采取的措施"))
        )
        self.safeguarding = self._safeguarding_box()
        follow_up.add("safeguarding", self.tr("强制报告"), self.safeguarding)
        for name in ("report_made", "report_to", "report_at", "report_note"):
            follow_up.share_error_line(name, getattr(self, name), "safeguarding")
        self.notes = follow_up.add("notes", self.tr("走访记录(&N)"), notes(""))
        self.notes.setPlaceholderText(self.tr("先写事实（看到、听到的），再写判断和建议"))
        self.notes.setMinimumHeight(90)
        self.notes.setSizeAdjustPolicy(
            QPlainTextEdit.SizeAdjustPolicy.AdjustToContents
        )  # wants no more than that
        self.reason = follow_up.add(
            "correction_reason",
            self.tr("更正原因(&R)"),
            line("", self.tr("为什么更正，如 日期录错")),
        )

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(top)
        columns = QHBoxLayout()
        for form in (
            basics,
            findings,
            follow_up,
        ):  # no stretch: each column's width follows what it holds
            column = QVBoxLayout()
            column.addLayout(form)
            if form is not follow_up:  # there the notes take the height left
                column.addStretch(1)
            columns.addLayout(column)
        body_layout.addLayout(columns, 1)
        # On a screen smaller than 1366×768 the form scrolls rather than being cut off.
        scroll = self.scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )  # typing goes to the fields, not the scroll area
        QApplication.instance().focusChanged.connect(self._focus_changed)

        self.general_error = ErrorLabel()
        self.general_error.setObjectName("general_error")
        self.draft_button = QPushButton(self.tr("存为草稿(&G)"))
        self.draft_button.setObjectName("save_draft")
        self.draft_button.clicked.connect(lambda: self.save(submit=False))
        self.next_button = QPushButton(self.tr("提交并录下一份"))
        self.next_button.setObjectName("submit_next")
        self.next_button.setToolTip("Ctrl+Shift+S")
        self.next_button.clicked.connect(lambda: self.save(submit=True, next_form=True))
        self.submit_button = QPushButton(self.tr("提交"))
        self.submit_button.setObjectName("submit")
        self.submit_button.setToolTip("Ctrl+S / Ctrl+Enter")
        self.submit_button.setDefault(False)
        self.submit_button.setAutoDefault(False)
        self.submit_button.clicked.connect(lambda: self.save(submit=True))
        self.cancel_button = QPushButton(self.tr("关闭"))
        self.cancel_button.clicked.connect(self.reject)
        # No button takes Enter: Enter picks the household, ends a follow-up cell (it used to
        # press 其余全部正常, the first button that was a default, and rate every domain 正常).
        for b in (
            self.draft_button,
            self.next_button,
            self.cancel_button,
            self.normal_button,
            self.actions.add_button,
            self.actions.remove_button,
        ):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(
            hrow(
                (self.status_label, 1),
                self.draft_button,
                self.next_button,
                self.submit_button,
                self.cancel_button,
            )
        )
        for keys in (
            QKeySequence("Ctrl+S"),
            QKeySequence("Ctrl+Return"),
            QKeySequence("Ctrl+Enter"),
        ):
            QShortcut(keys, self, activated=lambda: self.save(submit=True))
        QShortcut(
            QKeySequence("Ctrl+Shift+S"),
            self,
            activated=lambda: self.save(submit=True, next_form=True),
        )
        self.last_submit = True
        for form in self.forms:
            form.revalidate_with(self.problems)
        self.picker.setFocus()  # the first thing on the paper form: typed text is never lost

    def _tab_chain(self) -> None:
        """Tab goes through the form in reading order: the left column, the observation ratings
        (each with its note), needs, services, follow-ups, risk, reports, the notes, then the buttons."""
        chain: list[QWidget] = [
            self.picker,
            self.visit_date,
            self.visit_time,
            self.duration,
            self.visit_type,
            self.not_home,
            self.workers,
        ]
        for _kind, box, name in self.partners.rows:
            chain += [box, name]
        chain += [self.members, self.signature, self.signed_by, self.next_visit]
        for _d, _l, rating, note in self.observations.rows:
            chain += [rating, note]
        chain += [
            self.normal_button,
            self.needs,
            self.needs_note,
            self.services,
            self.services_note,
            self.actions.table,
            self.actions.add_button,
            self.actions.remove_button,
            self.risk_after,
            self.crisis,
            self.crisis_note,
        ]
        chain += [c for _k, c in self.safeguard_checks]
        chain += [
            self.report_made,
            self.report_at,
            self.report_to,
            self.report_note,
            self.notes,
            self.reason,
            self.draft_button,
            self.next_button,
            self.submit_button,
            self.cancel_button,
        ]
        # Alt+O: the first rating (the rows are made again for each household)
        self.findings.captions["observations"].setBuddy(
            self.observations.rows[0][2] if self.observations.rows else self.normal_button
        )
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _after_ratings(self) -> None:
        """The last rating was typed: on to 其余全部正常 and the needs."""
        self.normal_button.setFocus(Qt.FocusReason.TabFocusReason)

    def problems(self) -> list[FieldError]:
        """What the last 提交/存为草稿 would report now (nothing is saved)."""
        try:
            visits.check_visit(
                self.ctx, self.visit_input(), submit=self.last_submit, today=self.today
            )
        except ValidationError as exc:
            return exc.errors
        except StationDeskError:
            return []
        return []

    def _fit_screen(self) -> None:
        """As large as the form wants, within the screen the dialog opens on (a 1366×768 laptop
        less its taskbar: no scrolling), leaving room for the window's title bar and frame."""
        screen = (self.parentWidget() or self).screen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = PREFERRED_SIZE
        if room is not None:
            width, height = (
                min(width, room.width() - FRAME[0]),
                min(height, room.height() - FRAME[1]),
            )
        self.resize(width, height)

    def error_label(self, field: str) -> ErrorLabel | None:
        """The error line a field's messages appear on."""
        return next((f.errors[field] for f in self.forms if field in f.errors), None)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Keep the field being typed into in view while tabbing through the form."""
        if new is not None and self.isVisible() and self.scroll.widget().isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 20, 20)

    def _safeguarding_box(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.safeguard_checks = []
        for i, kind in enumerate(refdata.SAFEGUARDING_KINDS):
            check = QCheckBox(label(kind))
            check.setObjectName(f"safeguarding_{i}")
            check.toggled.connect(self._update_enabled)
            grid.addWidget(check, i, 0, 1, 3)
            self.safeguard_checks.append((kind, check))
        self.report_made = combo(refdata.REPORT_ANSWERS)
        self.report_made.setObjectName("report_made")
        self.report_made.currentIndexChanged.connect(self._update_enabled)
        self.report_to = line("", self.tr("报告对象，如 派出所、民政部门"))
        self.report_to.setObjectName("report_to")
        self.report_at = DateEdit(today=self.today)
        self.report_at.setObjectName("report_at")
        self.report_note = line("", self.tr("未报告的原因"))
        self.report_note.setObjectName("report_note")
        row = len(refdata.SAFEGUARDING_KINDS)  # then: reported? when; to whom; or why not
        grid.addWidget(QLabel(self.tr("是否已报告")), row, 0)
        grid.addWidget(self.report_made, row, 1)
        grid.addWidget(self.report_at, row, 2)
        grid.addWidget(self.report_to, row + 1, 0, 1, 3)
        grid.addWidget(self.report_note, row + 2, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        return box

    # -- data in and out -----------------------------------------------------------------------------
    def _title(self) -> None:
        if self.correcting:
            self.setWindowTitle(self.tr("更正走访记录（原记录保留在历史中）"))
        elif self.visit_id:
            self.setWindowTitle(self.tr("编辑走访草稿"))
        else:
            self.setWindowTitle(self.tr("记录走访"))
        self.reason.setVisible(self.correcting)
        self.follow_up.labelForField(self.reason.parentWidget()).setVisible(self.correcting)

    def load(self, v: VisitInput) -> None:
        self.risk_chosen = False
        if v.household_id:
            self.picker.set_household(v.household_id)
        else:
            self.picker.reset()
            self._household_picked("")
        self.visit_date.setText(v.visit_date)
        self.visit_time.setText(v.visit_time)
        self.duration.setText("" if v.duration_min is None else str(v.duration_min))
        set_combo(self.visit_type, v.visit_type or refdata.VISIT_TYPES[0])
        self.not_home.setChecked(v.not_home)
        self.workers.set_values(v.workers)
        self.partners.set_values(v.partners)
        self.members.set_values(v.members_met)
        set_combo(self.signature, v.signature or visits.default_signature(v.visit_type))
        self.signed_by.setText(v.signed_by)
        self.next_visit.setText(v.next_visit_date)
        self.observations.set_values(v.observations)
        self.needs.set_values([n["type"] for n in v.needs])
        self.needs_note.setPlainText("；".join(n["note"] for n in v.needs if n.get("note")))
        self.services.set_values(v.services)
        self.services_note.setPlainText(v.services_note)
        self.actions.set_values(v.actions)
        set_combo(self.risk_after, v.risk_after)
        self.crisis.setChecked(v.crisis)
        self.crisis_note.setText(v.crisis_note)
        for kind, check in self.safeguard_checks:
            check.setChecked(kind in v.safeguarding)
        set_combo(self.report_made, v.report_made)
        self.report_to.setText(v.report_to)
        self.report_at.setText(v.report_at)
        self.report_note.setText(v.report_note)
        self.notes.setPlainText(v.notes)
        self.reason.setText(v.correction_reason)
        self._update_enabled()

    def visit_input(self) -> VisitInput:
        needs_types = self.needs.values()
        note = self.needs_note.toPlainText().strip()
        needs = [{"type": t, "note": note if i == 0 else ""} for i, t in enumerate(needs_types)]
        if note and not needs:
            needs = [{"type": refdata.NEED_TYPES[-1], "note": note}]
        duration = self.duration.text().strip()
        return replace(
            self.original,
            household_id=self.picker.household_id or "",
            visit_date=visit_validation.expand_date(self.visit_date.text(), self.today),
            visit_time=self.visit_time.text(),
            duration_min=int(duration) if duration.isdigit() else None,
            visit_type=combo_value(self.visit_type),
            not_home=self.not_home.isChecked(),
            workers=self.workers.values(),
            partners=self.partners.values(),
            members_met=self.members.values(),
            observations=self.observations.values(),
            needs=needs,
            services=self.services.values(),
            services_note=self.services_note.toPlainText(),
            actions=self.actions.values(),
            risk_after=combo_value(self.risk_after),
            crisis=self.crisis.isChecked(),
            crisis_note=self.crisis_note.text(),
            safeguarding=[k for k, c in self.safeguard_checks if c.isChecked()],
            report_made=combo_value(self.report_made),
            report_to=self.report_to.text(),
            report_at=visit_validation.expand_date(self.report_at.text(), self.today),
            report_note=self.report_note.text(),
            signature=combo_value(self.signature),
            signed_by=self.signed_by.text(),
            next_visit_date=self.next_visit.text(),
            notes=self.notes.toPlainText(),
            correction_reason=self.reason.text(),
        )

    # -- reactions -----------------------------------------------------------------------------------
    def _household_picked(self, household_id: str) -> None:
        self.household = None
        domains = schedule.domains(self.ctx)
        if not household_id:
            self.summary.setText("")
            self.members.set_items([])
            self.observations.set_domains([d["name"] for d in domains if not d["children_only"]])
            self._tab_chain()
            return
        try:
            self.household = households.household(self.ctx, household_id)
        except StationDeskError:
            return
        members = self.household["members"]
        self.members.set_items(
            [(m["id"], f"{m['name']}（{label(m.get('relation') or '')}）") for m in members]
        )
        if members and not self.visit_id and not self.correcting:
            self.members.set_values([members[0]["id"]])
        child = any(_is_child(m.get("birth_date") or "", self.today) for m in members)
        self.observations.set_domains(
            [d["name"] for d in domains if child or not d["children_only"]]
        )
        if not self.visit_id and not self.correcting and not self.risk_chosen:
            set_combo(
                self.risk_after, self.household.get("risk_level") or ""
            )  # the chosen one's level
        self.summary.setText(self._summary_html(household_id))
        self._tab_chain()

    def _summary_html(self, household_id: str) -> str:
        import html

        e = html.escape
        d = self.household or {}
        tags = sorted({t for m in d.get("members", []) for t in m.get("tags", [])})
        parts = [
            e(self.tr("{0} 人").format(len(d.get("members", [])))),
            e(labels(tags)),
            e(self.tr("风险：{0}").format(label(d.get("risk_level") or ""))),
        ]
        info = schedule.household_schedule(self.ctx, household_id, self.today)
        t = texts()
        if info["last_visit"]:
            parts.append(e(self.tr("上次走访 {0}").format(info["last_visit"].isoformat())))
        if info["due_date"]:
            due = self.tr("{0}，{1}").format(
                t.interval(info["interval"]), t.overdue(info["overdue_days"])
            )
            parts.append(e(due))
        out = "　".join(p for p in parts if p)
        for c in visits.open_crises(self.ctx, household_id):
            text = self.tr("危机未处置：{0}（{1}）").format(
                c.get("summary") or "", c.get("raised_on") or ""
            )
            out += f"<br><b style='color:{CRISIS_COLOR}'>⚠ {e(text)}</b>"
        return out

    def _type_changed(self) -> None:
        if not self.visit_id and not self.correcting:
            set_combo(self.signature, visits.default_signature(combo_value(self.visit_type)))

    def _risk_chosen(self, _index: int) -> None:
        self.risk_chosen = True

    def _not_home_changed(self) -> None:
        if self.not_home.isChecked():  # nobody was seen: the household keeps its risk level
            self.risk_chosen = False
            set_combo(self.risk_after, (self.household or {}).get("risk_level") or "")
            self.crisis.setChecked(False)
        self._update_enabled()

    def _crisis_toggled(self, on: bool) -> None:
        if on and combo_value(self.risk_after) != refdata.RISK_LEVELS[0]:
            self.risk_chosen = True
            set_combo(self.risk_after, refdata.RISK_LEVELS[0])
        self._update_enabled()

    def _update_enabled(self) -> None:
        met = not self.not_home.isChecked()
        for w in (
            self.observations,
            self.normal_button,
            self.needs,
            self.needs_note,
            self.services,
            self.services_note,
            self.members,
            self.risk_after,
            self.crisis,
        ):
            w.setEnabled(met)
        self.signed_by.setEnabled(combo_value(self.signature) == refdata.SIGNATURE_PROXY)
        self.crisis_note.setEnabled(self.crisis.isChecked())
        suspected = any(c.isChecked() for _k, c in self.safeguard_checks)
        self.report_made.setEnabled(suspected)
        answer = combo_value(self.report_made)
        self.report_to.setEnabled(suspected and answer == refdata.REPORT_ANSWERS[0])
        self.report_at.setEnabled(suspected and answer == refdata.REPORT_ANSWERS[0])
        self.report_note.setEnabled(suspected and answer == refdata.REPORT_ANSWERS[1])

    # -- saving --------------------------------------------------------------------------------------
    def save(self, submit: bool, next_form: bool = False) -> bool:
        self.last_submit = submit
        self.general_error.show_message("")
        for form in self.forms:
            form.clear_errors()
        v = self.visit_input()
        failed: list[StationDeskError] = []
        saved = perform(
            self.app,
            self,
            visits.save_visit,
            v,
            self.visit_id,
            submit=submit,
            today=self.today,
            on_failure=failed.append,
        )
        if failed:
            if isinstance(failed[0], ValidationError):
                self._show(failed[0].errors)
            else:
                self.general_error.show_message(error_text(failed[0]))
            return False
        assert saved is not None
        self.saved = saved
        self.saved_count += 1
        if next_form:
            self._next_form(v)
            return True
        if not submit:  # a draft stays open for more editing
            self.visit_id = saved.visit_id
            self.original = replace(v, actions=visits.visit(self.ctx, saved.visit_id)["actions"])
            self.actions.set_values(self.original.actions)
            self.status_label.setText(
                self.tr("草稿已保存 {0}").format(self.ctx.now().strftime("%H:%M"))
            )
            self._title()
            return True
        self.accept()
        return True

    def _next_form(self, done: VisitInput) -> None:
        """A fresh form keeping date, type and workers: the next paper form of the same day."""
        name = self.picker.text()
        self.visit_id = None
        self.correcting = False
        fresh = visits.new_visit(self.ctx, "", self.today, done.visit_type)
        fresh = replace(
            fresh, visit_date=done.visit_date, workers=done.workers, signature=done.signature
        )
        self.original = fresh
        self.load(fresh)
        self._title()
        self.picker.setFocus()
        self.status_label.setText(
            self.tr("已提交：{0}。共录入 {1} 份。").format(name, self.saved_count)
        )

    def _show(self, errors: list[FieldError]) -> None:
        rest = errors
        for form in self.forms:
            rest = form.show_errors(rest)
        if len(rest) < len(errors):
            first = next((e.field for e in errors if e.field not in [r.field for r in rest]), None)
            form = next((f for f in self.forms if first in f.widgets), None)
            if form is not None:
                reveal(form.widgets[first], form.errors.get(first))
        self.general_error.show_message("\n".join(error_text(e) for e in rest))
        self._show_shared(errors)

    def _show_shared(self, errors: list[FieldError]) -> None:
        """Fields that share one error line (signature/signer, the report fields) show every message."""
        for form in self.forms:
            seen: dict[int, list[str]] = {}
            for e in errors:
                label_ = form.errors.get(e.field)
                if label_ is not None:
                    seen.setdefault(id(label_), []).append(error_text(e))
                    label_.show_message("\n".join(dict.fromkeys(seen[id(label_)])))


def _short_notes(placeholder: str) -> QPlainTextEdit:
    """A note of a line or two under a list of choices."""
    edit = notes("")
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(46)
    edit.setMaximumHeight(46)
    return edit


def _is_child(birth: str, today: dt.date) -> bool:
    try:
        born = dt.date.fromisoformat(birth)
    except ValueError:
        return False
    return (
        today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    ) < refdata.CHILD_AGE
