"""Demo stage for the roll call: a term of realistic attendance, with absences at every stage of the alert chain.

``populate_demo(session, actor, rng, today)`` runs after the demo's students and
accounts (and before :mod:`app.demo.cases`, which turns the alerts into cases).
From the first day of the current term (:class:`app.school_calendar.Calendar`)
up to ``today`` every class gets a roll call every school day (both sessions
when the policy asks for morning and afternoon), taken by its class teacher:

* everyday exceptions at rural rates: a few lates, some left early, single
  unexcused absences (never two in a row: those would be alerts), sick days the
  family phoned in, and approved sick and personal **leaves** of one to three
  days through :func:`app.attendance.add_leave` — most recorded before the day,
  some brought in afterwards (the saved roll calls then turn "excused", with a
  new revision, exactly as in real use); children in poor health miss more;
* one or two **frequent absentees** per 300 pupils, missing scattered days
  (the early-warning list has someone to show);
* five **scripted** children in five different classes whose unexcused runs
  reach the alert chain at different stages (thresholds from the policy):
  ``fresh`` — absent the last two school days before today, raised this morning
  (their class has not taken today's roll yet, so the principal's overview shows
  a missing roll call too); ``overdue`` — out long enough that the home visit is
  past due; ``suspected`` — more than one school week; ``dropout`` — four school
  weeks; ``returned`` — out three days a fortnight ago, back since.

Then :func:`app.attendance.alerts.recompute_all` raises the alerts (and their cases).

Speed: :func:`app.attendance.submit_roll_call` costs a few queries per sheet;
a 5,000-pupil term is ~7,000 sheets. So the sheets are written here in bulk —
the roster of each class worked out in memory with the same rule
(:func:`app.attendance.is_on_roll` over the status history, read once), the same
``enrolled``/``present`` counts, the same mark rows (leave-excused marks with the
leave id and the teacher's typed mark) and the same audit entry
(``attendance.take``) as the service writes. The test reopens demo sheets with
:func:`app.attendance.open_roll_call` and re-submits them through the service to
prove the rows are identical. The leaves go through the service itself.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Callable

from sqlmodel import Session, col, select

from app import attendance, audit
from app.accounts import Actor, actor_for
from app.attendance import (
    MARKS,
    MISSED_MARKS,
    PRESENT,
    alerts,
    count_present,
    is_on_roll,
    leave_covers,
    leave_text,
    mark_entry,
    session_label,
    sessions_for,
    status_histories,
)
from app.data.models import (
    AttendanceMark,
    AttendanceSheet,
    Leave,
    SchoolClass,
    Student,
    User,
)
from app.early_warning import current_term
from app.errors import BaoxueError
from app.policy import Policy
from app.policy import load as load_policy
from app.school_calendar import Calendar, load_calendar

Progress = Callable[[int, int, str], "bool | None"]

# daily rates per pupil (rural primary/junior school, one roll call a day)
P_LATE = 0.006
P_LEFT_EARLY = 0.002
P_ABSENT = 0.0015  # a single unexcused day
P_PHONED_SICK = 0.003  # the family phoned: the teacher types 病假 without a leave on file
P_SICK_LEAVE = 0.0025  # an approved sick leave starts (1–3 days)
P_PERSONAL_LEAVE = 0.001  # an approved personal leave starts (1–2 days)
POOR_HEALTH_FACTOR = 4  # health 30/40/50 or a disability: more sick days
P_RETROACTIVE = 0.2  # share of leaves brought in after the roll call
FREQUENT_PER = 300  # one frequent absentee per this many pupils (at least one)

SCENARIOS: dict[str, str] = {
    "fresh": "新预警(连续缺勤两天,今日预警)",
    "overdue": "家访已逾期",
    "suspected": "疑似辍学(超过一个教学周)",
    "dropout": "达到辍学认定标准(连续四个教学周)",
    "returned": "缺勤三天后已返校",
}

SICK_REASONS = ["感冒发烧", "肠胃炎", "咳嗽", "牙疼看医生", "手臂扭伤", "水痘(需隔离)", "腹泻", "过敏性皮炎"]
PERSONAL_REASONS = ["随家长到县城办理户口", "参加亲属婚礼", "家中老人病重", "随家长到汉中市复查",
                    "家里秋收帮忙(家长申请)", "随家长办理低保手续"]
LATE_NOTES = ["", "", "", "路上遇雨", "校车晚点", "睡过头"]


@dataclass
class DemoAttendanceResult:
    term: str = ""
    school_days: int = 0
    sheets: int = 0
    marks: int = 0
    leaves: int = 0
    retroactive_leaves: int = 0
    #: scenario key (see SCENARIOS) → student id
    scripted: dict[str, int] = field(default_factory=dict)
    frequent_absentees: list[int] = field(default_factory=list)
    #: classes whose roll call of today is left untaken (the principal's overview shows them)
    untaken_today: list[int] = field(default_factory=list)
    alerts: Counter = field(default_factory=Counter)


@dataclass
class _Pupil:
    id: int
    name: str
    class_id: int
    enrolled_on: date
    status: str
    frail: bool
    history: list[tuple[date, str]] = field(default_factory=list)


@dataclass
class _PlannedLeave:
    student_id: int
    kind: str
    first: int  # index into the school days
    last: int
    reason: str
    retroactive: bool
    leave: Leave | None = None


def _taken_at(day: date, rng: random.Random) -> datetime:
    """A morning roll call in China (UTC+8): 07:50–08:30 local, stored in UTC like utcnow()."""
    local = datetime.combine(day, time(7, 50)) + timedelta(minutes=rng.randint(0, 40))
    return (local - timedelta(hours=8)).replace(tzinfo=timezone.utc)


class _Populator:
    def __init__(self, session: Session, actor: Actor, rng: random.Random, today: date, progress: Progress | None):
        self.s, self.actor, self.rng, self.today, self.progress = session, actor, rng, today, progress
        self.calendar: Calendar = load_calendar(session)
        self.policy: Policy = load_policy(session)
        self.sessions = sessions_for(self.policy)
        self.result = DemoAttendanceResult()
        self.typed: dict[tuple[int, int], tuple[str, str]] = {}  # (day index, student) → (mark, note)
        self.leaves: list[_PlannedLeave] = []
        self.active_leaves: dict[int, list[Leave]] = defaultdict(list)

    # --- reading the school ----------------------------------------------------------------
    def load(self) -> bool:
        term = current_term(self.calendar, self.today)
        if term is None:
            return False
        self.days = self.calendar.school_days(term.start_date, min(self.today, term.end_date))
        self.result.term, self.result.school_days = term.label, len(self.days)
        if not self.days:
            return False
        self.classes = {c.id: c for c in self.s.exec(
            select(SchoolClass).where(SchoolClass.active == True).order_by(SchoolClass.id))}  # noqa: E712
        rows = self.s.exec(select(Student.id, Student.name, Student.class_id, Student.enrolled_on, Student.status,
                                  Student.health, Student.disability_type)
                           .where(col(Student.class_id).in_(list(self.classes)))
                           .order_by(Student.id)).all()
        self.pupils = [_Pupil(i, n, c, e, st, h in ("30", "40", "50") or d is not None)
                       for i, n, c, e, st, h, d in rows]
        hist = status_histories(self.s, [p.id for p in self.pupils])
        for p in self.pupils:
            p.history = hist.get(p.id, [])
        self.by_id = {p.id: p for p in self.pupils}
        self.by_class: dict[int, list[_Pupil]] = defaultdict(list)
        for p in self.pupils:
            self.by_class[p.class_id].append(p)
        self.takers = self._class_teachers()
        return bool(self.pupils)

    def _class_teachers(self) -> dict[int, Actor]:
        """Each class's roll call is taken by its class teacher's account (the given actor if none)."""
        heads = {c.head_teacher_id: cid for cid, c in self.classes.items() if c.head_teacher_id is not None}
        out: dict[int, Actor] = {}
        if heads:
            for u in self.s.exec(select(User).where(col(User.staff_id).in_(list(heads)), User.active == True)  # noqa: E712
                                 .order_by(User.id)):
                cid = heads[u.staff_id]
                if cid not in out and attendance.can_take_roll(a := actor_for(self.s, u), cid):
                    out[cid] = a
        return out

    def taker(self, class_id: int) -> Actor:
        return self.takers.get(class_id, self.actor)

    def on_roll(self, p: _Pupil, i: int) -> bool:
        return is_on_roll(p, p.history, self.days[i])  # type: ignore[arg-type]  # reads enrolled_on and status

    # --- the plan ------------------------------------------------------------------------
    def plan_scripted(self) -> set[int]:
        """Five children in five classes, their unexcused runs ending where each stage needs them."""
        n, pol = len(self.days), self.policy
        a = int(round(pol.alert_after_days))
        spans = {
            # the last `a` school days before today (today's roll call of the class not taken yet)
            "fresh": (n - 1 - a, n - 1) if self.days[-1] == self.today else (n - a, n),
            "overdue": (n - min(a + pol.home_visit_within_days + 2, pol.suspected_dropout_after_days - 1), n),
            "suspected": (n - min(pol.suspected_dropout_after_days + 2, pol.dropout_after_days - 1), n),
            "dropout": (n - pol.dropout_after_days, n),
            "returned": (n - 12, n - 12 + a + 1),
        }
        classes = [cid for cid in self.classes if any(self.on_roll(p, n - 1) for p in self.by_class.get(cid, ()))]
        self.rng.shuffle(classes)
        used: set[int] = set()
        for (key, (lo, hi)), cid in zip(spans.items(), classes):
            if lo < 0 or hi <= lo:
                continue  # the term is too young for this stage
            candidates = [p for p in self.by_class[cid] if all(self.on_roll(p, i) for i in range(lo, n))]
            if not candidates:
                continue
            p = self.rng.choice(candidates)
            used.add(p.id)
            self.result.scripted[key] = p.id
            for i in range(lo, hi):
                self.typed[(i, p.id)] = ("absent", "")
            if key == "fresh" and self.days[-1] == self.today:
                self.result.untaken_today.append(cid)
        return used

    def plan_everyday(self, scripted: set[int]) -> None:
        rng, n = self.rng, len(self.days)
        others = [p for p in self.pupils if p.id not in scripted]
        k = max(1, len(self.pupils) // FREQUENT_PER)
        frequent = {p.id: (0.3 if j % 2 == 0 else 0.15) for j, p in enumerate(rng.sample(others, min(k, len(others))))}
        self.result.frequent_absentees = list(frequent)
        for p in others:
            busy: set[int] = set()
            factor = POOR_HEALTH_FACTOR if p.frail else 1
            i = 0
            while i < n:  # leaves first: they take whole stretches
                r = rng.random()
                length = 0
                if r < P_SICK_LEAVE * factor:
                    kind, length, reason = "sick", rng.choice([1, 1, 2, 2, 3]), rng.choice(SICK_REASONS)
                elif r < P_SICK_LEAVE * factor + P_PERSONAL_LEAVE:
                    kind, length, reason = "personal", rng.choice([1, 1, 2]), rng.choice(PERSONAL_REASONS)
                if length and all(self.on_roll(p, j) for j in range(i, min(n, i + length))):
                    last = min(n, i + length) - 1
                    retro = rng.random() < P_RETROACTIVE and last + 1 < n
                    self.leaves.append(_PlannedLeave(p.id, kind, i, last, reason, retro))
                    busy.update(range(i, last + 1))
                    if retro:  # what the teacher typed before the note came in
                        typed = ("sick_leave", "家长电话请假") if kind == "sick" else ("absent", "")
                        for j in range(i, last + 1):
                            self.typed[(j, p.id)] = typed
                    i = last + 2
                    continue
                i += 1
            p_absent = frequent.get(p.id, P_ABSENT)
            for i in range(n):
                if i in busy or not self.on_roll(p, i):
                    continue
                r = rng.random()
                prev = self.typed.get((i - 1, p.id), (PRESENT,))[0]
                if r < p_absent:
                    if prev not in MISSED_MARKS and (i + 1) not in busy:  # never two missed in a row: no alert
                        self.typed[(i, p.id)] = ("absent", "")
                elif r < p_absent + P_PHONED_SICK * factor:
                    if prev not in MISSED_MARKS and (i + 1) not in busy:
                        self.typed[(i, p.id)] = ("sick_leave", "家长电话请假")
                elif r < p_absent + P_PHONED_SICK * factor + P_LATE:
                    self.typed[(i, p.id)] = ("late", rng.choice(LATE_NOTES))
                elif r < p_absent + P_PHONED_SICK * factor + P_LATE + P_LEFT_EARLY:
                    self.typed[(i, p.id)] = ("left_early", "身体不适,家长接回")

    # --- writing ----------------------------------------------------------------------------
    def add_leave(self, pl: _PlannedLeave, recorded: int) -> None:
        leave_id = attendance.add_leave(
            self.s, self.taker(self.by_id[pl.student_id].class_id), pl.student_id, pl.kind, self.days[pl.first], self.days[pl.last],
            reason=pl.reason, reference="家长请假条", today=self.days[recorded])
        pl.leave = self.s.get(Leave, leave_id)
        self.active_leaves[pl.student_id].append(pl.leave)
        self.result.leaves += 1
        self.result.retroactive_leaves += pl.retroactive

    def write_day(self, i: int) -> None:
        day = self.days[i]
        sheets: list[tuple[AttendanceSheet, SchoolClass, list[_Pupil], dict]] = []
        for cid, c in self.classes.items():
            if day == self.today and cid in self.result.untaken_today:
                continue
            roster = [p for p in self.by_class.get(cid, ()) if self.on_roll(p, i)]
            if not roster:
                continue
            for key in self.sessions:
                new: dict[int, tuple[str, str, int | None, str]] = {}
                for p in roster:  # exactly submit_roll_call's rule for the exceptions
                    mark, note = self.typed.get((i, p.id), (PRESENT, ""))
                    leave = next((lv for lv in self.active_leaves.get(p.id, ()) if leave_covers(lv, day, key)), None)
                    if leave is not None:
                        new[p.id] = ("excused", note or leave_text(leave), leave.id,
                                     "" if mark == "excused" else mark)
                    elif mark != PRESENT:
                        new[p.id] = (mark, note, None, "")
                at = _taken_at(day, self.rng)
                who = self.taker(cid)
                sheet = AttendanceSheet(class_id=cid, day=day, session=key, revision=1, enrolled=len(roster),
                                        present=count_present(len(roster), [v[0] for v in new.values()]),
                                        taken_by=who.user_id, taken_at=at)
                sheets.append((sheet, c, roster, new))
        self.s.add_all([t[0] for t in sheets])
        self.s.flush()
        for sheet, c, roster, new in sheets:
            names = {p.id: p.name for p in roster}
            self.s.add_all([AttendanceMark(sheet_id=sheet.id, student_id=sid, mark=m, note=note, leave_id=lid,
                                           typed_mark=tm) for sid, (m, note, lid, tm) in new.items()])
            counts = Counter(v[0] for v in new.values())
            missed = sum(k for m, k in counts.items() if m in MISSED_MARKS)
            detail = "、".join(f"{MARKS[m]} {counts[m]} 人" for m in MARKS if counts.get(m))
            audit.record(
                self.s, self.taker(c.id), "attendance.take", "attendance_sheet", sheet.id, before=None,
                after={str(sid): mark_entry(names[sid], *new[sid][:2]) for sid in sorted(new)},
                summary=f"{c.name} {sheet.day}{session_label(sheet.session)} 点名:{missed} 人缺勤"
                        + (f"({detail})" if detail else ""), changed_only=False, at=sheet.taken_at)
            self.result.sheets += 1
            self.result.marks += len(new)
        self.s.flush()

    def run(self) -> DemoAttendanceResult:
        if not self.load():
            return self.result
        scripted = self.plan_scripted()
        self.plan_everyday(scripted)
        by_record_day: dict[int, list[_PlannedLeave]] = defaultdict(list)
        for pl in self.leaves:  # in advance: recorded the morning it starts; afterwards: the day after it ends
            by_record_day[pl.last + 1 if pl.retroactive else pl.first].append(pl)
        n = len(self.days)
        for i in range(n):
            for pl in by_record_day.get(i, ()):
                if not pl.retroactive:
                    self.add_leave(pl, i)
            self.write_day(i)
            for pl in by_record_day.get(i, ()):
                if pl.retroactive:
                    self.add_leave(pl, i)
            if self.progress is not None and self.progress(i + 1, n, "正在生成点名记录") is False:
                raise BaoxueError("demo.cancelled")
        self.s.flush()
        changes = alerts.recompute_all(self.s, self.today, self.calendar, self.policy, actor=self.actor)
        self.result.alerts = Counter(c.level for c in changes if c.action in ("raised", "upgraded", "reopened"))
        return self.result


def populate_demo(session: Session, actor: Actor, rng: random.Random, today: date,
                  progress: Progress | None = None) -> DemoAttendanceResult:
    """A term of roll calls for every class up to ``today`` (see the module doc); returns what was made.

    ``progress(done, total, label)`` is called once per school day; returning
    ``False`` cancels (raises, so the caller's transaction rolls back).
    """
    return _Populator(session, actor, rng, today, progress).run()


__all__ = ["DemoAttendanceResult", "SCENARIOS", "populate_demo"]
