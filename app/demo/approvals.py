"""Demo stage for approvals: requests of every kind the demo needs, in every state of the state machine.

``populate_demo(session, rng, today, paths=None)`` runs after the demo's staff,
accounts, students and attendance exist. Every request goes through
:mod:`app.approvals` with the demo's real accounts (a class teacher requests,
the principal or the class teacher decides, the registrar files with the
county), so the same rules, permissions, effects and audit apply as for a
request made in the window. Nothing is written around the services.

What it makes (as far as the school has students in school):

* **draft**: a personal leave a class teacher has not sent yet;
* **submitted**: a one-day leave waiting for the class teacher, a three-day sick
  leave and a suspension (with a scanned certificate) waiting for the principal;
* **approved**: last week's sick leave (the roll call shows it excused) and a
  transfer out not yet reported — so "转出待确认" lists a child;
* **rejected**: a transfer out without the receiving school's contact form;
* **reported**: a borrow-study out filed with the county;
* **acknowledged**: a transfer out whose arrival the county confirmed;
* **cancelled**: a leave the parents withdrew.

Scanned proofs need the data directory (``paths``); without it the suspension
stays a draft (it cannot be submitted without proof).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlmodel import Session, select

from app import approvals as ap
from app.accounts import Actor, actor_for
from app.data.models import SchoolClass, Student, User
from app.paths import DataPaths

#: a one-page PDF standing in for a scanned medical certificate (demo only)
DEMO_CERTIFICATE = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
    b"/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
    b"4 0 obj<</Length 58>>stream\nBT /F1 24 Tf 72 760 Td (DEMO medical certificate) Tj ET\nendstream\nendobj\n"
    b"5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)

DESTINATIONS = [
    ("宁波市鄞州区实验小学", "浙江省宁波市鄞州区", "随父母到务工地就读"),
    ("西安市雁塔区第二小学", "陕西省西安市雁塔区", "父母在西安务工,随迁就读"),
    ("汉中市汉台区东大街小学", "陕西省汉中市汉台区", "家庭搬迁到汉中市区"),
]
HOSTS = [("勉县城关小学", "陕西省汉中市勉县", "外婆家照看,暂在勉县借读一学期")]
SICK = ["发烧咳嗽,在镇卫生院输液", "肠胃炎,家长带去县医院看病", "扁桃体发炎"]
PERSONAL = ["随家长到县城办理户口", "参加爷爷的葬礼", "家中老人病重,需要照看"]


@dataclass
class DemoApprovalsResult:
    states: dict[str, int] = field(default_factory=dict)
    request_ids: list[int] = field(default_factory=list)


def _actors(session: Session) -> tuple[Actor | None, Actor | None, dict[int, Actor]]:
    principal = registrar = None
    heads: dict[int, Actor] = {}
    classes = {c.head_teacher_id: c.id for c in session.exec(select(SchoolClass).where(SchoolClass.active == True))  # noqa: E712
               if c.head_teacher_id}
    for u in session.exec(select(User).where(User.active == True).order_by(User.id)):  # noqa: E712
        roles = set(u.roles.split(","))
        if "principal" in roles and principal is None:
            principal = actor_for(session, u)
        elif "registrar" in roles and registrar is None:
            registrar = actor_for(session, u)
        elif "class_teacher" in roles and u.staff_id in classes:
            heads[classes[u.staff_id]] = actor_for(session, u)
    return principal, registrar, heads


def _school_day_back(day: date, n: int) -> date:
    while n > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _school_day_ahead(day: date, n: int) -> date:
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def populate_demo(session: Session, rng: random.Random, today: date, *,
                  paths: DataPaths | None = None) -> DemoApprovalsResult:
    """Requests in every state for the demo school (see the module's docstring)."""
    res = DemoApprovalsResult()
    principal, registrar, heads = _actors(session)
    if principal is None or registrar is None or not heads:
        return res
    pool = []
    for class_id, teacher in sorted(heads.items()):
        ids = session.exec(select(Student.id).where(Student.class_id == class_id, Student.status == "in_school",
                                                    Student.enrolled_on <= today - timedelta(days=30))).all()
        pool.extend((teacher, sid) for sid in ids)
    if len(pool) < 10:
        return res
    picks = rng.sample(pool, 10)
    nxt = _school_day_ahead(today, 1)
    last_week = _school_day_back(today, 5)

    def make(who: Actor, kind: str, details, sid: int, *, proof: bool = False) -> int:
        rid = ap.create_request(session, who, kind, details, student_id=sid, comment="", today=today)
        if proof and paths is not None:
            ap.attach_file(session, who, paths, rid, "诊断证明.pdf", DEMO_CERTIFICATE, "县医院诊断证明(演示)")
        res.request_ids.append(rid)
        return rid

    def go(rid: int, *steps: tuple[Actor, str, str]) -> None:
        for who, action, comment in steps:
            ap.step(session, who, rid, action, comment, today=today)

    # draft
    t, sid = picks[0]
    make(t, "leave", ap.LeaveDetails("personal", nxt, nxt, reason=rng.choice(PERSONAL)), sid)
    # submitted: one day for the class teacher (asked by the registrar on the parent's call), three days for the principal
    t, sid = picks[1]
    rid = make(registrar, "leave", ap.LeaveDetails("sick", nxt, nxt, reason=rng.choice(SICK)), sid)
    go(rid, (registrar, "submit", "家长电话请假"))
    t, sid = picks[2]
    rid = make(t, "leave", ap.LeaveDetails("sick", nxt, _school_day_ahead(nxt, 2), reason="肺炎住院"), sid)
    go(rid, (t, "submit", ""))
    t, sid = picks[3]
    rid = make(t, "suspension", ap.SuspensionDetails(_school_day_ahead(today, 5), 6, "肺结核,需住院及居家治疗半年"),
               sid, proof=True)
    if paths is not None:
        go(rid, (t, "submit", "附县医院诊断证明"))
    # approved: last week's sick leave, and a transfer out waiting to be reported
    t, sid = picks[4]
    rid = make(t, "leave", ap.LeaveDetails("sick", last_week, _school_day_ahead(last_week, 1),
                                           reason=rng.choice(SICK)), sid)
    go(rid, (t, "submit", ""), (principal, "approve", "同意,注意休息"))
    t, sid = picks[5]
    school, county, why = DESTINATIONS[0]
    rid = make(t, "transfer_out", ap.TransferOutDetails(today, school, county, why), sid)
    go(rid, (t, "submit", "已取得转学联系表"), (principal, "approve", "同意"))
    # rejected
    t, sid = picks[6]
    school, county, why = DESTINATIONS[1]
    rid = make(t, "transfer_out", ap.TransferOutDetails(nxt, school, county, why), sid)
    go(rid, (t, "submit", ""), (principal, "reject", "未附接收学校盖章的转学联系表,请补齐后重新申请"))
    # reported: borrow-study out
    t, sid = picks[7]
    school, county, why = HOSTS[0]
    rid = make(t, "borrow_out", ap.BorrowOutDetails(last_week, school, county, why), sid)
    go(rid, (t, "submit", ""), (principal, "approve", "同意借读,学籍保留在本校"),
       (registrar, "report", "已报县教育局学籍管理股"))
    # acknowledged: a transfer whose arrival the county confirmed
    t, sid = picks[8]
    school, county, why = DESTINATIONS[2]
    rid = make(t, "transfer_out", ap.TransferOutDetails(last_week, school, county, why), sid)
    go(rid, (t, "submit", ""), (principal, "approve", "同意"), (registrar, "report", "已报县教育局"),
       (registrar, "acknowledge", "县教育局确认学生已在汉台区东大街小学注册"))
    # cancelled
    t, sid = picks[9]
    rid = make(t, "leave", ap.LeaveDetails("personal", nxt, nxt, reason=rng.choice(PERSONAL)), sid)
    go(rid, (t, "submit", ""), (t, "cancel", "家长改期,撤回请假"))

    for rid in res.request_ids:
        state = session.get(ap.ApprovalRequest, rid).state
        res.states[state] = res.states.get(state, 0) + 1
    return res


__all__ = ["DEMO_CERTIFICATE", "DemoApprovalsResult", "populate_demo"]
