"""Record kinds of the follow-up (schemaVersion 1.1): cases, contacts, reports, persuasion, approvals, mentors, pledges.

Imported at the end of :mod:`app.exchange.bundle`, so these kinds come after the 1.0
kinds in :data:`app.exchange.schema.KINDS` and in the XSD (where their sections are
optional: a 1.0 bundle, which has none of them, still validates).

Which records a bundle carries (all *period* scope, the county keeps the latest
version of each ``key``):

* things with a date (contacts, reports, persuasion attempts, township notices):
  those dated in the period, plus — for notices — those of cases still open;
* things that last (cases, ledger entries, approvals, mentor assignments,
  home-teaching enrolments): those that overlap the period, so the county sees
  every open one in every bundle and each closed one in the bundle of the period
  it was closed in;
* pledge return counts: the school year of the period's last day, counted as of
  that day.

Every query orders by id (or by the grouping key) so the same database gives the
same bytes. Only the fields the county needs, field by field in
``resources/schema/README.md`` ("What each follow-up kind carries"): no free text
about families (situation, problems, measures, opinions, reasons, whereabouts,
actions), no names of teachers, officials or guardians, no phone numbers; teachers
appear as a role, or as an opaque staff key where the county must count caseloads.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timezone
from typing import Iterator

from sqlalchemy import or_
from sqlmodel import col, select

from app.data.approval_models import ApprovalAttachment, ApprovalRequest, ApprovalStep
from app.data.document_models import Pledge
from app.data.mentor_models import HomeTeachingEnrolment, HomeTeachingSession, MentorAssignment
from app.data.models import (AbsenceAlert, AbsenceCase, CaseReport, Contact, PersuasionAttempt, PersuasionLedger,
                             SchoolClass, SchoolYear, Student, User)
from app.exchange.schema import Record, record_kind
from app.fields import excerpt

#: the order in which a person's roles name them in a bundle (the first that applies)
ROLE_ORDER = ("principal", "registrar", "class_teacher", "teacher", "admin")
OPEN_STAGES = ("alert", "visited", "reported", "suspected_dropout", "dropout")
#: approval states that still wait for someone (the school or the county)
PENDING_APPROVAL_STATES = ("submitted", "approved", "reported")
#: approval kinds the county is told about (a leave is already in ``Leaves``; its reason stays at the school)
APPROVAL_EXCLUDED_KINDS = ("leave",)
#: kind-specific detail fields sent for approvals: the other school and its county (institutions, not people)
_OTHER_SCHOOL = {"transfer_out": ("destination_school", "destination_county"),
                 "transfer_in": ("from_school", "from_county"),
                 "borrow_out": ("host_school", "host_county"),
                 "borrow_in": ("home_school", "home_county")}
RESULT_LIMIT = 200


def _key(i: int | None) -> str | None:
    return None if i is None else str(i)


def utc(value: datetime | None) -> str | None:
    """A stored time as ``YYYY-MM-DDTHH:MM:SSZ`` (naive values are UTC, as the program stores them)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc)
    return value.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


