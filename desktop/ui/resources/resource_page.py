"""资源库 page: the resources the station links people to (五社联动), filtered by the service
they offer, the village they cover and their kind; with a filter on a need and a village the list
is in best-match order, as when referring."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.core import refdata
from desktop.core.errors import StationDeskError
from desktop.core.resources import resources
from desktop.core.station import station
from desktop.ui.cases.case_common import texts
from desktop.ui.common.forms import button, hrow, run_modal, stack
from desktop.ui.common.labels import label, labels
from desktop.ui.common.list_model import RowTableModel
from desktop.ui.common.list_page import ListPage, refill
from desktop.ui.resources.resource_dialog import ResourceDialog
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform

e = html.escape
COLUMNS = ("name", "party_kind", "categories", "villages", "contact", "phone", "load")


class ResourceModel(RowTableModel):
    """The directory (hundreds of rows at most: loaded whole, shown in the order given)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)
        self.village_names: dict[str, str] = {}
        self.headers = [
            self.tr("名称"),
            self.tr("五社类别"),
            self.tr("提供的服务"),
            self.tr("服务范围"),
            self.tr("联系人"),
            self.tr("电话"),
            self.tr("在办转介"),
        ]

    def set_rows(
        self, rows: list[dict[str, Any]], village_names: dict[str, str] | None = None
    ) -> None:
        self.village_names = village_names or {}
        super().set_rows(rows)

    def foreground(self, row: int, key: str) -> QColor | None:
        return QColor("#999999") if not self.row(row).get("active") else None

    def text(self, row: int, key: str) -> str:
        found = self.row(row)
        if key == "party_kind":
            return label(found.get(key) or "")
        if key == "categories":
            return labels(found["categories"])
        if key == "villages":
            return (
                "、".join(self.village_names.get(v, "") for v in found["villages"])
                or texts().whole_township()
            )
        return str(found.get(key) or "")


class ResourcePage(ListPage):
    model: ResourceModel
    LIST_TABLES = frozenset({"resources", "referrals", "referral_events", "villages"})
    FILTER_TABLES = frozenset({"villages"})
    LAZY = (
        True  # filled when first shown: the app starts on 首页, and 50,000 households take 0.25 s
    )

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, ResourceModel(), self._search, parent)
        search = self.search_box("resource_search", self.tr("搜索名称、拼音首字母、联系人"))
        self.need_filter = self.filter_box(
            "need_filter",
            [(self.tr("全部服务"), None)] + [(label(n), n) for n in refdata.NEED_TYPES],
        )
        self.village_filter = self.filter_box("village_filter")
        self.party_filter = self.filter_box(
            "party_filter",
            [(self.tr("全部五社类别"), None)] + [(label(k), k) for k in refdata.PARTY_KINDS],
        )
        self.new_button = button(self.tr("新增资源"), "new_resource", self.new_resource)
        self.list_table("resources", (170, 80, 190, 80, 70, 110, 60))
        self.fit_column(1, (label(k) for k in refdata.PARTY_KINDS))
        self.fit_column(3, (texts().whole_township(),))
        self.view.doubleClicked.connect(lambda _: self.edit_resource())
        self.detail = QTextBrowser()
        self.detail.setObjectName("resource_detail")
        self.edit_button = button(self.tr("修改"), "edit_resource", self.edit_resource)
        self.active_button = button(self.tr("停用"), "toggle_active", self.toggle_active)
        self.place(
            hrow(
                (search, 2),
                (self.need_filter, 1),
                (self.village_filter, 1),
                (self.party_filter, 1),
                self.new_button,
            ),
            stack(self.detail, hrow(self.edit_button, self.active_button, None), grow=self.detail),
        )
        self.reload_filters()  # the list itself is filled when the page is first shown (LAZY)

    def page_title(self) -> str:
        return self.tr("资源库")

    def reload_filters(self) -> None:
        self.villages = station.villages(self.app.ctx)
        refill(
            self.village_filter, self.tr("全部村"), ((v["name"], v["id"]) for v in self.villages)
        )

    def _search(self) -> None:
        ctx = self.app.ctx
        need, village = self.need_filter.currentData(), self.village_filter.currentData()
        if need and not self.search_edit.text().strip() and not self.party_filter.currentData():
            matches = resources.match(ctx, need, village)  # best match first, as when referring
            rows = [dict(m.resource, load=m.load) for m in matches]
        else:
            rows = resources.resources(
                ctx, need, village, self.party_filter.currentData(), self.search_edit.text()
            )
            load = {m.resource["id"]: m.load for m in resources.match(ctx, need)} if need else {}
            rows = [dict(r, load=load.get(r["id"], "")) for r in rows]
        self.model.set_rows(rows, {v["id"]: v["name"] for v in self.villages})
        self.count_label.setText(self.tr("共 {0} 个资源").format(len(rows)))

    def show_detail(self) -> None:
        rid = self.current_id()
        self.edit_button.setEnabled(rid is not None)
        self.active_button.setEnabled(rid is not None)
        if rid is None:
            self.detail.setHtml(
                self.tr(
                    "<p>资源库是空的。点“新增资源”登记村委、卫生院、志愿服务队、社会组织、慈善资源等。</p>"
                )
            )
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
            (self.tr("资源类型"), label(r.get("kind") or "")),
            (self.tr("五社类别"), label(r.get("party_kind") or "")),
            (self.tr("提供的服务"), labels(r["categories"])),
            (
                self.tr("服务范围"),
                "、".join(names.get(v, "") for v in r["villages"]) or texts().whole_township(),
            ),
            (self.tr("联系人"), r.get("contact") or ""),
            (self.tr("电话"), r.get("phone") or ""),
            (self.tr("地址"), r.get("address") or ""),
            (self.tr("统一社会信用代码"), r.get("credit_code") or ""),
            (self.tr("容量"), texts().capacity(in_progress, r.get("capacity"))),
            (
                self.tr("转介情况"),
                "　".join(
                    f"{label(s)} {load[s]}" for s in refdata.REFERRAL_STATUSES if load.get(s)
                ),
            ),
        ]
        state = "" if r["active"] else self.tr("（已停用）")
        out = [f"<h2>{e(r['name'])}{e(state)}</h2><table cellspacing='3'>"]
        out += [
            f"<tr><td style='color:#555;white-space:nowrap'>{e(k)}</td><td>{e(v)}</td></tr>"
            for k, v in rows
            if v
        ]
        out.append("</table>")
        if r.get("notes"):
            out.append(f"<p>{e(r['notes'])}</p>")
        if r["referrals"]:
            caption = self.tr("最近的转介")
            out.append(f"<h3>{e(caption)}</h3><p>")
            out += [
                f"{e(x['referred_on'])}　{e(x.get('client_name') or '')}　{e(label(x['need']))}　{e(label(x['status']))}<br>"
                for x in r["referrals"][:15]
            ]
            out.append("</p>")
        return "".join(out)

    def new_resource(self) -> None:
        dialog = ResourceDialog(self.app, None, self)
        if run_modal(dialog) and dialog.saved is not None:
            self.select_id(dialog.saved.resource_id)

    def edit_resource(self) -> None:
        rid = self.current_id()
        if rid:
            run_modal(ResourceDialog(self.app, rid, self))

    def toggle_active(self) -> None:
        rid = self.current_id()
        if rid:
            active = resources.resource(self.app.ctx, rid)["active"]
            perform(self.app, self, resources.set_active, rid, not active)
