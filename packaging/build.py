"""Build the one-folder StationDesk bundle: dist/StationDesk/ (PyInstaller, packaging/stationdesk.spec).

    python3 packaging/build.py            (Linux; Windows: py packaging\\build.py)

Outside a virtual environment it first sets up .venv (packaging/setup_env.sh on Linux; on Windows
``python -m venv .venv`` and ``pip install -e .[build]``) and runs itself again from there. Inside
one it installs the ``build`` extra (PyInstaller) if missing, draws the icons if missing, runs
PyInstaller at low priority, then prints the build time, the folder's size with its biggest items,
and checks that ``StationDesk --version`` runs (timing it with a cold file cache on Linux).

``--if-stale`` skips PyInstaller when dist/StationDesk was built by this script from the same
inputs (source, spec, resources, installed packages): the slow test uses it so that one run builds
at most once.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "stationdesk.spec"
APP = "StationDesk"
STAMP = "build-inputs.sha256"  # written into dist/StationDesk/_internal/
SIZE_LIMIT_MB = 150  # issue 7: the Linux folder stays under 150 MB (decimal)
WINDOWS = sys.platform == "win32"
EXE_SUFFIX = ".exe" if WINDOWS else ""
INPUT_GLOBS = [
    "main.py",
    "pyproject.toml",
    "desktop/**/*.py",
    "packaging/*.py",
    "packaging/*.spec",
    "resources/fonts/*",
    "resources/translations/*.qm",
    "resources/icons/*",
]


def in_venv() -> bool:
    return sys.prefix != getattr(sys, "base_prefix", sys.prefix)


def reexec_in_venv() -> None:
    """Set up .venv if needed and run this script again with its Python."""
    venv_python = ROOT / ".venv" / ("Scripts/python.exe" if WINDOWS else "bin/python")
    if WINDOWS:
        if not venv_python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(ROOT / ".venv")], check=True)
        subprocess.run(
            [str(venv_python), "-m", "pip", "install", "-q", "-e", f"{ROOT}[build]"], check=True
        )
    else:
        subprocess.run(["bash", str(ROOT / "packaging" / "setup_env.sh")], check=True)
    sys.exit(subprocess.call([str(venv_python), __file__, *sys.argv[1:]]))


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("Installing the build extra (PyInstaller) into this environment ...", flush=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "-e", f"{ROOT}[build]"], check=True
        )


def ensure_icons() -> None:
    icons = ROOT / "resources" / "icons"
    if not (icons / "stationdesk.ico").exists() or not (icons / "stationdesk.png").exists():
        subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icon.py")], check=True)
    fonts = list((ROOT / "resources" / "fonts").glob("*.[ot]tf"))
    if not fonts:
        print(
            "WARNING: resources/fonts holds no font: the bundle will use the system's fonts.",
            flush=True,
        )


def inputs_digest() -> str:
    """Hash of everything that goes into the bundle, to tell whether an existing build is current."""
    h = hashlib.sha256()
    for pattern in INPUT_GLOBS:
        for path in sorted(ROOT.glob(pattern)):
            if path.is_file():
                h.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    h.update("\n".join(packages).encode())
    h.update(
        f"{sys.version}|{sys.platform}|{os.environ.get('STATIONDESK_CLI_EXE', '')}|{os.environ.get('STATIONDESK_FULL_ICU', '')}".encode()
    )
    return h.hexdigest()


def lower_priority() -> dict:
    """Be kind to a shared machine: PyInstaller runs at nice 10 (POSIX) or below-normal priority."""
    if hasattr(os, "nice"):
        return {"preexec_fn": lambda: os.nice(10)}
    return {"creationflags": getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)}


def run_pyinstaller(distpath: Path, workpath: Path, clean: bool) -> float:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--distpath",
        str(distpath),
        "--workpath",
        str(workpath),
        "--log-level",
        "WARN",
    ]
    if clean:
        cmd.append("--clean")
    print("$ " + " ".join(cmd), flush=True)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, **lower_priority())
    return time.perf_counter() - start


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def size_report(bundle: Path, top: int = 15) -> int:
    """Print the bundle's size and its biggest items (files, and the Qt/Python folders); return bytes."""
    total = folder_size(bundle)
    files = sorted(
        (p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()),
        key=lambda p: p.stat().st_size,
        reverse=True,
    )
    print(
        f"\nBundle: {bundle}  {total / 1e6:.1f} MB ({total / 2**20:.1f} MiB) in {len(files)} files"
    )
    margin = SIZE_LIMIT_MB - total / 1e6
    print(
        f"  {'under' if margin > 0 else 'OVER'} the {SIZE_LIMIT_MB} MB target by {abs(margin):.1f} MB"
    )
    internal = bundle / "_internal"
    groups = [
        internal / "PySide6",
        *(internal / "PySide6").glob("Qt/*"),
        *(internal / "PySide6").glob("plugins"),
        *(internal / "PySide6").glob("translations"),
        internal / "resources",
        *internal.glob("python3*"),
        *internal.glob("pypinyin"),
        *internal.glob("reportlab"),
        *internal.glob("PIL"),
        *internal.glob("pillow.libs"),
        *internal.glob("cryptography"),
    ]
    print("  folders:")
    for folder in sorted({g for g in groups if g.exists()}, key=folder_size, reverse=True):
        print(f"    {folder_size(folder) / 1e6:7.1f} MB  {folder.relative_to(bundle)}")
    print(f"  biggest {top} files:")
    for path in files[:top]:
        print(f"    {path.stat().st_size / 1e6:7.1f} MB  {path.relative_to(bundle)}")
    return total


