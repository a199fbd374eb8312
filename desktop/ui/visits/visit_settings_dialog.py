"""走访设置: the station's visit interval rules and observation domains (synced to every computer)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import refdata
from desktop.core.station import station
from desktop.core.visits import intervals, schedule
from desktop.ui.common.labels import label
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform
from desktop.ui.visits.visit_common import texts

ID_ROLE = Qt.ItemDataRole.UserRole + 1
UNITS = (("d", "天"), ("w", "周"), ("m", "个月"))


class IntervalEdit(QWidget):
    """ "every [n] [days/weeks/months]", or no scheduled visits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = QSpinBox()
        self.count.setRange(1, 999)
        self.count.setObjectName("interval_count")
        self.unit = QComboBox()
        self.unit.setObjectName("interval_unit")
        for code, text in UNITS:
            self.unit.addItem(label(text), code)
        self.none = QCheckBox(self.tr("不定期（不排入待走访）"))
        self.none.setObjectName("interval_none")
        self.none.toggled.connect(
            lambda on: (self.count.setEnabled(not on), self.unit.setEnabled(not on))
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("每")))
        row.addWidget(self.count)
        row.addWidget(self.unit)
        row.addWidget(self.none)
        row.addStretch(1)

    def text(self) -> str:
        return "0" if self.none.isChecked() else f"{self.count.value()}{self.unit.currentData()}"

    def set_text(self, text: str) -> None:
        parsed = intervals.parse(text) if intervals.is_valid(text) else None
        self.none.setChecked(bool(parsed and parsed.none))
        if parsed and not parsed.none:
            self.count.setValue(parsed.count)
            self.unit.setCurrentIndex(max(self.unit.findData(parsed.unit), 0))


class VisitSettingsDialog(QDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("走访设置"))
        rules_box = QGroupBox(
            self.tr("走访周期规则（一户符合多条时取最频繁的一条；都不符合的按“其他户”）")
        )
        self.rules = QTreeWidget()
        self.rules.setObjectName("rules")
        self.rules.setRootIsDecorated(False)
        self.rules.setHeaderLabels([self.tr("适用于"), self.tr("走访周期")])
        self.rules.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rules.currentItemChanged.connect(lambda *_: self._rule_selected())
        self.kind = QComboBox()
        self.kind.setObjectName("rule_kind")
        for kind, text in (
            ("tag", self.tr("人员类别")),
            ("risk", self.tr("风险等级")),
            ("other", self.tr("其他户")),
        ):
            self.kind.addItem(text, kind)
        self.value = QComboBox()
        self.value.setObjectName("rule_value")
        self.kind.currentIndexChanged.connect(lambda _: self._fill_values())
        self.interval = IntervalEdit()
        self.save_rule_button = QPushButton(self.tr("保存规则"))
        self.save_rule_button.setObjectName("save_rule")
        self.save_rule_button.clicked.connect(self.save_rule)
        self.remove_rule_button = QPushButton(self.tr("删除规则"))
        self.remove_rule_button.clicked.connect(self.remove_rule)
        editor = QHBoxLayout()
        for w in (
            self.kind,
            self.value,
            self.interval,
            self.save_rule_button,
            self.remove_rule_button,
        ):
            editor.addWidget(w)
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.addWidget(self.rules)
        rules_layout.addLayout(editor)

        domains_box = QGroupBox(self.tr("观察评估项目（本站可增加）"))
        self.domains = QListWidget()
        self.domains.setObjectName("domains")
        self.domains.setFlow(QListWidget.Flow.LeftToRight)
        self.domains.setWrapping(True)
        self.domains.setMaximumHeight(80)
        self.new_domain = QLineEdit()
        self.new_domain.setObjectName("new_domain")
        self.new_domain.setPlaceholderText(self.tr("新项目名称，如 用药情况"))
        self.children_only = QCheckBox(self.tr("仅用于有未成年人的户"))
        add_domain = QPushButton(self.tr("增加项目"))
        add_domain.setObjectName("add_domain")
        add_domain.clicked.connect(self.add_domain)
        remove_domain = QPushButton(self.tr("停用所选"))
        remove_domain.clicked.connect(self.remove_domain)
        row = QHBoxLayout()
        for w in (self.new_domain, self.children_only, add_domain, remove_domain):
            row.addWidget(w)
        domains_layout = QVBoxLayout(domains_box)
        domains_layout.addWidget(self.domains)
        domains_layout.addLayout(row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(rules_box, 2)
        layout.addWidget(domains_box, 1)
        layout.addWidget(buttons)
        self.reload()
        self._fill_values()
        self.resize(760, 560)

    def reload(self) -> None:
        self.rules.clear()
        kinds = {"tag": self.tr("人员类别"), "risk": self.tr("风险等级"), "other": ""}
        for r in schedule.rules(self.app.ctx):
            target = (
                self.tr("其他户") if r.kind == "other" else f"{kinds[r.kind]}：{label(r.value)}"
            )
            item = QTreeWidgetItem([target, texts().interval(r.interval)])
            item.setData(0, ID_ROLE, (r.id, r.kind, r.value, r.interval.text()))
            self.rules.addTopLevelItem(item)
        self.domains.clear()
        for d in schedule.domains(self.app.ctx):
            text = label(d["name"]) + (self.tr("（儿童）") if d["children_only"] else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, d["id"])
            self.domains.addItem(item)

    def _fill_values(self, value: str = "") -> None:
        kind = self.kind.currentData()
        self.value.clear()
        if kind == "tag":
            for name in station.tag_names(self.app.ctx):
                self.value.addItem(label(name), name)
        elif kind == "risk":
            for name in refdata.RISK_LEVELS:
                self.value.addItem(label(name), name)
        self.value.setEnabled(kind != "other")
        self.value.setCurrentIndex(max(self.value.findData(value), 0))

    def _rule_selected(self) -> None:
        item = self.rules.currentItem()
        if item is None:
            return
        _rid, kind, value, interval = item.data(0, ID_ROLE)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.kind.blockSignals(False)
        self._fill_values(value)
        self.interval.set_text(interval)

    def save_rule(self) -> None:
        kind, value = self.kind.currentData(), self.value.currentData() or ""
        existing = next(
            (
                self.rules.topLevelItem(i).data(0, ID_ROLE)[0]
                for i in range(self.rules.topLevelItemCount())
                if self.rules.topLevelItem(i).data(0, ID_ROLE)[1:3] == (kind, value)
            ),
            None,
        )
        if (
            perform(
                self.app,
                self,
                schedule.save_rule,
                kind,
                value,
                self.interval.text(),
                existing or None,
            )
            is not None
        ):
            self.reload()

    def remove_rule(self) -> None:
        item = self.rules.currentItem()
        if (
            item is not None
            and item.data(0, ID_ROLE)[0]
            and perform(self.app, self, schedule.remove_rule, item.data(0, ID_ROLE)[0]) is not None
        ):
            self.reload()

    def add_domain(self) -> None:
        if (
            perform(
                self.app,
                self,
                schedule.add_domain,
                self.new_domain.text(),
                self.children_only.isChecked(),
            )
            is not None
        ):
            self.new_domain.clear()
            self.reload()

    def remove_domain(self) -> None:
        item = self.domains.currentItem()
        if (
            item is not None
            and item.data(ID_ROLE)
            and perform(self.app, self, schedule.remove_domain, item.data(ID_ROLE)) is not None
        ):
            self.reload()
