"""The core knows nothing of Qt: it imports and works with PySide6 made unimportable."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] == 'PySide6':
            raise ImportError('Qt is not allowed in the core')
sys.meta_path.insert(0, Block())
import pkgutil, importlib, desktop.core, desktop.cli
for m in pkgutil.walk_packages(desktop.core.__path__, 'desktop.core.'):
    importlib.import_module(m.name)
from desktop.cli import main
raise SystemExit(main(['--data-dir', sys.argv[1], 'demo', '--households', '5']))
"""


def test_core_and_cli_run_without_qt(tmp_path):
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_no_sql_outside_the_store():
    offenders = []
    for path in (ROOT / "desktop").rglob("*.py"):
        if "store" in path.parts or path.name == "make_old_databases.py":
            continue
        text = path.read_text(encoding="utf-8")
        if any(word in text for word in ("conn.execute", "db.query(", "SELECT ", "INSERT INTO", "UPDATE ")):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
