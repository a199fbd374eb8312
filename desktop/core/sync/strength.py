"""How hard a station passphrase is to guess offline (a lost stick can be attacked at leisure).

A deliberately simple estimator, no word lists to ship: the bits of each character by its kind
(digits, letters, symbols, Chinese characters), minus what common patterns give away (a character
repeated, runs like ``1234``/``abcd``, keyboard rows, years and dates, well-known weak passwords).
The station key's scrypt makes each guess cost about half a second of one core; with
``MIN_BITS`` a thousand computers guessing for a year are still far from the answer.
"""

from __future__ import annotations

import math
import re

MIN_LENGTH = 10  # characters; a Chinese character counts as two
MIN_BITS = 45.0
EXAMPLE = "桃源村-晒谷坪-47号-秋"

_COMMON = (
    "password",
    "passwd",
    "qwerty",
    "asdfgh",
    "zxcvbn",
    "admin",
    "welcome",
    "iloveyou",
    "woaini",
    "abc123",
    "123456",
    "654321",
    "111111",
    "888888",
    "666666",
    "520520",
    "1314",
    "monkey",
    "dragon",
    "shezhan",
    "shegong",
    "stationdesk",
    "mima",
    "kouling",
)
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "abcdefghijklmnopqrstuvwxyz")


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def length_units(passphrase: str) -> int:
    """The length as the rule counts it: a Chinese character counts as two."""
    return sum(2 if _is_cjk(ch) else 1 for ch in passphrase.strip())


def _char_bits(ch: str, has_upper: bool, has_lower: bool) -> float:
    if _is_cjk(ch):
        return 8.0  # people pick common characters: far fewer than the 20,000 there are
    if ch.isdigit():
        return math.log2(10)
    if ch.isascii() and ch.isalpha():
        return math.log2(52) if has_upper and has_lower else math.log2(26)
    return math.log2(33)


def _runs(text: str) -> int:
    """Characters that continue a run (``abcd``, ``4321``, a keyboard row) or repeat the previous."""
    lowered = text.lower()
    cheap = 0
    for i in range(1, len(lowered)):
        a, b = lowered[i - 1], lowered[i]
        if a == b or (a.isascii() and b.isascii() and abs(ord(a) - ord(b)) == 1 and a.isalnum()):
            cheap += 1
            continue
        if any(a + b in row or b + a in row for row in _ROWS):
            cheap += 1
    return cheap


def estimate_bits(passphrase: str) -> float:
    text = passphrase.strip()
    if not text:
        return 0.0
    has_upper = any(c.isupper() for c in text)
    has_lower = any(c.islower() for c in text)
    lowered = text.lower()
    # well-known weak parts and dates give almost nothing: count them as a few bits each
    for word in _COMMON:
        lowered = lowered.replace(word, "\0")
    lowered = re.sub(r"(19|20)\d\d([01]\d([0-3]\d)?)?", "\0", lowered)
    bits = 0.0
    for ch in lowered:
        bits += 4.0 if ch == "\0" else _char_bits(ch, has_upper, has_lower)
    bits -= _runs(lowered.replace("\0", "")) * 3.0
    # a passphrase of few distinct characters ("aaaa1111") is weaker than its length says
    distinct = len(set(text))
    if distinct < len(text) / 2:
        bits = min(bits, distinct * 6.0)
    return max(bits, 0.0)


def problem(passphrase: str) -> str | None:
    """Why the passphrase is too easy to guess (a message code), or None."""
    if length_units(passphrase) < MIN_LENGTH:
        return "sync.passphrase_short"
    if estimate_bits(passphrase) < MIN_BITS:
        return "sync.passphrase_weak"
    return None
