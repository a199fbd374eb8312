"""The bundled CJK font for PDF output, registered once, and the question "can it draw this?".

reportlab embeds a subset of a TrueType font and silently drops characters the font has no glyph
for; :func:`missing` finds them first (desktop.printing.check turns them into an error).

reportlab (checked up to 5.1) writes a wrong ToUnicode entry for characters beyond U+FFFF (CJK
Extension B and later, e.g. 𠮷): five hex digits instead of a UTF-16 surrogate pair, so the
glyph is drawn but text extraction, search and copy lose it. :func:`_fix_to_unicode` replaces
reportlab's CMap writer with one that writes surrogate pairs; it is applied only while
reportlab still has the bug, so an upstream fix makes it a no-op.

Bold is emulated: only the regular face is bundled (a bold file would add 12 MB to the packaged
program, resources/fonts/README.md). :data:`BOLD` names the same font object, so a document embeds one font and
one set of subsets; :class:`EmboldenedText`, the text object of the page canvas
(desktop.printing.page), draws whatever is set in :data:`BOLD` filled *and* stroked with a thin
outline of the text colour (PDF text render mode 2), which thickens every stem. Text extraction,
search and copy are unaffected: the characters are the same.
"""

from __future__ import annotations

import threading

from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.fonts import addMapping
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from desktop import paths

REGULAR = "NotoSansSC"
BOLD = "NotoSansSC-Bold"  # the regular face, drawn emboldened (see EmboldenedText)
FILE = "NotoSansSC-Regular.ttf"
# Width of the outline that emboldens BOLD text, as a fraction of the font size: a 17 pt title gets
# a 0.85 pt outline, each stem 5 % of an em thicker. Compared on rendered pages with Noto Sans CJK
# Bold: 0.03 looks semibold, 0.06 a little heavier than Bold and closes the gaps of dense characters.
BOLD_STROKE_EM = 0.05
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
    """Register the font under REGULAR and under BOLD (the same object) and map <b> in paragraphs
    to BOLD, once."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        _fix_to_unicode()
        font = ttfonts.TTFont(REGULAR, str(paths.resource("fonts", FILE)))
        pdfmetrics.registerFont(font)
        # An alias: getFont(BOLD) is the regular font object itself, so widths are the regular
        # ones and both names share one embedded font. reportlab has no public call for this.
        pdfmetrics._fonts[BOLD] = font
        for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
            addMapping(REGULAR, bold, italic, face)
        _registered = True


def _stroke_colour(fill: object) -> str:
    """The PDF operator that makes the stroke colour the fill colour ``fill`` (alpha aside)."""
    if isinstance(fill, CMYKColor):
        d = fill.density
        return f"{fp_str(d * fill.cyan, d * fill.magenta, d * fill.yellow, d * fill.black)} K"
    if isinstance(fill, Color):
        return f"{fp_str(fill.red, fill.green, fill.blue)} RG"
    values = tuple(fill)  # type: ignore[call-overload]
    return f"{fp_str(*values)} {'K' if len(values) == 4 else 'RG'}"


class EmboldenedText(PDFTextObject):
    """reportlab's text object, drawing text set in :data:`BOLD` filled and outlined.

    Before each piece of text it switches the render mode when the weight changes: fill then stroke
    (``2 Tr``) with a round-joined outline of ``BOLD_STROKE_EM`` × the font size in the current
    fill colour, or back to fill only (``0 Tr``). If it emboldened anything, the whole text object
    is wrapped in ``q … Q``, so the line width, stroke colour and render mode of whatever is drawn
    next stay as the canvas set them.
    """

    def __init__(
        self, canvas: Canvas, x: float = 0, y: float = 0, direction: str | None = None
    ) -> None:
        super().__init__(canvas, x, y, direction=direction)
        self._stroke: str | None = None  # the outline operators in force, None: fill only
        self._emboldened = False

    def _weight(self) -> str:
        if self._fontname != BOLD:
            if self._stroke is None:
                return ""
            self._stroke = None
            return "0 Tr"
        fill = self.__dict__.get("_fillColorObj", self._canvas._fillColorObj)
        stroke = f"{fp_str(self._fontsize * BOLD_STROKE_EM)} w 1 j {_stroke_colour(fill)}"
        if stroke == self._stroke:
            return ""
        switch = stroke if self._stroke is not None else f"2 Tr {stroke}"
        self._stroke = stroke
        self._emboldened = True
        return switch

    def _formatText(self, text: str) -> str:
        switch = self._weight()
        shown = super()._formatText(text)
        return f"{switch} {shown}" if switch else shown

    def getCode(self) -> str:
        code = super().getCode()
        return f"q {code} Q" if self._emboldened else code


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
