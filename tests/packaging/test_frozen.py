"""The frozen app (issue 7): build the one-folder bundle with packaging/build.py, then drive it.

Slow (a PyInstaller build, about a minute here), so the default test run skips it. Run it with

    .venv/bin/python -m pytest -m slow tests/packaging

The build script runs with ``--if-stale``: it rebuilds dist/StationDesk only when the sources, spec,
resources or installed packages changed since its last build. ``STATIONDESK_FROZEN_DIR=DIR`` tests
a bundle that is already built instead. Timings and the bundle's size are printed at the end.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import __version__

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from build import evict_from_cache as evict  # noqa: E402  (the build script's own cold-start eviction)

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
APP = "StationDesk"
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""
SIZE_LIMIT_MB = 150  # issue 7: the folder under 150 MB on Linux
QT_TRANSLATION = re.compile(r"^_internal/PySide6/(Qt/)?translations/")
QT_PLUGIN = re.compile(r"^_internal/PySide6/(Qt/)?plugins/(?P<type>[^/]+)/(?P<file>[^/]+)$")
ALLOWED_PLUGIN_TYPES = {
    "platforms",
    "platforminputcontexts",
    "xcbglintegrations",
    "platformthemes",
    "styles",
    "imageformats",
    "iconengines",
    "printsupport",
}
# Qt modules StationDesk never uses: none of their libraries may be in the folder.
UNUSED_QT_LIBS = re.compile(
    r"Qt6(Qml|Quick|WebEngine|3D|Multimedia|Pdf|Charts|Designer|Wayland|EglFS|"
    r"Network|OpenGL|Sql|Test|Bluetooth|Positioning|Location)",
    re.IGNORECASE,
)


def _report(config: pytest.Config, text: str) -> None:
    """Print past pytest's output capture (numbers people want to see without -s)."""
    capture = config.pluginmanager.getplugin("capturemanager")
    if capture is None:
        print(text)
        return
    with capture.global_and_fixture_disabled():
        print(text, flush=True)


@pytest.fixture(scope="session")
def timings(pytestconfig: pytest.Config) -> Iterator[dict[str, str]]:
    found: dict[str, str] = {}
    yield found
    if found:
        lines = "\n".join(f"  {key}: {value}" for key, value in found.items())
        _report(pytestconfig, f"\nFrozen StationDesk measurements:\n{lines}")


@pytest.fixture(scope="session")
def bundle(pytestconfig: pytest.Config, timings: dict[str, str]) -> Path:
    reuse = os.environ.get("STATIONDESK_FROZEN_DIR")
    if reuse:
        folder = Path(reuse).resolve()
    else:
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build.py"), "--if-stale"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=3600,
        )
        output = result.stdout + result.stderr
        assert result.returncode == 0, f"build failed:\n{output[-6000:]}"
        built = re.search(r"Build time: (\d+) s", output)
        timings["build"] = (
            f"{built.group(1)} s"
            if built
            else (f"reused a current build ({time.perf_counter() - start:.0f} s to check it)")
        )
        out = result.stdout
        report = out[out.find("\nBundle: ") :] if "\nBundle: " in out else out[-3000:]
        _report(pytestconfig, "\n" + report.strip())
        folder = ROOT / "dist" / APP
    assert (folder / f"{APP}{EXE}").is_file(), f"no {APP}{EXE} in {folder}"
    return folder


def program(bundle: Path, gui: bool = False) -> Path:
    """The GUI program, or for commands the console one (StationDesk-cli.exe on Windows)."""
    cli = bundle / f"{APP}-cli{EXE}"
    return cli if not gui and cli.exists() else bundle / f"{APP}{EXE}"


def frozen_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a person's session: no Python/venv/Qt/app variables, HOME in ``home``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "QT_", "STATIONDESK_", "XDG_", "VIRTUAL_ENV", "LD_"))
    }
    home.mkdir(parents=True, exist_ok=True)
    env["HOME"] = str(home)
    if WINDOWS:
        env.update(
            USERPROFILE=str(home),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            APPDATA=str(home / "AppData" / "Roaming"),
        )
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def run(
    exe: Path, args: list[str], env: dict[str, str], timeout: float = 180
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(exe), *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        cwd=env["HOME"],
    )


