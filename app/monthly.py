"""The monthly report of the 2024 national rule (学校一月一报告): the per-child ledgers, the due day, the reminder.

Since the Ministry of Education's April 2024 notice each school reports monthly its
suspected dropouts and dropouts in ledgers, and the county re-checks quarterly
(domain.md §10). This module builds, for a calendar month, from the existing
alerts, cases and persuasion records:

* **疑似辍学台账** — every child whose absence case stood at the suspected-dropout
  level at some time in the month (an open, or in-month closed, alert of level
  ``suspected_dropout`` that was not cleared as a roll-call error);
* **辍学台账** — every child at the dropout level in the month: registered dropouts
  (a persuasion ledger entry open at some time in the month) and alerts that reached
  the dropout threshold without a registration yet (marked 未登记);
* **劝返复学台账** — for every child of the two ledgers: guardian, address, phone,
  reason for leaving, when the child left, where the child is now (去向), each
  persuasion attempt of the month and before (date, who went from both lines, what
  was done, result), the township's notice and the result (returned on a date, or
  still out as of the month's last day or today).

A child counts in a month's ledger when the case was open at some time in the month;
the state printed is the one at ``as_of`` = the month's last day (or today while the
month runs). The report is **due** on the policy's ``monthly_due_day`` (default the
28th) and **exported** when a county bundle has carried that month's ledger records
(:mod:`app.exchange.export` notes the months in the export's counts). Until then the
registrar's and principal's home pages show a reminder (:func:`reminders`).
"""

from __future__ import annotations

import calendar as _cal
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import defer
from sqlmodel import Session, col, or_, select

from app import audit
from app.accounts import Actor, require
from app.cases import LINES, OUTCOMES, PARTICIPANT_ROLES, can_work_on
from app.codes import RELATION, SEX
from app.data.exchange_models import ExchangeExport
from app.data.models import (
    AbsenceAlert,
    AbsenceCase,
    Guardian,
    PersuasionAttempt,
    PersuasionLedger,
    SchoolClass,
    Staff,
    Student,
)
from app.errors import NotFound, PermissionDenied, ValidationError
from app.fields import FIELDS
from app.policy import load as load_policy
from app.students import home_address

LEDGERS = {"suspected": "疑似辍学台账", "dropout": "辍学台账", "persuasion": "劝返复学台账"}
MONTHLY_RHYTHMS = frozenset({"monthly", "both"})
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


# --- months ---------------------------------------------------------------------------------------------


def parse_month(text: str) -> tuple[int, int]:
    """``YYYY-MM`` → (year, month), with a Chinese message naming what is wrong."""
    m = _MONTH.match((text or "").strip())
    if not m or not 1 <= int(m.group(2)) <= 12 or not 2000 <= int(m.group(1)) <= 2100:
        raise ValidationError("月份", "reports.should_written_yyyy_mm_such", text=text)
    return int(m.group(1)), int(m.group(2))


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, _cal.monthrange(year, month)[1])