class _People:
    """Roles of staff members, without names (built once per bundle)."""

    def __init__(self, ctx):
        self.session = ctx.session
        self._by_staff: dict[int, set[str]] | None = None
        self._by_user: dict[int, set[str]] | None = None
        self._heads: dict[int, int] | None = None
        self._mentors: dict[tuple[int, int], list[tuple[date, date | None]]] | None = None

    def _load(self) -> None:
        self._by_staff, self._by_user = defaultdict(set), {}
        for uid, sid, roles in self.session.exec(select(User.id, User.staff_id, User.roles)):
            rs = {r.strip() for r in (roles or "").split(",") if r.strip()}
            self._by_user[uid] = rs
            if sid is not None:
                self._by_staff[sid] |= rs
        self._heads = {cid: hid for cid, hid in self.session.exec(select(SchoolClass.id, SchoolClass.head_teacher_id))
                       if hid is not None}

    def user_role(self, user_id: int | None) -> str:
        if self._by_user is None:
            self._load()
        if user_id is None:
            return "system"
        return _first_role(self._by_user.get(user_id, set()))

    def visitor_role(self, staff_id: int | None, student_class: int | None, student_id: int, day: date) -> str | None:
        """class_teacher (of the child's class), mentor (of the child that day), principal, registrar or teacher."""
        if staff_id is None:
            return None
        if self._by_staff is None:
            self._load()
        if student_class is not None and self._heads.get(student_class) == staff_id:
            return "class_teacher"
        if self._mentor_on(staff_id, student_id, day):
            return "mentor"
        roles = self._by_staff.get(staff_id, set()) - {"class_teacher", "admin"}
        return _first_role(roles) if roles else "teacher"

    def _mentor_on(self, staff_id: int, student_id: int, day: date) -> bool:
        if self._mentors is None:
            self._mentors = defaultdict(list)
            for a in self.session.exec(select(MentorAssignment)):
                self._mentors[(a.staff_id, a.student_id)].append((a.start_date, a.end_date))
        return any(s <= day and (e is None or day < e) for s, e in self._mentors.get((staff_id, student_id), ()))


def _first_role(roles: set[str]) -> str:
    return next((r for r in ROLE_ORDER if r in roles), "teacher" if roles else "other")


def _people(ctx) -> _People:
    p = getattr(ctx, "_people", None)
    if p is None:
        p = _People(ctx)
        ctx._people = p
    return p


# --- cases -------------------------------------------------------------------------------------------------


def _cases_in_scope(ctx) -> list[tuple[AbsenceCase, AbsenceAlert]]:
    """Cases opened by the period's end that were open at some time in the period."""
    cached = getattr(ctx, "_cases", None)
    if cached is not None:
        return cached
    rows = ctx.session.exec(
        select(AbsenceCase, AbsenceAlert).join(AbsenceAlert, AbsenceAlert.id == AbsenceCase.alert_id)
        .where(AbsenceCase.opened_on <= ctx.end,
               or_(col(AbsenceCase.stage).in_(OPEN_STAGES),
                   AbsenceCase.closed_on >= ctx.start,
                   (AbsenceCase.stage == "cancelled") & or_(col(AbsenceAlert.cleared_on).is_(None),
                                                            AbsenceAlert.cleared_on >= ctx.start)))
        .order_by(AbsenceCase.id)).all()
    ctx._cases = list(rows)
    return ctx._cases


@record_kind("case", section="Cases", element="Case", label="个案", scope="period", key=("key",))
def _cases(ctx) -> Iterator[Record]:
    for c, a in _cases_in_scope(ctx):
        yield Record({"key": _key(c.id), "student": ctx.number(c.student_id), "class": _key(c.class_id),
                      "alert": _key(c.alert_id), "stage": c.stage, "level": a.level, "openedOn": c.opened_on,
                      "visitedOn": c.visited_on, "reportedOn": c.reported_on, "closedOn": c.closed_on,
                      "outcome": c.outcome or None})


@record_kind("contact", section="Contacts", element="Contact", label="家访和联系", scope="period", key=("key",))
def _contacts(ctx) -> Iterator[Record]:
    people = _people(ctx)
    rows = ctx.session.exec(select(Contact, Student.class_id).join(Student, Student.id == Contact.student_id)
                            .where(Contact.contact_date >= ctx.start, Contact.contact_date <= ctx.end)
                            .order_by(Contact.contact_date, Contact.id)).all()
    for c, class_id in rows:
        yield Record({"key": _key(c.id), "student": ctx.number(c.student_id), "case": _key(c.case_id),
                      "day": c.contact_date, "form": c.form,
                      "visitor": people.visitor_role(c.staff_id, class_id, c.student_id, c.contact_date),
                      "accompanied": bool(c.companions.strip()), "guardianMet": bool(c.guardian_met.strip()),
                      "guardianRelation": c.guardian_relation or None})


