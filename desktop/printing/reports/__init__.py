"""Printed reports (A4 PDF): the monthly report and the coverage page's print, with the charts
drawn by reportlab from the core's chart descriptions."""

from __future__ import annotations

from desktop.core.reports.report import Report
from desktop.core.reports.workbook import Signed
from desktop.printing.check import GlyphCheck
from desktop.printing.output import render


def monthly_pdf(report: Report, signed: Signed, printed: str = "") -> bytes:
    from desktop.printing.reports.monthly_report import monthly_document

    check = GlyphCheck()
    document = monthly_document(report, signed, check)
    check.raise_if_any()
    return render([document], printed)


def coverage_pdf(data: dict, printed: str = "") -> bytes:
    from desktop.printing.reports.coverage import coverage_document

    check = GlyphCheck()
    document = coverage_document(data, check)
    check.raise_if_any()
    return render([document], printed)
