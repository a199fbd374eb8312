"""One cell into a register value: ID numbers that Excel turned into numbers, the dates rosters
use, sexes, names with spaces, villages and groups matched to the station's list, disabilities,
tags. Each function returns the value or raises CellError with a message code."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from typing import Any

from desktop.core import idcard, refdata
from desktop.core.text import clean, normalize_digits

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_CJK = r"\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_SPACE = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?E\+?\d+$", re.IGNORECASE)
_DATE = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$")
_MONTH = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?$")
_NUMERALS = "零一二三四五六七八九十"


class CellError(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def text(value: Any) -> str:
    """A cell as text: whole numbers without ".0", dates as 年-月-日."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return clean(str(value))


def name(value: Any) -> str:
    """Names: spaces between Chinese characters are typing noise (张 三 -> 张三)."""
    return _CJK_SPACE.sub("", clean(normalize_digits(text(value))))


def id_number(value: Any) -> str:
    """The ID as typed, folded (full-width digits, x); an ID that Excel stored as a number is named
    as that problem (its last digits are lost), never as a wrong check digit."""
    if isinstance(value, bool):
        raise CellError("id.format")
    if isinstance(value, (int, float)):
        number = int(value)
        digits = str(number)
        if len(digits) == 15:
            return digits  # a legacy 15-digit number survives as a number
        if len(digits) >= 16:
            if idcard.is_valid(digits):
                return digits
            raise CellError(
                "roster.id_excel_number", shown=f"{float(value):.5E}".replace("E+", "E+")
            )
        raise CellError("id.format")
    raw = idcard.normalize(text(value)).lstrip("'").replace("-", "")
    if not raw:
        return ""
    if _SCIENTIFIC.match(raw):
        raise CellError("roster.id_excel_number", shown=raw)
    if len(raw) == 18 and raw.endswith("000") and raw.isdigit() and not idcard.is_valid(raw):
        raise CellError("roster.id_excel_000", shown=raw)
    return raw


def _serial(days: float) -> dt.date:
    return _EXCEL_EPOCH + dt.timedelta(days=int(days))


def date(value: Any) -> tuple[str, bool]:
    """(年-月-日, exact). Exact is False for a year and month only (出生年月 1949.12: the day is
    then taken from the ID number). Accepts 2023-05-01, 2023.5.1, 2023/5/1, 2023年5月1日,
    20230501 and Excel serial numbers."""
    if value is None or value == "":
        return "", True
    if isinstance(value, dt.datetime):
        return value.date().isoformat(), True
    if isinstance(value, dt.date):
        return value.isoformat(), True
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 80000:
            return _serial(value).isoformat(), True
        value = text(value)
    raw = unicodedata.normalize("NFKC", normalize_digits(text(value))).replace(
        " ", ""
    )  # ２０２３．５．１
    try:
        if re.fullmatch(r"\d{8}", raw):
            return dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:])).isoformat(), True
        if re.fullmatch(r"\d{5}(\.0+)?", raw):
            return _serial(float(raw)).isoformat(), True
        found = _DATE.match(raw)
        if found:
            y, m, d = (int(x) for x in found.groups())
            return dt.date(y, m, d).isoformat(), True
        found = _MONTH.match(raw)
        if found:
            y, m = (int(x) for x in found.groups())
            return dt.date(y, m, 1).isoformat()[:7], False
    except ValueError:
        pass
    raise CellError("roster.date", value=text(value))


def sex(value: Any) -> str:
    raw = text(value).upper()
    if not raw:
        return ""
    for found, options in (
        ("男", ("男", "男性", "M", "MALE", "1")),
        ("女", ("女", "女性", "F", "FEMALE", "2")),
    ):
        if raw in options:
            return found
    raise CellError("roster.sex", value=text(value))


_RELATIONS = {
    "本人": "户主",
    "户主本人": "户主",
    "申请人": "户主",
    "妻子": "配偶",
    "丈夫": "配偶",
    "妻": "配偶",
    "夫": "配偶",
    "老伴": "配偶",
    "长子": "儿子",
    "次子": "儿子",
    "子": "儿子",
    "三子": "儿子",
    "长女": "女儿",
    "次女": "女儿",
    "女": "女儿",
    "三女": "女儿",
    "父": "父亲",
    "母": "母亲",
    "孙": "孙子",
    "孙女儿": "孙女",
    "兄": "兄弟姐妹",
    "弟": "兄弟姐妹",
    "姐": "兄弟姐妹",
    "妹": "兄弟姐妹",
    "哥哥": "兄弟姐妹",
    "弟弟": "兄弟姐妹",
    "姐姐": "兄弟姐妹",
    "妹妹": "兄弟姐妹",
    "媳妇": "儿媳",
    "儿媳妇": "儿媳",
    "外孙": "外孙子",
    "爷爷": "祖父",
    "奶奶": "祖母",
}