def run_until_shown(
    exe: Path, args: list[str], env: dict[str, str]
) -> tuple[subprocess.CompletedProcess, float]:
    """Start the GUI (STATIONDESK_SMOKE_EXIT set); return its result and the seconds until it printed
    that its first window is shown."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(exe), *args],
        env=env,
        cwd=env["HOME"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    watchdog = threading.Timer(240, process.kill)  # e.g. a crash dialog nobody can close
    watchdog.start()
    shown_after = float("nan")
    lines = []
    try:
        for line in process.stdout:
            lines.append(line)
            if line.startswith("shown ") and shown_after != shown_after:
                shown_after = time.perf_counter() - start
        stderr = process.stderr.read()
        process.wait()
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
    return subprocess.CompletedProcess(
        process.args, process.returncode, "".join(lines), stderr
    ), shown_after


def info(exe: Path, env: dict[str, str], *args: str) -> dict:
    result = run(exe, [*args, "info", "--json"], env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_version_prints_the_version(bundle: Path, tmp_path: Path, timings: dict[str, str]) -> None:
    env = frozen_env(tmp_path / "home")
    cold = evict(bundle)
    start = time.perf_counter()
    result = run(program(bundle), ["--version"], env)
    elapsed = time.perf_counter() - start
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{APP} {__version__}"
    start = time.perf_counter()
    assert run(program(bundle), ["--version"], env).returncode == 0
    timings["--version"] = (
        f"{elapsed:.2f} s {'cold' if cold else 'first run'}, "
        f"{time.perf_counter() - start:.2f} s warm"
    )


def test_bundle_holds_only_what_the_app_uses(bundle: Path, timings: dict[str, str]) -> None:
    files = {
        p.relative_to(bundle).as_posix(): p
        for p in bundle.rglob("*")
        if p.is_file() and not p.is_symlink()
    }
    dangling = [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, dangling
    size_mb = sum(p.stat().st_size for p in files.values()) / 1e6
    timings["bundle size"] = f"{size_mb:.1f} MB in {len(files)} files"
    if sys.platform.startswith("linux"):
        assert size_mb < SIZE_LIMIT_MB
    unused = sorted(name for name in files if UNUSED_QT_LIBS.search(Path(name).name))
    assert not unused, f"libraries of unused Qt modules: {unused}"
    for name in files:
        plugin = QT_PLUGIN.match(name)
        if plugin:
            assert plugin["type"] in ALLOWED_PLUGIN_TYPES, name
            assert "gtk" not in plugin["file"], name
        if QT_TRANSLATION.match(name):
            assert re.search(r"_(zh_CN|en)\.qm$", name), name
    assert any(re.search(r"plugins/platforms/(lib)?q(xcb|windows|cocoa)\.", n) for n in files)
    # resources/: fonts, compiled translations and icons, never the .ts sources.
    resources = bundle / "_internal" / "resources"
    assert (resources / "icons" / "stationdesk.png").is_file()
    assert (resources / "translations" / "stationdesk_en.qm").is_file()
    assert not list(resources.rglob("*.ts"))
    fonts = sorted((ROOT / "resources" / "fonts").glob("*.[ot]tf"))
    assert sorted(p.name for p in (resources / "fonts").glob("*.[ot]tf")) == [f.name for f in fonts]
    for font in fonts:
        bundled = resources / "fonts" / font.name
        assert bundled.is_file() and bundled.stat().st_size == font.stat().st_size, font.name
    # Left out (packaging/README.md): pypinyin's phrase dictionary; on Linux CUPS and what only it needs.
    names = {Path(name).name for name in files}
    assert "phrases_dict.json" not in names
    if sys.platform.startswith("linux"):
        assert not [
            n
            for n in names
            if re.match(r"lib(cups|gnutls|unistring|p11-kit|krb5|gssapi_krb5)\.so", n)
        ]


def test_commands_on_a_data_folder_with_a_chinese_name(bundle: Path, tmp_path: Path) -> None:
    env = frozen_env(tmp_path / "home")
    data = tmp_path / "社工站 数据" / "张三的资料"
    result = run(program(bundle), ["--data-dir", str(data), "demo", "--households", "20"], env)
    assert result.returncode == 0, result.stderr
    assert "已载入 20 户演示数据" in result.stdout
    summary = info(program(bundle), env, "--data-dir", str(data))
    assert summary["households"] == 20
    assert summary["persons"] >= 20
    assert summary["station"]
    assert summary["version"] == __version__
    assert Path(summary["database"]) == data / "stationdesk.db"
    assert (data / "stationdesk.db").is_file()


@pytest.fixture(scope="module")
def demo_data(
    bundle: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, str]]:
    """A data folder with 20 demo households made by the frozen program, and its environment."""
    home = tmp_path_factory.mktemp("demo")
    env = frozen_env(home / "home")
    data = home / "演示 数据"
    result = run(program(bundle), ["--data-dir", str(data), "demo", "--households", "20"], env)
    assert result.returncode == 0, result.stderr
    return data, env


def test_search_keys_are_the_same_as_from_source(demo_data: tuple[Path, dict[str, str]]) -> None:
    """pypinyin without its phrase dictionary (left out of the bundle): the frozen program indexes
    every name with the pinyin keys the source computes (张国永 -> zhangguoyong zgy)."""
    from desktop.core.register import pinyin

    data, _env = demo_data
    with sqlite3.connect(data / "stationdesk.db") as db:
        names = [
            r[0] for r in db.execute("SELECT name FROM persons WHERE NOT deleted AND name != ''")
        ]
        index = " ".join(r[0] for r in db.execute("SELECT keys FROM household_search"))
    assert len(names) >= 20
    for name in names:
        usual, rare = pinyin.index_keys(name)  # a rare reading's keys are kept apart (issue 12)
        assert usual in index and rare in index, name


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_print_commands_write_pdfs_in_the_bundled_font(
    bundle: Path, demo_data: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    """reportlab (with Pillow, which it imports), the one bundled font and its emboldened headings,
    from the frozen program: the PDFs give back their Chinese text and embed only that font."""
    data, env = demo_data
    with sqlite3.connect(data / "stationdesk.db") as db:
        household, head = db.execute(
            "SELECT h.id, p.name FROM households h JOIN persons p ON p.id = h.head_id "
            "WHERE NOT h.deleted ORDER BY h.id LIMIT 1"
        ).fetchone()
    runs = {
        "blank.pdf": (["blank-visit-form"], ["入户走访记录表", "一、基本情况", "走访社工签字"]),
        "household.pdf": (["household", "--id", household], ["家庭档案", head]),
    }
    for name, (args, words) in runs.items():
        out = tmp_path / "打印 输出" / name
        result = run(
            program(bundle), ["--data-dir", str(data), "print", *args, "--out", str(out)], env
        )
        assert result.returncode == 0, result.stdout + result.stderr
        text = re.sub(
            r"\s+",
            "",
            subprocess.run(
                ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, check=True
            ).stdout.decode("utf-8"),
        )
        for word in words:
            assert word in text, (name, word)
        fonts = subprocess.run(
            ["pdffonts", str(out)], capture_output=True, text=True, check=True
        ).stdout
        rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
        assert rows and all(re.fullmatch(r"[A-Z]{6}\+NotoSansSC-Regular", r[0]) for r in rows), (
            fonts
        )
        assert all(r[-5:-3] == ["yes", "yes"] for r in rows), fonts  # embedded, subset


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries: Linux")
def test_every_library_finds_what_it_links_to(bundle: Path) -> None:
    """Whatever the spec left to the system (X11/xcb, fontconfig, glib, D-Bus, CUPS ...) is there on
    this machine, and every library kept in the folder finds its own dependencies (ldd, with the
    search path the bootloader sets)."""
    if shutil.which("ldd") is None:
        pytest.skip("ldd not available")
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    libraries = [
        p
        for p in internal.rglob("*")
        if p.is_file() and not p.is_symlink() and (p.suffix == ".so" or ".so." in p.name)
    ]
    assert len(libraries) > 20
    missing = {}
    for lib in libraries:
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, env=env).stdout
        lost = [line.split()[0] for line in out.splitlines() if "not found" in line]
        if lost:
            missing[str(lib.relative_to(bundle))] = lost
    assert not missing, missing


def test_default_is_the_per_user_database(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "用户" / "王小明"
    summary = info(program(bundle), frozen_env(home))
    database = Path(summary["database"])
    if sys.platform.startswith("linux"):
        assert database == home / ".local" / "share" / APP / "stationdesk.db"
    else:
        assert home in database.parents
    assert database.is_file()
    env_dir = tmp_path / "环境变量 文件夹"
    summary = info(program(bundle), frozen_env(home, STATIONDESK_DATA_DIR=str(env_dir)))
    assert Path(summary["database"]) == env_dir / "stationdesk.db"


def copy_bundle(bundle: Path, target: Path) -> Path:
    """A copy of the folder (hard links where the file system allows), as a worker's USB stick."""
    target.parent.mkdir(parents=True)
    try:
        shutil.copytree(bundle, target, symlinks=True, copy_function=os.link)
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(bundle, target, symlinks=True)
    return target


