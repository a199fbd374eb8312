"""Typed errors raised by the core. Each carries a code and a Chinese message.

The UI translates ``template`` through Qt (context "core") and formats it with ``params``;
the CLI prints ``message`` as it is.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
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
    "village.exists": "已有名为“{name}”的行政村。",
    "village.in_use": "{name}还有 {count} 户登记在册，不能删除。请先把这些户改到其他行政村，或保留这个村。",
    "group.exists": "{village}已有“{name}”。",
    "group.in_use": "{village}{name}还有 {count} 户登记在册，不能删除。请先把这些户改到其他小组。",
    "tag.exists": "标签“{name}”已存在。",
    "not_found": "找不到这条记录，可能已被删除。",
    "schema.newer": "这个数据库由更新版本的社工站工作台创建（数据结构版本 {found}，本程序支持到 {supported}）。请升级程序后再打开，数据未做任何改动。",
    "db.locked": "数据库正被另一个程序使用，请关闭其他社工站工作台窗口后重试。",
    "db.corrupt": "数据库文件已损坏或不是社工站工作台的数据库：{path}。请从备份恢复。",
    "demo.count": "户数应在 1 到 200000 之间。",
    # visits and the visit schedule (issue 3)
    "visit.household": "请选择走访的户（输入户主或成员姓名、拼音首字母）。",
    "visit.too_old": "日期 {date} 太早，请核对年份。",
    "visit.time": "时间格式应为 时:分，例如 09:30。",
    "visit.duration": "时长应为 0 到 1440 之间的分钟数。",
    "visit.workers": "请至少选择一名走访社工。",
    "visit.partner_name": "请填写“其他”同行人员的姓名或单位。",
    "visit.member": "所选的成员不是本户成员，请重新选择。",
    "visit.rating": "请为“{domain}”选择评估结果（正常、需关注或有风险）。",
    "visit.action_text": "第 {n} 项跟进事项缺少内容。",
    "visit.action_owner": "第 {n} 项跟进事项缺少负责人。",
    "visit.action_due": "第 {n} 项跟进事项缺少完成期限，或日期格式不对（年-月-日）。",
    "visit.crisis_note": "标记为危机的，请简要写明危机情况。",
    "visit.report_answer": "记录了“{kind}”，请填写是否已按规定报告（强制报告）。",
    "visit.report_details": "已报告的，请填写报告对象（如 公安机关、民政部门）。",
    "visit.report_reason": "未报告的，请写明原因。",
    "visit.signed_by": "代签的，请填写代签人姓名及与居民的关系。",
    "visit.next_before": "下次走访日期不能早于本次走访日期。",
    "visit.locked": "这份走访记录已提交，不能直接修改。如需改正，请使用“更正”，原记录会保留在历史中。",
    "visit.corrected": "这份记录已被更正为第 {version} 版，请在最新版本上更正。",
    "visit.not_submitted": "只有已提交的走访记录可以更正或作废。",
    "visit.not_draft": "只能删除草稿，已提交的记录请使用“作废”。",
    "crisis.closed": "这条危机提示已经处理，无需再次处置。",
    "followup.closed": "这项跟进事项已完成或已取消。",
    "interval.format": "走访周期格式不对：请填写 1 到 999 的数字，并选择天、周或个月。",
    "rule.exists": "“{value}”已有走访周期规则，请直接修改。",
    "rule.value": "请选择规则适用的人员类别或风险等级。",
    "domain.exists": "观察项“{name}”已存在。",
    # case work, plans, resources and referrals (issue 4)
    "case.household": "请选择个案所属的户（输入户主或成员姓名、拼音首字母）。",
    "case.person": "所选的服务对象不是本户成员，请重新选择。",
    "case.closed": "这个个案已结案，不能再修改。如需继续服务，请先“重新开案”。",
    "case.not_closed": "这个个案尚未结案，不需要重新开案。",
    "case.no_evaluation": "结案前要先做评估：请先在“评估”中为本轮服务的目标评定达成情况，再结案。",
    "case.assessment_first": "请先为这个个案完成需求评估。",
    "assessment.ratings": "请至少为一个领域评定需求程度（0-3）。",
    "assessment.level": "“{domain}”的需求程度应为 0 到 3，请重新选择。",
    "assessment.locked": "这次评估已经督导审批通过，不能再修改。情况有变化时，请新做一次评估。",
    "plan.goals": "请至少填写一个具体目标。",
    "plan.goal_text": "第 {n} 个具体目标缺少内容。",
    "plan.action_text": "第 {n} 个目标的第 {m} 项行动缺少内容。",
    "plan.action_party": "第 {n} 个目标的第 {m} 项行动请选择责任方（五社联动）。",
    "plan.action_dates": "第 {n} 个目标的第 {m} 项行动：完成日期不能早于开始日期，日期格式为 年-月-日。",
    "plan.action_resource": "第 {n} 个目标的第 {m} 项行动所选的资源已不在资源库中，请重新选择。",
    "plan.dates": "计划结束日期不能早于开始日期。",
    "plan.locked": "这一版服务计划已经确认（已打印签字），不能直接修改。请用“修订计划”生成新版本，原版本会保留。",
    "plan.draft_exists": "这个个案已有一份未确认的计划草稿，请继续编辑那份草稿。",
    "plan.not_draft": "只有草稿可以确认或删除。",
    "plan.superseded": "这一版计划已有更新的版本，请在最新版本上修订。",
    "plan.no_current": "还没有已确认的服务计划。请先与服务对象确认计划，再做回顾。",
    "review.empty": "请至少填写一个目标的进展，或更新一项行动的状态。",
    "evaluation.score": "请为每个具体目标评定达成程度（-2 到 +2）：“{goal}”还没有评定。",
    "approval.self": "不能审批自己提交的记录，请由站长或督导审批。",
    "approval.decided": "这项审批已经处理过了。",
    "approval.comment": "退回时请写明意见，方便社工修改。",
    "approval.nothing": "没有需要提交审批的记录：需求评估和已确认的服务计划都已提交或已批准。",
    "approval.assessment_first": "本站要求需求评估经督导批准后才能确认服务计划。请先“提交审批”，等督导批准后再确认计划。",
    "approval.plan_first": "本站要求服务计划经督导批准后才能开始介入（回顾、评估）。请先“提交审批”，等督导批准计划。",
    "approval.closure_waiting": "结案申请正在等待督导审批，不能重复申请。",
    "settings.unknown": "没有这项设置：{key}。",
    "worker.unknown": "“{name}”不是本站社工，请先在“设置”中增加这名社工。",
    "resource.exists": "资源“{name}”已在资源库中，请直接修改那一条。",
    "resource.categories": "请至少选择一个服务类别。",
    "resource.capacity": "服务容量应为 1 到 9999 的整数；不限人数请留空。",
    "credit.format": "统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V），请核对。",
    "credit.check": "统一社会信用代码校验位不对（按前 17 位应为 {expected}）。请核对证照；确认无误可再次保存。",
    "referral.resource_inactive": "资源“{name}”已停用，请选择其他资源。",
    "referral.consent": "请选择服务对象是否同意转介（书面或口头）。",
    "referral.follow_up": "跟进日期不能早于转介日期。",
    "referral.status_order": "转介状态不能从“{old}”改为“{new}”。",
    "referral.closed": "这个转介已经“{status}”，不能再更新状态。",
    "referral.outcome": "转介完成或未被接收时，请填写结果。",
    # sync by file (issue 6)
    "sync.passphrase_missing": "本机还没有本站的同步口令，不能导出同步包。请站长在“同步”页面设置同步口令（命令行：sync passphrase），或先在本机导入站点主机导出的同步包。",
    "sync.passphrase_exists": "本站已经设置了同步口令，不能再次设置。",
    "sync.passphrase_short": "同步口令太短：U 盘丢了，捡到的人可以在自己的电脑上不停地试口令。请用至少 {min} 个字符（一个汉字算 2 个），把几个不相干的词、数字和符号连起来，例如：{example}",
    "sync.passphrase_weak": "同步口令太容易被猜到：不要用 123456、生日、电话号码、连续或重复的字符、常见的词。请把几个不相干的词、数字和符号连起来，例如：{example}",
    "sync.passphrase_mismatch": "两次输入的同步口令不一致，请重新输入。",
    "sync.passphrase_needed": "请提供本站的同步口令：在提示时输入，或用 --passphrase-file 指定口令文件，或设置环境变量 STATIONDESK_PASSPHRASE。",
    "sync.passphrase_wrong": "同步口令不对。请核对本站的同步口令（区分大小写、全角半角）后重试。本机数据没有任何改动。",
    "sync.peer_unknown": "没有找到电脑“{name}”。本机知道的电脑：{known}。",
    "sync.peer_ambiguous": "“{name}”对应多台电脑：{known}。请输入更完整的电脑名称或编号。",
    "sync.folder": "无法写入 {path}：{reason}。请检查 U 盘是否插好、是否写保护、空间是否已满，然后重试。",
    "sync.verify_write": "写入后读回校验失败：{path}。U 盘可能有问题，请换一个 U 盘重新导出（本机数据没有改动）。",
    "sync.read": "无法读取 {path}：{reason}。请检查 U 盘是否插好后重试。",
    "backup.unknown": "没有名为“{name}”的备份。请用 backup list 查看本机的备份。",
    "backup.damaged": "备份“{name}”已损坏，不能恢复。请换一份备份。本机数据没有任何改动。",
    "backup.failed": "恢复备份“{name}”失败（{reason}）。请关闭社工站工作台、检查磁盘空间后重试。",
    "sync.backup": "导入前备份数据库失败（{reason}），为安全起见没有导入。请检查磁盘空间后重试。",
    "undo.none": "本机没有可以撤销的导入。"
    "要回到更早的状态，请用 backup list 查看备份，再用 backup restore 恢复。",
    "undo.changed": "导入“{name}”之后本机又有了新的改动（录入、导入或导出），"
    "不能再单独撤销这次导入。"
    "要回到导入前，请关闭本程序后用 backup restore 恢复当天的备份。",
    "backup.daily": "今天的数据库备份没有做成（{reason}）。"
    "同步的内容已经导入；请检查磁盘空间，下次导入时会再试。",
    "sync.conflict_choose": "这一项只能保留其中一个值，不能填写新的值。",
    "sync.value_required": "这一项不能为空：请填写新的值，或保留其中一个值。",
    "sync.value_too_long": "新的值最多 {max} 个字，请删减。",
    "sync.conflict_gone": "这条冲突已经处理过了（可能已在别的电脑上处理），请刷新列表。",
    "sync.join_names": "本机还没有站点。加入站点前，请填写本机名称和使用本机的社工姓名。",
    "bundle.not_bundle": "“{name}”不是社工站工作台的同步包，或文件开头已损坏。本机数据没有任何改动。",
    "bundle.damaged": "同步包“{name}”已损坏、不完整或被改动过（可能拷贝没有完成，或 U 盘被提前拔出）。请在导出的电脑上重新导出后再导入。本机数据没有任何改动。",
    "bundle.passphrase": "无法用这个口令打开同步包“{name}”：口令不对，或同步包已损坏。请核对口令后重试。本机数据没有任何改动。",
    "bundle.other_station": "同步包“{name}”属于另一个站点，不能导入本站。请确认 U 盘上的文件来自本站的电脑。本机数据没有任何改动。",
    "bundle.newer": "同步包“{name}”由更新版本的社工站工作台导出（数据结构版本 {found}，本程序支持到 {supported}）。请先升级本机的程序再导入。本机数据没有任何改动。",
    "bundle.format": "同步包“{name}”的文件格式（第 {found} 版）比本程序新，本机的版本读不了。请先把本机的社工站工作台升级到 {version} 或更高版本再导入。本机数据没有任何改动。",
    "bundle.kdf_cost": "同步包“{name}”要求的口令计算量超过本站设定的上限，可能是伪造的文件，没有打开。请只导入本站电脑导出的同步包。本机数据没有任何改动。",
    "bundle.schema": "同步包“{name}”里有同步包格式之外的内容（{what}），可能是伪造或被改动的文件，没有导入。请在导出的电脑上重新导出。本机数据没有任何改动。",
    "bundle.join_full": "本机还没有站点。加入站点请导入站点主机导出的“完整同步包”，而不是“{name}”。",
    "bundle.receipt": "“{name}”是回执文件，不是同步包；回执会在导出或导入时自动读取，无需导入。",
    # printed documents (issue 5)
    "print.glyph": "{record}的“{field}”中有字体无法打印的字符“{char}”（{unicode}），打印出来会漏掉这个字。请先在记录中改正（例如改用常用写法，或在括号中注明读音）后再打印。",
    "print.glyphs": "{record}的“{field}”中有字体无法打印的字符“{char}”（{unicode}），另有 {more} 处无法打印的字符，打印出来会漏字。请先在记录中改正后再打印。",
    "print.nothing": "没有要打印的记录。",
    "print.not_signed": "这份走访记录还没有签字，不能打印存档副本。请打印供签字的记录表，签字后在记录中改为“本人已签字”或“代签”。",
    "print.write": "无法保存 {path}：{reason}。请检查文件夹是否可写、磁盘空间是否已满，或文件是否正被其他程序打开。",
    # roster import (issue 15)
    "roster.file_missing": "找不到文件“{name}”。请确认文件还在原来的位置（U 盘是否已插好）。",
    "roster.file_type": "“{name}”不是能导入的名册文件。请选择 .xlsx、.xls 或 .csv 文件（WPS 文件请先另存为 .xlsx）。",
    "roster.unreadable": "无法读取“{name}”：文件已损坏，或不是它的扩展名所说的格式。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。",
    "roster.password": "“{name}”设置了打开密码，无法读取。请用 Excel 或 WPS 打开，取消密码（文件 → 信息 → 保护工作簿）后另存，再导入。",
    "roster.encoding": "无法识别“{name}”的文字编码。请用 Excel 或 WPS 打开后另存为 .xlsx，或另存为“CSV UTF-8”再导入。",
    "roster.sheet": "文件中没有名为“{sheet}”的工作表。可选的工作表：{known}。",
    "roster.empty": "工作表“{sheet}”是空的，没有可导入的行。",
    "roster.no_header": "在工作表“{sheet}”的前 {rows} 行中找不到表头（至少要有“姓名”和“身份证号”等列名）。请确认选择了正确的工作表，或在表头行填写列名后再导入。",
    "roster.too_many": "工作表“{sheet}”有 {rows} 行，超过一次能导入的 {max} 行。请把名册分成几个文件分别导入。",
    "roster.map_name": "请把一列对应为“姓名”，否则无法导入。",
    "roster.map_twice": "“{field}”对应了两列（第 {first} 列和第 {second} 列），请只保留一列。",
    "roster.tag_unknown": "“{value}”不是本站的人员类别。本站的人员类别：{known}。请在 设置 中添加，或改正名册。",
    "roster.roster_date": "名册日期应写成 年-月，例如 2026-11。",
    "roster.mapping_name": "请填写名册来源（例如“县民政局低保名册”），列的对应关系会按来源记住。",
    "roster.id_excel_number": "身份证号被 Excel 存成了数字（显示为 {shown}），后 3 位已丢失，无法恢复。请把这一列设为“文本”格式，重新填写完整的身份证号。",
    "roster.id_excel_000": "身份证号 {shown} 末尾是 000：很可能是 Excel 把它当成数字，只保留了前 15 位。请把这一列设为“文本”格式，重新填写完整的身份证号。",
    "roster.date": "“{value}”不是能识别的日期。请写成 2023-05-01、2023.5.1、2023/5/1 或 20230501。",
    "roster.sex": "“{value}”不是能识别的性别，请填写“男”或“女”。",
    "roster.village_missing": "缺少所属行政村。请在名册中填写村名，或在对应关系中指定“村”这一列。",
    "roster.village_unknown": "“{value}”不是本站的行政村。本站的行政村：{known}。",
    "roster.village_suggest": "“{value}”不是本站的行政村，是否为“{suggestion}”？请改正村名后再导入。",
    "roster.group_unknown": "“{value}”不是{village}的村民小组（{known}）。",
    "roster.group_suggest": "“{value}”不是{village}的村民小组，是否为“{suggestion}”？",
    "roster.disability": "“{value}”不是能识别的残疾类别和等级，请写成如“肢体三级”。",
    "roster.relation_needed": "请填写与户主关系（这一行不是户主，要加入“{head}”户）。",
    "roster.no_head": "找不到户主“{head}”：名册中没有户主这一行，登记簿中{village}也没有这位户主。请补上户主这一行，或改正户主姓名。",
    "roster.head_ambiguous": "{village}有 {count} 户的户主都叫“{head}”，无法确定加入哪一户。请填写户主身份证号。",
    "roster.head_error": "本户户主（第 {row} 行）有错误，本户其他成员暂不导入。改正户主这一行后再导入。",
    "roster.duplicate_conflict": "与第 {row} 行是同一人（{key}），但两行内容不同。请核对后只保留一行。",
    "roster.repeated": "与第 {row} 行重复，只导入一次。",
    "roster.candidate": "可能是登记簿中已有的 {name}（{village}，出生日期 {birth}），请确认是否为同一人。",
    "roster.changed_since": "名册文件在预览之后被改动过。请重新预览再导入。",
    "roster.undo_done": "这次导入已经撤销过了。",
    "roster.undo_touched": "这次导入写入的记录（{name}等 {count} 条）之后又被修改过，不能整体撤销。请在户档案中逐条改正。",
    "roster.import_unknown": "找不到这次导入的记录。",
    "roster.write_errors": "无法保存错误清单 {path}：{reason}。请检查文件夹是否可写，或文件是否正被 Excel 打开。",
    # reports and the monthly ledger (issue 16)
    "report.period": "无法识别报表期间“{text}”。月份请写成 2026-11，季度写成 2026Q4，年度写成 2026。",
    "report.future": "{period}还没有开始，没有可以统计的数据。请选择已经开始的月份、季度或年度。",
    "report.definitions_file": "指标定义文件 {path} 无法读取或不是有效的 JSON。请改正或删除这个文件后重试（删除后使用程序自带的指标）。",
    "report.definitions_entry": "指标定义文件中有一项写得不对：{entry}。每项需要 code、name、unit，aggregate 只能是 sum、end 或 mean。",
    "report.definitions_unknown": "指标定义文件中的指标“{indicator}”不是程序能计算的指标：新增的指标只能用 sum_of 或 ratio_of 由已有指标组成，且引用的指标代码必须存在。",
    "report.write": "无法保存 {path}：{reason}。请检查文件夹是否可写、磁盘空间是否已满，或文件是否正被 Excel 等程序打开。",
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
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

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


def live(row: dict[str, Any] | None) -> dict[str, Any]:
    """``row`` if it exists and is not deleted; NotFoundError otherwise."""
    if row is None or row["deleted"]:
        raise NotFoundError()
    return row


class SchemaTooNewError(StationDeskError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__("schema.newer", found=found, supported=supported)


class DatabaseError(StationDeskError):
    pass


class SyncError(StationDeskError):
    """Sync by file: a missing or wrong passphrase, an unknown peer, an unwritable folder, …"""


class BundleError(SyncError):
    """A bundle that cannot be taken in: damaged, wrong passphrase, another station, newer schema.
    Raised before anything is written."""