def relation(value: Any) -> str:
    raw = text(value).replace(" ", "")
    return _RELATIONS.get(raw, raw)


def _village_names(name: str) -> list[str]:
    stem = re.sub(r"(村民委员会|村委会|村委|居委会|社区|村)$", "", name)
    return [name, stem, stem + "村", stem + "村委会", stem + "村民委员会", stem + "社区"]


def village(value: Any, villages: list[dict[str, Any]]) -> tuple[dict[str, Any], str]:
    """(village, group found in the same cell). 青山 / 青山村委会 / 青山村一组 are 青山村."""
    raw = text(value).replace(" ", "")
    if not raw:
        raise CellError("roster.village_missing")
    for v in villages:
        if raw in _village_names(v["name"]):
            return v, ""
    for v in villages:
        for form in _village_names(v["name"])[::-1]:
            if form and len(form) >= 2 and raw.startswith(form) and raw != form:
                return v, raw[len(form) :]
    names = [v["name"] for v in villages]
    close = difflib.get_close_matches(raw, names, n=1, cutoff=0.5)
    if close:
        raise CellError("roster.village_suggest", value=raw, suggestion=close[0])
    raise CellError("roster.village_unknown", value=raw, known="、".join(names))


def _group_forms(raw: str) -> list[str]:
    raw = normalize_digits(raw).replace(" ", "").removeprefix("第")
    if raw.isdigit():
        n = int(raw)
        if 0 < n <= 10:
            raw = _NUMERALS[n]
        elif 10 < n < 20:
            raw = "十" + _NUMERALS[n - 10]
        raw += "组"
    elif re.fullmatch(r"\d+组", raw):
        return _group_forms(raw[:-1])
    elif not raw.endswith("组"):
        raw += "组"
    return [raw, raw.replace("村民小组", "组").replace("小组", "组")]


def group(value: Any, found: dict[str, Any]) -> str:
    raw = text(value).replace(" ", "")
    if not raw:
        return ""
    groups = found.get("groups") or []
    if not groups:
        return raw
    for form in _group_forms(raw):
        if form in groups:
            return form
    close = difflib.get_close_matches(_group_forms(raw)[-1], groups, n=1, cutoff=0.5)
    if close:
        raise CellError(
            "roster.group_suggest", value=raw, village=found["name"], suggestion=close[0]
        )
    raise CellError(
        "roster.group_unknown", value=raw, village=found["name"], known="、".join(groups)
    )


def _grade(raw: str) -> str:
    found = re.search(r"([1-4一二三四])\s*级", raw) or re.search(r"([1-4一二三四])$", raw)
    if not found:
        return ""
    digit = found.group(1)
    return refdata.DISABILITY_GRADES[
        "1234".index(digit) if digit.isdigit() else "一二三四".index(digit)
    ]


def _type(raw: str) -> str:
    return next((t for t in refdata.DISABILITY_TYPES if t in raw), "")


def disability(value: Any) -> tuple[str, str]:
    """肢体三级 / 肢体残疾3级 / 四级精神 -> (type, grade)."""
    raw = normalize_digits(text(value)).replace(" ", "")
    if not raw:
        return "", ""
    kind, grade = _type(raw), _grade(raw)
    if not (kind and grade):
        raise CellError("roster.disability", value=raw)
    return kind, grade


def disability_type(value: Any) -> str:
    raw = text(value).replace(" ", "")
    if not raw:
        return ""
    found = _type(raw)
    if not found:
        raise CellError("roster.disability", value=raw)
    return found


def disability_grade(value: Any) -> str:
    raw = normalize_digits(text(value)).replace(" ", "")
    if not raw:
        return ""
    found = raw if raw in refdata.DISABILITY_GRADES else _grade(raw if "级" in raw else raw + "级")
    if not found:
        raise CellError("roster.disability", value=raw)
    return found


def tags(value: Any, known: list[str]) -> list[str]:
    """低保 -> 低保对象, 分散供养特困 -> 特困人员, several separated by 、,;/."""
    out: list[str] = []
    for part in re.split(r"[、,，;；/\s]+", text(value)):
        if not part:
            continue
        found = (
            part
            if part in known
            else next(
                (k for k in known if k.startswith(part) or (len(k) >= 2 and k[:2] in part)), ""
            )
        )
        if not found:
            raise CellError("roster.tag_unknown", value=part, known="、".join(known))
        if found not in out:
            out.append(found)
    return out
