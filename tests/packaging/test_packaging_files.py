"""Fast checks of what the build uses: the Windows version resource, the icon files, ICU trimming."""

from __future__ import annotations

import struct
import sys
import types
from pathlib import Path

import pytest

from desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import icu_trim  # noqa: E402
import version_info  # noqa: E402


def test_version_numbers_come_from_the_package_version() -> None:
    assert version_info.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_info.version_tuple("1.2.3rc1") == (1, 2, 3, 1)
    assert version_info.version_tuple("2.0.dev4+g1234") == (2, 0, 4, 0)
    assert f"FileVersion', '{__version__}'" in version_info.text()


def test_version_resource_is_what_pyinstaller_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("PyInstaller")
    # The reader is Windows-only code; give it stand-ins for the Windows modules it imports.
    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    import PyInstaller.compat as compat

    monkeypatch.setattr(compat, "win32api", None, raising=False)
    from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

    info = load_version_info_from_text_file(str(version_info.write(tmp_path / "version.txt")))
    raw = info.toRaw()
    assert "社工站工作台".encode("utf-16-le") in raw
    assert __version__.encode("utf-16-le") in raw


def test_icon_files_hold_every_size() -> None:
    icons = ROOT / "resources" / "icons"
    png = (icons / "stationdesk.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (icons / "stationdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico, 0)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * i
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(ico)
        sizes.add(width or 256)
    assert {16, 24, 32, 48, 256} <= sizes


def test_icu_items_kept_are_root_english_and_chinese_locales_and_all_shared_data() -> None:
    keep = icu_trim.keep_item
    assert (
        keep("icudt73l/zh_Hans_CN.res")
        and keep("icudt73l/coll/zh.res")
        and keep("icudt73l/en_GB.res")
    )
    assert keep("icudt73l/root.res") and keep("icudt73l/coll/root.res")
    assert keep("icudt73l/gb18030.cnv") and keep("icudt73l/brkitr/cjdict.dict")
    assert (
        keep("icudt73l/pool.res")
        and keep("icudt73l/res_index.res")
        and keep("icudt73l/zoneinfo64.res")
    )
    assert (
        keep("icudt73l/coll/res_index.res")
        and keep("icudt73l/zh_Hant_TW.res")
        and keep("icudt73l/en_150.res")
    )
    assert (
        not keep("icudt73l/fr.res")
        and not keep("icudt73l/coll/ja.res")
        and not keep("icudt73l/zone/de_CH.res")
    )
    assert not keep("icudt73l/es_419.res") and not keep("icudt73l/coll/de__PHONEBOOK.res")


def test_icu_package_round_trips() -> None:
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + b"\0" * 8 + b"CmnD" + b"\0" * 16
    entries = [("icudt73l/b.res", b"B" * 20), ("icudt73l/a.res", b"A" * 16)]
    data = icu_trim.write_common_data(header, entries)
    size, parsed = icu_trim.items(data)
    assert size == 32
    assert [name for name, _ in parsed] == ["icudt73l/a.res", "icudt73l/b.res"]
    assert parsed[0][1] == b"A" * 16 and parsed[1][1].rstrip(b"\0") == b"B" * 20
