"""The bundled CJK font for PDF output, registered once, and the question "can it draw this?".

reportlab embeds a subset of a TrueType font and silently drops characters the font has no glyph
for; :func:`missing` finds them first (desktop.printing.check turns them into an error).

reportlab (checked up to 5.1) writes a wrong ToUnicode entry for characters beyond U+FFFF (CJK
Extension B and later, e.g. 𠮷): five hex digits instead of a UTF-16 surrogate pair, so the
glyph is drawn but text extraction, search and copy lose it. :func:`_fix_to_unicode` replaces
reportlab's CMap writer with one that writes surrogate pairs; it is applied only while
reportlab still has the bug, so an upstream fix makes it a no-op.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts

from desktop import paths

REGULAR = "NotoSansSC"
BOLD = "NotoSansSC-Bold"
FILES = {REGULAR: "NotoSansSC-Regular.ttf", BOLD: "NotoSansSC-Bold.ttf"}
# Characters that are layout, not ink: never looked up in the font.
LAYOUT_CHARS = frozenset("\n\r\t")

_lock = threading.Lock()
_registered = False


def _utf16_hex(code: int) -> str:
    if code <= 0xFFFF:
        return f"{code:04X}"
    code -= 0x10000
    return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap for one 256-code subset, with UTF-16 surrogate pairs for
    characters beyond the Basic Multilingual Plane (PDF 32000-1, 9.10.3)."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def reportlab_maps_astral_wrongly() -> bool:
    """True while reportlab's own CMap writer still writes U+20BB7 as five hex digits."""
    original = getattr(ttfonts, "_stationdesk_original_cmap", ttfonts.makeToUnicodeCMap)
    return "<20BB7>" in original("X", [0, 0x20BB7])


def _fix_to_unicode() -> None:
    if getattr(ttfonts, "_stationdesk_original_cmap", None) is not None:
        return
    if reportlab_maps_astral_wrongly():
        ttfonts._stationdesk_original_cmap = ttfonts.makeToUnicodeCMap  # type: ignore[attr-defined]
        ttfonts.makeToUnicodeCMap = to_unicode_cmap


def register() -> None:
    """Register the regular and bold faces (and <b> in paragraphs) with reportlab, once."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        _fix_to_unicode()
        for name, file in FILES.items():
            pdfmetrics.registerFont(ttfonts.TTFont(name, str(paths.resource("fonts", file))))
        for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
            addMapping(REGULAR, bold, italic, face)
        _registered = True


def _char_to_glyph(font: str) -> dict[int, int]:
    register()
    return pdfmetrics.getFont(font).face.charToGlyph


def can_draw(char: str, font: str = REGULAR) -> bool:
    return char in LAYOUT_CHARS or ord(char) in _char_to_glyph(font)


def missing(text: str, font: str = REGULAR) -> list[str]:
    """Characters of ``text`` the font has no glyph for, each once, in order of appearance."""
    if not text:
        return []
    cmap = _char_to_glyph(font)
    out: list[str] = []
    for char in text:
        if ord(char) not in cmap and char not in LAYOUT_CHARS and char not in out:
            out.append(char)
    return out
