"""Every operation tells the windows what it changed, and every page reads again when it must.

Three checks that together cover "a page showing a changed record refreshes":
1. the change set is complete: after each operation of a day at the demo school, every table whose
   content changed is in the change set the context emitted;
2. each page's declared ``SHOWS`` covers every table it reads when it reads again;
3. the first case found by hand: a return recorded in the case file puts a registered dropout
   back on the registry (the registry used to keep showing 辍学).
"""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta

import pytest
from sqlalchemy import event, text
from sqlmodel import Session, SQLModel, select

from app import approvals, attendance, cases, changes, policy, school, students
from app.accounts import actor_for
from app.changes import ChangeSet
from app.data.case_models import AbsenceCase, PersuasionLedger
from app.data.models import Student, User
from app.ui.context import AppContext
from tests.conftest import TODAY, make_student_input

ALL_TABLES = frozenset(SQLModel.metadata.tables)
EVERYTHING = ChangeSet(ALL_TABLES | changes.EXTRA_KINDS)
#: the demo's dropout is marked absent up to TODAY (a Friday): back on the Monday
BACK = TODAY + timedelta(days=3)


def _ctx(db, role: str) -> AppContext:
    with Session(db.engine) as s:
        user = next(u for u in s.exec(select(User).order_by(User.id)) if role in u.roles.split(","))
        return AppContext(db, actor_for(s, user))


def _contents(engine) -> dict[str, str]:
    out = {}
    with engine.connect() as conn:
        for table in sorted(ALL_TABLES):
            digest = hashlib.sha256()
            for row in conn.execute(text(f'SELECT * FROM "{table}" ORDER BY rowid')):
                digest.update(repr(tuple(row)).encode())
            out[table] = digest.hexdigest()
    return out


def _registered_dropout(db) -> tuple[int, int]:
    with Session(db.engine) as s:
        ledger = s.exec(select(PersuasionLedger).where(PersuasionLedger.closed_on.is_(None))).first()
        case = s.get(AbsenceCase, ledger.case_id)
        return case.id, case.student_id


def _operations(db):
    """A school day's work, each an operation as a window runs it: (who, label, fn, args, kwargs)."""
    case_id, _ = _registered_dropout(db)
    with Session(db.engine) as s:
        other = s.exec(select(AbsenceCase).where(AbsenceCase.closed_on.is_(None), AbsenceCase.id != case_id)).first()
        klass = s.exec(select(Student.class_id).where(Student.status == "in_school")).first()
        pupils = s.exec(select(Student.id).where(Student.class_id == klass, Student.status == "in_school")).all()
    ops = [
        ("registrar", "record a return", cases.record_return, (case_id, BACK, "劝返成功"), {"today": BACK}),
        ("registrar", "record a home visit", cases.record_contact,
         (other.id, cases.ContactInput(contact_date=TODAY, student_condition="在家,说明天返校")), {"today": TODAY}),
        ("registrar", "take the roll call", attendance.submit_roll_call,
         (klass, TODAY, "day", {pupils[0]: ("absent", ""), pupils[1]: ("sick_leave", "发烧")}, _revision(db, klass)),
         {"today": TODAY}),
        ("admin", "change the policy", policy.save, (), {"today": TODAY, "alert_after_days": 3}),
        ("admin", "rename the school", school.update_school, (), {"name": "柳坝镇中心小学(改)"}),
        ("admin", "add a teacher", school.create_staff, ("钱老师",), {}),
        ("registrar", "add a pupil", students.create_student, (make_student_input(klass, name="钱多多", seq=97),), {}),
        ("registrar", "request a leave", approvals.create_request,
         ("leave", approvals.LeaveDetails("sick", TODAY + timedelta(days=1), TODAY + timedelta(days=2))),
         {"student_id": pupils[2], "submit": True, "today": TODAY}),
    ]
    return ops


def _revision(db, class_id) -> int:
    ctx = _ctx(db, "registrar")
    return ctx.read(attendance.open_roll_call, ctx.actor, class_id, TODAY, "day").revision


def test_every_table_an_operation_writes_is_in_its_change_set(demo):
    emitted: list[ChangeSet] = []
    for who, label, fn, args, kwargs in _operations(demo):
        ctx = _ctx(demo, who)
        ctx.changed.connect(emitted.append)
        before = _contents(demo.engine)
        _result, cs = ctx.run_changes(fn, *args, **kwargs)
        after = _contents(demo.engine)
        written = {t for t in ALL_TABLES if before[t] != after[t]}
        assert written, f"{label}: the operation changed nothing"
        assert written <= cs.kinds, f"{label}: not announced: {sorted(written - cs.kinds)}"
        assert emitted[-1] is cs
        assert "audit_entry" in cs.kinds, f"{label}: no audit entry"