@record_kind("case_report", section="CaseReports", element="CaseReport", label="书面报告", scope="period",
             key=("key",))
def _reports(ctx) -> Iterator[Record]:
    rows = ctx.session.exec(select(CaseReport, AbsenceCase.student_id)
                            .join(AbsenceCase, AbsenceCase.id == CaseReport.case_id)
                            .where(CaseReport.report_date >= ctx.start, CaseReport.report_date <= ctx.end)
                            .order_by(CaseReport.report_date, CaseReport.id)).all()
    for r, student_id in rows:
        yield Record({"key": _key(r.id), "case": _key(r.case_id), "student": ctx.number(student_id),
                      "day": r.report_date, "kind": r.kind, "recipients": excerpt(r.recipients, 500),
                      "reference": excerpt(r.reference, 100)})


@record_kind("persuasion", section="Persuasions", element="Persuasion", label="劝返", scope="period", key=("key",))
def _persuasions(ctx) -> Iterator[Record]:
    rows = ctx.session.exec(select(PersuasionAttempt, AbsenceCase.student_id)
                            .join(AbsenceCase, AbsenceCase.id == PersuasionAttempt.case_id)
                            .where(PersuasionAttempt.attempt_date >= ctx.start, PersuasionAttempt.attempt_date <= ctx.end)
                            .order_by(PersuasionAttempt.attempt_date, PersuasionAttempt.id)).all()
    for p, student_id in rows:
        # who went: line and role only, in the order recorded (names of officials stay at the school)
        children = tuple(("Participant", {"line": x.get("line") or "", "role": x.get("role") or ""})
                         for x in (p.participants or []))
        yield Record({"key": _key(p.id), "case": _key(p.case_id), "student": ctx.number(student_id),
                      "day": p.attempt_date, "result": excerpt(p.result, RESULT_LIMIT)}, children)


@record_kind("persuasion_ledger", section="PersuasionLedgers", element="Ledger", label="劝返台账", scope="period",
             key=("key",))
def _ledgers(ctx) -> Iterator[Record]:
    rows = ctx.session.exec(select(PersuasionLedger).where(
        PersuasionLedger.dropout_on <= ctx.end,
        or_(col(PersuasionLedger.closed_on).is_(None), PersuasionLedger.closed_on >= ctx.start))
        .order_by(PersuasionLedger.id)).all()
    for lg in rows:
        closed = lg.closed_on is not None
        yield Record({"key": _key(lg.id), "case": _key(lg.case_id), "student": ctx.number(lg.student_id),
                      "dropoutOn": lg.dropout_on, "leftOn": lg.left_on, "status": "closed" if closed else "open",
                      "closedOn": lg.closed_on, "result": lg.result or None})


@record_kind("township_notice", section="TownshipNotices", element="Notice", label="限期返校通知书", scope="period",
             key=("key",))
def _notices(ctx) -> Iterator[Record]:
    for c, _a in _cases_in_scope(ctx):
        if c.notice_issued_on is None or c.notice_issued_on > ctx.end:
            continue
        if c.notice_issued_on < ctx.start and c.stage not in OPEN_STAGES:
            continue  # an old notice of a closed case: the county has it
        yield Record({"key": _key(c.id), "case": _key(c.id), "student": ctx.number(c.student_id),
                      "issuedOn": c.notice_issued_on, "deadline": c.notice_deadline,
                      "issuer": excerpt(c.notice_issuer, 100), "reference": excerpt(c.notice_reference, 100)})


# --- approvals ------------------------------------------------------------------------------------------------


