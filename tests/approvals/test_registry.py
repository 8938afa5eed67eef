"""The kinds of request: each is one module with all its parts, the registry is the only list of them, and
the workflow takes a new kind without being edited."""

from __future__ import annotations

import ast
import importlib
import typing
from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from app import approvals as ap
from app import students as st
from app.codes import STATUS
from app.approvals.common import Checked, Effect, Kind, Text, clean_texts, require_status
from app.data.models import AuditEntry
from app.errors import PermissionDenied, ValidationError
from tests.approvals.test_workflow import NEXT_MON, new, run, sch, state_of  # noqa: F401 (sch is a fixture)

PACKAGE = Path(ap.__file__).parent
#: the modules that hold no kind: they ask the registry
SHARED = ("common", "permissions", "workflow", "attachments", "reading", "registry")
#: the status codes a kind may record on approval
CODES = set(st.STATUS_TRANSITIONS) | {st.BORROW_OUT, st.BORROW_BACK}


@pytest.mark.parametrize("key", list(ap.KINDS))
def test_every_kind_is_one_module_with_all_its_parts(key):
    module = importlib.import_module(f"app.approvals.{key}")
    kind = ap.REGISTRY[key]
    assert module.KIND is kind and kind.key == key
    assert kind.label and ap.KINDS[key] == kind.label
    assert is_dataclass(kind.details) and kind.details.__dataclass_params__.frozen
    assert ap.DETAILS[key] is kind.details and getattr(module, kind.details.__name__) is kind.details
    names = [f.name for f in fields(kind.details)]
    assert set(kind.field_labels) <= set(names) and all(kind.field_labels.values())
    assert all(kind.field_label(n) != n for n in names), "every field has its name in the messages"
    for part in (kind.check, kind.apply, kind.describe):
        assert callable(part) and part.__module__ == module.__name__, f"{key}: {part} is not in {module.__name__}"
    hints = typing.get_type_hints(kind.details)
    for name, rule in kind.texts.items():
        assert name in names and str in typing.get_args(hints[name]) + (hints[name],), f"{key}.{name} is no text"
        assert rule.label and rule.limit > 0
    assert kind.code is None or kind.code in CODES
    if kind.one_open:
        assert kind.code is not None, "one open request per student: the kinds that change a student's status"
    assert (key in ap.STATUS_KINDS) == kind.one_open and (key in ap.COUNTY_KINDS) == kind.county
    assert ap.PROOF_KINDS.get(key, "") == kind.proof


def _is_kind(node) -> bool:
    return (isinstance(node, ast.Name) and node.id in ("kind", "key")) or (
        isinstance(node, ast.Attribute) and node.attr == "kind")


def _kinds_named(tree) -> set[str]:
    """Kind keys written in a module: any, but for the student statuses of the same name ("dropout") when they are
    not compared with a kind."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and node.value in ap.REGISTRY and node.value not in STATUS:
            found.add(node.value)
        if isinstance(node, ast.Compare) and any(_is_kind(n) for n in [node.left, *node.comparators]):
            found |= {c.value for n in [node.left, *node.comparators] for c in ast.walk(n)
                      if isinstance(c, ast.Constant) and c.value in ap.REGISTRY}
    return found


def test_the_registry_is_the_only_list_of_kinds():
    kind_modules = {p.stem for p in PACKAGE.glob("*.py")} - set(SHARED) - {"__init__"}
    assert kind_modules == set(ap.REGISTRY), "a kind module missing from the registry, or a kind without a module"
    for name in SHARED:
        tree = ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
        named = sorted(_kinds_named(tree))
        assert not named, f"app/approvals/{name}.py names the kinds {named}: ask the kind's record instead"
        imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module == "app.approvals"
                    for a in n.names} | {n.module.rsplit(".", 1)[1] for n in ast.walk(tree)
                                         if isinstance(n, ast.ImportFrom) and (n.module or "").startswith(
                                             "app.approvals.")}
        kinds_used = imported & set(ap.REGISTRY)
        # the registry lists them; the list of unconfirmed transfers out is a report about that one kind
        allowed = set(ap.REGISTRY) if name == "registry" else {"transfer_out"} if name == "reading" else set()
        assert kinds_used <= allowed, f"app/approvals/{name}.py imports the kinds {sorted(kinds_used - allowed)}"


# --- a kind the workflow has never seen ------------------------------------------------------------------


@dataclass(frozen=True)
class SportsDetails:
    effective_date: date
    event: str


def _check(session, s, d, *, today, request_id, policy):
    require_status(s, {"in_school"}, "体育特长登记")
    d = clean_texts(d, {"event": Text("项目", required=True, limit=20)})
    return Checked(d, s, s.class_id, d.effective_date)


def _apply(session, actor, req, d, today):
    return Effect({"filed": True}, [req.student_id], f"已登记体育特长:{d.event}")


SPORTS = Kind("sports", "体育特长登记", SportsDetails, {"effective_date": "生效日期", "event": "项目"}, _check, _apply,
              lambda req: f"{req.effective_date} 登记体育特长({req.details['event']})")


def test_a_new_kind_goes_through_the_workflow_without_editing_it(sch, monkeypatch):
    db = sch
    monkeypatch.setitem(ap.REGISTRY, "sports", SPORTS)
    sid = db.c3[0]
    with pytest.raises(ValidationError) as e:
        new(db, "wang", "sports", {"effective_date": NEXT_MON.isoformat(), "event": " "}, sid)
    assert e.value.field == "项目"
    with pytest.raises(PermissionDenied):
        new(db, "li", "sports", SportsDetails(NEXT_MON, "跳绳"), sid)  # li teaches no class of the student's
    rid = new(db, "wang", "sports", {"effective_date": NEXT_MON.isoformat(), "event": " 跳绳 "}, sid, submit=True)
    assert state_of(db, rid) == "submitted"
    with pytest.raises(PermissionDenied):
        run(db, ap.approve, "wang", rid)  # nobody decides on their own request
    result = run(db, ap.approve, "boss", rid, "同意")
    assert (result.state, result.student_ids, result.message) == ("approved", (sid,), "已登记体育特长:跳绳")
    assert [r.id for r in run(db, ap.inbox, "reg").sections["to_report"]] == [rid]
    run(db, ap.report_to_county, "reg", rid, "已报送")
    run(db, ap.acknowledge, "reg", rid, "县教育局已确认")
    detail = run(db, ap.get_request, "boss", rid)
    assert detail.details == SportsDetails(NEXT_MON, "跳绳") and detail.outcome == {"filed": True}
    assert detail.row.kind_label == "体育特长登记" and detail.row.description == f"{NEXT_MON} 登记体育特长(跳绳)"
    assert [s.action for s in detail.steps] == ["create", "submit", "approve", "report", "acknowledge"]
    with db.session() as s:
        summaries = [a.summary for a in s.exec(select(AuditEntry).where(AuditEntry.entity_id == rid,
                                                                         AuditEntry.action.like("approval.%")))]
    assert any(x.startswith(f"批准体育特长登记申请 #{rid}") for x in summaries)
