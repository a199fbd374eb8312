"""No signal hands its argument to a slot's optional parameter.

``button.clicked.connect(self.print_document)`` passes clicked(bool) as ``printer``;
``action.triggered.connect(self.load_demo)`` passes triggered(bool) as ``households``. Both
crashed in the app while tests that called the methods directly passed. Every connection in
desktop/ui whose slot is a function whose first parameter has a default is refused here, unless
the signal is known to carry exactly that value (listed below). Wrap such slots in a lambda.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"

# (file, slot): the signal's argument is the value the parameter is for.
MEANT = {
    ("main_window.py", "update_status"),  # app.changed(ChangeSet) -> update_status(changes=None)
}


def optional_first(node: ast.FunctionDef) -> bool:
    params = node.args.args
    if params and params[0].arg in ("self", "cls"):
        params = params[1:]
    return bool(params) and len(node.args.defaults) == len(params)


def slots_with_optional_first() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and optional_first(node):
                found.setdefault(node.name, []).append(path.name)
    return found


def slot_name(expr: ast.expr) -> str | None:
    if isinstance(expr, ast.Attribute):
        return expr.attr
    if isinstance(expr, ast.Name):
        return expr.id
    return None


def connections(tree: ast.AST) -> list[tuple[int, ast.expr]]:
    """(line, slot) of ``x.connect(slot)``, ``QShortcut(keys, parent, slot)``, ``activated=slot``
    and ``addAction(text, slot)``."""
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = (
            func.attr
            if isinstance(func, ast.Attribute)
            else func.id
            if isinstance(func, ast.Name)
            else ""
        )
        if name == "connect" and node.args:
            out.append((node.lineno, node.args[0]))
        elif name == "QShortcut" and len(node.args) >= 3:
            out.append((node.lineno, node.args[2]))
        elif name == "addAction" and len(node.args) >= 2:
            out.append((node.lineno, node.args[-1]))
        out += [
            (node.lineno, k.value)
            for k in node.keywords
            if k.arg in ("activated", "triggered", "clicked")
        ]
    return out


def test_no_signal_fills_an_optional_first_parameter():
    risky = slots_with_optional_first()
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        for line, slot in connections(ast.parse(path.read_text(encoding="utf-8"))):
            name = slot_name(slot)
            if name in risky and (path.name, name) not in MEANT:
                offenders.append(
                    f"{path.name}:{line}: {ast.unparse(slot)} (defined in {', '.join(risky[name])})"
                )
    assert offenders == []


def test_the_check_finds_the_bug_it_is_for():
    tree = ast.parse("def go(self, printer=None): ...\nbutton.clicked.connect(self.go)\n")
    func = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef))
    assert optional_first(func)
    assert [slot_name(s) for _line, s in connections(tree)] == ["go"]
