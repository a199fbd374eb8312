"""Phone numbers: mainland mobiles and landlines, after normalising typed input."""

from __future__ import annotations

import re

from desktop.core.text import normalize_digits

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}$")


def normalize(raw: str) -> str:
    text = normalize_digits(raw).replace(" ", "")
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    return text


def is_valid(raw: str) -> bool:
    text = normalize(raw)
    return bool(_MOBILE.match(text) or _LANDLINE.match(text))


def mask(number: str) -> str:
    if _MOBILE.match(number):
        return number[:3] + "****" + number[-4:]
    return number
