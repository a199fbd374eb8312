"""Linux builds: a smaller ICU data library for the bundle (32 MB -> about 15 MB).

PySide6's Linux wheels link Qt to ICU 7x, whose data library (libicudata.so.NN) carries locale data
for some 800 locales. Qt uses ICU for collation (QCollator), legacy text codecs (GB18030, GBK, Big5
... behind QStringEncoder/QStringDecoder) and case mapping; StationDesk runs in Chinese and
English. This keeps every non-locale item (converters, normalisation, break dictionaries, Unicode
properties, time-zone rules, supplemental data) and the locale items of root, en* and zh*, then
builds a stand-in libicudata.so.NN that exports the same ``icudtNN_dat`` symbol (gcc + .incbin).

The result is checked before it is used: the same probe (Chinese and English collation of names,
codec names, case mapping, time-zone names, through QtCore) must print the same with the trimmed
library as with the original one. Any failure (no gcc, no nm, a different answer) keeps the
original library, with a warning. Windows and macOS builds are untouched: Qt for Windows uses the
system's ICU and ships none.

    python packaging/icu_trim.py [OUT_DIR]     # trims the venv's library and runs the check
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEPT_LANGUAGES = ("root", "en", "zh")
# A locale's item: language, then script/region/variant subtags (zh_Hans_CN, es_419, de__PHONEBOOK);
# not res_index.res, pool.res and the other shared tables.
LOCALE_ITEM = re.compile(r"^(?P<language>[a-z]{2,3}|root)(_([A-Z][A-Za-z0-9]*|\d{3})?)*\.res$")

PROBE = r"""
import json, sys
from PySide6.QtCore import (QCollator, QLocale, QStringDecoder, QStringEncoder, QTimeZone,
                            QCoreApplication)
app = QCoreApplication(sys.argv[:1])
names = ["张伟", "李娜", "王芳", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴昊", "单雄", "曾巩",
         "Zoe", "adam", "Émile", "堃", "赟", "喆", "龑", "㛃"]
out = {}
for loc in ("zh_CN", "en_US", "C"):
    c = QCollator(QLocale(loc))
    out["sort " + loc] = sorted(names, key=c.sortKey)
    out["upper " + loc] = QLocale(loc).toUpper("straße ǆ i")
# PySide6 does not expose encode/decode; the codec names and aliases still come from ICU.
out["codecs"] = sorted(QStringEncoder.availableCodecs())
for codec in ("GB18030", "GBK", "GB2312", "Big5", "Shift_JIS", "EUC-KR", "windows-1252"):
    out[codec] = [QStringEncoder(codec).isValid(), QStringDecoder(codec).isValid()]
for zone in (b"Asia/Shanghai", b"America/New_York"):
    tz = QTimeZone(zone)
    out[zone.decode()] = [tz.isValid(), tz.displayName(QTimeZone.TimeType.StandardTime,
                          QTimeZone.NameType.LongName, QLocale("zh_CN")),
                          tz.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                          QLocale("en_US"))]
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def read_common_data(library: Path) -> tuple[str, bytes]:
    """(symbol, data) of the ICU common data that ``library`` exports (``icudtNN_dat``)."""
    nm = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = re.search(r"^[0-9a-f]+ ([0-9a-f]+) [RD] (icudt\d+_dat)$", nm, re.MULTILINE)
    if not match:
        raise ValueError(f"no icudtNN_dat symbol in {library}")
    size, symbol = int(match.group(1), 16), match.group(2)
    blob = library.read_bytes()
    # The data starts with its header: size (2 bytes), magic 0xda 0x27, ..., format "CmnD".
    for found in re.finditer(rb"\xda\x27", blob):
        start = found.start() - 2
        if start >= 0 and blob[start + 12 : start + 16] == b"CmnD":
            return symbol, blob[start : start + size]
    raise ValueError(f"no ICU common data header in {library}")


