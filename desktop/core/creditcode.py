"""统一社会信用代码 (GB 32100-2015): 18 characters, a check character computed modulo 31.

Real codes exist that fail the check, so a wrong check character is a warning the user may
override; a wrong format is an error.
"""

from __future__ import annotations

from desktop.core.text import normalize_digits

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def normalize(raw: str) -> str:
    return normalize_digits(raw or "").replace(" ", "").upper()


def is_well_formed(code: str) -> bool:
    return len(code) == 18 and all(ch in ALPHABET for ch in code)


def check_char(code17: str) -> str:
    total = sum(ALPHABET.index(ch) * w for ch, w in zip(code17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def expected_check(code: str) -> str | None:
    """The check character the first 17 characters call for, or None when it already matches."""
    expected = check_char(code[:17])
    return None if code[17] == expected else expected
