"""The visit editor's building blocks: short checkable lists, quick dates (DateEdit, from
desktop/ui/common/date_edit.py), the observation grid, follow-up actions and partners present."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import refdata
from desktop.core.visits import visit_validation
from desktop.ui.common.date_edit import DateEdit  # noqa: F401 (the visit forms take it from here)
from desktop.ui.common.labels import label

VALUE_ROLE = Qt.ItemDataRole.UserRole


class CheckList(QListWidget):
    """A short checkable list holding stored values (shown translated). The items flow in rows and
    the list is as tall as they need at its width (at least ``height``), so none hides behind a
    scroll bar."""

    def __init__(
        self, values: list[tuple[str, str]], height: int = 96, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(1)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.min_height = height
        self.set_items(values)

    def set_items(self, values: list[tuple[str, str]]) -> None:
        self.clear()
        for value, text in values:
            item = QListWidgetItem(text)
            item.setData(VALUE_ROLE, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt)
        """The height of the rows the items flow into at ``width``, as the list view lays them out."""
        gap, frame = 2 * self.spacing(), 2 * self.frameWidth()
        room = width - frame
        x, rows, row_height = 0, 1, 0
        for i in range(self.count()):
            hint = self.sizeHintForIndex(self.model().index(i, 0))
            if x and x + hint.width() + gap > room:
                rows, x = rows + 1, 0
            x += hint.width() + gap
            row_height = max(row_height, hint.height() + gap)
        return max(self.min_height, rows * row_height + frame)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(super().sizeHint().width(), self.heightForWidth(max(self.width(), 100)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(super().minimumSizeHint().width(), self.min_height)

    def values(self) -> list[str]:
        return [
            self.item(i).data(VALUE_ROLE)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_values(self, values: list[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(VALUE_ROLE) in values
                else Qt.CheckState.Unchecked
            )


class ObservationGrid(QWidget):
    """One row per observation domain: rating (1 正常 / 2 需关注 / 3 有风险) and a short note.

    Typing 1, 2 or 3 on a rating sets it and moves on as on paper: after 1 (正常) to the next
    domain's rating, after 2 or 3 to the note that says why. ``done`` follows the last rating."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(3)
        self.rows: list[tuple[str, QLabel, QComboBox, QLineEdit]] = []

    def set_domains(self, domains: list[str]) -> None:
        kept = {d: (r, n) for d, _l, r, n in self.rows}
        old = {d: (combo_value_rating(r), n.text()) for d, (r, n) in kept.items()}
        for _d, lab, rating, note in self.rows:
            for w in (lab, rating, note):
                self.grid.removeWidget(w)
                w.deleteLater()
        self.rows = []
        for i, domain in enumerate(domains):
            lab = QLabel(label(domain))
            lab.setWordWrap(True)  # a long (translated) name takes two lines rather than the width
            rating = QComboBox()
            rating.setObjectName(f"rating_{i}")
            rating.addItem("", "")
            for n, value in enumerate(refdata.OBSERVATION_RATINGS, start=1):
                rating.addItem(f"{n} {label(value)}", value)
            note = QLineEdit()
            note.setObjectName(f"obs_note_{i}")
            note.setPlaceholderText(self.tr("情况说明（选填）"))
            lab.setBuddy(rating)
            rating.installEventFilter(self)
            self.grid.addWidget(lab, i, 0)
            self.grid.addWidget(rating, i, 1)
            self.grid.addWidget(note, i, 2)
            self.rows.append((domain, lab, rating, note))
            if domain in old:
                set_combo_data(rating, old[domain][0])
                note.setText(old[domain][1])
        self.grid.setColumnStretch(2, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if (
            event.type() != QEvent.Type.KeyPress
            or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            return super().eventFilter(watched, event)
        digit = event.text()
        index = next((i for i, row in enumerate(self.rows) if row[2] is watched), -1)
        if index < 0 or digit not in {
            str(n) for n in range(1, len(refdata.OBSERVATION_RATINGS) + 1)
        }:
            return super().eventFilter(watched, event)
        _d, _l, rating, note = self.rows[index]
        set_combo_data(rating, refdata.OBSERVATION_RATINGS[int(digit) - 1])
        if digit != "1":
            note.setFocus(Qt.FocusReason.TabFocusReason)
        elif index + 1 < len(self.rows):
            self.rows[index + 1][2].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.done.emit()
        return True

    def values(self) -> list[dict[str, str]]:
        return [
            {"domain": d, "rating": combo_value_rating(r), "note": n.text()}
            for d, _l, r, n in self.rows
        ]

    def set_values(self, observations: list[dict[str, str]]) -> None:
        known = {d for d, *_ in self.rows}
        extra = [o["domain"] for o in observations if o.get("domain") not in known]
        if extra:  # a domain the station no longer offers, kept on an old record
            self.set_domains([d for d, *_ in self.rows] + extra)
        found = {o["domain"]: o for o in observations}
        for d, _l, rating, note in self.rows:
            o = found.get(d, {})
            set_combo_data(rating, o.get("rating", ""))
            note.setText(o.get("note", ""))

    def all_normal(self) -> None:
        for _d, _l, rating, _n in self.rows:
            if not combo_value_rating(rating):
                set_combo_data(rating, refdata.OBSERVATION_RATINGS[0])


def combo_value_rating(box: QComboBox) -> str:
    return str(box.currentData() or "")


def set_combo_data(box: QComboBox, value: str) -> None:
    box.setCurrentIndex(max(box.findData(value or ""), 0))


class ActionTable(QWidget):
    """Follow-up actions: what, who, by when. Few rows, edited in place."""

    def __init__(self, today: dt.date, worker: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.worker = worker
        self.ids: list[str] = []
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("actions_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("跟进事项"), self.tr("负责人"), self.tr("完成期限")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(2, 100)
        self.table.verticalHeader().setVisible(False)
        self.table.setMaximumHeight(110)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum
        )  # a few rows: no more height
        self.add_button = QPushButton(self.tr("添加跟进事项（Alt+A）"))
        self.add_button.setObjectName("add_action")
        self.add_button.clicked.connect(lambda: self.add_row())
        # Alt+A at once (a button's mnemonic clicks 0.1 s later: typing would go elsewhere first)
        add = QShortcut(QKeySequence("Alt+A"), self, lambda: self.add_row())
        add.setContext(Qt.ShortcutContext.WindowShortcut)
        self.remove_button = QPushButton(self.tr("删除所选"))
        self.remove_button.clicked.connect(self.remove_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)

    def add_row(
        self, action: str = "", owner: str = "", due: str = "", action_id: str = ""
    ) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        default_due = (self.today + dt.timedelta(days=7)).isoformat()
        for c, value in enumerate((action, owner or self.worker, due or default_due)):
            self.table.setItem(r, c, QTableWidgetItem(value))
        self.ids.append(action_id)
        self.table.setCurrentCell(r, 0)
        if not action:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.table.editItem(self.table.item(r, 0))

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            del self.ids[r]

    def values(self) -> list[dict[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            cells = [
                (self.table.item(r, c).text() if self.table.item(r, c) else "") for c in range(3)
            ]
            due = visit_validation.expand_date(cells[2], self.today) if cells[2].strip() else ""
            out.append({"id": self.ids[r], "action": cells[0], "owner": cells[1], "due": due})
        return out

    def set_values(self, actions: list[dict[str, str]]) -> None:
        self.table.setRowCount(0)
        self.ids = []
        for a in actions:
            self.add_row(a.get("action", ""), a.get("owner", ""), a.get("due", ""), a.get("id", ""))


class PartnerGrid(QWidget):
    """Partners present: one line per kind; typing a name ticks the kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.rows: list[tuple[str, QCheckBox, QLineEdit]] = []
        for i, kind in enumerate(refdata.PARTNER_KINDS):
            box = QCheckBox(label(kind))
            box.setObjectName(f"partner_{i}")
            name = QLineEdit()
            name.setObjectName(f"partner_name_{i}")
            name.setPlaceholderText(
                self.tr("姓名或单位") if kind == refdata.PARTNER_OTHER else self.tr("姓名（选填）")
            )
            name.textEdited.connect(
                lambda text, b=box: b.setChecked(bool(text.strip()) or b.isChecked())
            )
            grid.addWidget(box, i, 0)
            grid.addWidget(name, i, 1)
            self.rows.append((kind, box, name))

    def values(self) -> list[dict[str, str]]:
        return [{"kind": k, "name": n.text()} for k, b, n in self.rows if b.isChecked()]

    def set_values(self, partners: list[dict[str, str]]) -> None:
        found: dict[str, list[str]] = {}
        for p in partners:
            found.setdefault(p.get("kind", ""), []).append(p.get("name", ""))
        for kind, box, name in self.rows:
            box.setChecked(kind in found)
            name.setText("、".join(n for n in found.get(kind, []) if n))
