"""A4 pages: the header (station, title, record number, QR code), the footer (print date,
第 x 页 共 y 页) and the page template that lays out one or many documents into one PDF.

Several documents go into one PDF for batch printing; each starts on a new page and numbers its
own pages. The total ("共 y 页") is not known while a page is drawn, so each document's total is a
small PDF form drawn on every one of its pages and defined once the document has ended — one
pass, whatever the batch size.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from desktop.printing import qr
from desktop.printing.fonts import BOLD, REGULAR, EmboldenedText

PAGE_W, PAGE_H = A4
LEFT = 22 * mm  # room for binding into the paper archive
RIGHT = 15 * mm
TOP = 12 * mm
BOTTOM = 14 * mm
HEADER_H = 27 * mm  # a document's first page
LATER_HEADER_H = 19 * mm  # its later pages: one line and a smaller QR code
FOOTER_H = 8 * mm
QR_SIZE = 20 * mm
LATER_QR_SIZE = 15 * mm
CONTENT_W = PAGE_W - LEFT - RIGHT
FRAME_TOP = PAGE_H - TOP - HEADER_H
LATER_FRAME_TOP = PAGE_H - TOP - LATER_HEADER_H
FRAME_BOTTOM = BOTTOM + FOOTER_H
INK = (0.1, 0.1, 0.1)
GREY = (0.35, 0.35, 0.35)


@dataclass(frozen=True)
class Header:
    """What the top of every page of a document shows."""

    station: str  # 青山镇社工站
    title: str  # 入户走访记录表
    number: str = ""  # the record number line, e.g. "编号：D3C630AD　第 2 版"
    code: str = ""  # the record's short code, printed under the QR code
    qr: str = ""  # QR payload ("" for none), e.g. "visit:<uuid>"
    subtitle: str = ""  # a second line beside the station, e.g. "武陵县 青山镇"
    watermark: str = ""  # e.g. "已作废", across every page
    footer_note: str = ""  # right end of the footer


@dataclass
class Document:
    """One printed document: its header and its body (reportlab flowables)."""

    header: Header
    story: list[Flowable]


class _Start(Flowable):
    """Zero-size marker: the pages from here on belong to document ``index``."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        template: DocTemplate = self.canv._doctemplate  # type: ignore[attr-defined]
        template.start_document(self.index)


class _Canvas(Canvas):
    """Draws text set in BOLD emboldened (desktop.printing.fonts: only the regular face is
    bundled) and defines each document's "共 y 页" form before the file is written."""

    template: DocTemplate

    def beginText(self, x: float = 0, y: float = 0, direction: str | None = None) -> EmboldenedText:
        return EmboldenedText(self, x, y, direction=direction)

    def save(self) -> None:
        self.template.define_totals(self)
        super().save()


def _fit(text: str, font: str, size: float, width: float) -> float:
    """The largest font size up to ``size`` at which ``text`` fits ``width``."""
    w = stringWidth(text, font, size)
    return size if w <= width else max(size * width / w, 6)


