"""Resident identity numbers (GB 11643-1999, ISO 7064 MOD 11-2 check digit)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop.core.errors import FieldError
from desktop.core.text import normalize_digits

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
_PATTERN = re.compile(r"^\d{17}[\dX]$")


def check_digit(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


def normalize(raw: str) -> str:
    """Full-width digits and spaces are common in typed data; x is written as X."""
    return normalize_digits(raw).replace(" ", "").upper()


def from_legacy15(old: str) -> str:
    """Convert a legacy 15-digit number: insert "19" before the year, add the check digit."""
    body = old[:6] + "19" + old[6:15]
    return body + check_digit(body)


@dataclass(frozen=True)
class IdInfo:
    number: str
    birth_date: dt.date
    sex: str  # "男" or "女"
    county_code: str


def parse(raw: str, today: dt.date) -> IdInfo:
    """Validate and decode (a birth date after ``today`` is refused); raises ValueError carrying a
    FieldError as its first arg."""
    number = normalize(raw)
    if len(number) == 15 and number.isdigit():
        number = from_legacy15(number)
    if not _PATTERN.match(number):
        raise ValueError(FieldError("id_number", "id.format"))
    text = number[6:14]
    shown = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    try:
        birth = dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise ValueError(FieldError("id_number", "id.date", {"date": shown})) from None
    if birth > today or birth.year < 1880:
        raise ValueError(FieldError("id_number", "id.future", {"date": shown}))
    expected = check_digit(number[:17])
    if number[17] != expected:
        raise ValueError(FieldError("id_number", "id.check", {"expected": expected}))
    sex = "男" if int(number[16]) % 2 == 1 else "女"
    return IdInfo(number, birth, sex, number[:6])


def is_valid(raw: str) -> bool:
    """Well formed: the pattern, a real birth date and the check digit (whether the birth date
    lies in the future is for ``parse`` with the day's date to judge)."""
    try:
        parse(raw, dt.date.max)
    except ValueError:
        return False
    return True


def make(county: str, birth: dt.date, sequence: int, male: bool) -> str:
    """Build a valid number (demo data, tests): 3-digit sequence whose last digit encodes sex."""
    seq = sequence % 1000
    if (seq % 2 == 1) != male:
        seq = (seq + 1) % 1000
    body = f"{county}{birth:%Y%m%d}{seq:03d}"
    return body + check_digit(body)


def mask(number: str) -> str:
    """Show the first 6 and last 4 characters only (screens and lists mask by default)."""
    if len(number) < 10:
        return number
    return number[:6] + "*" * (len(number) - 10) + number[-4:]
