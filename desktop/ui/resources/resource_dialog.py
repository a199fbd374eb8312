"""A resource in the directory (资源库): what it is, its five-society kind, the service categories
it offers, the villages it covers (none ticked: the whole township), contact and capacity."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from desktop.core import refdata
from desktop.core.cases.case_records import ResourceInput
from desktop.core.errors import ValidationError
from desktop.core.resources import resources
from desktop.core.station import station
from desktop.ui.cases.case_forms import ServiceDialog
from desktop.ui.common.forms import combo, combo_value, line, notes, set_combo
from desktop.ui.common.labels import error_text, label
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.visits.visit_dialog import CheckList


class ResourceDialog(ServiceDialog):
    def __init__(
        self, app: AppContext, resource_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(app, "", self.save_resource, parent)
        self.resource_id = resource_id
        self.accept_check = False
        ctx = app.ctx
        if resource_id:
            r = ResourceInput.from_row(resources.resource(ctx, resource_id))
            self.setWindowTitle(self.tr("修改资源"))
        else:
            r = ResourceInput()
            self.setWindowTitle(self.tr("新增资源"))
        f = self.form
        self.name = f.add(
            "name", self.tr("名称(&N)"), line(r.name, self.tr("如：青山镇卫生院、桃源村邻里互助队"))
        )
        self.kind = f.add("kind", self.tr("资源类型"), combo(refdata.RESOURCE_KINDS))
        set_combo(self.kind, r.kind)
        self.party = f.add("party_kind", self.tr("五社类别"), combo(refdata.PARTY_KINDS))
        set_combo(self.party, r.party_kind)
        self.categories = f.add(
            "categories",
            self.tr("提供的服务"),
            CheckList([(v, label(v)) for v in refdata.NEED_TYPES], height=60),
        )
        self.categories.set_values(r.categories)
        villages = station.villages(ctx)
        self.villages = f.add(
            "villages",
            self.tr("服务的村（不选为全镇）"),
            CheckList([(v["id"], v["name"]) for v in villages], height=48),
        )
        self.villages.set_values(r.villages)
        self.contact = f.add("contact", self.tr("联系人"), line(r.contact))
        self.phone = f.add("phone", self.tr("联系电话"), line(r.phone))
        self.address = f.add("address", self.tr("地址"), line(r.address))
        self.credit_code = f.add(
            "credit_code", self.tr("统一社会信用代码"), line(r.credit_code, self.tr("没有可不填"))
        )
        self.capacity = f.add(
            "capacity",
            self.tr("可同时服务人数"),
            line("" if r.capacity is None else str(r.capacity), self.tr("不限可不填")),
        )
        self.notes = f.add("notes", self.tr("备注"), notes(r.notes))
        self.active = QCheckBox(self.tr("在用（停用后不再推荐，已有记录保留）"))
        self.active.setChecked(r.active)
        f.addRow("", self.active)
        self.add_buttons(self.tr("保存"), self.tr("取消"))
        self.resize(620, 640)

    def resource_input(self) -> ResourceInput:
        capacity: Any = self.capacity.text().strip() or None
        return ResourceInput(
            name=self.name.text(),
            kind=combo_value(self.kind),
            party_kind=combo_value(self.party),
            categories=self.categories.values(),
            villages=self.villages.values(),
            contact=self.contact.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            credit_code=self.credit_code.text(),
            capacity=capacity,
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
        )

    def save_resource(self) -> Any:
        """Save; a credit code failing its check digit is saved once the user confirms it is right."""
        try:
            return resources.save_resource(
                self.app.ctx, self.resource_input(), self.resource_id, self.accept_check
            )
        except ValidationError as exc:
            check = exc.for_field("credit_code")
            if check is None or check.code != "credit.check" or len(exc.errors) > 1:
                raise
            answer = QMessageBox.question(
                self,
                self.tr("核对统一社会信用代码"),
                error_text(check)
                + "\n"
                + self.tr("证照上的代码确实如此吗？（有些真实代码不符合校验规则）"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                raise
            self.accept_check = True
            return resources.save_resource(
                self.app.ctx, self.resource_input(), self.resource_id, True
            )
