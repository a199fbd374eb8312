"""The wizard's first two steps: the file (sheet, source, tag, date) and the column mapping."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.core.errors import StationDeskError
from desktop.core.roster import mappings, reading
from desktop.core.roster.fields import FIELDS
from desktop.core.roster.plan import Plan, make_plan
from desktop.core.roster.values import text as cell_text
from desktop.core.station import station
from desktop.ui.common.forms import run_modal
from desktop.ui.common.labels import label
from desktop.ui.roster.history import ImportHistoryDialog
from desktop.ui.roster.texts import field_label
from desktop.ui.shell.operations import perform, warn

if TYPE_CHECKING:
    from desktop.ui.roster.wizard import RosterWizard


class FilePage(QWizardPage):
    def __init__(self, wizard: RosterWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("第 1 步：选择名册文件"))
        self.setSubTitle(
            self.tr(
                "支持 .xlsx、.xls 和 .csv（UTF-8 或 GBK）。表头可以在标题行下面，也可以是合并的两行表头。"
            )
        )
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("roster_path")
        self.path.setPlaceholderText(self.tr("名册文件的位置"))
        self.path.textChanged.connect(self.load_sheets)
        browse = QPushButton(self.tr("选择文件…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("名册文件"), row)
        self.sheet = QComboBox()
        self.sheet.setObjectName("roster_sheet")
        form.addRow(self.tr("工作表"), self.sheet)
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.setObjectName("roster_source")
        self.source.addItems(["", *mappings.known_sources(wizard.app.ctx)])
        self.source.lineEdit().setPlaceholderText(
            self.tr("例如：县民政局低保名册（按来源记住列的对应）")
        )
        form.addRow(self.tr("名册来源"), self.source)
        self.tag = QComboBox()
        self.tag.setObjectName("roster_tag")
        self.tag.addItem(self.tr("（不加标签）"), "")
        for name in station.tag_names(wizard.app.ctx):
            self.tag.addItem(label(name), name)
        form.addRow(self.tr("每人加上的人员类别"), self.tag)
        self.roster_date = QLineEdit()
        self.roster_date.setObjectName("roster_date")
        self.roster_date.setPlaceholderText(self.tr("年-月，例如 2026-11"))
        self.roster_date.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}-?\d{0,2}"), self)
        )
        form.addRow(self.tr("名册日期"), self.roster_date)
        history = QPushButton(self.tr("以往的导入…"))
        history.setObjectName("roster_history")
        history.clicked.connect(lambda: run_modal(ImportHistoryDialog(wizard.app, self)))
        history_row = QHBoxLayout()
        history_row.addWidget(history)
        history_row.addStretch(1)
        form.addRow("", history_row)
        self._opened_for: tuple[str, str, str] | None = None

    def browse(self) -> None:
        dialog = QFileDialog(self, self.tr("选择名册文件"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("名册 (*.xlsx *.xls *.csv)"))
        if dialog.exec():
            self.path.setText(dialog.selectedFiles()[0])
            self.load_sheets()

    def load_sheets(self) -> None:
        text = self.path.text().strip()
        self.sheet.clear()
        if not text or not Path(text).is_file():
            return
        try:
            names = reading.sheet_names(Path(text))
        except StationDeskError:
            return  # said when the user presses 下一步
        self.sheet.addItems(names)

    def key(self) -> tuple[str, str, str]:
        return (
            self.path.text().strip(),
            self.sheet.currentText(),
            self.source.currentText().strip(),
        )

    def validatePage(self) -> bool:
        if self.wiz.busy:
            return False
        if self.wiz.opened is not None and self._opened_for == self.key():
            return True
        path, sheet, source = self.key()
        if not path:
            QMessageBox.warning(self, self.tr("导入名册"), self.tr("请先选择名册文件。"))
            return False
        key = self.key()

        def work(ctx: Any, state: Any) -> mappings.Opened:
            return mappings.open_roster(ctx, path, sheet or None, source)

        def done(opened: mappings.Opened) -> None:
            self.wiz.opened, self._opened_for = opened, key
            if opened.tag and not self.tag.currentData():
                self.tag.setCurrentIndex(max(0, self.tag.findData(opened.tag)))
            if self.sheet.count() == 0:
                self.sheet.addItems(opened.table.sheets)
                self.sheet.setCurrentText(opened.table.sheet)
                self._opened_for = self.key()
            self.wiz.next()

        self.wiz.work(self.tr("正在读取名册…"), work, done)
        return False


class MappingPage(QWizardPage):
    def __init__(self, wizard: RosterWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("第 2 步：核对列的对应"))
        self.setSubTitle(
            self.tr(
                "常见的列名已自动对应。请核对每一列对应到户档案的哪一项，不需要的列选“不导入”。"
            )
        )
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setObjectName("mapping_info")
        layout.addWidget(self.info)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.inner = QWidget()
        self.grid = QGridLayout(self.inner)
        scroll.setWidget(self.inner)
        layout.addWidget(scroll, 1)
        self.boxes: list[QComboBox] = []
        self._checked_for: tuple[Any, ...] | None = None

    def initializePage(self) -> None:
        opened = self.wiz.opened
        assert opened is not None
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.boxes = []
        header = opened.header
        text = self.tr("工作表“{0}”：表头在第 {1} 行，共 {2} 行数据。").format(
            opened.table.sheet,
            header.first_row + 1
            if header.rows == 1
            else f"{header.first_row + 1}-{header.first_row + 2}",
            max(0, len(opened.table.cells) - header.data_start),
        )
        if opened.remembered:
            text += self.tr("已按“{0}”上次的对应关系填好。").format(
                self.wiz.file_page.source.currentText()
            )
        self.info.setText(text)
        samples = opened.table.cells[header.data_start : header.data_start + 3]
        for c, heading in enumerate(header.headings):
            example = "，".join(cell_text(r[c]) for r in samples if c < len(r) and cell_text(r[c]))
            name = QLabel(f"<b>{heading}</b>")
            name.setTextFormat(Qt.TextFormat.RichText)
            box = QComboBox()
            box.setObjectName(f"map_{c}")
            box.addItem(self.tr("不导入"), "")
            for key in FIELDS:
                box.addItem(field_label(key), key)
            box.setCurrentIndex(max(0, box.findData(opened.mapping[c])))
            self.grid.addWidget(name, c, 0)
            self.grid.addWidget(box, c, 1)
            self.grid.addWidget(QLabel(example[:60]), c, 2)
            self.boxes.append(box)

    def mapping(self) -> list[str]:
        return [box.currentData() or "" for box in self.boxes]

    def validatePage(self) -> bool:
        if self.wiz.busy:
            return False
        opened = self.wiz.opened
        assert opened is not None
        mapping = self.mapping()
        options = self.wiz.options()
        key = (tuple(mapping), options.tag, options.roster_date, options.source)
        if self.wiz.plan is not None and self._checked_for == key:
            return True
        if options.source:
            failed: list[StationDeskError] = []
            perform(
                self.wiz.app,
                self,
                mappings.remember,
                options.source,
                opened.header.headings,
                mapping,
                options.tag,
                on_failure=failed.append,
            )
            if failed:
                warn(self, failed[0], self.tr("导入名册"))
                return False

        def work(ctx: Any, state: Any) -> Plan:
            return make_plan(ctx, opened.table, opened.header, mapping, options, state)

        def done(plan: Plan) -> None:
            self.wiz.plan, self._checked_for = plan, key
            self.wiz.next()

        self.wiz.work(self.tr("正在核对名册…"), work, done)
        return False
