"""Transfers between the county's schools, worked out from what the schools sent (issue 17: the rule against
人籍分离).

A child is **transferred out** when the last status change a school sent for it goes to ``transferred_out``. It has
**arrived** when another school of the database has the same 学籍号 on its roll (``in_school``, not removed), having
come by that day (its status change to ``in_school`` — a transfer in — or else its ``enrolledOn``). The school days
since it left are counted in the national calendar (weekends, statutory holidays and 调休; a school's own holidays
are not known to the county). A pupil without a 学籍号 yet (``U…`` key) cannot be matched across schools.

:func:`transfer_states` is read by the county's weekly view (:mod:`app.exchange.county_views`) and by the county
package (:mod:`app.exchange.county_package`), which tells the sending school that its child arrived, or that it
was seen at no school past the county's limit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.exchange.county import effective_records, school_t, student_t
from app.school_calendar import national_workday

#: school days a transferred child may stay on no school's roll before it is flagged (the county's default rule;
#: the county's policy ``transfer_confirm_days`` replaces it)
TRANSFER_DAYS = 10


@dataclass(frozen=True)
class Transfer:
    school_code: str
    school_name: str
    number: str
    name: str
    left_on: date
    destination: str  # as the sending school wrote it on the approval ('' when none came)
    school_days: int  # since the child left, to the day looked at (or to the arrival)
    arrived_at: str  # the school that has the child on its roll now ('' in flight), "name(code)"
    arrived_on: date | None
    matchable: bool  # False: no 学籍号 yet (U… key), cannot be found at another school
    arrived_code: str = ""
    arrived_name: str = ""

    def overdue(self, limit: int) -> bool:
        return not self.arrived_at and self.school_days > limit


def school_days_between(after: date, until: date) -> int:
    """National working days in (after, until]."""
    return sum(1 for n in range((until - after).days) if national_workday(after + timedelta(days=n + 1))[0])


def overdue_since(left_on: date, limit: int) -> date:
    """The first day on which a child that left on ``left_on`` has been away more than ``limit`` school days."""
    day, n = left_on, 0
    while n <= limit:
        day += timedelta(days=1)
        n += national_workday(day)[0]
    return day


def _data(value) -> dict:
    return value if isinstance(value, dict) else json.loads(value)


def transfer_states(c: Connection, as_of: date, *, school_code: str | None = None) -> list[Transfer]:
    """Every child transferred out by ``as_of`` (of ``school_code``, or of every school), arrived or not."""
    schools = {s.code: s.name for s in c.execute(select(school_t.c.code, school_t.c.name))}
    last_change: dict[tuple[str, str], tuple[date, dict]] = {}
    arrivals: dict[tuple[str, str], date] = {}
    for (school, _k), d in effective_records(c, "status_change", day_to=as_of).items():
        a = d["a"]
        key, when = (school, a["student"]), date.fromisoformat(a["effective"])
        if key not in last_change or when >= last_change[key][0]:
            last_change[key] = (when, a)
        if a["toStatus"] == "in_school":
            arrivals[key] = max(arrivals.get(key, when), when)
    gone = {key: when for key, (when, a) in last_change.items() if a["toStatus"] == "transferred_out"
            and (school_code is None or key[0] == school_code)}
    wanted = sorted({number for _s, number in gone if not number.startswith("U")})
    on_roll: dict[str, list[tuple[str, dict]]] = {}
    pupils: dict[tuple[str, str], str] = {}
    for i in range(0, len(wanted), 500):  # the 学籍号 index (c0002): only the children transferred out
        for r in c.execute(select(student_t.c.school_code, student_t.c.number, student_t.c.name, student_t.c.data,
                                  student_t.c.status, student_t.c.removed)
                           .where(student_t.c.number.in_(wanted[i:i + 500]))):
            pupils[(r.school_code, r.number)] = r.name
            if r.status == "in_school" and not r.removed:
                on_roll.setdefault(r.number, []).append((r.school_code, _data(r.data)))
    for school, number in gone:
        if number.startswith("U"):
            row = c.execute(select(student_t.c.name).where(student_t.c.school_code == school,
                                                           student_t.c.number == number)).first()
            pupils[(school, number)] = row.name if row else ""
    destination = {(school, d["a"].get("student")): d["a"].get("otherSchool", "")
                   for (school, _k), d in effective_records(c, "approval").items()
                   if d["a"].get("kind") == "transfer_out" and (school_code is None or school == school_code)}
    out = []
    for (school, number), left_on in sorted(gone.items()):
        where, when = "", None
        for other, data in on_roll.get(number, []):
            came = arrivals.get((other, number)) or date.fromisoformat(data["enrolledOn"])
            if other != school and came <= as_of:
                where, when = other, came
        out.append(Transfer(school, schools.get(school, ""), number, pupils.get((school, number), ""), left_on,
                            destination.get((school, number), ""), school_days_between(left_on, when or as_of),
                            f"{schools.get(where, '')}({where})" if where else "", when, not number.startswith("U"),
                            where, schools.get(where, "")))
    return out


def transfers(c: Connection, start: date, end: date) -> tuple[list[Transfer], list[Transfer]]:
    """(in flight on ``end``, arrived between ``start`` and ``end``)."""
    flying, arrived = [], []
    for t in transfer_states(c, end):
        if not t.arrived_at:
            flying.append(t)
        elif t.arrived_on >= start:
            arrived.append(t)
    flying.sort(key=lambda t: (-t.school_days, t.school_code, t.number))
    return flying, arrived
