"""Translate what the core returns: reference-data values and error messages.

The core stores Chinese domain terms (tags, risk levels, relations…) and raises errors with a
Chinese template; both are translated here through Qt (contexts "refdata" and "core").
desktop/ui/common/core_strings.py lists them for lupdate.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.errors import FieldError, StationDeskError

_LIST = QT_TRANSLATE_NOOP("refdata", "、")
_ASIDE = QT_TRANSLATE_NOOP("refdata", "{0}（{1}）")
_LIST_END = QT_TRANSLATE_NOOP("refdata", "；")


def label(value: str) -> str:
    return QCoreApplication.translate("refdata", value) if value else ""


def labels(values: Iterable[str]) -> str:
    """Several values in one line, with the language's own separator (、 or ", ")."""
    return joined(label(v) for v in values)


def joined(texts: Iterable[str]) -> str:
    """Names or phrases in one line with the language's separator (、 or ", "), as written."""
    return QCoreApplication.translate("refdata", _LIST).join(t for t in texts if t)


def listed(texts: Iterable[str]) -> str:
    """Longer phrases in one line (；or "; ")."""
    return QCoreApplication.translate("refdata", _LIST_END).join(t for t in texts if t)


def aside(text: str, note: str) -> str:
    """A text with a note in brackets: 王芳（配偶）, "Wang Fang (spouse)"."""
    return QCoreApplication.translate("refdata", _ASIDE).format(text, note) if note else text


def error_text(error: StationDeskError | FieldError) -> str:
    from desktop.core.errors import MESSAGES

    params = {
        k: (label(v) if k in ("label", "sex") and isinstance(v, str) else v)
        for k, v in error.params.items()
    }
    return QCoreApplication.translate("core", MESSAGES[error.code]).format(**params)
