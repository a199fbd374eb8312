"""资源库 page: the resources the station links people to (五社联动), filtered by the service
they offer, the village they cover and their kind; with a filter on a need and a village the list
is in best-match order, as when referring."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core import refdata
from desktop.core.errors import StationDeskError
from desktop.core.services import resources, station
from desktop.core.sync.recorder import ChangeSet
from desktop.ui.appcontext import AppContext
from desktop.ui.case_common import texts
from desktop.ui.forms import debounced, list_view, run_modal
from desktop.ui.labels import label, labels
from desktop.ui.resource_dialog import ResourceDialog

e = html.escape
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("name", "party_kind", "categories", "villages", "contact", "phone", "load")


class ResourceModel(QAbstractTableModel):
    """The directory (hundreds of rows at most: loaded whole, shown in the order given)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.village_names: dict[str, str] = {}
        self._headers = [self.tr("名称"), self.tr("五社类别"), self.tr("提供的服务"), self.tr("服务范围"),
                         self.tr("联系人"), self.tr("电话"), self.tr("在办转介")]

    def set_rows(self, rows: list[dict[str, Any]], village_names: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows, self.village_names = rows, village_names
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#999999") if not row.get("active") else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        key = COLUMNS[index.column()]
        if key == "party_kind":
            return label(row.get(key) or "")
        if key == "categories":
            return labels(row["categories"])
        if key == "villages":
            return "、".join(self.village_names.get(v, "") for v in row["villages"]) or texts().whole_township()
        if key == "load":
            return str(row.get("load") or "")
        return str(row.get(key) or "")


class ResourcePage(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.model = ResourceModel(self)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("resource_search")
        self.search_edit.setPlaceholderText(self.tr("搜索名称、拼音首字母、联系人"))
        self.search_edit.setClearButtonEnabled(True)
        self.need_filter = QComboBox()
        self.need_filter.setObjectName("need_filter")
        self.need_filter.addItem(self.tr("全部服务"), None)
        for need in refdata.NEED_TYPES:
            self.need_filter.addItem(label(need), need)
        self.village_filter = QComboBox()
        self.village_filter.setObjectName("village_filter")
        self.party_filter = QComboBox()
        self.party_filter.addItem(self.tr("全部五社类别"), None)
        for kind in refdata.PARTY_KINDS:
            self.party_filter.addItem(label(kind), kind)
        self.new_button = QPushButton(self.tr("新增资源"))
        self.new_button.setObjectName("new_resource")
        self.new_button.clicked.connect(self.new_resource)
        self._timer = debounced(self, self.search_edit, self.reload)
        for box in (self.need_filter, self.village_filter, self.party_filter):
            box.currentIndexChanged.connect(lambda _: self.reload())

        self.table = list_view(self.model, "resources", (170, 80, 190, 80, 70, 110, 60))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self.table.doubleClicked.connect(lambda _: self.edit_resource())
        self.count_label = QLabel()
        self.detail = QTextBrowser()
        self.detail.setObjectName("resource_detail")
        self.edit_button = QPushButton(self.tr("修改"))
        self.edit_button.clicked.connect(self.edit_resource)
        self.active_button = QPushButton(self.tr("停用"))
        self.active_button.clicked.connect(self.toggle_active)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 2)
        top.addWidget(self.need_filter, 1)
        top.addWidget(self.village_filter, 1)
        top.addWidget(self.party_filter, 1)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.active_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        app.changed.connect(self.on_changed)
        self.reload_villages()
        self.reload()

    def page_title(self) -> str:
        return self.tr("资源库")

    def reload_villages(self) -> None:
        current = self.village_filter.currentData()
        self.village_filter.blockSignals(True)
        self.village_filter.clear()
        self.village_filter.addItem(self.tr("全部村"), None)
        self.villages = station.villages(self.app.ctx)
        for v in self.villages:
            self.village_filter.addItem(v["name"], v["id"])
        self.village_filter.setCurrentIndex(max(self.village_filter.findData(current), 0))
        self.village_filter.blockSignals(False)

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("villages"):
            self.reload_villages()
        if any(changes.touches(t) for t in ("resources", "referrals", "referral_events", "villages")):
            self.reload()

    def reload(self) -> None:
        self._timer.stop()
        current = self.current_id()
        ctx = self.app.ctx
        need, village = self.need_filter.currentData(), self.village_filter.currentData()
        if need and not self.search_edit.text().strip() and not self.party_filter.currentData():
            matches = resources.match(ctx, need, village)  # best match first, as when referring
            rows = [dict(m.resource, load=m.load) for m in matches]
        else:
            rows = resources.resources(ctx, need, village, self.party_filter.currentData(), self.search_edit.text())
            load = {m.resource["id"]: m.load for m in resources.match(ctx, need)} if need else {}
            rows = [dict(r, load=load.get(r["id"], "")) for r in rows]
        self.model.set_rows(rows, {v["id"]: v["name"] for v in self.villages})
        self.count_label.setText(self.tr("共 {0} 个资源").format(len(rows)))
        ids = [r["id"] for r in rows]
        row = ids.index(current) if current in ids else (0 if ids else -1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.show_detail()

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def show_detail(self) -> None:
        rid = self.current_id()
        self.edit_button.setEnabled(rid is not None)
        self.active_button.setEnabled(rid is not None)
        if rid is None:
            self.detail.setHtml(self.tr("<p>资源库是空的。点“新增资源”登记村委、卫生院、志愿服务队、社会组织、慈善资源等。</p>"))
            return
        try:
            r = resources.resource(self.app.ctx, rid)
        except StationDeskError:
            self.detail.clear()
            return
        self.active_button.setText(self.tr("停用") if r["active"] else self.tr("恢复使用"))
        self.detail.setHtml(self._html(r))

    def _html(self, r: dict[str, Any]) -> str:
        names = {v["id"]: v["name"] for v in self.villages}
        load = r["load"]
        in_progress = sum(load.get(s, 0) for s in ("已转介", "已接收", "服务中"))
        rows = [
            (self.tr("资源类型"), label(r.get("kind") or "")), (self.tr("五社类别"), label(r.get("party_kind") or "")),
            (self.tr("提供的服务"), labels(r["categories"])),
            (self.tr("服务范围"), "、".join(names.get(v, "") for v in r["villages"]) or texts().whole_township()),
            (self.tr("联系人"), r.get("contact") or ""), (self.tr("电话"), r.get("phone") or ""),
            (self.tr("地址"), r.get("address") or ""), (self.tr("统一社会信用代码"), r.get("credit_code") or ""),
            (self.tr("容量"), texts().capacity(in_progress, r.get("capacity"))),
            (self.tr("转介情况"), "　".join(f"{label(s)} {load[s]}" for s in refdata.REFERRAL_STATUSES if load.get(s))),
        ]
        state = "" if r["active"] else self.tr("（已停用）")
        out = [f"<h2>{e(r['name'])}{e(state)}</h2><table cellspacing='3'>"]
        out += [f"<tr><td style='color:#555;white-space:nowrap'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in rows if v]
        out.append("</table>")
        if r.get("notes"):
            out.append(f"<p>{e(r['notes'])}</p>")
        if r["referrals"]:
            caption = self.tr("最近的转介")
            out.append(f"<h3>{e(caption)}</h3><p>")
            out += [f"{e(x['referred_on'])}　{e(x.get('client_name') or '')}　{e(label(x['need']))}　{e(label(x['status']))}<br>"
                    for x in r["referrals"][:15]]
            out.append("</p>")
        return "".join(out)

    def new_resource(self) -> None:
        dialog = ResourceDialog(self.app, None, self)
        if run_modal(dialog) and dialog.saved is not None:
            self.select(dialog.saved.resource_id)

    def edit_resource(self) -> None:
        rid = self.current_id()
        if rid:
            run_modal(ResourceDialog(self.app, rid, self))

    def toggle_active(self) -> None:
        rid = self.current_id()
        if rid:
            active = resources.resource(self.app.ctx, rid)["active"]
            self.app.run(self, resources.set_active, rid, not active)

    def select(self, resource_id: str) -> None:
        ids = [r["id"] for r in self.model.rows]
        if resource_id not in ids:
            self.search_edit.clear()
            self.need_filter.setCurrentIndex(0)
            self.village_filter.setCurrentIndex(0)
            self.party_filter.setCurrentIndex(0)
            self.reload()
            ids = [r["id"] for r in self.model.rows]
        if resource_id in ids:
            self.table.setCurrentIndex(self.model.index(ids.index(resource_id), 0))