def due_date(year: int, month: int, due_day: int) -> date:
    """The month's due day (a due day past the month's end is its last day, e.g. 30 → 28 Feb)."""
    return date(year, month, min(due_day, _cal.monthrange(year, month)[1]))


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def months_due_in(start: date, end: date, due_day: int) -> list[str]:
    """The months whose due day lies in ``start``..``end``: a bundle of that period carries their ledgers."""
    out, (y, m) = [], (start.year, start.month)
    while date(y, m, 1) <= end:
        if start <= due_date(y, m, due_day) <= end:
            out.append(month_key(y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


# --- the ledgers -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttemptLine:
    day: date
    administrative: str  # people of the administrative line (township, village …), "、"-joined
    education: str  # people of the education line (school, bureau)
    actions: str
    result: str
    #: the same people as (name, role key, line): for the windows, which name the roles in their language
    people: tuple[tuple[str, str, str], ...] = ()

    @property
    def both_lines(self) -> bool:
        return bool(self.administrative and self.education)


@dataclass(frozen=True)
class LedgerChild:
    """One child in the month's ledgers (plain data; dates as dates)."""

    student_id: int
    case_id: int | None
    alert_id: int
    name: str
    sex: str
    class_name: str
    student_number: str
    guardian: str  # 姓名(关系)
    phone: str
    address: str
    level: str  # suspected_dropout | dropout
    registered: bool  # a registered dropout (persuasion ledger entry)
    left_on: date
    days_absent: float
    reason_left: str
    whereabouts: str
    responsible: str
    attempts: tuple[AttemptLine, ...]
    notice_issued_on: date | None
    notice_deadline: date | None
    notice_issuer: str
    notice_reference: str
    returned_on: date | None
    outcome: str  # '' while out | returned | transferred | …
    result: str  # Chinese: 已返校(日期) / 仍未返校 / 已办理转学 …
    #: the guardian's name and relation (a key of app.codes.RELATION), for a window in another language
    guardian_name: str = ""
    guardian_relation: str = ""
    #: the day of the outcome (None while out)
    outcome_on: date | None = None

    @property
    def key(self) -> str:
        return f"{self.alert_id}"

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["attempts"] = [dict(asdict(a), day=a.day.isoformat(), both_lines=a.both_lines) for a in self.attempts]
        return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in d.items()}


@dataclass
class MonthlyReport:
    month: str
    start: date
    end: date
    as_of: date
    due: date
    rhythm: str
    suspected: list[LedgerChild] = field(default_factory=list)
    dropouts: list[LedgerChild] = field(default_factory=list)
    exported_in: int | None = None  # the sequence of the first bundle that carried this month

    @property
    def persuasion(self) -> list[LedgerChild]:
        """The 劝返复学台账: every child of both ledgers."""
        return sorted(self.dropouts + self.suspected, key=lambda c: (c.class_name, c.name, c.alert_id))

    @property
    def returned(self) -> list[LedgerChild]:
        return [c for c in self.persuasion if c.outcome == "returned"]

    @property
    def still_out(self) -> list[LedgerChild]:
        return [c for c in self.persuasion if not c.outcome]

    @property
    def title(self) -> str:
        y, m = parse_month(self.month)
        return f"{y}年{m}月控辍保学月报告"

    def as_dict(self) -> dict[str, Any]:
        return {"month": self.month, "start": self.start.isoformat(), "end": self.end.isoformat(),
                "as_of": self.as_of.isoformat(), "due": self.due.isoformat(), "rhythm": self.rhythm,
                "exported_in": self.exported_in,
                "counts": {"suspected": len(self.suspected), "dropout": len(self.dropouts),
                           "returned": len(self.returned), "still_out": len(self.still_out)},
                "suspected": [c.as_dict() for c in self.suspected],
                "dropouts": [c.as_dict() for c in self.dropouts]}


def _require_office(actor: Actor) -> None:
    require(actor, "alerts.view")
    if not (actor.has("cases.work_all") or actor.has("student.view_all")):
        raise PermissionDenied("reports.not_allowed_principal_registrar_administrator", username=actor.username)


def _people(participants: list[dict]) -> tuple[str, str]:
    admin, edu = [], []
    for p in participants or []:
        role = p.get("role", "")
        line = PARTICIPANT_ROLES.get(role, ("", ""))[0]
        label = PARTICIPANT_ROLES.get(role, ("", ""))[1]
        who = f"{p.get('name', '')}({label})" if label else p.get("name", "")
        (admin if line == "administrative" else edu).append(who)
    return "、".join(admin), "、".join(edu)


def _roles(participants: list[dict]) -> tuple[tuple[str, str, str], ...]:
    return tuple((p.get("name", ""), p.get("role", ""), PARTICIPANT_ROLES.get(p.get("role", ""), ("", ""))[0])
                 for p in participants or [])


def _result(outcome: str, closed_on: date | None, as_of: date) -> str:
    if not outcome or (closed_on is not None and closed_on > as_of):
        return "仍未返校"
    text = OUTCOMES.get(outcome, outcome)
    return f"{text}({closed_on.isoformat()})" if closed_on else text


def build_report(session: Session, actor: Actor, month: str, *, today: date | None = None) -> MonthlyReport:
    """The month's ledgers as plain data (``month`` = ``YYYY-MM``)."""
    _require_office(actor)
    today = today or date.today()
    year, mon = parse_month(month)
    start, end = month_bounds(year, mon)
    if start > today:
        raise ValidationError("月份", "reports.has_not_begun_yet_no", month=month)
    as_of = min(end, today)
    policy = load_policy(session)
    report = MonthlyReport(month_key(year, mon), start, end, as_of, due_date(year, mon, policy.monthly_due_day),
                           policy.report_rhythm)
    rows = session.exec(
        select(AbsenceAlert, AbsenceCase)
        .join(AbsenceCase, AbsenceCase.id == AbsenceAlert.case_id, isouter=True)
        .where(AbsenceAlert.status != "cleared", AbsenceAlert.first_absent_day <= as_of,
               or_(AbsenceCase.closed_on == None, AbsenceCase.closed_on >= start))  # noqa: E711
        .order_by(AbsenceAlert.id)).all()
    registered = {lg.case_id: lg for lg in session.exec(select(PersuasionLedger).where(
        col(PersuasionLedger.case_id).in_([c.id for _a, c in rows if c is not None] or [-1]),
        PersuasionLedger.dropout_on <= as_of))}
    rows = [(a, c) for a, c in rows
            if a.level in ("suspected_dropout", "dropout") or (c is not None and c.id in registered)]
    if not rows:
        report.exported_in = exported_in(session, report.month)
        return report
    student_ids = {a.student_id for a, _c in rows}
    case_ids = [c.id for _a, c in rows if c is not None]
    students = {s.id: s for s in session.exec(select(Student).where(col(Student.id).in_(student_ids)))}
    classes = {c.id: c.name for c in session.exec(select(SchoolClass))}
    staff = {s.id: s.name for s in session.exec(select(Staff))}
    guardians: dict[int, Guardian] = {}
    for g in session.exec(select(Guardian).where(col(Guardian.student_id).in_(student_ids))
                          .order_by(Guardian.sort_order, Guardian.id)):
        guardians.setdefault(g.student_id, g)
    ledgers = registered
    attempts: dict[int, list[PersuasionAttempt]] = {}
    for pa in session.exec(select(PersuasionAttempt).where(col(PersuasionAttempt.case_id).in_(case_ids or [-1]),
                                                           PersuasionAttempt.attempt_date <= as_of)
                           .order_by(PersuasionAttempt.attempt_date, PersuasionAttempt.id)):
        attempts.setdefault(pa.case_id, []).append(pa)
    for a, c in rows:
        s = students[a.student_id]
        lg = ledgers.get(c.id) if c is not None else None
        g = guardians.get(s.id)
        address = home_address(s)
        outcome = c.outcome if c is not None and c.closed_on is not None and c.closed_on <= as_of else ""
        lines = tuple(AttemptLine(pa.attempt_date, *_people(pa.participants), pa.actions, pa.result,
                                  _roles(pa.participants))
                      for pa in attempts.get(c.id if c else -1, []))
        child = LedgerChild(
            student_id=s.id, case_id=c.id if c else None, alert_id=a.id, name=FIELDS["student.name"].shorten(s.name), sex=SEX.get(s.sex, ""),
            class_name=classes.get(a.class_id or s.class_id, ""), student_number=s.student_number,
            guardian=f"{g.name}({RELATION.get(g.relation, g.relation)})" if g else "",
            phone=(g.phone if g else "") or "", address=address,
            level="dropout" if (lg is not None or a.level == "dropout") else "suspected_dropout",
            registered=lg is not None, left_on=lg.left_on if lg else a.first_absent_day, days_absent=a.days_absent,
            reason_left=lg.reason_left if lg else "", whereabouts=(lg.whereabouts if lg and lg.whereabouts
                                                                   else (c.whereabouts if c else "")),
            responsible=staff.get((lg.responsible_staff_id if lg else None) or a.assigned_staff_id or -1, ""),
            attempts=lines, notice_issued_on=c.notice_issued_on if c and c.notice_issued_on and
            c.notice_issued_on <= as_of else None,
            notice_deadline=c.notice_deadline if c and c.notice_issued_on and c.notice_issued_on <= as_of else None,
            notice_issuer=c.notice_issuer if c and c.notice_issued_on and c.notice_issued_on <= as_of else "",
            notice_reference=c.notice_reference if c and c.notice_issued_on and c.notice_issued_on <= as_of else "",
            returned_on=c.closed_on if outcome == "returned" else None, outcome=outcome,
            result=_result(outcome, c.closed_on if c else None, as_of),
            guardian_name=g.name if g else "", guardian_relation=g.relation if g else "",
            outcome_on=c.closed_on if outcome else None)
        (report.dropouts if child.level == "dropout" else report.suspected).append(child)
    for lst in (report.suspected, report.dropouts):
        lst.sort(key=lambda ch: (ch.class_name, ch.name, ch.alert_id))
    report.exported_in = exported_in(session, report.month)
    return report


def set_whereabouts(session: Session, actor: Actor, case_id: int, whereabouts: str, *,
                    today: date | None = None) -> None:
    """Where the child is now (去向: 在家、外出务工、随父母外出 …), for the ledgers; audited.

    ``today`` is accepted like every case action's (the case dialog passes it); the value has no date.
    """
    case = session.get(AbsenceCase, case_id)
    if case is None:
        raise NotFound("common.case_does_not_exist", case_id=case_id)
    if not can_work_on(session, actor, case):
        raise PermissionDenied("reports.not_allowed_teacher_charge_case")
    text = whereabouts.strip()
    if len(text) > 200:
        raise ValidationError("去向", "reports.cannot_longer_than_200_characters")
    before = {"whereabouts": case.whereabouts}
    case.whereabouts = text
    session.add(case)
    ledger = session.exec(select(PersuasionLedger).where(PersuasionLedger.case_id == case_id)).first()
    if ledger is not None and not ledger.closed_on:
        ledger.whereabouts = text
        session.add(ledger)
    audit.record(session, actor, "case.whereabouts", "absence_case", case_id, before=before,
                 after={"whereabouts": text}, summary=f"个案 {case_id} 去向:{text or '(清空)'}")


# --- exported? and the reminder ------------------------------------------------------------------------


def exported_in(session: Session, month: str) -> int | None:
    """The sequence of the first bundle that carried ``month``'s ledgers (None: not exported yet)."""
    for rec in session.exec(select(ExchangeExport).options(defer(ExchangeExport.data))  # the files: not needed
                            .order_by(ExchangeExport.sequence)):
        if month in (rec.counts or {}).get("monthly_months", []):
            return rec.sequence
    return None


def bundle_months(session: Session, start: date, end: date) -> list[str]:
    """The months whose ledgers a bundle of ``start``..``end`` carries (none where the policy reports weekly only).

    A month whose due day lies in the period, and the period's first month or the month before it when
    already due and no bundle has carried it yet (a school that missed a week catches up with the next
    bundle) — the same two months :func:`reminders` looks at.
    """
    policy = load_policy(session)
    if policy.report_rhythm not in MONTHLY_RHYTHMS:
        return []
    months = set(months_due_in(start, end, policy.monthly_due_day))
    this = (start.year, start.month)
    for y, m in (this, previous_month(*this)):
        if due_date(y, m, policy.monthly_due_day) < start and exported_in(session, month_key(y, m)) is None:
            months.add(month_key(y, m))
    return sorted(months)


@dataclass(frozen=True)
class Reminder:
    month: str
    due: date
    overdue: bool
    suspected: int
    dropouts: int

    @property
    def text(self) -> str:
        y, m = parse_month(self.month)
        state = f"已过期({self.due.isoformat()} 截止)" if self.overdue else f"{self.due.isoformat()} 前报送"
        return (f"{y}年{m}月控辍保学月报告{state}:疑似辍学 {self.suspected} 人、辍学 {self.dropouts} 人。"
                "请核对台账后导出县级数据包(报送后此提醒消失)。")


def reminders(session: Session, actor: Actor, today: date | None = None, *, lead_days: int = 7) -> list[Reminder]:
    """Months whose report is due soon (within ``lead_days``) or overdue and not exported yet.

    Only where the policy reports monthly (rhythm ``monthly`` or ``both``); the previous month and the
    current one are looked at (an older month not exported was the previous month's reminder).
    """
    _require_office(actor)
    today = today or date.today()
    policy = load_policy(session)
    if policy.report_rhythm not in MONTHLY_RHYTHMS:
        return []
    out = []
    for y, m in (previous_month(today.year, today.month), (today.year, today.month)):
        due = due_date(y, m, policy.monthly_due_day)
        if today < due - timedelta(days=lead_days):
            continue
        key = month_key(y, m)
        if exported_in(session, key) is not None:
            continue
        if date(y, m, 1) > today:
            continue
        r = build_report(session, actor, key, today=today)
        out.append(Reminder(key, due, today > due, len(r.suspected), len(r.dropouts)))
    return out


# --- text for the terminal -----------------------------------------------------------------------------


def format_report(r: MonthlyReport) -> str:
    lines = [f"{r.title}(截至 {r.as_of.isoformat()},报送截止 {r.due.isoformat()}"
             + (f",已随第 {r.exported_in} 号数据包报送)" if r.exported_in else ",尚未报送)")]
    for label, children in ((LEDGERS["suspected"], r.suspected), (LEDGERS["dropout"], r.dropouts)):
        lines.append(f"{label}:{len(children)} 人")
        for c in children:
            reg = "" if c.registered or c.level != "dropout" else "(未登记辍学)"
            lines.append(f"  {c.class_name} {c.name}{reg}  学籍号 {c.student_number}  监护人 {c.guardian or '未登记'}"
                         f" {c.phone}  离校 {c.left_on.isoformat()}  去向 {c.whereabouts or '未填'}  {c.result}")
    lines.append(f"{LEDGERS['persuasion']}:{len(r.persuasion)} 人,已返校 {len(r.returned)},仍未返校 {len(r.still_out)}")
    for c in r.persuasion:
        lines.append(f"  {c.name}:劝返 {len(c.attempts)} 次"
                     + (f",乡镇通知书 {c.notice_issued_on.isoformat()}" if c.notice_issued_on else "")
                     + f";{c.result}")
        for a in c.attempts:
            lines.append(f"    {a.day.isoformat()} 行政线:{a.administrative or '—'} 教育线:{a.education or '—'}"
                         f" {a.actions}" + (f"({a.result})" if a.result else ""))
    return "\n".join(lines)


def report_json(r: MonthlyReport) -> str:
    return json.dumps(r.as_dict(), ensure_ascii=False, indent=1)


__all__ = ["AttemptLine", "LEDGERS", "LINES", "LedgerChild", "MONTHLY_RHYTHMS", "MonthlyReport", "Reminder",
           "build_report", "due_date", "exported_in", "format_report", "month_bounds", "month_key",
           "months_due_in", "parse_month", "reminders", "report_json", "set_whereabouts"]
