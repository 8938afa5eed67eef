"""Approvals: every kind, every step, every role (allowed and refused), the effects on the roll and the roll call."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from app import approvals as ap
from app import attendance as att
from app.accounts import SYSTEM
from app.attendance import alerts
from app.data.models import (
    AbsenceAlert,
    ApprovalStep,
    AttendanceMark,
    AuditEntry,
    Leave,
    StatusChange,
    Student,
)
from app.errors import NotFound, PermissionDenied, ValidationError
from app.students import create_student
from tests.conftest import TODAY, make_student_input

MON, TUE, WED, THU, FRI = (date(2026, 11, 23) + timedelta(days=i) for i in range(5))
NEXT_MON, NEXT_TUE, NEXT_WED = date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32

_seq = itertools.count(1)


def add_students(db, class_name: str, n: int) -> list[int]:
    cid = db.class_ids[class_name]
    with db.transaction() as s:
        out = []
        for _ in range(n):
            k = next(_seq)
            birth = date(2016, 1, 1) + timedelta(days=k // 450)
            out.append(create_student(s, db.actors["admin"], make_student_input(
                cid, name=f"学生{k}", birth=birth, seq=2 * (k % 450) + 1), today=TODAY))
        return out


@pytest.fixture
def sch(school_db):
    db = school_db
    db.c3 = add_students(db, "三年级(1)班", 4)  # wang heads it, zhao teaches it
    db.c4 = add_students(db, "四年级(1)班", 2)  # li heads it
    return db


def run(db, fn, who, *args, **kw):
    kw.setdefault("today", TODAY)
    with db.transaction() as s:
        return fn(s, db.actors[who], *args, **kw)


def new(db, who, kind, details, student_id=None, submit=False, today=TODAY):
    return run(db, ap.create_request, who, kind, details, student_id=student_id, submit=submit, today=today)


def state_of(db, rid) -> str:
    with db.session() as s:
        return s.get(ap.ApprovalRequest, rid).state


def status_of(db, sid) -> str:
    with db.session() as s:
        return s.get(Student, sid).status


def leave(start, end=None, kind="sick", **kw):
    return ap.LeaveDetails(kind, start, end or start, **kw)


def attach(db, who, rid, name="证明.pdf", data=PDF):
    with db.transaction() as s:
        return ap.attach_file(s, db.actors[who], db.paths, rid, name, data)


def suspension(db, sid, who="wang", months=6, day=NEXT_MON, submit=True):
    rid = new(db, who, "suspension", ap.SuspensionDetails(day, months, "肺结核住院治疗"), sid)
    attach(db, who, rid)
    if submit:
        run(db, ap.submit_request, who, rid)
    return rid


def approved(db, kind, details, sid, requester="wang", approver="boss"):
    rid = new(db, requester, kind, details, sid, submit=True)
    run(db, ap.approve, approver, rid, "同意")
    return rid


# --- leave: who approves -------------------------------------------------------------------------


def test_short_leave_goes_to_the_class_teacher_and_excuses_the_roll_call(sch):
    db = sch
    sid = db.c3[0]
    rid = new(db, "zhao", "leave", leave(NEXT_MON, reason="发烧"), sid, submit=True)
    with db.session() as s:
        row = ap.get_request(s, db.actors["wang"], rid, today=TODAY).row
    assert (row.approver_role, row.state, row.waiting_for) == ("class_teacher", "submitted", "班主任审批")
    with pytest.raises(PermissionDenied, match="班主任或校长"):
        run(db, ap.approve, "li", rid)  # heads another class
    with pytest.raises(PermissionDenied):
        run(db, ap.approve, "reg", rid)
    res = run(db, ap.approve, "wang", rid, "注意休息")
    assert res.state == "approved" and res.leave_id
    with db.session() as s:
        lv = s.get(Leave, res.leave_id)
        assert (lv.student_id, lv.start_day, lv.status, lv.reference) == (sid, NEXT_MON, "approved", f"审批 #{rid}")
        rc = att.open_roll_call(s, db.actors["wang"], db.class_ids["三年级(1)班"], NEXT_MON, today=NEXT_MON)
        assert {x.student_id: x.mark for x in rc.students}[sid] == "excused"
    with pytest.raises(ValidationError, match="不需要报县教育局"):
        run(db, ap.report_to_county, "reg", rid)


def test_longer_leave_needs_the_principal(sch):
    db = sch
    rid = new(db, "wang", "leave", leave(NEXT_MON, NEXT_WED), db.c3[0], submit=True)
    with db.session() as s:
        assert s.get(ap.ApprovalRequest, rid).approver_role == "principal"
    with pytest.raises(PermissionDenied, match="校长"):
        run(db, ap.approve, "wang", rid)
    run(db, ap.approve, "boss", rid)
    assert state_of(db, rid) == "approved"


def test_leave_limit_counts_school_days_and_half_days(sch):
    db = sch
    with db.session() as s:
        # Friday afternoon to Monday noon: one school day (the weekend does not count)
        d = leave(FRI, NEXT_MON, start_session="pm", end_session="am")
        assert ap.leave_days(s, d) == 1.0
        assert ap.approver_role_for(s, "leave", d) == "class_teacher"
        assert ap.leave_days(s, leave(MON, WED)) == 3.0


def test_policy_limit_zero_sends_every_leave_to_the_principal(sch):
    from app import policy

    db = sch
    with db.transaction() as s:
        policy.save(s, db.actors["admin"], today=TODAY, class_teacher_leave_limit_days=0)
    rid = new(db, "zhao", "leave", leave(NEXT_MON), db.c3[0], submit=True)
    with pytest.raises(PermissionDenied):
        run(db, ap.approve, "wang", rid)


def test_nobody_approves_their_own_request(sch):
    db = sch
    rid = new(db, "wang", "leave", leave(NEXT_MON), db.c3[0], submit=True)
    with pytest.raises(PermissionDenied, match="自己提出"):
        run(db, ap.approve, "wang", rid)
    with pytest.raises(PermissionDenied, match="自己提出"):
        run(db, ap.reject, "wang", rid, "不批")
    run(db, ap.approve, "boss", rid)  # the principal decides instead


def test_teacher_requests_only_for_classes_they_may_edit(sch):
    db = sch
    with pytest.raises(PermissionDenied, match="自己任教或担任班主任"):
        new(db, "li", "leave", leave(NEXT_MON), db.c3[0])
    with pytest.raises(PermissionDenied):
        new(db, "boss", "leave", leave(NEXT_MON), db.c3[0])  # the principal decides, does not request
    assert new(db, "reg", "leave", leave(NEXT_MON), db.c4[0])  # the registrar for anyone
    assert new(db, "zhao", "leave", leave(NEXT_TUE), db.c3[1])  # a subject teacher of the class


def test_roll_call_end_to_end_approved_leave_clears_the_alert(sch):
    """Absent Monday and Tuesday → alert; a sick leave approved afterwards excuses both and clears it."""
    db = sch
    sid = db.c3[0]
    cid = db.class_ids["三年级(1)班"]
    for day in (MON, TUE, WED):
        with db.transaction() as s:
            rc = att.open_roll_call(s, db.actors["wang"], cid, day, today=TODAY)
            att.submit_roll_call(s, db.actors["wang"], cid, day, "day", {sid: ("absent", "")} if day != WED else {},
                                 rc.revision, today=TODAY)
    with db.session() as s:
        (alert,) = s.exec(select(AbsenceAlert).where(AbsenceAlert.student_id == sid)).all()
        assert alert.status == "open"
    rid = new(db, "wang", "leave", leave(MON, TUE, reason="家长补办病假,有诊所证明"), sid, submit=True)
    run(db, ap.approve, "boss", rid)
    with db.session() as s:
        marks = s.exec(select(AttendanceMark).where(AttendanceMark.student_id == sid)).all()
        assert sorted((m.mark, m.typed_mark) for m in marks) == [("excused", "absent"), ("excused", "absent")]
        alert = s.exec(select(AbsenceAlert).where(AbsenceAlert.student_id == sid)).one()
        assert (alert.status, alert.cleared_reason) == ("cleared", alerts.CLEARED_BY_LEAVE)


def test_overlapping_leaves_are_refused(sch):
    db = sch
    sid = db.c3[0]
    rid = new(db, "wang", "leave", leave(NEXT_MON, NEXT_TUE), sid)
    with pytest.raises(ValidationError, match=f"#{rid}"):
        new(db, "wang", "leave", leave(NEXT_TUE, NEXT_WED), sid)  # overlaps the draft
    run(db, ap.submit_request, "wang", rid)
    run(db, ap.approve, "boss", rid)
    with pytest.raises(ValidationError, match="已批准的请假"):
        new(db, "zhao", "leave", leave(NEXT_TUE), sid)
    assert new(db, "wang", "leave", leave(NEXT_WED), sid)  # the next day is free


def test_leave_ending_before_it_starts_and_unknown_kind_are_refused(sch):
    db = sch
    with pytest.raises(ValidationError, match="早于开始"):
        new(db, "wang", "leave", leave(NEXT_TUE, NEXT_MON), db.c3[0])
    with pytest.raises(ValidationError, match="请假类型"):
        new(db, "wang", "leave", leave(NEXT_MON, kind="holiday"), db.c3[0])
    with pytest.raises(ValidationError, match="不能为空"):
        new(db, "wang", "leave", {"leave_kind": "sick", "start_day": "2026-11-30"}, db.c3[0])
    with pytest.raises(ValidationError, match="没有这些项"):
        new(db, "wang", "leave", {"leave_kind": "sick", "start_day": "2026-11-30", "end_day": "2026-11-30",
                                  "colour": "red"}, db.c3[0])


# --- cancelling -----------------------------------------------------------------------------------


def test_cancel_approved_leave_before_it_starts_undoes_the_leave(sch):
    db = sch
    rid = approved(db, "leave", leave(NEXT_MON), db.c3[0], requester="zhao", approver="wang")
    with pytest.raises(ValidationError, match="不能为空"):
        run(db, ap.cancel, "zhao", rid, "")
    res = run(db, ap.cancel, "zhao", rid, "家长说孩子已退烧")
    assert res.state == "cancelled"
    with db.session() as s:
        assert s.get(Leave, res.leave_id).status == "cancelled"


def test_leave_that_has_begun_is_not_cancelled(sch):
    db = sch
    rid = approved(db, "leave", leave(THU, FRI), db.c3[0])
    with pytest.raises(ValidationError, match="已于 2026-11-26 开始"):
        run(db, ap.cancel, "wang", rid, "提前返校")
    assert state_of(db, rid) == "approved"


def test_approved_status_change_is_not_cancelled_but_reversed(sch):
    db = sch
    rid = suspension(db, db.c3[0])
    run(db, ap.approve, "boss", rid)
    with pytest.raises(ValidationError, match="复学"):
        run(db, ap.cancel, "boss", rid, "弄错了")


@pytest.mark.parametrize("who, ok", [("wang", True), ("boss", True), ("zhao", False), ("li", False), ("reg", False)])
def test_who_may_cancel_a_submitted_request(sch, who, ok):
    db = sch
    rid = new(db, "wang", "leave", leave(NEXT_MON), db.c3[0], submit=True)
    if ok:
        run(db, ap.cancel, who, rid, "家长撤回")
        assert state_of(db, rid) == "cancelled"
    else:
        with pytest.raises(PermissionDenied):
            run(db, ap.cancel, who, rid, "家长撤回")
        assert state_of(db, rid) == "submitted"


# --- the state machine ---------------------------------------------------------------------------

# A transfer out walks through every state; each (state, action) pair is tried by the right person.
ACTOR_FOR = {"submit": "wang", "approve": "boss", "reject": "boss", "report": "reg", "acknowledge": "reg",
             "cancel": "wang"}


def _request_in(db, state: str) -> int:
    sid = db.c3[0]
    rid = new(db, "wang", "transfer_out",
              ap.TransferOutDetails(NEXT_MON, "宁波市鄞州区实验小学", "浙江省宁波市鄞州区", "随父母务工"), sid)
    path = {"draft": [], "submitted": ["submit"], "approved": ["submit", "approve"],
            "rejected": ["submit", "reject"], "reported": ["submit", "approve", "report"],
            "acknowledged": ["submit", "approve", "report", "acknowledge"], "cancelled": ["cancel"]}[state]
    for action in path:
        run(db, ap.step, ACTOR_FOR[action], rid, action, "理由")
    assert state_of(db, rid) == state
    return rid


@pytest.mark.parametrize("state, action", list(itertools.product(ap.STATES, ap.STEP_ACTIONS)))
def test_every_step_from_every_state(sch, state, action):
    db = sch
    rid = _request_in(db, state)
    expected = ap.TRANSITIONS[action].get(state)
    if state == "approved" and action == "cancel":
        expected = None  # only an approved leave before its start may be cancelled
    with db.transaction() as s:
        n_steps = len(s.exec(select(ApprovalStep).where(ApprovalStep.request_id == rid)).all())
    if expected is None:
        with pytest.raises(ValidationError) as e:
            run(db, ap.step, ACTOR_FOR[action], rid, action, "理由")
        assert STATES_WORD[state] in str(e.value) or "不能撤销" in str(e.value)
        assert state_of(db, rid) == state
    else:
        run(db, ap.step, ACTOR_FOR[action], rid, action, "理由")
        assert state_of(db, rid) == expected
        with db.session() as s:
            steps = s.exec(select(ApprovalStep).where(ApprovalStep.request_id == rid)
                           .order_by(ApprovalStep.id)).all()
            assert len(steps) == n_steps + 1
            last = steps[-1]
            assert (last.action, last.from_state, last.to_state, last.username, last.comment) == \
                (action, state, expected, ACTOR_FOR[action], "理由")
            entry = s.exec(select(AuditEntry).where(AuditEntry.action == f"approval.{action}",
                                                    AuditEntry.entity_id == rid)).one()
            assert entry.username == ACTOR_FOR[action] and f"#{rid}" in entry.summary


STATES_WORD = {k: f"“{v}”" for k, v in ap.STATES.items()}


# Who may take each step of a submitted / approved / reported suspension (decided by the principal).
ROLE_CASES = [
    ("approve", "boss", True), ("approve", "wang", False), ("approve", "zhao", False), ("approve", "reg", False),
    ("approve", "admin", False), ("approve", "li", False),
    ("reject", "boss", True), ("reject", "wang", False), ("reject", "reg", False), ("reject", "admin", False),
    ("report", "reg", True), ("report", "boss", False), ("report", "wang", False), ("report", "admin", False),
    ("acknowledge", "reg", True), ("acknowledge", "boss", False), ("acknowledge", "wang", False),
    ("submit", "wang", True), ("submit", "zhao", False), ("submit", "boss", False), ("submit", "reg", False),
]


@pytest.mark.parametrize("action, who, ok", ROLE_CASES)
def test_roles_for_each_step(sch, action, who, ok):
    db = sch
    rid = suspension(db, db.c3[0], submit=action != "submit")
    before = {"approve": [], "reject": [], "submit": [], "report": ["approve"],
              "acknowledge": ["approve", "report"]}[action]
    for a in before:
        run(db, ap.step, ACTOR_FOR[a], rid, a, "理由")
    with db.session() as s:
        assert (action in ap.allowed_actions(s, db.actors[who], rid, TODAY)) == ok
    if ok:
        run(db, ap.step, who, rid, action, "理由")
    else:
        with pytest.raises(PermissionDenied):
            run(db, ap.step, who, rid, action, "理由")


def test_reject_needs_a_reason_and_is_final(sch):
    db = sch
    rid = new(db, "wang", "leave", leave(NEXT_MON, NEXT_WED), db.c3[0], submit=True)
    with pytest.raises(ValidationError, match="驳回理由"):
        run(db, ap.reject, "boss", rid, "  ")
    run(db, ap.reject, "boss", rid, "请附医院证明后重新申请")
    with db.session() as s:
        d = ap.get_request(s, db.actors["wang"], rid, today=TODAY)
    assert d.row.state == "rejected" and d.steps[-1].comment == "请附医院证明后重新申请"
    assert d.actions == () and "草稿" in d.refusals["submit"]
    copy = run(db, ap.copy_as_draft, "wang", rid)
    assert state_of(db, copy) == "draft"


def test_only_the_requester_edits_a_draft(sch):
    db = sch
    rid = new(db, "zhao", "leave", leave(NEXT_MON), db.c3[0])
    with pytest.raises(PermissionDenied):
        run(db, ap.update_draft, "wang", rid, leave(NEXT_TUE))
    run(db, ap.update_draft, "zhao", rid, leave(NEXT_TUE, NEXT_WED, reason="看病"))
    with db.session() as s:
        req = s.get(ap.ApprovalRequest, rid)
        assert (req.effective_date, req.end_date, req.approver_role) == (NEXT_TUE, NEXT_WED, "principal")
    run(db, ap.submit_request, "zhao", rid)
    with pytest.raises(ValidationError, match="只有草稿可以修改"):
        run(db, ap.update_draft, "zhao", rid, leave(NEXT_TUE))


def test_unknown_request_and_action(sch):
    db = sch
    with pytest.raises(NotFound):
        run(db, ap.approve, "boss", 999)
    rid = new(db, "wang", "leave", leave(NEXT_MON), db.c3[0])
    with pytest.raises(ValidationError, match="未知的操作"):
        run(db, ap.step, "wang", rid, "fly")
    with pytest.raises(ValidationError, match="未知的申请类型"):
        new(db, "wang", "holiday", {}, db.c3[0])


# --- status changes ----------------------------------------------------------------------------------


def _history(db, sid):
    with db.session() as s:
        return [(h.code, h.to_status, h.effective_date, h.reference) for h in s.exec(
            select(StatusChange).where(StatusChange.student_id == sid).order_by(StatusChange.id))][1:]


def test_suspension_needs_proof_and_takes_the_student_off_the_roll_from_its_date(sch):
    db = sch
    sid = db.c3[0]
    rid = new(db, "wang", "suspension", ap.SuspensionDetails(NEXT_MON, 6, "肺结核住院治疗"), sid)
    with pytest.raises(ValidationError, match="诊断证明"):
        run(db, ap.submit_request, "wang", rid)
    attach(db, "wang", rid, "诊断证明.png", PNG)
    run(db, ap.submit_request, "wang", rid)
    res = run(db, ap.approve, "boss", rid, "同意休学")
    assert res.student_ids == (sid,)
    assert status_of(db, sid) == "suspended"
    assert _history(db, sid) == [("23", "suspended", NEXT_MON, f"审批 #{rid}")]
    cid = db.class_ids["三年级(1)班"]
    with db.session() as s:
        assert sid in [x.id for x in att.roster(s, cid, FRI)]
        assert sid not in [x.id for x in att.roster(s, cid, NEXT_MON)]
        assert s.get(ap.ApprovalRequest, rid).end_date == date(2027, 5, 30)


def test_suspension_length_is_limited_by_the_policy_and_extended_once(sch):
    db = sch
    sid = db.c3[0]
    with pytest.raises(ValidationError, match="1–12 个月"):
        new(db, "wang", "suspension", ap.SuspensionDetails(NEXT_MON, 13, "病"), sid)
    rid = suspension(db, sid)
    with pytest.raises(ValidationError, match="从未办理休学|不能办理延长休学"):
        new(db, "wang", "suspension_extension", ap.SuspensionExtensionDetails(rid, 3, "仍在治疗"), sid)
    run(db, ap.approve, "boss", rid)
    ext = approved(db, "suspension_extension", ap.SuspensionExtensionDetails(rid, 3, "仍在治疗"), sid)
    with db.session() as s:
        assert ap.suspension_end(s, rid) == date(2027, 8, 30)
        assert s.get(ap.ApprovalRequest, ext).effective_date == date(2027, 5, 30)
    with pytest.raises(ValidationError, match="最多延长 1 次"):
        new(db, "wang", "suspension_extension", ap.SuspensionExtensionDetails(rid, 3, "再延长"), sid)
    assert status_of(db, sid) == "suspended"


def test_resumption_of_a_student_never_suspended_is_refused(sch):
    db = sch
    with pytest.raises(ValidationError, match="从未办理休学"):
        new(db, "wang", "resumption", ap.ResumptionDetails(NEXT_MON), db.c3[0])


def test_resumption_puts_the_student_back_on_the_roll(sch):
    db = sch
    sid = db.c3[0]
    run(db, ap.approve, "boss", suspension(db, sid, day=MON))
    with pytest.raises(ValidationError, match="上一次学籍变动"):
        new(db, "wang", "resumption", ap.ResumptionDetails(date(2026, 11, 20)), sid)
    approved(db, "resumption", ap.ResumptionDetails(NEXT_MON, "病愈"), sid)
    assert status_of(db, sid) == "in_school"
    with db.session() as s:
        cid = db.class_ids["三年级(1)班"]
        assert sid not in [x.id for x in att.roster(s, cid, FRI)]
        assert sid in [x.id for x in att.roster(s, cid, NEXT_MON)]


def test_transfer_of_a_suspended_student_is_refused(sch):
    db = sch
    sid = db.c3[0]
    run(db, ap.approve, "boss", suspension(db, sid, day=MON))
    with pytest.raises(ValidationError, match="正在休学:请先办理复学"):
        new(db, "wang", "transfer_out", ap.TransferOutDetails(NEXT_MON, "某校", "某县", "随迁"), sid)


def test_effective_date_before_enrolment_is_refused(sch):
    db = sch
    with pytest.raises(ValidationError, match="入学日期 2023-09-01"):
        new(db, "wang", "transfer_out", ap.TransferOutDetails(date(2023, 8, 1), "某校", "某县", "随迁"), db.c3[0])


def test_one_open_status_request_per_student(sch):
    db = sch
    sid = db.c3[0]
    rid = new(db, "wang", "transfer_out", ap.TransferOutDetails(NEXT_MON, "某校", "某县", "随迁"), sid)
    with pytest.raises(ValidationError, match=f"#{rid}"):
        new(db, "wang", "borrow_out", ap.BorrowOutDetails(NEXT_MON, "某校", "某县", "随迁"), sid)


def test_transfer_out_stays_unconfirmed_until_the_county_acknowledges(sch):
    db = sch
    sid = db.c3[1]
    rid = approved(db, "transfer_out",
                   ap.TransferOutDetails(FRI, "宁波市鄞州区实验小学", "浙江省宁波市鄞州区", "随父母务工"), sid)
    assert status_of(db, sid) == "transferred_out"
    assert _history(db, sid) == [("27", "transferred_out", FRI, f"审批 #{rid}")]
    with db.session() as s:
        (u,) = ap.unconfirmed_transfers(s, db.actors["reg"], today=NEXT_MON)
        assert (u.student_id, u.destination_school, u.state, u.days_waiting) == (sid, "宁波市鄞州区实验小学",
                                                                                 "approved", 3)
        assert ap.unconfirmed_transfers(s, db.actors["li"], today=NEXT_MON) == []  # not li's class
    run(db, ap.report_to_county, "reg", rid, "已报县教育局学籍科")
    with db.session() as s:
        assert [u.state for u in ap.unconfirmed_transfers(s, db.actors["boss"])] == ["reported"]
    run(db, ap.acknowledge, "reg", rid, "县教育局确认已到宁波入学")
    with db.session() as s:
        assert ap.unconfirmed_transfers(s, db.actors["reg"]) == []


def test_transfer_in_of_a_returning_student_and_of_a_new_child(sch):
    db = sch
    sid = db.c3[1]
    approved(db, "transfer_out", ap.TransferOutDetails(MON, "某校", "某县", "随迁"), sid)
    with pytest.raises(ValidationError, match="不是已转出"):
        new(db, "wang", "transfer_in", ap.TransferInDetails(NEXT_MON, "某校", "某县"), db.c3[2])
    approved(db, "transfer_in", ap.TransferInDetails(WED, "某校", "某县", "随父母回乡"), sid)
    assert status_of(db, sid) == "in_school"
    assert [h[0] for h in _history(db, sid)] == ["27", "13"]
    # a new child: the registrar requests with the child's record; approval creates it with code 13
    cid = db.class_ids["四年级(1)班"]
    inp = make_student_input(cid, name="转入生", seq=901)
    with pytest.raises(PermissionDenied, match="学籍管理员"):
        new(db, "li", "transfer_in", ap.TransferInDetails(THU, "汉中市实验小学", "汉台区", new_student=inp))
    rid = new(db, "reg", "transfer_in", ap.TransferInDetails(THU, "汉中市实验小学", "汉台区", new_student=inp),
              submit=True)
    res = run(db, ap.approve, "boss", rid)
    (new_id,) = res.student_ids
    with db.session() as s:
        child = s.get(Student, new_id)
        assert (child.name, child.status, child.enrolled_on, child.class_id) == ("转入生", "in_school", THU, cid)
        ch = s.exec(select(StatusChange).where(StatusChange.student_id == new_id)).one()
        assert (ch.code, ch.reference) == ("13", f"审批 #{rid}")
        assert s.get(ap.ApprovalRequest, rid).student_id == new_id
    with pytest.raises(ValidationError, match="已被学生"):
        new(db, "reg", "transfer_in", ap.TransferInDetails(THU, "某校", "某县", new_student=inp))


def test_borrow_study_out_and_back_keeps_the_registration(sch):
    db = sch
    sid = db.c3[2]
    approved(db, "borrow_out", ap.BorrowOutDetails(MON, "西安市雁塔区第二小学", "西安市雁塔区", "随父母务工",
                                                   date(2027, 1, 15)), sid)
    assert status_of(db, sid) == "borrow_out"
    with pytest.raises(ValidationError, match="外校借读:请先办理借读返回"):
        new(db, "wang", "transfer_out", ap.TransferOutDetails(NEXT_MON, "某校", "某县", "随迁"), sid)
    approved(db, "borrow_return", ap.BorrowReturnDetails(NEXT_MON), sid)
    assert status_of(db, sid) == "in_school"
    assert [(h[0], h[1]) for h in _history(db, sid)] == [("", "borrow_out"), ("", "in_school")]


def test_borrow_in_is_filed_without_touching_the_roster(sch):
    db = sch
    cid = db.class_ids["四年级(1)班"]
    with db.session() as s:
        n = len(s.exec(select(Student)).all())
    rid = approved(db, "borrow_in", ap.BorrowInDetails(MON, "刘小明", "勉县城关小学", "勉县", cid), None,
                   requester="li")
    with db.session() as s:
        assert len(s.exec(select(Student)).all()) == n
        assert s.get(ap.ApprovalRequest, rid).outcome == {"filed": True}


def test_dropout_and_death(sch):
    db = sch
    a, b = db.c3[0], db.c3[1]
    with pytest.raises(ValidationError, match="还没到"):
        new(db, "wang", "death", ap.DeathDetails(NEXT_MON), a)
    rid = new(db, "wang", "death", ap.DeathDetails(TUE, "溺水"), a)
    with pytest.raises(ValidationError, match="死亡证明"):
        run(db, ap.submit_request, "wang", rid)
    attach(db, "wang", rid, "死亡证明.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 20)
    run(db, ap.submit_request, "wang", rid)
    run(db, ap.approve, "boss", rid)
    assert status_of(db, a) == "deceased"
    approved(db, "dropout", ap.DropoutDetails(WED, "随亲戚外出打工"), b)
    assert status_of(db, b) == "dropout"
    with pytest.raises(ValidationError, match="个案中登记返校"):
        new(db, "wang", "resumption", ap.ResumptionDetails(THU), b)
    with pytest.raises(ValidationError, match="个案"):
        new(db, "wang", "dropout", ap.DropoutDetails(WED, "x", case_id=77), db.c3[2])


def test_graduation_of_a_final_year_class_in_one_batch(sch):
    from app import school

    db = sch
    with db.transaction() as s:
        c6 = school.create_class(s, SYSTEM, "六年级(1)班", 6)
    db.class_ids["六年级(1)班"] = c6
    ids = add_students(db, "六年级(1)班", 3)
    run(db, ap.approve, "boss", suspension(db, ids[2], who="reg", day=MON))
    with pytest.raises(ValidationError, match="不是毕业年级"):
        new(db, "reg", "graduation", ap.GraduationDetails(date(2027, 7, 1), db.class_ids["三年级(1)班"]))
    with pytest.raises(PermissionDenied, match="学籍管理员"):
        new(db, "wang", "graduation", ap.GraduationDetails(TODAY, c6))
    rid = new(db, "reg", "graduation", ap.GraduationDetails(TODAY, c6), submit=True)
    res = run(db, ap.approve, "boss", rid)
    assert sorted(res.student_ids) == sorted(ids[:2])
    assert [status_of(db, i) for i in ids] == ["graduated", "graduated", "suspended"]
    with db.session() as s:
        assert s.get(ap.ApprovalRequest, rid).outcome["skipped"][0]["id"] == ids[2]
        row = ap.list_requests(s, db.actors["reg"], kinds=["graduation"])[0]
        assert row.subject == "六年级(1)班" and row.student_id is None


def test_status_is_checked_again_at_approval(sch):
    db = sch
    sid = db.c3[0]
    t = new(db, "wang", "leave", leave(NEXT_WED), sid, submit=True)
    run(db, ap.approve, "boss", suspension(db, sid, day=MON))
    with pytest.raises(ValidationError, match="当前为休学"):
        run(db, ap.approve, "boss", t)
    assert state_of(db, t) == "submitted"


# --- inbox --------------------------------------------------------------------------------------------


def test_inbox_shows_each_role_what_waits_for_it(sch):
    db = sch
    short = new(db, "zhao", "leave", leave(NEXT_MON), db.c3[0], submit=True)
    long_ = new(db, "wang", "leave", leave(NEXT_MON, NEXT_WED), db.c3[1], submit=True)
    draft = new(db, "wang", "leave", leave(NEXT_MON), db.c3[2])
    tr = approved(db, "transfer_out", ap.TransferOutDetails(FRI, "某校", "某县", "随迁"), db.c3[3])
    other = new(db, "li", "leave", leave(NEXT_MON), db.c4[0], submit=True)
    with db.session() as s:
        box = {w: ap.inbox(s, db.actors[w], today=TODAY) for w in ("wang", "li", "boss", "reg", "zhao")}
    ids = lambda w, k: [r.id for r in box[w].sections[k]]  # noqa: E731
    assert ids("wang", "to_approve") == [short]  # his class, short; not his own long one
    assert ids("wang", "my_drafts") == [draft] and long_ in ids("wang", "my_waiting")
    assert ids("li", "to_approve") == []  # li's own leave request is not for him to decide
    assert sorted(ids("boss", "to_approve")) == sorted([short, long_, other])
    assert ids("reg", "to_report") == [tr] and ids("reg", "to_approve") == []
    assert box["zhao"].counts["to_approve"] == 0 and box["zhao"].counts["my_waiting"] == 1
    assert box["boss"].badge == 3 and box["reg"].badge == 1
    run(db, ap.report_to_county, "reg", tr)
    with db.session() as s:
        b = ap.inbox(s, db.actors["reg"], today=TODAY)
        assert b.counts["to_report"] == 0 and [r.id for r in b.sections["awaiting_county"]] == [tr]
        assert b.sections["awaiting_county"][0].waiting_for == "县教育局确认"
        assert ap.badge_count(s, db.actors["reg"], TODAY) == 1


def test_list_and_detail_visibility(sch):
    db = sch
    rid = new(db, "wang", "leave", leave(NEXT_MON, reason="看病"), db.c3[0])
    with db.session() as s:
        assert [r.id for r in ap.list_requests(s, db.actors["zhao"])] == [rid]  # teaches the class
        assert ap.list_requests(s, db.actors["li"]) == []
        with pytest.raises(PermissionDenied):
            ap.get_request(s, db.actors["li"], rid)
        d = ap.get_request(s, db.actors["wang"], rid, today=TODAY)
        assert d.actions == ("edit", "submit", "cancel")
        assert isinstance(d.details, ap.LeaveDetails) and d.details.reason == "看病"
        assert d.row.kind_label == "请假" and d.row.state_label == "草稿" and "病假" in d.row.description


# --- attachments through the service -------------------------------------------------------------------


def test_attachment_is_stored_by_hash_and_read_back(sch):
    db = sch
    rid = suspension(db, db.c3[0], submit=False)
    with db.session() as s:
        (a,) = ap.get_request(s, db.actors["wang"], rid).attachments
        row, data = ap.open_attachment(s, db.actors["boss"], db.paths, a.id)
        assert data == PDF and row.sha256 == a.sha256 and row.media_type == "application/pdf"
        with pytest.raises(PermissionDenied):
            ap.open_attachment(s, db.actors["li"], db.paths, a.id)
    assert (db.paths.attachments / a.sha256[:2] / f"{a.sha256}.pdf").read_bytes() == PDF
    with pytest.raises(ValidationError, match="已作为"):
        attach(db, "wang", rid, "again.pdf")
    with pytest.raises(ValidationError, match="内容其实是 PNG"):
        attach(db, "wang", rid, "scan.pdf", PNG)
    with pytest.raises(PermissionDenied):
        attach(db, "li", rid, "x.png", PNG)
    with db.transaction() as s:
        ap.remove_attachment(s, db.actors["wang"], a.id)
    with db.session() as s:
        assert ap.get_request(s, db.actors["wang"], rid).attachments == []


# --- property: never two states at once --------------------------------------------------------------

KIND_DETAILS = {
    "suspension": lambda d: ap.SuspensionDetails(d, 3, "病"),
    "resumption": lambda d: ap.ResumptionDetails(d),
    "transfer_out": lambda d: ap.TransferOutDetails(d, "某校", "某县", "随迁"),
    "transfer_in": lambda d: ap.TransferInDetails(d, "某校", "某县"),
    "borrow_out": lambda d: ap.BorrowOutDetails(d, "某校", "某县", "随迁"),
    "borrow_return": lambda d: ap.BorrowReturnDetails(d),
    "dropout": lambda d: ap.DropoutDetails(d, "外出打工"),
    "death": lambda d: ap.DeathDetails(d),
    "leave": lambda d: ap.LeaveDetails("sick", d, d),
}
OPS = st.lists(st.tuples(st.sampled_from(sorted(KIND_DETAILS) + list(ap.STEP_ACTIONS)),
                         st.integers(0, 1), st.integers(0, 3)), min_size=1, max_size=14)


def _check_consistent(db, sids):
    cid = db.class_ids["三年级(1)班"]
    with db.session() as s:
        for sid in sids:
            stu = s.get(Student, sid)
            hist = s.exec(select(StatusChange).where(StatusChange.student_id == sid)
                          .order_by(StatusChange.effective_date, StatusChange.id)).all()
            # the current status is the end of the history, and each change starts where the last one ended
            assert hist[-1].to_status == stu.status
            for a, b in zip(hist, hist[1:]):
                assert b.from_status == a.to_status and b.effective_date >= a.effective_date
            # on the roll exactly when in school (as of the last change's date)
            day = max(hist[-1].effective_date, TODAY)
            assert (sid in {x.id for x in att.roster(s, cid, day)}) == (stu.status == "in_school")
            # at most one open status-changing request
            open_ = s.exec(select(ap.ApprovalRequest).where(
                ap.ApprovalRequest.student_id == sid, ap.ApprovalRequest.state.in_(["draft", "submitted"]),
                ap.ApprovalRequest.kind.in_(sorted(ap.STATUS_KINDS)))).all()
            assert len(open_) <= 1
            # an approved leave only while in school
            if stu.status != "in_school":
                assert all(lv.start_day <= hist[-1].effective_date for lv in s.exec(
                    select(Leave).where(Leave.student_id == sid, Leave.status == "approved")))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(ops=OPS)
def test_random_steps_never_leave_a_student_in_two_states(school_db, ops):
    db = school_db
    sids = add_students(db, "三年级(1)班", 2)
    requests: list[int] = []
    day = TODAY
    for op, who, n in ops:
        try:
            if op in KIND_DETAILS:
                day += timedelta(days=1 + n)
                requests.append(new(db, "wang", op, KIND_DETAILS[op](day), sids[who], today=day))
                if op in ap.PROOF_KINDS:
                    attach(db, "wang", requests[-1])
            elif requests:
                rid = requests[n % len(requests)]
                run(db, ap.step, ACTOR_FOR[op], rid, op, "理由", today=day)
        except (ValidationError, PermissionDenied):
            pass
        _check_consistent(db, sids)


def test_the_history_names_people_not_logins(sch):
    """The defect: the approval history showed login names (wang) instead of people's names (王老师)."""
    db = sch
    rid = new(db, "wang", "leave", leave(NEXT_MON, NEXT_WED), db.c3[0], submit=True)
    with db.session() as s:
        d = ap.get_request(s, db.actors["wang"], rid, today=TODAY)
    assert {st.username for st in d.steps} == {"王老师"}
