"""Field validation for register records. Returns cleaned values or raises ValidationError."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from desktop.core import idcard, phone, refdata
from desktop.core.errors import FieldError, ValidationError
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.text import clean, normalize_digits

NAME_MAX = 30
NOTE_MAX = 20000

LABELS = {
    "name": "姓名",
    "relation": "与户主关系",
    "sex": "性别",
    "birth_date": "出生日期",
    "id_number": "身份证号",
    "phone": "电话",
    "tags": "人员类别",
    "disability_type": "残疾类别",
    "disability_grade": "残疾等级",
    "living_situation": "居住状况",
    "guardian_name": "监护人姓名",
    "guardian_relation": "监护人关系",
    "guardian_phone": "监护人电话",
    "health_notes": "健康状况",
    "village_id": "行政村",
    "group_name": "村民小组",
    "house_no": "门牌号",
    "address": "地址",
    "risk_level": "风险等级",
    "worker": "负责社工",
    "notes": "备注",
    "registered_on": "登记日期",
    "station": "站点名称",
    "county": "县（市、区）",
    "township": "乡镇（街道）",
    "computer": "本机名称",
    "worker_name": "社工姓名",
    "tag_name": "标签名称",
    "passphrase": "站点同步口令",
}
# Visits (issue 3): labels of the visit record's fields, used in messages.
LABELS.update(
    {
        "visit_date": "走访日期",
        "visit_time": "走访时间",
        "visit_type": "走访方式",
        "workers": "走访社工",
        "partners": "同行人员",
        "members_met": "见到的成员",
        "observations": "观察评估",
        "needs": "发现的需求",
        "services": "现场服务",
        "services_note": "服务说明",
        "risk_after": "走访后风险等级",
        "crisis_note": "危机情况",
        "safeguarding": "强制报告情形",
        "report_made": "是否已报告",
        "report_to": "报告对象",
        "report_at": "报告日期",
        "report_note": "未报告原因",
        "signature": "签字情况",
        "signed_by": "代签人",
        "next_visit_date": "下次走访日期",
        "visit_notes": "走访记录",
        "correction_reason": "更正原因",
        "resolution": "处置情况",
        "done_note": "完成情况",
        "visit_interval": "走访周期",
        "domain_name": "观察项名称",
        "action": "跟进事项",
    }
)

# Case work (issue 4): labels of case, plan, resource and referral fields, used in messages.
LABELS.update(
    {
        "case_title": "个案名称",
        "case_source": "个案来源",
        "intake_date": "接案日期",
        "supervisor": "督导",
        "closure_reason": "结案原因",
        "closure_note": "结案说明",
        "reopen_note": "重新开案原因",
        "assess_date": "评估日期",
        "assessor": "评估人",
        "assessment_summary": "评估小结",
        "overall_goal": "总目标",
        "plan_start": "计划开始日期",
        "plan_end": "计划结束日期",
        "agreed_on": "确认日期",
        "agreed_by": "服务对象签字",
        "change_reason": "修订原因",
        "review_date": "回顾日期",
        "eval_date": "评估日期",
        "next_date": "下次评估日期",
        "next_review": "下次回顾日期",
        "party_kind": "五社类别",
        "resource_name": "资源名称",
        "resource_kind": "资源类型",
        "categories": "服务类别",
        "need": "需求类别",
        "resource": "接收资源",
        "referred_on": "转介日期",
        "follow_up": "跟进日期",
        "consent": "服务对象同意",
        "consent_on": "同意日期",
        "referral_status": "转介状态",
        "outcome": "转介结果",
        "event_date": "日期",
        "approval_comment": "审批意见",
    }
)


def parse_date(text: str) -> dt.date | None:
    """ "2026-11-29", "2026/11/29", "2026.11.29" (full-width digits folded) -> a date, else None."""
    text = normalize_digits(text or "").replace("/", "-").replace(".", "-")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _phone(field_name: str, raw: str, errors: list[FieldError]) -> str:
    value = phone.normalize(raw)
    if value and not phone.is_valid(value):
        errors.append(FieldError(field_name, "phone.format"))
    return value


def choice(
    name: str,
    value: str,
    options: tuple[str, ...] | list[str],
    errors: list[FieldError],
    label: str = "",
    required: bool = False,
) -> str:
    """One of ``options`` (or empty, unless ``required``), cleaned; ``label`` names LABELS' key
    when it differs from the field name. The register's, the visits' and the case work's check."""
    value = clean(value)
    if not value:
        if required:
            errors.append(FieldError(name, "required", {"label": LABELS[label or name]}))
    elif value not in options:
        errors.append(FieldError(name, "choice", {"value": value, "label": LABELS[label or name]}))
    return value


