"""Typed errors raised by the core. Each carries a code and a Chinese message.

The UI translates ``template`` through Qt (context "core") and formats it with ``params``;
the CLI prints ``message`` as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# One catalog of every message the core can produce: code -> Chinese template.
MESSAGES: dict[str, str] = {
    "required": "请填写{label}。",
    "too_long": "{label}最多 {max} 个字，请删减。",
    "id.format": "身份证号应为 18 位：前 17 位是数字，最后一位是数字或 X。请核对后重新输入。",
    "id.date": "身份证号中的出生日期 {date} 不是有效日期，请核对第 7-14 位。",
    "id.future": "身份证号中的出生日期 {date} 晚于今天，请核对第 7-14 位。",
    "id.check": "身份证号校验位不对：按前 17 位计算最后一位应为 {expected}，请逐位核对。",
    "id.sex_mismatch": "性别与身份证号不符：按身份证号应为{sex}。请改正性别或身份证号。",
    "id.birth_mismatch": "出生日期与身份证号不符：按身份证号应为 {date}。请改正出生日期或身份证号。",
    "id.duplicate": "身份证号 {id_number} 已登记给 {name}（{village}{address}），同一人不能重复登记。",
    "phone.format": "电话号码格式不对：手机号为 11 位（以 1 开头），固定电话如 0731-1234567。",
    "date.format": "日期格式应为 年-月-日，例如 2010-03-15。",
    "date.future": "日期不能晚于今天。",
    "choice": "“{value}”不是可选的{label}，请从列表中选择。",
    "disability.grade": "请填写残疾等级（1-4 级）和残疾类别。",
    "household.head": "户主必须是本户的一名成员。",
    "household.village": "请选择所属行政村。",
    "household.group": "“{value}”不是{village}的村民小组，请从列表中选择。",
    "station.exists": "本机已设置站点“{name}”，不能重复设置。",
    "station.missing": "还没有设置站点。请先完成站点设置（或运行 init / demo 命令）。",
    "station.villages": "请至少填写一个行政村。",
    "tag.exists": "标签“{name}”已存在。",
    "not_found": "找不到这条记录，可能已被删除。",
    "schema.newer": "这个数据库由更新版本的社工站工作台创建（数据结构版本 {found}，本程序支持到 {supported}）。请升级程序后再打开，数据未做任何改动。",
    "db.locked": "数据库正被另一个程序使用，请关闭其他社工站工作台窗口后重试。",
    "db.corrupt": "数据库文件已损坏或不是社工站工作台的数据库：{path}。请从备份恢复。",
    "demo.count": "户数应在 1 到 200000 之间。",
}


def render(code: str, params: dict[str, Any]) -> str:
    return MESSAGES[code].format(**params)


class StationDeskError(Exception):
    """Base of every expected failure; ``message`` is ready for a Chinese-speaking user."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(render(code, params))

    @property
    def template(self) -> str:
        return MESSAGES[self.code]

    @property
    def message(self) -> str:
        return str(self)


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return render(self.code, self.params)


class ValidationError(StationDeskError):
    """One or more fields are invalid. ``errors`` lists them; ``existing`` names a duplicate."""

    def __init__(self, errors: list[FieldError], existing: dict[str, Any] | None = None) -> None:
        self.errors = errors
        self.existing = existing
        first = errors[0]
        super().__init__(first.code, **first.params)

    def for_field(self, name: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == name), None)


class NotFoundError(StationDeskError):
    def __init__(self) -> None:
        super().__init__("not_found")


class SchemaTooNewError(StationDeskError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__("schema.newer", found=found, supported=supported)


class DatabaseError(StationDeskError):
    pass
