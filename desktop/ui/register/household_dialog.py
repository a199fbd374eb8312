"""Household dialog (户档案): the household's fields and its members, saved in one service call."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import idcard, refdata
from desktop.core.errors import FieldError, StationDeskError, ValidationError
from desktop.core.register import households
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.station import station
from desktop.ui.common.date_edit import DateEdit
from desktop.ui.common.forms import (
    ErrorLabel,
    FieldForm,
    combo,
    combo_value,
    dialog_buttons,
    line,
    notes,
    run_modal,
    set_combo,
)
from desktop.ui.common.labels import error_text, label, labels
from desktop.ui.register.person_dialog import PersonDialog
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform

_MEMBER_FIELD = re.compile(r"^members\[(\d+)\]\.(\w+)$")


class HouseholdDialog(QDialog):
    open_existing = Signal(str)

    def __init__(
        self, app: AppContext, household_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.household_id = household_id
        self.saved_id: str | None = None
        self.villages = station.villages(app.ctx)
        if household_id:
            data = households.household(app.ctx, household_id)
            self.members = [PersonInput.from_row(m) for m in data["members"]]
            h = HouseholdInput.from_row(data)
            self.setWindowTitle(self.tr("编辑户档案"))
        else:
            self.members = []
            h = HouseholdInput(worker=app.ctx.worker)
            self.setWindowTitle(self.tr("新建户档案"))

        form = self.form = FieldForm()
        self.village = form.add("village_id", self.tr("行政村"), combo([]))
        for v in self.villages:
            self.village.addItem(v["name"], v["id"])
        self.village.setCurrentIndex(max(self.village.findData(h.village_id), 0))
        self.group = form.add("group_name", self.tr("村民小组"), combo([], editable=False))
        self.village.currentIndexChanged.connect(self._fill_groups)
        self._fill_groups()
        set_combo(self.group, h.group_name)
        self.house_no = form.add("house_no", self.tr("门牌号"), line(h.house_no))
        self.address = form.add("address", self.tr("详细地址"), line(h.address))
        self.phone = form.add("phone", self.tr("联系电话"), line(h.phone))
        self.risk = form.add(
            "risk_level", self.tr("风险等级"), combo(refdata.RISK_LEVELS, blank=False)
        )
        set_combo(self.risk, h.risk_level or refdata.RISK_LEVELS[-1])
        self.worker = form.add("worker", self.tr("负责社工"), combo(station.worker_names(app.ctx)))
        set_combo(self.worker, h.worker)
        today = app.ctx.today()
        self.registered_on = form.add(
            "registered_on",
            self.tr("登记日期"),
            DateEdit(h.registered_on or today.isoformat(), today=today),
        )
        self.notes = form.add("notes", self.tr("备注"), notes(h.notes))

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("members")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("姓名"),
                self.tr("关系"),
                self.tr("性别"),
                self.tr("出生日期"),
                self.tr("身份证号"),
                self.tr("人员类别"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.edit_member())
        self.add_button = QPushButton(self.tr("添加成员…"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button = QPushButton(self.tr("修改成员…"))
        self.edit_button.clicked.connect(self.edit_member)
        self.remove_button = QPushButton(self.tr("移除成员"))
        self.remove_button.clicked.connect(self.remove_member)
        self.members_error = ErrorLabel()
        self.members_error.setObjectName("error_members")

        buttons = dialog_buttons(self, self.tr("保存"), self.tr("取消"))

        layout = QHBoxLayout(self)
        left = QWidget()
        left.setLayout(form)
        layout.addWidget(left, 2)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("家庭成员（关系为“户主”的成员是户主）")))
        right.addWidget(self.table, 1)
        right.addWidget(self.members_error)
        row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        right.addLayout(row)
        right.addWidget(buttons)
        layout.addLayout(right, 3)
        self.resize(1000, 560)
        self._refresh_table()
        self.form.revalidate_with(self.problems)  # a message goes as soon as its field is right

    def problems(self) -> list[FieldError]:
        """What 保存 would report now about the household's own fields (nothing is saved)."""
        try:
            households.check_household(self.app.ctx, self.household_input())
        except ValidationError as exc:
            return exc.errors
        return []

    def _fill_groups(self) -> None:
        village = next((v for v in self.villages if v["id"] == self.village.currentData()), None)
        self.group.clear()
        self.group.addItem("", "")
        for g in (village or {}).get("groups", []):
            self.group.addItem(g, g)

    def _refresh_table(self) -> None:
        self.table.setRowCount(len(self.members))
        for row, m in enumerate(self.members):
            values = [
                m.name,
                label(m.relation),
                label(m.sex),
                m.birth_date,
                idcard.mask(m.id_number),
                labels(m.tags),
            ]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _others(self, skip: int | None) -> dict[str, str]:
        return {
            m.id_number: m.name for i, m in enumerate(self.members) if i != skip and m.id_number
        }

    def _person_dialog(self, person: PersonInput | None, skip: int | None) -> PersonInput | None:
        if person is None and not self.members:
            person = PersonInput(relation="户主")
        elif person is None:
            person = PersonInput(relation="")
        dialog = PersonDialog(self.app, person, self._others(skip), self)
        if person.name == "" and person.id is None:
            dialog.setWindowTitle(self.tr("添加成员"))
        dialog.open_existing.connect(self._open_existing)
        accepted = run_modal(dialog) == QDialog.DialogCode.Accepted
        return dialog.result_person if accepted else None

    def _open_existing(self, household_id: str) -> None:
        self.open_existing.emit(household_id)
        self.reject()

    def add_member(self) -> None:
        person = self._person_dialog(None, None)
        if person is not None:
            self.members.append(person)
            self._refresh_table()
            self.table.selectRow(len(self.members) - 1)

    def edit_member(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        person = self._person_dialog(self.members[row], row)
        if person is not None:
            self.members[row] = person
            self._refresh_table()
            self.table.selectRow(row)

    def remove_member(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        name = self.members[row].name
        answer = QMessageBox.question(
            self,
            self.tr("移除成员"),
            self.tr("从本户移除 {0}？保存后生效，记录会保留在历史中。").format(name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            del self.members[row]
            self._refresh_table()

    def household_input(self) -> HouseholdInput:
        return HouseholdInput(
            village_id=str(self.village.currentData() or ""),
            group_name=combo_value(self.group),
            house_no=self.house_no.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            risk_level=combo_value(self.risk),
            worker=combo_value(self.worker),
            notes=self.notes.toPlainText(),
            registered_on=self.registered_on.text(),
        )

    def accept(self) -> None:
        self.members_error.show_message("")
        if (
            not self.members
        ):  # the household's own fields are checked as well: every message at once
            self.form.show_errors(self.problems())
            self.members_error.show_message(self.tr("请至少添加一名成员（户主）。"))
            return
        failed: list[StationDeskError] = []
        saved = perform(
            self.app,
            self,
            households.save_household,
            self.household_input(),
            self.members,
            self.household_id,
            on_failure=failed.append,
        )
        if failed:
            if isinstance(failed[0], ValidationError):
                self._show(failed[0])
            else:
                QMessageBox.warning(self, self.tr("无法完成"), error_text(failed[0]))
            return
        assert saved is not None
        self.saved_id = saved.household_id
        super().accept()

    def _show(self, exc: ValidationError) -> None:
        rest = self.form.show_errors(exc.errors)
        lines: list[str] = []
        for e in rest:
            match = _MEMBER_FIELD.match(e.field)
            if match:
                index = int(match.group(1))
                name = self.members[index].name or self.tr("第 {0} 位成员").format(index + 1)
                lines.append(f"{name}：{error_text(FieldError(match.group(2), e.code, e.params))}")
                self.table.selectRow(index)
            else:
                lines.append(error_text(e))
        self.members_error.show_message("\n".join(lines))
        if exc.existing:
            answer = QMessageBox.question(
                self,
                self.tr("身份证号已登记"),
                error_text(exc)
                + "\n"
                + self.tr("要打开 {0} 的档案吗？").format(exc.existing["name"]),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._open_existing(exc.existing["household_id"])
