"""督导审批 page: the assessments, plans and closures waiting for the station director or a named
supervisor, what each says, and approving or returning it with a comment."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.cases import approvals, supervision
from desktop.core.errors import StationDeskError, ValidationError
from desktop.ui.cases.case_common import texts, warn
from desktop.ui.common.forms import ErrorLabel, hrow, run_modal
from desktop.ui.common.labels import error_text, label
from desktop.ui.common.list_model import RowTableModel
from desktop.ui.common.list_page import ListPage
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform

e = html.escape
COLUMNS = ("subject", "title", "client_name", "requested_by", "requested_on", "supervisor")


class ApprovalModel(RowTableModel):
    """The waiting requests (a short list: loaded whole)."""

    text_roles = (Qt.ItemDataRole.DisplayRole,)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)
        self.headers = [
            self.tr("审批事项"),
            self.tr("个案"),
            self.tr("服务对象"),
            self.tr("提交人"),
            self.tr("提交日期"),
            self.tr("督导"),
        ]

    def text(self, row: int, key: str) -> str:
        value = self.row(row).get(key)
        return label(value) if key == "subject" else str(value or "")


class ApprovalView(QWidget):
    """One request: what it is about, a comment, approve or return. Used by the page and dialog."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.approval_id: str | None = None
        self.detail = QTextBrowser()
        self.detail.setObjectName("approval_detail")
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("approval_comment")
        self.comment.setPlaceholderText(self.tr("审批意见（退回时必填）"))
        self.comment.setMaximumHeight(80)
        self.error = ErrorLabel()
        self.approve_button = QPushButton(self.tr("批准"))
        self.approve_button.setObjectName("approve")
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.return_button = QPushButton(self.tr("退回修改"))
        self.return_button.setObjectName("return")
        self.return_button.clicked.connect(lambda: self.decide(False))
        self.open_button = QPushButton(self.tr("打开个案"))
        self.open_button.clicked.connect(self.open_case)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.detail, 1)
        layout.addWidget(QLabel(self.tr("审批意见：")))
        layout.addWidget(self.comment)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.approve_button)
        row.addWidget(self.return_button)
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.show_approval(None)

    def show_approval(self, approval_id: str | None) -> None:
        self.approval_id = approval_id
        self.comment.clear()
        self.error.show_message("")
        data = None
        if approval_id:
            try:
                data = supervision.approval(self.app.ctx, approval_id)
            except StationDeskError:
                data = None
        self.data = data
        self.detail.setHtml(self._html(data) if data else self.tr("<p>没有待审批的事项。</p>"))
        waiting = data is not None and data["status"] == "待审批" and not data["own"]
        for b in (self.approve_button, self.return_button):
            b.setEnabled(waiting)
        self.comment.setEnabled(waiting)
        self.open_button.setEnabled(data is not None)
        if data is not None and data["own"]:
            self.error.show_message(self.tr("这是您自己提交的，请由站长或督导审批。"))

    def _html(self, a: dict[str, Any]) -> str:
        c, r = a["case"], a.get("record") or {}
        title = self.tr("{0}：{1}").format(label(a["subject"]), c.get("title") or "")
        facts = self.tr("服务对象 {0}　{1}　负责社工 {2}　{3} {4} 提交").format(
            c.get("client_name") or "",
            c.get("village") or "",
            c.get("worker") or "",
            a["requested_on"],
            a.get("requested_by") or "",
        )
        out = [f"<h3>{e(title)}</h3><p style='color:#555'>{e(facts)}</p>"]
        if a["subject"] == approvals.ASSESSMENT and r:
            out.append("<p>")
            out += [
                f"{e(label(x['domain']))}：{e(texts().need_level(x['level']))} {e(x.get('note') or '')}<br>"
                for x in r["ratings"]
            ]
            out.append("</p>")
            for caption, key in (
                (self.tr("风险等级"), "risk_level"),
                (self.tr("优势与资源"), "strengths"),
                (self.tr("评估小结"), "summary"),
                (self.tr("优先处理的问题"), "priorities"),
            ):
                if r.get(key):
                    out.append(f"<p><b>{e(caption)}</b>：{e(label(r[key]))}</p>")
        elif a["subject"] == approvals.PLAN and r:
            names = r.get("resource_names") or {}
            version = texts().version(r["version"])
            overall = self.tr("总目标：{0}").format(r.get("overall_goal") or "")
            out.append(f"<p>{e(version)}　{e(overall)}</p>")
            for n, g in enumerate(r["goals"], start=1):
                goal = self.tr("目标 {0}：{1}").format(n, g["goal"])
                out.append(f"<p><b>{e(goal)}</b><br>")
                for x in g["actions"]:
                    who = names.get(x.get("resource_id") or "") or x.get("party_name") or ""
                    party = " ".join(p for p in (label(x.get("party_kind") or ""), who) if p)
                    action = self.tr("{0}（{1}，{2}）").format(
                        x["action"], party, x.get("due") or ""
                    )
                    out.append(f"· {e(action)}<br>")
                out.append("</p>")
            if r.get("change_reason"):
                reason = self.tr("修订原因：{0}").format(r["change_reason"])
                out.append(f"<p>{e(reason)}</p>")
        elif a["subject"] == approvals.CLOSURE:
            reason = self.tr("结案原因：{0}　{1}").format(
                label(c.get("closure_reason") or ""), c.get("closure_note") or ""
            )
            out.append(f"<p>{e(reason)}</p>")
            if r:
                score = self.tr("最近评估 {0}：").format(r["eval_date"])
                out.append(f"<p>{e(score)}<br>")
                out += [f"· {e(x['goal'])}：{e(texts().gas(x['score']))}<br>" for x in r["ratings"]]
                out.append(f"{e(r.get('summary') or '')}</p>")
        return "".join(out)

    def decide(self, approve: bool) -> bool:
        if not self.approval_id:
            return False
        text = self.comment.toPlainText()
        decision = supervision.approve if approve else supervision.return_for_changes
        failed: list[StationDeskError] = []
        perform(
            self.app,
            self,
            decision,
            self.approval_id,
            text,
            today=self.app.ctx.today(),
            on_failure=failed.append,
        )
        if not failed:
            return True
        if isinstance(failed[0], ValidationError):
            self.error.show_message("\n".join(error_text(x) for x in failed[0].errors))
        else:
            warn(self, failed[0])
        return False

    def open_case(self) -> None:
        if self.data is not None:
            self.app.open_case.emit(self.data["case_id"])


