"""文件 → 导入名册…: a wizard over the core's roster import. Reading, the dry run and the import run
in the background (desktop/ui/tasks.py) with a progress bar and cancel; nothing is written before
the last step, and the import is one transaction."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core.errors import StationDeskError
from desktop.core.roster import apply as roster_apply
from desktop.core.roster import error_book, mappings, reading
from desktop.core.roster.fields import FIELDS
from desktop.core.roster.plan import CANDIDATE, Options, Plan, make_plan
from desktop.core.roster.values import text as cell_text
from desktop.core.services import station
from desktop.ui.appcontext import AppContext
from desktop.ui.crash import show_crash
from desktop.ui.forms import list_view, run_modal
from desktop.ui.labels import error_text, label
from desktop.ui.roster.history import ImportHistoryDialog
from desktop.ui.roster.models import ProblemModel
from desktop.ui.roster.texts import field_label
from desktop.ui.tasks import run_task

FILE_PAGE, MAPPING_PAGE, CHECK_PAGE, SUMMARY_PAGE = range(4)
COUNT_LINES = (
    ("created_households", QT_TRANSLATE_NOOP("roster", "新建户")),
    ("added_members", QT_TRANSLATE_NOOP("roster", "新增成员")),
    ("updated", QT_TRANSLATE_NOOP("roster", "更新已有人员")),
    ("tagged", QT_TRANSLATE_NOOP("roster", "只加标签")),
    ("unchanged", QT_TRANSLATE_NOOP("roster", "无变化")),
    ("repeated", QT_TRANSLATE_NOOP("roster", "文件中重复的行（只导入一次）")),
    ("candidates", QT_TRANSLATE_NOOP("roster", "待确认（可能已登记）")),
    ("errors", QT_TRANSLATE_NOOP("roster", "有错误的行（不导入）")),
    ("missing_from_roster", QT_TRANSLATE_NOOP("roster", "可能已退出（有此标签、不在名册中）")),
)


class RosterWizard(QWizard):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("导入名册"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.opened: mappings.Opened | None = None
        self.plan: Plan | None = None
        self.result: roster_apply.Result | None = None
        self.busy = False
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.summary_page = SummaryPage(self)
        for i, page in enumerate(
            (self.file_page, self.mapping_page, self.check_page, self.summary_page)
        ):
            self.setPage(i, page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步(&N) >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.resize(900, 620)

    def reject(self) -> None:
        if self.busy:  # the task's own progress dialog has the cancel button
            return
        super().reject()

    # -- background work -------------------------------------------------------------------------
    def work(self, title: str, fn: Any, done: Any) -> None:
        """Run ``fn(ctx, state)`` in the background; ``done(result)`` unless cancelled or failed."""
        self.busy = True

        def finished(result: Any, cancelled: bool) -> None:
            self.busy = False
            if cancelled:
                QMessageBox.information(
                    self, self.tr("导入名册"), self.tr("已取消，没有写入任何内容。")
                )
                return
            done(result)

        def failed(error: object) -> None:
            self.busy = False
            if isinstance(error, StationDeskError):
                QMessageBox.warning(self, self.tr("导入名册"), error_text(error))
            else:
                show_crash(self, str(error), self.app.data_dir / "logs")

        run_task(self, title, self.app.db_path, fn, finished, failed)

    def options(self) -> Options:
        return Options(
            tag=self.file_page.tag.currentData() or "",
            roster_date=self.file_page.roster_date.text().strip(),
            source=self.file_page.source.currentText().strip(),
            confirmed=self.check_page.confirmed(),
        )

    def save_errors(self) -> None:
        plan = self.result.plan if self.result else self.plan
        if plan is None:
            return
        dialog = QFileDialog(self, self.tr("保存错误清单"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel 工作簿 (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        stem = Path(plan.table.file_name).stem
        dialog.selectFile(str(Path(self.file_page.path.text()).with_name(f"{stem}-错误清单.xlsx")))
        if not dialog.exec():
            return
        target = dialog.selectedFiles()[0]
        try:
            rows = error_book.write(plan, target)
        except StationDeskError as exc:
            QMessageBox.warning(self, self.tr("导入名册"), error_text(exc))
            return
        self.last_error_book = target
        QMessageBox.information(
            self,
            self.tr("导入名册"),
            self.tr("错误清单（{0} 行）已保存到 {1}").format(rows, target),
        )


def _counts_text(counts: dict[str, int]) -> str:
    """The counts as a table of three columns (plain text "label：n" in each cell)."""
    cells = [
        html.escape(
            QCoreApplication.translate("roster", "{0}：{1}").format(
                QCoreApplication.translate("roster", text), counts[key]
            )
        )
        for key, text in COUNT_LINES
    ]
    rows = [
        "".join(f"<td style='padding-right:24px'>{c}</td>" for c in cells[i : i + 3])
        for i in range(0, len(cells), 3)
    ]
    return "<table>" + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"


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
        form.addRow("", history)
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
            try:
                mappings.remember(
                    self.wiz.app.ctx, options.source, opened.header.headings, mapping, options.tag
                )
            except StationDeskError as exc:
                QMessageBox.warning(self, self.tr("导入名册"), error_text(exc))
                return False

        def work(ctx: Any, state: Any) -> Plan:
            return make_plan(ctx, opened.table, opened.header, mapping, options, state)

        def done(plan: Plan) -> None:
            self.wiz.plan, self._checked_for = plan, key
            self.wiz.next()

        self.wiz.work(self.tr("正在核对名册…"), work, done)
        return False


class CheckPage(QWizardPage):
    def __init__(self, wizard: RosterWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("第 3 步：预览（还没有写入）"))
        self.setSubTitle(
            self.tr(
                "下面是导入后会发生的变化。按“导入”一次性写入；有错误的行不导入，可保存错误清单交回改正。"
            )
        )
        layout = QVBoxLayout(self)
        self.counts = QLabel()
        self.counts.setObjectName("check_counts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.counts)
        self.model = ProblemModel()
        self.table = list_view(self.model, "roster_problems", (50, 180, 60), stretch=3)
        layout.addWidget(self.table, 2)
        self.candidates_label = QLabel(
            self.tr("待确认：勾选确实是同一人的（会更新那个人；不勾选的不导入）")
        )
        layout.addWidget(self.candidates_label)
        self.candidates = QListWidget()
        self.candidates.setObjectName("roster_candidates")
        layout.addWidget(self.candidates, 1)
        self.missing_label = QLabel()
        layout.addWidget(self.missing_label)
        self.missing = QListWidget()
        self.missing.setObjectName("roster_missing")
        layout.addWidget(self.missing, 1)
        save = QPushButton(self.tr("保存错误清单…"))
        save.setObjectName("save_errors")
        save.clicked.connect(wizard.save_errors)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:
        plan = self.wiz.plan
        assert plan is not None
        self.wiz.setButtonText(QWizard.WizardButton.NextButton, self.tr("导入"))
        self.counts.setText(_counts_text(plan.counts))
        self.model.set_plan(plan)
        self.candidates.clear()
        for a in plan.actions:
            if a.kind == CANDIDATE and a.candidate:
                item = QListWidgetItem(
                    self.tr("第 {0} 行 {1}：可能是已登记的 {2}（{3}，{4}）").format(
                        a.row.number,
                        a.row.person.name,
                        a.candidate["name"],
                        a.candidate["village"],
                        a.candidate["birth_date"],
                    )
                )
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, (a.row.number, a.candidate["id"]))
                self.candidates.addItem(item)
        self.candidates.setVisible(self.candidates.count() > 0)
        self.candidates_label.setVisible(self.candidates.count() > 0)
        self.missing.clear()
        self.missing_label.setText(
            self.tr("可能已退出（登记簿中有“{0}”、名册中没有；只提示，不会删除）：{1} 人").format(
                label(plan.options.tag), len(plan.missing)
            )
            if plan.options.tag
            else ""
        )
        for p in plan.missing[:500]:
            self.missing.addItem(f"{p['name']}　{p['village'] or ''}{p['group_name'] or ''}")
        self.missing.setVisible(bool(plan.missing))

    def cleanupPage(self) -> None:
        self.wiz.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步(&N) >"))

    def confirmed(self) -> dict[int, str]:
        out: dict[int, str] = {}
        for i in range(self.candidates.count()):
            item = self.candidates.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                number, pid = item.data(Qt.ItemDataRole.UserRole)
                out[int(number)] = pid
        return out

    def validatePage(self) -> bool:
        if self.wiz.busy:
            return False
        if self.wiz.result is not None:
            return True
        plan = self.wiz.plan
        assert plan is not None
        options = self.wiz.options()
        table, header, mapping = plan.table, plan.header, plan.mapping

        def work(ctx: Any, state: Any) -> roster_apply.Result:
            return roster_apply.apply(
                ctx, table, header, mapping, options, state, expected_hash=table.file_hash
            )

        def done(result: roster_apply.Result) -> None:
            self.wiz.result = result
            self.wiz.app.everything_changed()
            self.wiz.next()

        self.wiz.work(self.tr("正在导入名册…"), work, done)
        return False


class SummaryPage(QWizardPage):
    def __init__(self, wizard: RosterWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("第 4 步：导入完成"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("summary_counts")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        save = QPushButton(self.tr("保存错误清单…"))
        save.clicked.connect(wizard.save_errors)
        self.undo_button = QPushButton(self.tr("撤销这次导入"))
        self.undo_button.setObjectName("undo_import")
        self.undo_button.clicked.connect(self.undo)
        buttons.addWidget(save)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.wiz.result
        assert result is not None
        if result.import_id is None:
            head = self.tr("没有需要写入的内容：这份名册的内容登记簿中都已经有了。")
        else:
            head = self.tr("已导入“{0}”，由 {1} 在 {2} 导入。").format(
                result.plan.table.file_name, self.wiz.app.ctx.worker, self.wiz.app.ctx.computer
            )
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setText(f"<p>{html.escape(head)}</p>" + _counts_text(result.counts))
        self.undo_button.setEnabled(result.import_id is not None)

    def undo(self) -> None:
        result = self.wiz.result
        if result is None or result.import_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("撤销这次导入"),
            self.tr("撤销后，这次导入新建的户和人员会被移除，更新过的人员恢复原样。确定撤销吗？"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.wiz.app.run(self, roster_apply.undo, result.import_id) is not None:
            self.undo_button.setEnabled(False)
            self.summary.setText(self.tr("这次导入已撤销。"))
            self.summary.setTextFormat(Qt.TextFormat.PlainText)
