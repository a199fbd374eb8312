"""Read a roster file into rows of cells: .xlsx/.xls through python-calamine, .csv (UTF-8 or GBK)
through the standard library. Every failure is a RosterError with a Chinese message."""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import python_calamine as calamine

from desktop.core.errors import StationDeskError

EXCEL = {".xlsx", ".xlsm", ".xls"}
MAX_ROWS = 200_000
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


class RosterError(StationDeskError):
    """A roster that cannot be read or imported as it is; nothing was written."""


@dataclass
class Table:
    """One sheet's cells (row 0 is the sheet's first row) and its merged ranges."""

    file_name: str
    sheet: str
    sheets: list[str]
    cells: list[list[Any]]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    file_hash: str = ""


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sheet_names(path: Path) -> list[str]:
    path = Path(path)
    if path.suffix.lower() == ".csv":
        _check_exists(path)
        return [path.stem]
    return list(_open_workbook(path).sheet_names)


def read(path: Path, sheet: str | None = None) -> Table:
    path = Path(path)
    suffix = path.suffix.lower()
    _check_exists(path)
    if suffix == ".csv":
        cells = _read_csv(path)
        name = path.stem
        table = Table(path.name, name, [name], cells)
    elif suffix in EXCEL:
        table = _read_excel(path, sheet)
    else:
        raise RosterError("roster.file_type", name=path.name)
    if sheet and suffix == ".csv" and sheet != table.sheet:
        raise RosterError("roster.sheet", sheet=sheet, known=table.sheet)
    if len(table.cells) > MAX_ROWS:
        raise RosterError("roster.too_many", sheet=table.sheet, rows=len(table.cells), max=MAX_ROWS)
    if not any(any(_present(c) for c in row) for row in table.cells):
        raise RosterError("roster.empty", sheet=table.sheet)
    table.file_hash = file_hash(path)
    return table


def _present(value: Any) -> bool:
    return value is not None and value != ""


def _check_exists(path: Path) -> None:
    if not path.is_file():
        raise RosterError("roster.file_missing", name=path.name)


def _looks_encrypted(path: Path) -> bool:
    """An Office file with an open password is an OLE container holding an EncryptedPackage."""
    with open(path, "rb") as f:
        head = f.read(1 << 16)
    return head.startswith(_OLE) and _ENCRYPTED_STREAM in head


def _open_workbook(path: Path) -> calamine.CalamineWorkbook:
    _check_exists(path)
    if path.suffix.lower() not in EXCEL:
        raise RosterError("roster.file_type", name=path.name)
    if _looks_encrypted(path):
        raise RosterError("roster.password", name=path.name)
    try:
        return calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError:
        raise RosterError("roster.password", name=path.name) from None
    except (calamine.CalamineError, OSError, ValueError) as exc:
        raise _unreadable(path, exc) from None


def _unreadable(path: Path, exc: Exception) -> RosterError:
    """An .xls protected by a password is reported by the reader as an encrypted file."""
    text = str(exc).lower()
    if "password" in text or "encrypt" in text:
        return RosterError("roster.password", name=path.name)
    return RosterError("roster.unreadable", name=path.name)


def _read_excel(path: Path, sheet: str | None) -> Table:
    book = _open_workbook(path)
    names = list(book.sheet_names)
    if not names:
        raise RosterError("roster.empty", sheet=path.name)
    if sheet is None:
        sheet = names[0]
    elif sheet not in names:
        raise RosterError("roster.sheet", sheet=sheet, known="、".join(names))
    try:
        data = book.get_sheet_by_name(sheet)
        cells = data.to_python(skip_empty_area=False)
        merged = list(data.merged_cell_ranges or [])
    except calamine.PasswordError:
        raise RosterError("roster.password", name=path.name) from None
    except (calamine.CalamineError, ValueError) as exc:
        raise _unreadable(path, exc) from None
    return Table(path.name, sheet, names, cells, merged)


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16")
    for encoding in ("utf-8-sig", "gb18030"):  # GB18030 is a superset of GBK and GB2312
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RosterError("roster.encoding", name=name)


def _read_csv(path: Path) -> list[list[Any]]:
    text = _decode(path.read_bytes(), path.name)
    if "\x00" in text:
        raise RosterError("roster.unreadable", name=path.name)
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    try:
        return [list(row) for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error:
        raise RosterError("roster.unreadable", name=path.name) from None