def test_portable_mode_keeps_data_beside_the_program(bundle: Path, tmp_path: Path) -> None:
    stick = copy_bundle(bundle, tmp_path / "U盘 便携" / APP)  # also: the folder can be moved
    env = frozen_env(tmp_path / "home")
    assert Path(info(program(stick), env)["database"]).parent != stick / "data"
    (stick / "portable.txt").write_text("StationDesk: data beside the program\n", encoding="utf-8")
    summary = info(program(stick), env)
    assert Path(summary["database"]) == stick / "data" / "stationdesk.db"
    assert (stick / "data" / "stationdesk.db").is_file()
    other = tmp_path / "另一个 文件夹"
    assert (
        Path(info(program(stick), env, "--data-dir", str(other))["database"])
        == other / "stationdesk.db"
    )


def test_gui_shows_its_first_window(bundle: Path, tmp_path: Path, timings: dict[str, str]) -> None:
    env = frozen_env(tmp_path / "home")
    data = tmp_path / "界面 数据"
    assert (
        run(
            program(bundle), ["--data-dir", str(data), "demo", "--households", "20"], env
        ).returncode
        == 0
    )
    smoke = frozen_env(tmp_path / "home", STATIONDESK_SMOKE_EXIT="1")
    cold = evict(bundle)
    result, shown_after = run_until_shown(
        program(bundle, gui=True), ["--data-dir", str(data)], smoke
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    for problem in (
        "Could not load the Qt platform plugin",
        "cannot open shared object",
        "Fontconfig error",
        "Cannot load library",
    ):
        assert problem not in result.stderr, result.stderr
    shown = re.search(r"shown (.+) after (\d+) ms", result.stdout)
    assert shown, result.stdout + result.stderr
    assert shown.group(1).startswith("社工站工作台 — ")
    timings["first window"] = (
        f"{shown_after:.2f} s from start to the window shown ({'cold' if cold else 'first'} start)"
    )
    _, warm = run_until_shown(program(bundle, gui=True), ["--data-dir", str(data)], smoke)
    timings["first window"] += f", {warm:.2f} s warm"
    # English, from the bundled translation.
    result = run(
        program(bundle, gui=True), ["--data-dir", str(data), "--lang", "en"], smoke, timeout=240
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"shown StationDesk — .+ after (\d+) ms", result.stdout), (
        result.stdout + result.stderr
    )
