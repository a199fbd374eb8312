"""The register fields a roster column can fill, the Chinese headings that name them, and the
automatic mapping of a sheet's headings to fields."""

from __future__ import annotations

import re

# field key -> label shown in the mapping step (Chinese; the UI translates it).
FIELDS: dict[str, str] = {
    "name": "姓名",
    "sex": "性别",
    "id_number": "身份证号",
    "birth_date": "出生日期",
    "relation": "与户主关系",
    "head_name": "户主姓名",
    "head_id_number": "户主身份证号",
    "village": "行政村",
    "group": "村民小组",
    "house_no": "门牌号",
    "phone": "联系电话",
    "address": "家庭住址",
    "tags": "保障类别/人员类别",
    "disability": "残疾类别和等级",
    "disability_type": "残疾类别",
    "disability_grade": "残疾等级",
    "living_situation": "居住状况",
    "guardian_name": "监护人姓名",
    "guardian_relation": "监护人关系",
    "guardian_phone": "监护人电话",
    "health_notes": "健康状况",
}
IGNORE = ""  # a column mapped to nothing

# Headings as they appear in real rosters (after removing spaces, line breaks, brackets and *).
ALIASES: dict[str, tuple[str, ...]] = {
    "head_id_number": (
        "户主身份证号",
        "户主身份证号码",
        "户主公民身份号码",
        "户主证件号码",
        "户主身份证",
    ),
    "head_name": ("户主姓名", "户主", "户主名", "户名"),
    "id_number": (
        "身份证号",
        "身份证号码",
        "公民身份号码",
        "公民身份证号",
        "公民身份证号码",
        "证件号码",
        "身份证",
        "成员身份证号",
        "身份号码",
        "居民身份证号码",
        "证件号",
    ),
    "name": (
        "姓名",
        "成员姓名",
        "对象姓名",
        "救助对象姓名",
        "老人姓名",
        "儿童姓名",
        "残疾人姓名",
        "家庭成员姓名",
        "保障对象姓名",
        "人员姓名",
        "名字",
    ),
    "sex": ("性别",),
    "birth_date": ("出生日期", "出生年月", "出生年月日", "生日", "出生时间"),
    "relation": ("与户主关系", "与户主的关系", "家庭关系", "关系", "与申请人关系", "成员关系"),
    "village": (
        "村",
        "行政村",
        "村社区",
        "所在村",
        "村居",
        "村名",
        "村委会",
        "社区",
        "所属村",
        "村别",
        "村居委会",
    ),
    "group": ("组", "村民小组", "小组", "组别", "所在组", "所属组", "村组"),
    "house_no": ("门牌号", "门牌", "门牌号码"),
    "phone": ("联系电话", "电话", "手机", "手机号", "手机号码", "联系方式", "电话号码"),
    "address": ("家庭住址", "住址", "地址", "现住址", "户籍地址", "居住地址", "家庭地址"),
    "tags": (
        "保障类别",
        "人员类别",
        "救助类别",
        "对象类别",
        "类别",
        "特殊群体类别",
        "人员类型",
        "供养类别",
    ),
    "disability": (
        "残疾类别等级",
        "残疾类别及等级",
        "残疾情况",
        "残疾类别和等级",
        "残疾类型及等级",
    ),
    "disability_type": ("残疾类别", "残疾类型", "残疾种类"),
    "disability_grade": ("残疾等级", "残疾级别"),
    "living_situation": ("居住状况", "居住情况", "居住方式"),
    "guardian_name": ("监护人", "监护人姓名"),
    "guardian_relation": ("监护人关系", "与监护人关系", "监护关系"),
    "guardian_phone": ("监护人电话", "监护人联系电话", "监护人手机"),
    "health_notes": ("健康状况", "身体状况"),
}
_LOOKUP = {alias: key for key, aliases in ALIASES.items() for alias in aliases}
_NOISE = re.compile(r"[\s\u3000*＊:：、/（）()\[\]【】]|（.*?）|\(.*?\)")


def normalize_heading(text: object) -> str:
    raw = "" if text is None else str(text)
    raw = re.sub(r"（[^）]*）|\([^)]*\)", "", raw)  # 身份证号码（18位） -> 身份证号码
    return _NOISE.sub("", raw)


def field_for(heading: str, parent: str = "") -> str:
    """The field a heading names, or "" when it names none. ``parent`` is the heading above it in
    a two-row header (户主信息 over 姓名 means the head's name)."""
    key = normalize_heading(heading)
    top = normalize_heading(parent)
    found = _LOOKUP.get(key, "")
    if not found and key:
        # the longest alias the heading starts with (公民身份号码18位 -> id_number)
        starts = [a for a in _LOOKUP if key.startswith(a) and len(a) >= 2]
        if starts:
            found = _LOOKUP[max(starts, key=len)]
    if not key and top:
        return field_for(top)
    if "户主" in top and found in ("name", "id_number"):
        return "head_" + found
    return found


def auto_map(headings: list[str], parents: list[str] | None = None) -> list[str]:
    """One field per column (or ""); a field already taken by an earlier column is not repeated."""
    parents = parents or [""] * len(headings)
    taken: set[str] = set()
    out: list[str] = []
    for heading, parent in zip(headings, parents, strict=True):
        key = field_for(heading, parent)
        if key in taken:
            key = ""
        if key:
            taken.add(key)
        out.append(key)
    return out


def apply_remembered(
    headings: list[str], remembered: dict[str, str], automatic: list[str]
) -> list[str]:
    """A remembered mapping (heading text -> field) wins over the automatic one for its headings."""
    out = list(automatic)
    for i, heading in enumerate(headings):
        if heading in remembered:
            out[i] = remembered[heading]
    taken: set[str] = set()
    for i, key in enumerate(out):  # a heading remembered elsewhere frees its automatic twin
        if key and key in taken:
            out[i] = ""
        taken.add(key)
    return out
