"""Building blocks of the printed forms: text styles, bordered section tables, drawn checkboxes,
lines to write on, and signature lines.

Every value that comes from a record goes through :meth:`Builder.text` / :meth:`Builder.p`, which
check it against the font (see desktop.printing.check) and escape it for reportlab's markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.printing import fonts
from desktop.printing.check import GlyphCheck
from desktop.printing.fonts import BOLD, REGULAR
from desktop.printing.page import CONTENT_W

fonts.register()

LABEL_BG = colors.Color(0.93, 0.93, 0.93)
SECTION_BG = colors.Color(0.84, 0.84, 0.84)
RULE = colors.Color(0.55, 0.55, 0.55)
GRID_W = 0.5
BOX_W = 1.0

BODY = ParagraphStyle(
    "body", fontName=REGULAR, fontSize=10, leading=14.5, wordWrap="CJK", alignment=TA_LEFT
)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9.5, leading=13.5)
LABEL = ParagraphStyle("label", parent=CELL, textColor=colors.Color(0.15, 0.15, 0.15))
LABEL_C = ParagraphStyle("label_c", parent=LABEL, alignment=TA_CENTER)
CELL_C = ParagraphStyle("cell_c", parent=CELL, alignment=TA_CENTER)
SECTION = ParagraphStyle("section", parent=CELL, fontName=BOLD, fontSize=10.5, leading=14)
SMALL = ParagraphStyle(
    "small", parent=CELL, fontSize=8, leading=11, textColor=colors.Color(0.35, 0.35, 0.35)
)
NOTE = ParagraphStyle("note", parent=BODY, fontSize=10, leading=15.5)


def table_style(commands: list[tuple]) -> TableStyle:
    """A table style on the bundled font (reportlab's default would pull in a non-embedded Helvetica)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9.5), *commands])


def markup(text: str) -> str:
    """Plain text as reportlab paragraph markup: escaped, line breaks kept, runs of spaces kept."""
    out = escape(text).replace("\r\n", "\n").replace("\r", "\n")
    out = out.replace("\t", "    ").replace("  ", " &nbsp;")
    return out.replace("\n", "<br/>")


class Builder:
    """Makes paragraphs for one record, checking each value against the font on the way."""

    def __init__(self, record: str, check: GlyphCheck | None = None) -> None:
        self.check = check or GlyphCheck()
        self.record = record

    def text(self, value: object, field: str) -> str:
        return self.check.text(value, field, self.record)

    def p(
        self, value: object, field: str, style: ParagraphStyle = CELL, blank: str = ""
    ) -> Paragraph:
        text = self.text(value, field)
        return Paragraph(markup(text) if text else blank, style)

    def join(self, values: Iterable[object], field: str, sep: str = "、") -> str:
        return sep.join(self.text(v, field) for v in values if v)


def label(text: str, style: ParagraphStyle = LABEL) -> Paragraph:
    """Our own fixed wording (labels, headings): no check needed, the font has it all."""
    return Paragraph(markup(text), style)


def rich(markup_text: str, style: ParagraphStyle = CELL) -> Paragraph:
    """A paragraph from markup the caller built (every value in it already escaped and checked)."""
    return Paragraph(markup_text, style)


def section_table(
    title: str | None,
    rows: list[list],
    widths: Sequence[float],
    label_cells: Iterable[tuple[int, int]] = (),
    spans: Iterable[tuple] = (),
    split_in_row: bool = True,
    extra: Iterable[tuple] = (),
    hint: str = "",
) -> Table:
    """A bordered table; with a ``title`` its first row is a shaded heading across all columns,
    repeated when the table continues on the next page. ``label_cells`` (col, row of ``rows``)
    are shaded as labels. Rows split across pages rather than being clipped."""
    n = len(widths)
    data: list[list] = []
    offset = 0
    style: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 9.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), GRID_W, colors.black),
        ("BOX", (0, 0), (-1, -1), BOX_W, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if title is not None:
        heading = Paragraph(
            markup(title)
            + (f"<font size=8 color='#555555'>　{markup(hint)}</font>" if hint else ""),
            SECTION,
        )
        data.append([heading] + [""] * (n - 1))
        style += [
            ("SPAN", (0, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), SECTION_BG),
            ("TOPPADDING", (0, 0), (-1, 0), 2),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ]
        offset = 1
    data.extend(rows)

    def row(r: int) -> int:  # rows counted in ``rows``; negative ones count from the end
        return r + offset if r >= 0 else r

    for col, r in label_cells:
        style.append(("BACKGROUND", (col, row(r)), (col, row(r)), LABEL_BG))
    for (c0, r0), (c1, r1) in spans:
        style.append(("SPAN", (c0, row(r0)), (c1, row(r1))))
    for command in extra:
        name, (c0, r0), (c1, r1), *rest = command
        style.append((name, (c0, row(r0)), (c1, row(r1)), *rest))
    table = Table(
        data,
        colWidths=list(widths),
        repeatRows=offset,
        splitByRow=1,
        splitInRow=1 if split_in_row else 0,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(style))
    return table


def kv_rows(
    pairs: Sequence[tuple[str, object]], per_row: int
) -> tuple[list[list], list[tuple[int, int]]]:
    """Label/value pairs laid out ``per_row`` to a row: (rows, label cells)."""
    rows: list[list] = []
    cells: list[tuple[int, int]] = []
    for start in range(0, len(pairs), per_row):
        row: list = []
        for i, (name, value) in enumerate(pairs[start : start + per_row]):
            row += [label(name), value]
            cells.append((2 * i, len(rows)))
        row += [""] * (2 * per_row - len(row))
        rows.append(row)
    return rows, cells


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


# -- drawn marks ------------------------------------------------------------------------------
def draw_box(canv, x: float, y: float, size: float, checked: bool) -> None:
    """A checkbox with its lower-left corner at (x, y); a drawn tick when ``checked``."""
    canv.saveState()
    canv.setLineWidth(0.7)
    canv.setStrokeColor(colors.black)
    canv.rect(x, y, size, size, stroke=1, fill=0)
    if checked:
        canv.setLineWidth(1.3)
        path = canv.beginPath()
        path.moveTo(x + size * 0.18, y + size * 0.52)
        path.lineTo(x + size * 0.42, y + size * 0.22)
        path.lineTo(x + size * 0.86, y + size * 0.84)
        canv.drawPath(path, stroke=1, fill=0)
    canv.restoreState()


class Choices(Flowable):
    """Options each behind a drawn checkbox, wrapped over as many lines as needed:
    ☐ 入户走访　☑ 电话回访 … (the boxes are rectangles, never font glyphs)."""

    def __init__(
        self,
        options: Sequence[str],
        checked: Iterable[str] = (),
        size: float = 9.5,
        other_line: str = "",
        min_item: float = 0,
    ) -> None:
        super().__init__()
        self.options = list(options)
        self.checked = set(checked)
        self.size = size
        self.box = size * 0.82
        self.other_line = other_line  # "其他：" followed by a line to write on
        self.min_item = min_item  # items as columns at least this wide
        self.leading = size * 1.75
        self._places: list[tuple[float, float, str]] = []

    def _item_width(self, text: str) -> float:
        natural = self.box + 3 + stringWidth(text, REGULAR, self.size) + self.size * 1.6
        if self.min_item:  # columns: a long item takes two
            return self.min_item * -(-natural // self.min_item)
        return natural

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        x, line = 0.0, 0
        places: list[tuple[float, float, str]] = []
        for text in self.options:
            w = self._item_width(text)
            if x > 0 and x + w > availWidth + 0.1:
                x, line = 0.0, line + 1
            places.append((x, line, text))
            x += w
        if self.other_line:
            w = stringWidth(self.other_line, REGULAR, self.size) + 40 * mm
            if x > 0 and x + w > availWidth:
                x, line = 0.0, line + 1
            places.append((x, line, "\0" + self.other_line))
        self._places = places
        self.width = availWidth
        self.height = (line + 1) * self.leading - (self.leading - self.size * 1.25)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        for x, line, text in self._places:
            y = self.height - self.size * 1.05 - line * self.leading
            c.setFont(REGULAR, self.size)
            c.setFillColor(colors.black)
            if text.startswith("\0"):
                text = text[1:]
                c.drawString(x, y, text)
                start = x + stringWidth(text, REGULAR, self.size) + 2
                c.setLineWidth(0.5)
                c.line(start, y - 2, min(start + 40 * mm, self.width), y - 2)
                continue
            draw_box(c, x, y - self.box * 0.1, self.box, text in self.checked)
            c.drawString(x + self.box + 3, y, text)


class WritingLines(Flowable):
    """Ruled lines to write on by hand (blank forms)."""

    def __init__(self, count: int, spacing: float = 8 * mm) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.count * self.spacing
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.setDash(1, 1.5)
        for i in range(self.count):
            y = self.height - (i + 1) * self.spacing + 1.5
            c.line(0, y, self.width, y)
        c.restoreState()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fits = int(availHeight // self.spacing)
        if fits <= 0 or fits >= self.count:
            return []
        return [WritingLines(fits, self.spacing), WritingLines(self.count - fits, self.spacing)]


class Blank(Flowable):
    """A line to write one value on, with an optional caption after it (e.g. "分钟")."""

    def __init__(self, width: float, after: str = "", size: float = 9.5) -> None:
        super().__init__()
        self.line_w = width
        self.after = after
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = min(availWidth, self.line_w + stringWidth(self.after, REGULAR, self.size) + 2)
        self.height = self.size * 1.3
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(0.5)
        c.line(0, 1, self.line_w, 1)
        if self.after:
            c.setFont(REGULAR, self.size)
            c.drawString(self.line_w + 2, 3, self.after)


class DateBlank(Flowable):
    """A date (and time) to fill in by hand: "        年    月    日    时    分"."""

    def __init__(
        self,
        units: Sequence[str] = ("年", "月", "日"),
        size: float = 9.5,
        lead: float = 13 * mm,
        step: float = 8 * mm,
    ) -> None:
        super().__init__()
        self.units = list(units)
        self.size = size
        self.lead = lead  # room for the year
        self.step = step  # room for each later part

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = (
            self.lead + (len(self.units) - 1) * self.step + len(self.units) * self.size * 1.1
        )
        self.height = self.size * 1.3
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFont(REGULAR, self.size)
        x = self.lead
        for unit in self.units:
            c.drawString(x, self.size * 0.3, unit)
            x += self.size * 1.1 + self.step


def signature_block(
    parties: Sequence[tuple[str, str]],
    note: str = "",
    width: float = CONTENT_W,
    row_height: float = 9.5 * mm,
    label_width: float = 48 * mm,
) -> Table:
    """Signature and date lines, one row per party: (who signs, a name printed under the line)."""
    rows = []
    for who, printed in parties:
        rows.append(
            [
                label(who + "签字：", CELL),
                _SignatureLine(printed),
                label("日期：", CELL),
                DateBlank(),
            ]
        )
    widths = [label_width, width - label_width - 63 * mm, 14 * mm, 49 * mm]
    table = Table(rows, colWidths=widths, hAlign="LEFT", rowHeights=[row_height] * len(rows))
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    if note:
        wrapper = Table([[label(note, SMALL)], [table]], colWidths=[width], hAlign="LEFT")
        wrapper.setStyle(
            table_style(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return wrapper
    return table


class _SignatureLine(Flowable):
    """A line to sign on; a name (e.g. the worker's) printed small under it when known."""

    def __init__(self, printed: str = "") -> None:
        super().__init__()
        self.printed = printed

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth - 6
        self.height = 6 * mm
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(0.6)
        c.line(0, 3.5 * mm, self.width, 3.5 * mm)
        if self.printed:
            c.setFont(REGULAR, 7.5)
            c.setFillColor(colors.Color(0.4, 0.4, 0.4))
            c.drawString(0, 0.5 * mm, self.printed)


class QrCode(Flowable):
    """A QR code as a flowable (the return slip of a referral carries its own)."""

    def __init__(self, payload: str, size: float = 16 * mm) -> None:
        super().__init__()
        self.payload = payload
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        from desktop.printing import qr

        qr.draw(self.canv, self.payload, 0, 0, self.width)


class CutLine(Flowable):
    """A dashed line across the page with a note in the middle: where to cut off a slip."""

    def __init__(self, text: str = "沿此线剪下") -> None:
        super().__init__()
        self.text = text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = 5 * mm
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        y = self.height / 2
        w = stringWidth(self.text, REGULAR, 8) + 8
        c.saveState()
        c.setDash(3, 2)
        c.setLineWidth(0.5)
        c.line(0, y, (self.width - w) / 2, y)
        c.line((self.width + w) / 2, y, self.width, y)
        c.setFont(REGULAR, 8)
        c.setFillColor(colors.Color(0.35, 0.35, 0.35))
        c.drawCentredString(self.width / 2, y - 3, self.text)
        c.restoreState()