class ApprovalDialog(QDialog):
    def __init__(
        self,
        app: AppContext,
        approval_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("督导审批"))
        self.view = ApprovalView(app, self)
        self.view.show_approval(approval_id)
        self.view.open_button.hide()
        for button, approve in ((self.view.approve_button, True), (self.view.return_button, False)):
            button.clicked.disconnect()
            button.clicked.connect(lambda _=False, a=approve: self.view.decide(a) and self.accept())
        QVBoxLayout(self).addWidget(self.view)
        self.resize(640, 560)


def decide(app: AppContext, approval_id: str, parent: QWidget | None = None) -> None:
    run_modal(ApprovalDialog(app, approval_id, parent))


class ApprovalPage(ListPage):
    model: ApprovalModel
    LIST_TABLES = frozenset({"approvals", "cases", "assessments", "plans", "workers"})

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, ApprovalModel(), self._search, parent)
        self.mine = QCheckBox(self.tr("只看指定给我审批的"))
        self.mine.setObjectName("mine")
        self.mine.toggled.connect(lambda _: self.reload())
        self.list_table("approvals", (72, 120, 64, 64, 90, 64), stretch=1)
        self.approval = ApprovalView(app, None)
        self.place(
            hrow(self.mine, None, self.count_label), self.approval, stretch=(1, 1), under_list=()
        )
        self.reload()

    def page_title(self) -> str:
        return self.tr("督导审批")

    def _search(self) -> None:
        rows = supervision.pending(
            self.app.ctx, self.app.ctx.worker if self.mine.isChecked() else None
        )
        self.model.set_rows(rows)
        for col in (0, 2, 3):  # what is approved, who for, by whom: shown whole, in either language
            self.view.resizeColumnToContents(col)
        self.count_label.setText(self.tr("待审批 {0} 项").format(len(rows)))

    def show_detail(self) -> None:
        self.approval.show_approval(self.current_id())
