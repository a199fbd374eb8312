"""打印预览: the PDF's pages one at a time, then 打印… (through Qt's print dialog) or 保存为 PDF….

The dialog holds the PDF bytes that reportlab wrote; saving writes exactly those bytes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import StationDeskError
from desktop.printing import write_pdf
from desktop.ui.common.forms import run_modal
from desktop.ui.common.labels import error_text
from desktop.ui.printing.print_render import PdfPages, print_pages

ZOOMS = (0, 50, 75, 100, 125, 150)  # 0: fit the width
LAST_FOLDER = "print/last_folder"


class PrintPreviewDialog(QDialog):
    def __init__(
        self,
        data: bytes,
        title: str,
        file_name: str,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印预览 — {0}").format(title))
        self.data = data
        self.file_name = file_name
        self.settings = settings
        self.pages = PdfPages(data)
        self.index = 0
        self.saved_to: Path | None = None

        self.page_box = QSpinBox()
        self.page_box.setObjectName("page")
        self.page_box.setRange(1, max(len(self.pages), 1))
        self.page_box.valueChanged.connect(lambda n: self.show_page(n - 1))
        self.count_label = QLabel(self.tr("共 {0} 页").format(len(self.pages)))
        self.prev_button = QPushButton(self.tr("上一页"))
        self.prev_button.clicked.connect(lambda: self.page_box.setValue(self.page_box.value() - 1))
        self.next_button = QPushButton(self.tr("下一页"))
        self.next_button.clicked.connect(lambda: self.page_box.setValue(self.page_box.value() + 1))
        self.zoom = QComboBox()
        self.zoom.setObjectName("zoom")
        for z in ZOOMS:
            self.zoom.addItem(self.tr("适合宽度") if z == 0 else f"{z}%", z)
        self.zoom.currentIndexChanged.connect(lambda _: self.show_page(self.index))
        self.print_button = QPushButton(self.tr("打印(&P)…"))
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(
            lambda _checked=False: self.print_document()
        )  # not clicked(bool) as the printer
        self.save_button = QPushButton(self.tr("保存为 PDF(&S)…"))
        self.save_button.setObjectName("save_pdf")
        self.save_button.clicked.connect(
            lambda _checked=False: self.save_pdf()
        )  # not clicked(bool) as the path
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.page_box)
        bar.addWidget(self.count_label)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        self.image = QLabel()
        self.image.setObjectName("page_image")
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.scroll.setStyleSheet("QScrollArea { background: #808080; }")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.print_document())
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, self.next_button.click)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, self.prev_button.click)
        screen = QApplication.primaryScreen()
        height = int(screen.availableGeometry().height() * 0.9) if screen else 700
        self.resize(min(900, int(height * 0.85)), height)
        self.show_page(0)

    # -- showing -----------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if self.pages.closed or not len(self.pages):  # closed: a late resize after 关闭
            return
        self.index = max(0, min(index, len(self.pages) - 1))
        zoom = self.zoom.currentData() or 0
        width_pt, _ = self.pages.size_points(self.index)
        if zoom:
            dpi = 96 * zoom / 100
        else:
            room = max(self.scroll.viewport().width() - 24, 300)
            dpi = room / width_pt * 72
        ratio = self.devicePixelRatioF()
        image = self.pages.image(self.index, dpi * ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.image.setPixmap(pixmap)
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.pages) - 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        if (self.zoom.currentData() or 0) == 0:
            self.show_page(self.index)

    # -- printing and saving -------------------------------------------------------------------
    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Print through Qt; ``printer`` given (tests, a PDF printer) skips the print dialog."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.file_name)
            dialog = QPrintDialog(printer, self)
            dialog.setMinMax(1, len(self.pages))
            dialog.setWindowTitle(self.tr("打印"))
            if run_modal(dialog) != QDialog.DialogCode.Accepted:
                return False
        total = len(self.pages)
        progress = QProgressDialog(self.tr("正在打印…"), self.tr("取消"), 0, total, self)
        progress.setWindowTitle(self.tr("打印"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def step(done: int, of: int) -> bool:
            progress.setMaximum(of)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ok = print_pages(self.pages, printer, step)
        finally:
            QApplication.restoreOverrideCursor()
            progress.close()
            progress.deleteLater()
        if not ok and not progress.wasCanceled():
            QMessageBox.warning(
                self,
                self.tr("无法打印"),
                self.tr("打印机没有响应。请检查打印机是否已连接并开机，然后重试。"),
            )
        return ok

    def save_pdf(self, path: str | Path | None = None) -> Path | None:
        """Save the PDF; ``path`` given (tests) skips the file dialog."""
        if path is None:
            folder = str(self.settings.value(LAST_FOLDER, "")) if self.settings is not None else ""
            suggested = str(Path(folder) / self.file_name) if folder else self.file_name
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("保存为 PDF"), suggested, self.tr("PDF 文件 (*.pdf)")
            )
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"
        try:
            target = write_pdf(self.data, path)
        except StationDeskError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), error_text(exc))
            return None
        if self.settings is not None:
            self.settings.setValue(LAST_FOLDER, str(target.parent))
        self.saved_to = target
        return target

    def done(self, result: int) -> None:
        self.pages.close()
        super().done(result)
