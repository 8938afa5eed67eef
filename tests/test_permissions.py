"""One permission table: every key the code asks for exists, and README lists every role's grants."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from app.access import PERMISSION_LABELS, PERMISSIONS, ROLES, grants_table

ROOT = Path(__file__).resolve().parents[1]


def _constants(tree: ast.Module) -> dict[str, str]:
    return {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
            for t in n.targets if isinstance(t, ast.Name)
            and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)}


def _asked_keys() -> dict[str, list[str]]:
    """Permission keys passed to ``require(actor, key)``, ``actor.has(key)`` and ``NavEntry(…, key, …)``."""
    asked: dict[str, list[str]] = {}
    consts: dict[str, str] = {}
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in (ROOT / "app").rglob("*.py")}
    for tree in trees.values():
        consts.update(_constants(tree))
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            arg = None
            if name == "require" and len(node.args) >= 2:
                arg = node.args[1]
            elif name == "has" and len(node.args) == 1:
                arg = node.args[0]
            elif name == "NavEntry" and len(node.args) >= 3:
                arg = node.args[2]
            if arg is None:
                continue
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                key = arg.value
            elif isinstance(arg, (ast.Name, ast.Attribute)):
                key = consts.get(arg.id if isinstance(arg, ast.Name) else arg.attr)
            else:
                key = None
            if key:
                asked.setdefault(key, []).append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return asked


def test_every_permission_the_code_asks_for_is_in_the_one_table():
    asked = _asked_keys()
    assert len(asked) >= 20, sorted(asked)  # the scan sees the code's checks
    unknown = {k: v for k, v in asked.items() if k not in PERMISSIONS}
    assert not unknown, unknown
    unused = set(PERMISSIONS) - set(asked)
    assert not unused, f"permissions nobody checks: {sorted(unused)}"


def test_every_permission_has_a_label_and_only_known_roles():
    assert set(PERMISSION_LABELS) == set(PERMISSIONS)
    for key, roles in PERMISSIONS.items():
        assert roles and roles <= set(ROLES), key


def test_no_other_module_keeps_a_permission_table():
    pattern = re.compile(r"^\s*\w*PERMISSIONS?\w*\s*(?::[^=]*)?=\s*(?:\{|frozenset|dict)", re.M)
    others = [str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py")
              if p.name != "access.py" and pattern.search(p.read_text(encoding="utf-8"))]
    assert others == []


def test_readme_lists_every_roles_grants():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- grants:begin -->\n", 1)[1].split("<!-- grants:end -->", 1)[0]
    assert section == grants_table(), "README's roles table is stale: paste app.accounts.grants_table()"