def clean_person(p: PersonInput, tag_names: list[str], today: dt.date) -> PersonInput:
    """Normalise and check one person; sex and birth date are derived from the ID number."""
    errors: list[FieldError] = []
    name = clean(p.name)
    if not name:
        errors.append(FieldError("name", "required", {"label": LABELS["name"]}))
    elif len(name) > NAME_MAX:
        errors.append(FieldError("name", "too_long", {"label": LABELS["name"], "max": NAME_MAX}))
    sex, birth_text = clean(p.sex), clean(p.birth_date)
    birth = parse_date(birth_text) if birth_text else None
    if birth_text and birth is None:
        errors.append(FieldError("birth_date", "date.format"))
    elif birth and birth > today:
        errors.append(FieldError("birth_date", "date.future"))
    id_number = idcard.normalize(p.id_number)
    if id_number:
        try:
            info = idcard.parse(id_number, today)
        except ValueError as exc:
            errors.append(exc.args[0])
        else:
            id_number = info.number
            if sex and sex != info.sex:
                errors.append(FieldError("sex", "id.sex_mismatch", {"sex": info.sex}))
            if birth and birth != info.birth_date:
                errors.append(
                    FieldError(
                        "birth_date", "id.birth_mismatch", {"date": info.birth_date.isoformat()}
                    )
                )
            sex = sex or info.sex
            birth = birth or info.birth_date
    if not sex:
        errors.append(FieldError("sex", "required", {"label": LABELS["sex"]}))
    choice("sex", sex, refdata.SEXES, errors)
    if birth is None and not birth_text and not any(e.field == "id_number" for e in errors):
        errors.append(FieldError("birth_date", "required", {"label": LABELS["birth_date"]}))
    relation = clean(p.relation)
    if not relation:
        errors.append(FieldError("relation", "required", {"label": LABELS["relation"]}))
    choice("relation", relation, refdata.RELATIONS, errors)
    tags = list(dict.fromkeys(clean(t) for t in p.tags if clean(t)))
    for tag in tags:
        if tag not in tag_names:
            errors.append(FieldError("tags", "choice", {"value": tag, "label": LABELS["tags"]}))
    disability_type, disability_grade = clean(p.disability_type), clean(p.disability_grade)
    if refdata.TAG_DISABLED in tags and not (disability_type and disability_grade):
        errors.append(FieldError("disability_type", "disability.grade"))
    choice("disability_type", disability_type, refdata.DISABILITY_TYPES, errors)
    choice("disability_grade", disability_grade, refdata.DISABILITY_GRADES, errors)
    living = clean(p.living_situation)
    choice("living_situation", living, refdata.LIVING_SITUATIONS, errors)
    guardian_name = clean(p.guardian_name)
    is_child = (
        birth is not None
        and (today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day)))
        < refdata.CHILD_AGE
    )
    if is_child and refdata.CHILD_TAGS & set(tags) and not guardian_name:
        errors.append(FieldError("guardian_name", "required", {"label": LABELS["guardian_name"]}))
    guardian_relation = clean(p.guardian_relation)
    choice("guardian_relation", guardian_relation, refdata.GUARDIAN_RELATIONS, errors)
    mobile = _phone("phone", p.phone, errors)
    guardian_phone = _phone("guardian_phone", p.guardian_phone, errors)
    notes = (p.health_notes or "").strip()
    if len(notes) > NOTE_MAX:
        errors.append(
            FieldError(
                "health_notes", "too_long", {"label": LABELS["health_notes"], "max": NOTE_MAX}
            )
        )
    if errors:
        raise ValidationError(errors)
    return replace(
        p,
        name=name,
        sex=sex,
        birth_date=birth.isoformat() if birth else "",
        id_number=id_number,
        relation=relation,
        tags=tags,
        disability_type=disability_type,
        disability_grade=disability_grade,
        living_situation=living,
        guardian_name=guardian_name,
        guardian_relation=guardian_relation,
        phone=mobile,
        guardian_phone=guardian_phone,
        health_notes=notes,
    )


def clean_household(
    h: HouseholdInput, villages: list[dict], workers: list[str], today: dt.date
) -> HouseholdInput:
    """Normalise and check a household; an empty registration date becomes ``today``."""
    errors: list[FieldError] = []
    registered_text = clean(h.registered_on)
    registered = parse_date(registered_text) if registered_text else today
    if registered is None:
        errors.append(FieldError("registered_on", "date.format"))
    elif registered > today:
        errors.append(FieldError("registered_on", "date.future"))
    village = next((v for v in villages if v["id"] == h.village_id), None)
    if village is None:
        errors.append(FieldError("village_id", "household.village"))
    group = clean(h.group_name)
    if village is not None and group and village["groups"] and group not in village["groups"]:
        errors.append(
            FieldError(
                "group_name", "household.group", {"value": group, "village": village["name"]}
            )
        )
    risk = clean(h.risk_level) or refdata.RISK_LEVELS[-1]
    choice("risk_level", risk, refdata.RISK_LEVELS, errors)
    worker = clean(h.worker)
    choice("worker", worker, workers, errors)
    mobile = _phone("phone", h.phone, errors)
    house_no = clean(h.house_no)
    if len(house_no) > 20:
        errors.append(FieldError("house_no", "too_long", {"label": LABELS["house_no"], "max": 20}))
    address = clean(h.address)
    if len(address) > 100:
        errors.append(FieldError("address", "too_long", {"label": LABELS["address"], "max": 100}))
    notes = (h.notes or "").strip()
    if len(notes) > NOTE_MAX:
        errors.append(FieldError("notes", "too_long", {"label": LABELS["notes"], "max": NOTE_MAX}))
    if errors:
        raise ValidationError(errors)
    return replace(
        h,
        group_name=group,
        risk_level=risk,
        worker=worker,
        phone=mobile,
        house_no=house_no,
        address=address,
        notes=notes,
        registered_on=registered.isoformat() if registered else "",
    )