@record_kind("approval", section="Approvals", element="Approval", label="审批", scope="period", key=("key",))
def _approvals(ctx) -> Iterator[Record]:
    start_dt, end_dt = ctx.start_dt, ctx.end_dt

    def in_period(column):
        return (column >= start_dt) & (column <= end_dt)

    reqs = ctx.session.exec(select(ApprovalRequest).where(
        ApprovalRequest.state != "draft", col(ApprovalRequest.kind).not_in(APPROVAL_EXCLUDED_KINDS),
        or_(col(ApprovalRequest.state).in_(PENDING_APPROVAL_STATES),
            (ApprovalRequest.effective_date >= ctx.start) & (ApprovalRequest.effective_date <= ctx.end),
            in_period(ApprovalRequest.submitted_at), in_period(ApprovalRequest.decided_at),
            in_period(ApprovalRequest.reported_at), in_period(ApprovalRequest.acknowledged_at),
            in_period(ApprovalRequest.closed_at)))
        .order_by(ApprovalRequest.id)).all()
    if not reqs:
        return
    ids = [r.id for r in reqs]
    steps: dict[int, list[ApprovalStep]] = defaultdict(list)
    for st in ctx.session.exec(select(ApprovalStep).where(col(ApprovalStep.request_id).in_(ids))
                               .order_by(ApprovalStep.at, ApprovalStep.id)):
        steps[st.request_id].append(st)
    files: dict[int, list[ApprovalAttachment]] = defaultdict(list)
    for f in ctx.session.exec(select(ApprovalAttachment).where(col(ApprovalAttachment.request_id).in_(ids))
                              .order_by(ApprovalAttachment.id)):
        files[f.request_id].append(f)
    people = _people(ctx)
    for r in reqs:
        details = r.details or {}
        student_id = r.student_id if r.student_id is not None else (r.outcome or {}).get("student_id")
        other = _OTHER_SCHOOL.get(r.kind, (None, None))
        months = details.get("months") if r.kind in ("suspension", "suspension_extension") else None
        attrs = {"key": _key(r.id), "kind": r.kind, "state": r.state,
                 "student": ctx.number(student_id) if isinstance(student_id, int) else None,
                 "class": _key(r.class_id), "effective": r.effective_date, "endDate": r.end_date,
                 "approverRole": r.approver_role, "needsCounty": r.needs_county, "months": months,
                 "otherSchool": excerpt(details.get(other[0]), 100) if other[0] else None,
                 "otherCounty": excerpt(details.get(other[1]), 100) if other[1] else None,
                 "submittedAt": utc(r.submitted_at), "decidedAt": utc(r.decided_at),
                 "reportedAt": utc(r.reported_at), "acknowledgedAt": utc(r.acknowledged_at),
                 "closedAt": utc(r.closed_at)}
        children = tuple(("Step", {"action": s.action, "from": s.from_state or None, "to": s.to_state,
                                   "role": people.user_role(s.user_id), "at": utc(s.at)}) for s in steps[r.id])
        children += tuple(("Attachment", {"sha256": f.sha256, "mediaType": f.media_type, "size": f.size,
                                          "fileName": excerpt(f.filename, 100) or "-"}) for f in files[r.id])
        yield Record(attrs, children)


# --- mentors and home teaching ----------------------------------------------------------------------------------


@record_kind("mentor_assignment", section="MentorAssignments", element="Assignment", label="帮扶安排",
             scope="lasting", key=("key",))
def _mentor_assignments(ctx) -> Iterator[Record]:
    """Lasting (1.5): every assignment in force at some time from the term's first day to the period's end; the
    bundle carries those the county does not hold as they are now (all of them in the term's first bundle)."""
    since = min(ctx.lasting_since or ctx.start, ctx.start)
    rows = ctx.session.exec(select(MentorAssignment).where(
        MentorAssignment.start_date <= ctx.end,
        or_(col(MentorAssignment.end_date).is_(None), MentorAssignment.end_date >= since))
        .order_by(MentorAssignment.id)).all()
    for a in rows:
        yield Record({"key": _key(a.id), "teacher": _key(a.staff_id), "student": ctx.number(a.student_id),
                      "start": a.start_date, "end": a.end_date,
                      "endReason": (a.end_reason or "other") if a.end_date is not None else None})


