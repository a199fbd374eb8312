"""Lay documents out into one PDF: a single document, or a batch printed in one go.

Pure: documents in, PDF bytes out (optionally written to a file). No Qt, no database.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.core.errors import StationDeskError
from desktop.printing.page import DocTemplate, Document


def printed_line(printed_by: str, when: dt.datetime) -> str:
    """The line under every page: "打印日期：2026-11-29 10:00　打印人：李明"."""
    text = f"打印日期：{when:%Y-%m-%d %H:%M}"
    return f"{text}　打印人：{printed_by}" if printed_by else text


def render(
    documents: Sequence[Document],
    printed: str = "",
    on_document: Callable[[int], None] | None = None,
) -> bytes:
    """The PDF of ``documents``, each starting on a new page with its own page numbers.

    ``on_document(i)`` is called as document ``i`` starts being laid out (progress; it may raise
    to cancel). Callers check the text against the font before (desktop.printing.check).
    """
    if not documents:
        raise StationDeskError("print.nothing")
    buffer = io.BytesIO()
    template = DocTemplate(buffer, list(documents), printed, on_document)
    template.build_all()
    return buffer.getvalue()


def write_pdf(data: bytes, path: Path | str) -> Path:
    """Write PDF bytes next to ``path`` under a temporary name, flush to disk, then rename."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".printing-", suffix=".pdf", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise StationDeskError(
            "print.write", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    return target