def items(data: bytes) -> tuple[int, list[tuple[str, bytes]]]:
    """(header size, [(name, item bytes)]) of an ICU common data package (format CmnD 1)."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    count = struct.unpack_from("<I", data, header_size)[0]
    toc = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    result = []
    for i, (name_offset, data_offset) in enumerate(toc):
        name_start = header_size + name_offset
        name = data[name_start : data.index(b"\0", name_start)].decode("ascii")
        end = header_size + toc[i + 1][1] if i + 1 < count else len(data)
        result.append((name, data[header_size + data_offset : end]))
    return header_size, result


def keep_item(name: str) -> bool:
    """Every non-locale item; locale items (xx_YY.res, in any folder) of root, en and zh only."""
    match = LOCALE_ITEM.match(name.rsplit("/", 1)[-1])
    return match is None or match["language"] in KEPT_LANGUAGES


def write_common_data(header: bytes, entries: list[tuple[str, bytes]]) -> bytes:
    """The package again, items sorted by name (ICU searches the table of contents by bisection)."""
    entries = sorted(entries)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in entries)
    toc_size = 4 + 8 * len(entries)
    first = (toc_size + len(names) + 15) // 16 * 16
    # Items sit at 16-byte boundaries relative to the table; the header is a multiple of 16 bytes.
    toc, body, name_offset, offset = [struct.pack("<I", len(entries))], b"", toc_size, first
    for name, item in entries:
        toc.append(struct.pack("<II", name_offset, offset))
        name_offset += len(name) + 1
        padded = item + b"\0" * (-len(item) % 16)
        body += padded
        offset += len(padded)
    table = b"".join(toc) + names
    return header + table + b"\0" * (first - len(table)) + body


def build_library(symbol: str, soname: str, data: bytes, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{symbol}.dat").write_bytes(data)
    (out / "icudata.S").write_text(
        f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f'{symbol}:\n\t.incbin "{symbol}.dat"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    library = out / soname
    subprocess.run(
        ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(library), "icudata.S"],
        cwd=out,
        check=True,
        capture_output=True,
    )
    return library


def probe(python: str, library_dir: Path | None) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if library_dir is not None:
        env["LD_LIBRARY_PATH"] = str(library_dir) + os.pathsep + env.get("LD_LIBRARY_PATH", "")
    result = subprocess.run(
        [python, "-c", PROBE],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    if result.returncode != 0:
        raise RuntimeError(f"ICU probe failed: {result.stderr[-2000:]}")
    return result.stdout


def trimmed_icu(original: Path, out: Path, python: str = sys.executable) -> Path | None:
    """A checked, trimmed copy of ``original`` in ``out``; None (with a warning) if not possible."""
    try:
        if shutil.which("gcc") is None or shutil.which("nm") is None:
            raise RuntimeError("gcc and nm are needed")
        symbol, data = read_common_data(original)
        header_size, entries = items(data)
        kept = [(n, d) for n, d in entries if keep_item(n)]
        trimmed = write_common_data(data[:header_size], kept)
        library = build_library(symbol, original.name, trimmed, out)
        (out / f"{symbol}.dat").unlink()
        expected, got = probe(python, None), probe(python, out)
        if got != expected:
            raise RuntimeError(f"the trimmed ICU data answers differently:\n{expected}\n{got}")
        print(
            f"ICU data: kept {len(kept)} of {len(entries)} items, {len(data) / 1e6:.1f} MB -> "
            f"{library.stat().st_size / 1e6:.1f} MB (probe answers unchanged)",
            flush=True,
        )
        return library
    except (OSError, ValueError, RuntimeError, subprocess.SubprocessError) as exc:
        print(f"WARNING: keeping the full ICU data library: {exc}", flush=True)
        return None


def main() -> int:
    import PySide6

    original = Path(PySide6.__file__).parent / "Qt" / "lib"
    libraries = sorted(original.glob("libicudata.so.*"))
    if not libraries:
        print("No libicudata in this PySide6 (not Linux?): nothing to trim.")
        return 0
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="icu-"))
    result = trimmed_icu(libraries[0], out)
    print(json.dumps({"library": str(result) if result else None}))
    return 0 if result else 1


if __name__ == "__main__":
    sys.exit(main())
