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
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_no_sql_outside_the_store():
    offenders = []
    for path in (ROOT / "desktop").rglob("*.py"):
        if "store" in path.parts or path.name == "make_old_databases.py":
            continue
        text = path.read_text(encoding="utf-8")
        if any(
            word in text
            for word in ("conn.execute", "db.query(", "SELECT ", "INSERT INTO", "UPDATE ")
        ):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


# Import cycles of the past (issue 13) that are still there; this list may only shrink.
KNOWN_CYCLES: list[set[str]] = []


def import_cycles() -> list[set[str]]:
    """Modules that import each other, directly or through others, over the real import graph
    (imports inside functions too; ``if TYPE_CHECKING`` imports left out): Tarjan's components."""
    import grimp

    graph = grimp.build_graph("desktop", exclude_type_checking_imports=True, cache_dir=None)
    edges = {m: graph.find_modules_directly_imported_by(m) for m in graph.modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(component)

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return found


def test_no_new_import_cycles():
    assert [c for c in import_cycles() if c not in KNOWN_CYCLES] == []
    assert all(c in import_cycles() for c in KNOWN_CYCLES), (
        "a known cycle is gone: remove it from KNOWN_CYCLES"
    )


def test_the_store_sits_at_the_bottom():
    """Migrations are schema-only (issue 13): the store calls up into no feature of the core; the
    data steps a migration needs run after opening (desktop/core/upgrades.py)."""
    import grimp

    graph = grimp.build_graph("desktop", exclude_type_checking_imports=True, cache_dir=None)
    allowed = {"desktop.core.clock", "desktop.core.errors", "desktop.core.text"}
    upward = {
        (module, imported)
        for module in graph.find_descendants("desktop.core.store") | {"desktop.core.store"}
        for imported in graph.find_modules_directly_imported_by(module)
        if not imported.startswith("desktop.core.store") and imported not in allowed
    }
    assert upward == set()