def _school_year(session, day: date):
    y = session.exec(select(SchoolYear).where(SchoolYear.start_date <= day, SchoolYear.end_date >= day)).first()
    if y is None:
        y = session.exec(select(SchoolYear).where(SchoolYear.start_date <= day)
                         .order_by(col(SchoolYear.start_date).desc())).first()
    return y


@record_kind("home_teaching", section="HomeTeaching", element="Enrolment", label="送教上门", scope="period",
             key=("key",))
def _home_teaching(ctx) -> Iterator[Record]:
    enrolments = ctx.session.exec(select(HomeTeachingEnrolment).where(
        HomeTeachingEnrolment.start_date <= ctx.end,
        or_(col(HomeTeachingEnrolment.end_date).is_(None), HomeTeachingEnrolment.end_date > ctx.start))
        .order_by(HomeTeachingEnrolment.id)).all()
    if not enrolments:
        return
    year = _school_year(ctx.session, ctx.end)
    year_start = year.start_date if year is not None else ctx.start
    first = min(year_start, ctx.start)
    sessions = ctx.session.exec(select(HomeTeachingSession).where(
        col(HomeTeachingSession.student_id).in_(sorted({e.student_id for e in enrolments})),
        HomeTeachingSession.session_date >= first, HomeTeachingSession.session_date <= ctx.end)
        .order_by(HomeTeachingSession.id)).all()
    for e in enrolments:
        def mine(s, lo):
            return (s.student_id == e.student_id and s.session_date >= max(lo, e.start_date)
                    and (e.end_date is None or s.session_date < e.end_date))
        period = [s for s in sessions if mine(s, ctx.start)]
        year_rows = [s for s in sessions if mine(s, year_start)]
        yield Record({"key": _key(e.id), "student": ctx.number(e.student_id), "start": e.start_date,
                      "end": e.end_date, "sessions": len(period),
                      "visits": len({s.session_date for s in period}), "hours": _hours(period),
                      "schoolYear": year.name if year is not None else None,
                      "yearVisits": len({s.session_date for s in year_rows}), "yearHours": _hours(year_rows)})


def _hours(rows) -> str:
    total = round(sum(float(s.hours) for s in rows), 2)
    return format(total, "g") if total != int(total) else str(int(total))


# --- pledges --------------------------------------------------------------------------------------------------------


@record_kind("pledge_returns", section="PledgeReturns", element="Returns", label="责任书收回", scope="period",
             key=("schoolYear", "class", "kind"))
def _pledge_returns(ctx) -> Iterator[Record]:
    year = _school_year(ctx.session, ctx.end)
    if year is None:
        return
    rows = ctx.session.exec(select(Pledge).where(Pledge.school_year == year.name).order_by(Pledge.id)).all()
    # one pledge per person (as app.documents.pledge_records does): the one returned by the period's end, else the newest
    best: dict[tuple, Pledge] = {}
    for p in rows:
        k = (p.kind, p.student_id, p.party_b, p.class_id)
        cur = best.get(k)
        back = p.returned_on is not None and p.returned_on <= ctx.end
        cur_back = cur is not None and cur.returned_on is not None and cur.returned_on <= ctx.end
        if cur is None or (not cur_back and (back or p.id > cur.id)):
            best[k] = p
    groups: dict[tuple[int, str], list[int]] = {}
    for p in best.values():
        g = groups.setdefault((p.class_id if p.class_id is not None else -1, p.kind), [0, 0, 0])
        g[0] += 1
        if p.returned_on is not None and p.returned_on <= ctx.end:
            g[1] += 1
            g[2] += not p.signed
    for (class_id, kind), (printed, returned, unsigned) in sorted(groups.items()):
        yield Record({"schoolYear": year.name, "class": _key(class_id) if class_id >= 0 else None, "kind": kind,
                      "printed": printed, "returned": returned, "unsigned": unsigned})
