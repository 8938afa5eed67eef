"""The shape of the house, checked on the import graph of every module of ``app``.

* capabilities depend one way: a module imports only modules of its own layer or below
  (:data:`LAYERS`), at the top of the file or anywhere else — no import upward, not even inside a
  function;
* services import the program's modules at the top only (no hidden function-level imports);
* no Qt outside ``app/ui``;
* no private name (``_x``) of another module is used.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: low → high; a module may import its own layer and the ones before it
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("core", ("app", "app.shipped", "app.messages", "app.errors", "app.fields", "app.paths", "app.codes", "app.identity", "app.access", "app.changes",
              "app.events", "app.instance_lock", "app.qt_libs", "app.files", "app.guide",
              "app.spreadsheets")),
    ("data", ("app.data",)),
    ("school", ("app.audit", "app.accounts", "app.school", "app.field_check", "app.policy", "app.school_calendar",
                "app.holidays", "app.attachments", "app.logs", "app.backup", "app.numbered_files", "app.drafts")),
    ("students", ("app.students",)),
    ("attendance", ("app.attendance",)),
    ("cases", ("app.cases",)),
    ("reports", ("app.early_warning", "app.weekly", "app.monthly")),
    ("mentors", ("app.mentors",)),
    ("approvals", ("app.approvals",)),
    ("documents/exchange", ("app.documents", "app.exchange")),
    ("reactions", ("app.reactions",)),
    ("demo/cli/ui", ("app.demo", "app.cli", "app.__main__", "app.documents.cli", "app.exchange.cli", "app.ui")),
]
#: the top layer: entry points may import late (to start fast) and use anything below
TOP = len(LAYERS) - 1


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer_of(module: str) -> int:
    best, best_len = None, -1
    for index, (_name, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            # "app" is the package itself only: a new module must be given its layer
            if (module == prefix or (prefix != "app" and module.startswith(prefix + "."))) and len(prefix) > best_len:
                best, best_len = index, len(prefix)
    if best is None:
        raise AssertionError(f"{module} is in no layer of tests/test_architecture.py: put it in one")
    return best


MODULES = {_module_name(p): p for p in (ROOT / "app").rglob("*.py") if "migrations" not in p.parts}
TREES = {m: ast.parse(p.read_text(encoding="utf-8"), filename=str(p)) for m, p in MODULES.items()}


def _resolve(module: str, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    is_pkg = MODULES[module].name == "__init__.py"
    base = base if is_pkg else base[:-1]
    base = base[:len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports(module: str):
    """(imported module, line, inside a function?) for every import of the program's modules."""
    tree = TREES[module]
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            inside |= {id(n) for n in ast.walk(node) if n is not node}
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, node)
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
        for t in targets:
            if t == "app" or t.startswith("app."):
                yield t, node.lineno, id(node) in inside


def test_every_module_is_in_a_layer():
    for module in MODULES:
        layer_of(module)


def test_capabilities_depend_one_way():
    upward = []
    for module in MODULES:
        mine = layer_of(module)
        for target, line, _late in imports(module):
            if layer_of(target) > mine:
                upward.append(f"{module}:{line} imports {target} ({LAYERS[layer_of(target)][0]} is above "
                              f"{LAYERS[mine][0]})")
    assert not upward, "\n".join(upward)


def test_services_import_at_the_top():
    late = [f"{module}:{line} imports {target} inside a function"
            for module in MODULES if layer_of(module) < TOP
            for target, line, is_late in imports(module) if is_late]
    assert not late, "\n".join(late)


def test_no_qt_outside_the_ui():
    qt = []
    for module, tree in TREES.items():
        if module == "app.ui" or module.startswith("app.ui."):
            continue
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            qt += [f"{module}:{node.lineno} imports {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6")]
    assert not qt, "\n".join(qt)


def test_no_private_names_across_modules():
    used = []
    for module, tree in TREES.items():
        aliases: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                base = _resolve(module, node)
                if not (base == "app" or base.startswith("app.")):
                    continue
                for a in node.names:
                    full = f"{base}.{a.name}"
                    if full in MODULES:
                        aliases[a.asname or a.name] = full
                    elif a.name.startswith("_") and not a.name.endswith("__"):
                        used.append(f"{module}:{node.lineno} imports {base}.{a.name}")
            elif isinstance(node, ast.Import):
                for a in node.names:
                    if a.name.startswith("app"):
                        aliases[a.asname or a.name.split(".")[0]] = a.asname and a.name or a.name.split(".")[0]
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                    and isinstance(node.value, ast.Name) and node.value.id in aliases):
                used.append(f"{module}:{node.lineno} uses {aliases[node.value.id]}.{node.attr}")
    assert not used, "\n".join(used)


def test_the_windows_ask_services_and_never_query():
    """No SQL in ``app/ui``: the tables and the query builder stay below the services (the context
    opens the session a service reads with)."""
    found = []
    for module, tree in TREES.items():
        # the guide's tour (make guide) is a build tool that picks demo records to photograph, not a window
        if not module.startswith("app.ui") or module in ("app.ui.context", "app.ui.guide_shots"):
            continue
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [_resolve(module, node)] if isinstance(node, ast.ImportFrom) else [])
            found += [f"{module}:{node.lineno} imports {n}" for n in names
                      if n.split(".")[0] in ("sqlmodel", "sqlalchemy") or n.startswith("app.data.")
                      and n != "app.data.db"]
    assert not found, "\n".join(found)


#: modules a page imports that must not load ReportLab (~100 ms: the page would open that much slower the first
#: time in a session, bench_foundation's page figures); the printing modules are loaded when the user prints
WITHOUT_REPORTLAB = ("app.ui.main_window", "app.ui.documents_page", "app.ui.monthly_page", "app.documents.pledge_records",
                     "app.documents.form_fields")


def test_the_documents_page_loads_without_reportlab():
    import os
    import subprocess
    import sys

    code = ("import sys\n" + "".join(f"import {m}\n" for m in WITHOUT_REPORTLAB)
            + "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
