"""Small text helpers shared by validation and search."""

from __future__ import annotations

import re
import unicodedata

_FULLWIDTH = str.maketrans(
    {chr(0xFF10 + i): str(i) for i in range(10)}
    | {"Ｘ": "X", "ｘ": "x", "－": "-", "＋": "+", "\u3000": " "}
)


def normalize_digits(raw: str) -> str:
    """Full-width digits, letters X and dashes to ASCII; strip surrounding white space."""
    return (raw or "").translate(_FULLWIDTH).strip()


def clean(raw: object) -> str:
    """Trim and fold internal runs of white space, normalise to NFC."""
    if raw is None:
        return ""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(raw))).strip()
