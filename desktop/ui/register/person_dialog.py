"""Member dialog (成员): one person's fields, checked as you confirm, with inline messages."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core import idcard, refdata
from desktop.core.errors import FieldError, ValidationError
from desktop.core.register import households
from desktop.core.register.records import PersonInput
from desktop.core.station import station
from desktop.ui.common.forms import (
    FieldForm,
    combo,
    combo_value,
    dialog_buttons,
    line,
    notes,
    run_modal,
    set_combo,
)
from desktop.ui.common.labels import error_text, label
from desktop.ui.shell.appcontext import AppContext


class TagList(QListWidget):
    """Checkable list of the station's special-group tags, in as many columns as fit, every tag
    shown without scrolling (11 default tags are three or four rows at 1366×768)."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for name in names:
            item = QListWidgetItem(label(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        metrics = self.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.item(i).text()) for i in range(self.count())),
            default=60,
        )
        self.setGridSize(QSize(widest + 36, metrics.height() + 10))
        self._fit_height()

    def columns(self) -> int:
        return max(1, self.viewport().width() // self.gridSize().width())

    def _fit_height(self) -> None:
        rows = -(-self.count() // self.columns()) if self.count() else 1
        self.setFixedHeight(rows * self.gridSize().height() + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._fit_height()

    def values(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_values(self, values: list[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in values
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class PersonDialog(QDialog):
    """Edits a PersonInput. ``others`` are the other members' ID numbers in the household form."""

    open_existing = Signal(str)  # household id of a person already registered with this ID

    def __init__(
        self,
        app: AppContext,
        person: PersonInput | None = None,
        others: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.others = others or {}
        self.result_person: PersonInput | None = None
        self.original = person or PersonInput()
        self.setWindowTitle(self.tr("成员信息") if person else self.tr("添加成员"))
        form = self.form = FieldForm()
        p = self.original
        self.name = form.add("name", self.tr("姓名"), line(p.name))
        self.relation = form.add("relation", self.tr("与户主关系"), combo(refdata.RELATIONS))
        set_combo(self.relation, p.relation)
        self.id_number = form.add(
            "id_number",
            self.tr("身份证号"),
            line(p.id_number, self.tr("18 位，输入后自动填写性别和出生日期")),
        )
        self.id_number.editingFinished.connect(self._derive_from_id)
        self.sex = form.add("sex", self.tr("性别"), combo(refdata.SEXES))
        set_combo(self.sex, p.sex)
        self.birth_date = form.add(
            "birth_date", self.tr("出生日期"), line(p.birth_date, self.tr("如 2010-03-15"))
        )
        self.phone = form.add("phone", self.tr("电话"), line(p.phone))
        self.tags = form.add("tags", self.tr("人员类别"), TagList(station.tag_names(app.ctx)))
        self.tags.set_values(p.tags)
        self.tags.itemChanged.connect(self._update_enabled)
        self.disability_type = form.add(
            "disability_type", self.tr("残疾类别"), combo(refdata.DISABILITY_TYPES)
        )
        set_combo(self.disability_type, p.disability_type)
        self.disability_grade = form.add(
            "disability_grade", self.tr("残疾等级"), combo(refdata.DISABILITY_GRADES)
        )
        set_combo(self.disability_grade, p.disability_grade)
        self.living_situation = form.add(
            "living_situation", self.tr("居住状况"), combo(refdata.LIVING_SITUATIONS)
        )
        set_combo(self.living_situation, p.living_situation)
        guardian = QGroupBox(self.tr("监护人（未成年人填写）"))
        gform = self.guardian_form = FieldForm(guardian)
        self.guardian_name = gform.add(
            "guardian_name", self.tr("监护人姓名"), line(p.guardian_name)
        )
        self.guardian_relation = gform.add(
            "guardian_relation", self.tr("监护人关系"), combo(refdata.GUARDIAN_RELATIONS)
        )
        set_combo(self.guardian_relation, p.guardian_relation)
        self.guardian_phone = gform.add(
            "guardian_phone", self.tr("监护人电话"), line(p.guardian_phone)
        )
        self.health_notes = form.add("health_notes", self.tr("健康状况"), notes(p.health_notes))

        body = QWidget()
        grid = QGridLayout(body)
        left = QWidget()
        left.setLayout(form)
        grid.addWidget(left, 0, 0)
        grid.addWidget(guardian, 1, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = buttons = dialog_buttons(self, self.tr("确定"), self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.resize(640, 680)
        self._update_enabled()
        for f in (self.form, self.guardian_form):
            f.revalidate_with(self.problems)

    def problems(self) -> list[FieldError]:
        """What 确定 would report now (nothing is saved): messages of fields now valid go."""
        try:
            households.check_person(self.app.ctx, self.person())
        except ValidationError as exc:
            return exc.errors
        return []

    def _derive_from_id(self) -> None:
        try:
            info = idcard.parse(self.id_number.text(), self.app.ctx.today())
        except ValueError:
            return
        self.id_number.setText(info.number)
        if not combo_value(self.sex):
            set_combo(self.sex, info.sex)
        if not self.birth_date.text().strip():
            self.birth_date.setText(info.birth_date.isoformat())

    def _update_enabled(self) -> None:
        disabled = refdata.TAG_DISABLED in self.tags.values()
        self.disability_type.setEnabled(disabled or bool(combo_value(self.disability_type)))
        self.disability_grade.setEnabled(disabled or bool(combo_value(self.disability_grade)))

    def person(self) -> PersonInput:
        return PersonInput(
            id=self.original.id,
            name=self.name.text(),
            relation=combo_value(self.relation),
            sex=combo_value(self.sex),
            birth_date=self.birth_date.text(),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            tags=self.tags.values(),
            disability_type=combo_value(self.disability_type),
            disability_grade=combo_value(self.disability_grade),
            living_situation=combo_value(self.living_situation),
            guardian_name=self.guardian_name.text(),
            guardian_relation=combo_value(self.guardian_relation),
            guardian_phone=self.guardian_phone.text(),
            health_notes=self.health_notes.toPlainText(),
        )

    def accept(self) -> None:
        try:
            cleaned = households.check_person(self.app.ctx, self.person())
        except ValidationError as exc:
            self._show(exc)
            return
        twin = self.others.get(cleaned.id_number) if cleaned.id_number else None
        if twin:
            self.form.show_errors([])
            self.form.errors["id_number"].show_message(
                self.tr("本户已有成员 {0} 使用这个身份证号，请核对。").format(twin)
            )
            return
        self.result_person = cleaned
        super().accept()

    def _show(self, exc: ValidationError) -> None:
        rest = self.form.show_errors(exc.errors)
        rest = self.guardian_form.show_errors(rest)
        if exc.existing:
            existing = exc.existing
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("身份证号已登记"))
            box.setText(error_text(exc.for_field("id_number") or exc))
            open_button = box.addButton(
                self.tr("打开 {0} 的档案").format(existing["name"]),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(self.tr("返回修改"), QMessageBox.ButtonRole.RejectRole)
            run_modal(box)
            if box.clickedButton() is open_button:
                self.open_existing.emit(existing["household_id"])
                self.reject()
        elif rest:
            QMessageBox.warning(self, self.tr("请修改"), "\n".join(error_text(e) for e in rest))