def test_a_refused_operation_announces_nothing(demo):
    ctx = _ctx(demo, "registrar")
    emitted = []
    ctx.changed.connect(emitted.append)
    case_id, _ = _registered_dropout(demo)
    with pytest.raises(Exception):
        ctx.run(cases.record_return, case_id, TODAY + timedelta(days=30), "未来", today=TODAY)  # a future day
    assert emitted == []


# --- what each page reads ----------------------------------------------------------------------------

_QUALIFIED = re.compile(r"\b([a-z_]+?)(?:_\d+)?\.")
_FROM = re.compile(r"\b(?:FROM|JOIN)\s+\"?([a-z_]+)\"?", re.IGNORECASE)


class Reads:
    """The tables the SELECTs on ``engine`` name while it listens."""

    def __init__(self, engine):
        self.engine, self.tables = engine, set()

    def _on(self, _conn, _cursor, statement, *_):
        head = statement.lstrip()[:6].upper()
        if head in ("SELECT", "WITH R", "WITH  "):
            names = set(_FROM.findall(statement)) | set(_QUALIFIED.findall(statement))
            self.tables |= names & ALL_TABLES

    def __enter__(self):
        self.tables = set()
        event.listen(self.engine, "after_cursor_execute", self._on)
        return self

    def __exit__(self, *exc):
        event.remove(self.engine, "after_cursor_execute", self._on)


def _pages_of(window):
    for key in window.visible_keys():
        yield key, window.show_page(key)


def test_each_page_declares_every_record_kind_it_reads(qtbot, demo):
    from app.ui.main_window import MainWindow

    window = MainWindow(_ctx(demo, "admin"))
    qtbot.addWidget(window)
    window.show()
    checked = []
    for key, page in _pages_of(window):
        parts = [page, *page.findChildren(object)]
        listeners = [p for p in parts if hasattr(type(p), "SHOWS") and hasattr(p, "_on_changed")]
        for part in listeners:
            with Reads(demo.engine) as reads:
                part._on_changed(EVERYTHING)
            missing = reads.tables - type(part).SHOWS - {"alembic_version"}
            assert not missing, f"{key}/{type(part).__name__} reads {sorted(missing)} but does not declare them"
            checked.append(type(part).__name__)
    with Reads(demo.engine) as reads:
        window._on_changed(EVERYTHING)
    assert not reads.tables - MainWindow.SHOWS, sorted(reads.tables - MainWindow.SHOWS)
    assert {"RollCallPage", "RegistryPage", "CasesPage", "DocumentsPage", "MentorBoardPage", "ApprovalsPage",
            "RiskPage", "WeeklyPage", "MonthlyPage", "SchoolPage", "ExchangePage", "AccountsPage", "AuditPage",
            "CalendarTab"} <= set(checked)


def test_the_dialogs_declare_what_they_read(qtbot, demo):
    from app.ui.plan_dialog import PlanDialog
    from app.ui.student_page import StudentPage

    ctx = _ctx(demo, "admin")
    _case, sid = _registered_dropout(demo)
    for dialog in (StudentPage(ctx, sid), PlanDialog(ctx, sid, today=TODAY)):
        qtbot.addWidget(dialog)
        dialog.show()
        with Reads(demo.engine) as reads:
            dialog._on_changed(EVERYTHING)
        assert reads.tables, type(dialog).__name__
        missing = reads.tables - type(dialog).SHOWS
        assert not missing, f"{type(dialog).__name__} reads {sorted(missing)} but does not declare them"


def test_a_return_in_the_case_file_puts_the_pupil_back_on_the_registry(qtbot, demo):
    from app.ui.registry import RegistryPage

    ctx = _ctx(demo, "registrar")
    case_id, sid = _registered_dropout(demo)
    page = RegistryPage(ctx)
    qtbot.addWidget(page)

    page.status_combo.setCurrentIndex(0)  # all statuses

    def status():
        row = next((r for r in page.model.rows() if r.id == sid), None)
        return row.status_label if row else None

    assert status() == "辍学"
    ctx.run(cases.record_return, case_id, BACK, "劝返成功", today=BACK)  # as the case dialog does
    qtbot.waitUntil(lambda: status() == "在校")
