"""Pinyin search keys for names: 张三 ↔ zs / zhangsan, with surname readings (单 shan, 曾 zeng)."""

from __future__ import annotations

import itertools
import os
import threading
from functools import cache, lru_cache

# Surnames whose reading differs from the character's most common reading.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "万俟": ("mo", "qi"),
    "尉迟": ("yu", "chi"),
    "长孙": ("zhang", "sun"),
    "单于": ("chan", "yu"),
    "单": ("shan",),
    "曾": ("zeng",),
    "仇": ("qiu",),
    "解": ("xie",),
    "区": ("ou",),
    "查": ("zha",),
    "朴": ("piao",),
    "覃": ("qin",),
    "乐": ("yue",),
    "召": ("shao",),
    "繁": ("po",),
    "员": ("yun",),
    "盖": ("ge",),
    "华": ("hua",),
    "任": ("ren",),
    "缪": ("miao",),
    "秘": ("bi",),
    "宓": ("mi",),
    "折": ("she",),
    "种": ("chong",),
    "隗": ("wei",),
    "翟": ("zhai",),
    "黑": ("he",),
    "过": ("guo",),
    "瞿": ("qu",),
    "尉": ("yu",),
    "句": ("gou",),
    "蕃": ("pi",),
    "传": ("chuan",),
    "藏": ("zang",),
    "都": ("du",),
    "车": ("che",),
    "沈": ("shen",),
    "柏": ("bai",),
    "薄": ("bo",),
    "贲": ("ben",),
    "卜": ("bu",),
    "晟": ("cheng",),
    "单单": ("shan", "shan"),
}
_MAX_VARIANTS = 8


def _split_surname(name: str) -> tuple[tuple[str, ...] | None, str]:
    for length in (2, 1):
        head = name[:length]
        if len(name) > length and head in SURNAME_READINGS:
            return SURNAME_READINGS[head], name[length:]
    return None, name


@cache
def _char_readings(ch: str) -> tuple[str, ...]:
    """Readings of one character, its usual one first; empty for characters without pinyin."""
    # Names are read character by character: pypinyin's phrase dictionary is not needed, and
    # skipping it (and importing pypinyin only when indexing) keeps start-up fast.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "true")
    from pypinyin import Style, lazy_pinyin, pinyin

    usual = lazy_pinyin(ch, errors="ignore")
    if not usual:
        return ()
    every = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")[0]
    return tuple(dict.fromkeys([usual[0].lower(), *(r.lower() for r in every)]))


@cache
def warm_up() -> threading.Thread:
    """Load pypinyin and its dictionary (about 40 ms) on a thread of its own, once: called when
    the search index is first loaded, so that the first search naming a matched member does not
    wait for it on the GUI thread."""
    thread = threading.Thread(
        target=_char_readings, args=("张",), name="pinyin-warm-up", daemon=True
    )
    thread.start()
    return thread


@lru_cache(maxsize=65536)
def readings(name: str) -> tuple[tuple[str, ...], ...]:
    """All plausible syllable sequences for a name (at most 8), the usual reading first."""
    name = "".join(ch for ch in name if not ch.isspace())
    if not name:
        return ()
    surname, rest = _split_surname(name)
    options = [r for r in (_char_readings(ch) for ch in rest) if r]
    if surname is not None:
        options = [(s,) for s in surname] + options
    elif options:
        # A surname is read in its usual way unless the table above says otherwise.
        options[0] = options[0][:1]
    default = tuple(o[0] for o in options)
    variants: list[tuple[str, ...]] = [default] if default else []
    for combo in itertools.product(*options):
        if len(variants) >= _MAX_VARIANTS:
            break
        if combo not in variants:
            variants.append(combo)
    return tuple(variants)


@lru_cache(maxsize=65536)
def index_keys(name: str) -> tuple[str, str]:
    """(usual, rare): space-separated keys (full pinyin and initials, lower case) of the name's
    usual reading (each character's most common reading, the surname's reading from the table),
    and of the other readings of its polyphonic characters. Search ranks a match on a rare
    reading after every match on a usual one: 俊 is "jun" in names, so "zs" finds 张三 first and
    张俊玥 (俊 as "shun") only at the end of the list, while a parent who reads 李行 as "li hang"
    still finds the name by "lh"."""
    variants = readings(name)
    if not variants:
        return "", ""

    def keys_of(syllables: tuple[str, ...]) -> list[str]:
        return ["".join(syllables), "".join(s[0] for s in syllables if s)]

    usual = [k for k in keys_of(variants[0]) if k]
    rare = [k for v in variants[1:] for k in keys_of(v) if k and k not in usual]
    return " ".join(dict.fromkeys(usual)), " ".join(dict.fromkeys(rare))


def search_keys(name: str) -> str:
    """Every key of the name, the usual reading's first (full pinyin, then initials)."""
    usual, rare = index_keys(name)
    return f"{usual} {rare}".strip()


def initials(name: str) -> str:
    first = readings(name)
    return "".join(s[0] for s in first[0] if s) if first else ""