def evict_from_cache(bundle: Path) -> bool:
    """Drop the bundle's files (only those) from the page cache, for a cold-start timing (Linux)."""
    if not hasattr(os, "posix_fadvise"):
        return False
    os.sync()
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    return True


def command_line_program(bundle: Path) -> Path:
    """StationDesk-cli.exe on Windows (a console program), else StationDesk."""
    cli = bundle / f"{APP}-cli{EXE_SUFFIX}"
    return cli if cli.exists() else bundle / f"{APP}{EXE_SUFFIX}"


def smoke_version(bundle: Path) -> float:
    """Run ``StationDesk --version`` (cold file cache where possible); return seconds."""
    from desktop import __version__

    cold = evict_from_cache(bundle)
    exe = command_line_program(bundle)
    start = time.perf_counter()
    out = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, encoding="utf-8", timeout=120
    )
    elapsed = time.perf_counter() - start
    if out.returncode != 0 or out.stdout.strip() != f"{APP} {__version__}":
        sys.exit(
            f"Smoke check failed: {exe} --version -> {out.returncode} {out.stdout!r} {out.stderr!r}"
        )
    print(
        f"\n{exe.name} --version: {out.stdout.strip()!r} in {elapsed:.2f} s ({'cold' if cold else 'warm'} file cache)"
    )
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--distpath", type=Path, default=ROOT / "dist")
    parser.add_argument("--workpath", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--clean", action="store_true", help="drop PyInstaller's cache first")
    parser.add_argument(
        "--if-stale", action="store_true", help="skip PyInstaller if the bundle is current"
    )
    args = parser.parse_args(argv)
    if not in_venv():
        reexec_in_venv()
    sys.path.insert(0, str(ROOT))
    ensure_pyinstaller()
    ensure_icons()

    bundle = args.distpath / APP
    stamp = bundle / "_internal" / STAMP
    digest = inputs_digest()
    if args.if_stale and stamp.exists() and stamp.read_text().strip() == digest:
        print(f"{bundle} is current (same inputs): not rebuilt.")
    else:
        if stamp.exists():
            stamp.unlink()
        seconds = run_pyinstaller(args.distpath, args.workpath, args.clean)
        stamp.write_text(digest + "\n")
        print(f"\nBuild time: {seconds:.0f} s")
    size_report(bundle)
    smoke_version(bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