class DocTemplate(BaseDocTemplate):
    def __init__(
        self,
        target,
        documents: list[Document],
        printed: str,
        on_document: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=documents[0].header.title if documents else "",
            author=documents[0].header.station if documents else "",
            creator="社工站工作台 StationDesk",
            subject="",
            invariant=True,
            initialFontName=REGULAR,
            initialFontSize=10,
        )
        self.documents = documents
        self.printed = printed
        self.on_document = on_document
        self.current = 0
        self.pages = [0] * len(documents)
        frames = [
            Frame(
                LEFT,
                FRAME_BOTTOM,
                CONTENT_W,
                top - FRAME_BOTTOM,
                id=f"body-{name}",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            for name, top in (("first", FRAME_TOP), ("later", LATER_FRAME_TOP))
        ]
        self.addPageTemplates(
            [
                PageTemplate(
                    id="first",
                    frames=[frames[0]],
                    onPageEnd=self._page_end,
                    autoNextPageTemplate="later",
                ),
                PageTemplate(id="later", frames=[frames[1]], onPageEnd=self._page_end),
            ]
        )

    # -- the flow -------------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        out: list[Flowable] = []
        for i, doc in enumerate(self.documents):
            if i:
                out += [NextPageTemplate("first"), PageBreak()]
            out.append(_Start(i))
            out.extend(doc.story)
        return out

    def start_document(self, index: int) -> None:
        self.current = index
        if self.on_document is not None:
            self.on_document(index)

    def _page_end(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        i = self.current
        self.pages[i] += 1
        header = self.documents[i].header
        draw_header(canvas, header, self.pages[i] > 1)
        draw_footer(canvas, header, self.pages[i], f"sdtotal{i}", self.printed)
        if header.watermark:
            draw_watermark(canvas, header.watermark)

    def define_totals(self, canvas: Canvas) -> None:
        for i, count in enumerate(self.pages):
            if count:
                canvas.beginForm(f"sdtotal{i}", 0, -2, 80, 12)
                canvas.setFont(REGULAR, 9)
                canvas.setFillColorRGB(*INK)
                canvas.drawString(0, 0, f"共 {count} 页")
                canvas.endForm()

    def build_all(self) -> None:
        def maker(*args, **kwargs) -> _Canvas:
            canvas = _Canvas(*args, **kwargs)
            canvas.template = self
            return canvas

        self.build(self.story(), canvasmaker=maker)


def draw_header(c: Canvas, h: Header, continued: bool) -> None:
    """The first page: station, title, record number and a large QR code. Later pages: one line
    with the title marked （续）, the record number and a smaller QR code."""
    top = PAGE_H - TOP
    right = PAGE_W - RIGHT
    qr_size = LATER_QR_SIZE if continued else QR_SIZE
    qr_room = qr_size + 3 * mm if h.qr else 0
    c.saveState()
    if continued:
        line_y = top - LATER_HEADER_H + 4 * mm
        c.setFillColorRGB(*GREY)
        c.setFont(REGULAR, 8.5)
        c.drawString(LEFT, line_y + 8 * mm, h.station)
        left_w = stringWidth(h.station, REGULAR, 8.5)
        if h.number:
            c.setFillColorRGB(*INK)
            c.drawString(LEFT, line_y + 2.2 * mm, h.number)
            left_w = max(left_w, stringWidth(h.number, REGULAR, 8.5))
        c.setFillColorRGB(*INK)
        title = h.title + "（续）"
        room = CONTENT_W - left_w - qr_room - 6 * mm
        size = _fit(title, BOLD, 12, room)
        c.setFont(BOLD, size)
        c.drawCentredString(LEFT + left_w + 3 * mm + room / 2, line_y + 4.5 * mm, title)
    else:
        line_y = top - HEADER_H + 4 * mm
        c.setFillColorRGB(*GREY)
        c.setFont(REGULAR, 9.5)
        c.drawString(LEFT, top - 9, h.station)
        if h.subtitle:
            c.setFont(REGULAR, 8.5)
            c.drawString(LEFT, top - 20, h.subtitle)
        c.setFillColorRGB(*INK)
        size = _fit(h.title, BOLD, 17, CONTENT_W - 2 * qr_room)
        c.setFont(BOLD, size)
        c.drawCentredString(LEFT + CONTENT_W / 2, top - 15.5 * mm + 4, h.title)
        if h.number:
            c.setFont(REGULAR, 9)
            c.drawString(LEFT, line_y + 2.2 * mm, h.number)
        if h.code:
            c.setFont(BOLD, 8.5)
            c.drawCentredString(right - qr_size / 2, line_y + 2.2 * mm, h.code)
    if h.qr:
        qr.draw(c, h.qr, right - qr_size, line_y + (1.5 * mm if continued else 5 * mm), qr_size)
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(1.4)
    c.line(LEFT, line_y, right, line_y)
    c.setLineWidth(0.4)
    c.line(LEFT, line_y - 1.3, right, line_y - 1.3)
    c.restoreState()


def draw_footer(c: Canvas, h: Header, page: int, total_form: str, printed: str) -> None:
    y = BOTTOM
    right = PAGE_W - RIGHT
    c.saveState()
    c.setStrokeColorRGB(*GREY)
    c.setLineWidth(0.4)
    c.line(LEFT, y + 5 * mm, right, y + 5 * mm)
    c.setFillColorRGB(*GREY)
    c.setFont(REGULAR, 8)
    c.drawString(LEFT, y + 1.2 * mm, printed)
    if h.footer_note:
        c.drawRightString(right, y + 1.2 * mm, h.footer_note)
    c.setFillColorRGB(*INK)
    c.setFont(REGULAR, 9)
    first = f"第 {page} 页 "
    width = stringWidth(first + f"共 {page} 页", REGULAR, 9)  # the total has about as many digits
    x = LEFT + CONTENT_W / 2 - width / 2
    c.drawString(x, y + 1.2 * mm, first)
    c.translate(x + stringWidth(first, REGULAR, 9), y + 1.2 * mm)
    c.doForm(total_form)
    c.restoreState()


def draw_watermark(c: Canvas, text: str) -> None:
    """Large, pale and in the regular weight: an emboldening outline would be opaque (stroke alpha)
    or, made as pale as the fill, would show as a darker rim where the two overlap."""
    c.saveState()
    c.setFillColorRGB(0.8, 0.1, 0.1)
    c.setFillAlpha(0.16)
    c.translate(PAGE_W / 2, PAGE_H / 2)
    c.rotate(35)
    c.setFont(REGULAR, 96)
    c.drawCentredString(0, -30, text)
    c.restoreState()
