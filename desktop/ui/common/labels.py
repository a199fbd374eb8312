"""Translate what the core returns: reference-data values and error messages.

The core stores Chinese domain terms (tags, risk levels, relations…) and raises errors with a
Chinese template; both are translated here through Qt (contexts "refdata" and "core").
desktop/ui/common/core_strings.py lists them for lupdate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import FieldError, StationDeskError


def label(value: str) -> str:
    return QCoreApplication.translate("refdata", value) if value else ""


def labels(values: list[str]) -> str:
    """Several values in one line, with the language's own separator (、 or ", ")."""
    return QCoreApplication.translate("refdata", "、").join(label(v) for v in values)


def error_text(error: StationDeskError | FieldError) -> str:
    from desktop.core.errors import MESSAGES

    params = {
        k: (label(v) if k in ("label", "sex") and isinstance(v, str) else v)
        for k, v in error.params.items()
    }
    return QCoreApplication.translate("core", MESSAGES[error.code]).format(**params)
