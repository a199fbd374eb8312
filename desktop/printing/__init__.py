"""Printed documents (A4 PDF, reportlab): pure functions from plain data to PDF bytes.

    pdf("visit", [data, ...]) -> bytes      # one PDF, each document on its own pages

The data of each document is what desktop.core.documents.documents gathers. Before anything is
laid out, every character of every field is checked against the bundled font; a character it
cannot draw raises desktop.printing.check.MissingGlyphError naming record, field and character.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import Any

from desktop.printing.check import GlyphCheck, MissingGlyphError
from desktop.printing.output import printed_line, render, write_pdf
from desktop.printing.page import Document

__all__ = ["KINDS", "GlyphCheck", "MissingGlyphError", "build", "pdf", "printed_line", "write_pdf"]


# kind -> (module of desktop.printing, function): imported when first used.
_BUILDERS: dict[str, tuple[str, str]] = {
    "blank-visit-form": ("visit_form", "blank_visit_document"),
    "visit": ("visit_form", "visit_document"),
    "household": ("household_profile", "household_document"),
    "plan": ("service_plan", "plan_document"),
    "referral": ("referral_letter", "referral_document"),
    "route-list": ("route_list", "route_list_document"),
}
KINDS = tuple(_BUILDERS)


def build(kind: str, data: dict[str, Any], check: GlyphCheck) -> Document:
    """One document of ``kind`` from its data; characters the font lacks are noted in ``check``."""
    module, function = _BUILDERS[kind]
    builder: Callable[[dict[str, Any], GlyphCheck], Document] = getattr(
        importlib.import_module(f"desktop.printing.{module}"), function
    )
    return builder(data, check)


def pdf(
    kind: str,
    items: Iterable[dict[str, Any]],
    printed: str = "",
    on_document: Callable[[int], None] | None = None,
) -> bytes:
    """The PDF of one or more documents of one kind. Raises MissingGlyphError before writing
    anything when a field holds a character the font cannot draw."""
    check = GlyphCheck()
    documents = [build(kind, data, check) for data in items]
    check.raise_if_any()
    return render(documents, printed, on_document)
