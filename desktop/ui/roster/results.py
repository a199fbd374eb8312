"""The wizard's last two steps: the dry run (counts, rows to fix, candidates, 可能已退出) and the summary."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop.core.roster import apply as roster_apply
from desktop.core.roster.plan import CANDIDATE
from desktop.ui.common.forms import list_view
from desktop.ui.common.labels import label
from desktop.ui.roster.models import ProblemModel
from desktop.ui.roster.texts import counts_html
from desktop.ui.shell.operations import perform

if TYPE_CHECKING:
    from desktop.ui.roster.wizard import RosterWizard


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
        self.counts.setText(counts_html(plan.counts))
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
            self.wiz.next()

        self.wiz.work(self.tr("正在导入名册…"), work, done, writes=True)
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
        self.summary.setText(f"<p>{html.escape(head)}</p>" + counts_html(result.counts))
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
        if perform(self.wiz.app, self, roster_apply.undo, result.import_id) is not None:
            self.undo_button.setEnabled(False)
            self.summary.setText(self.tr("这次导入已撤销。"))
            self.summary.setTextFormat(Qt.TextFormat.PlainText)
