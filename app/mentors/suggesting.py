"""The suggestion (推荐帮扶教师): a mentor proposed for every uncovered student.

:func:`suggest` proposes a mentor for every uncovered student in one call; see
:func:`plan_suggestions` for the scoring. It is deterministic, says why for each
proposal, and never goes above the maximum while any candidate teacher has room
(so never when a solution exists: any student may be mentored by any teacher, so a
solution within the maximum exists exactly when the free places suffice).
:func:`apply_suggestions` accepts, edits (another teacher) or rejects each one.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from sqlalchemy import or_
from sqlmodel import Session, col, select

from app import audit
from app.accounts import Actor
from app.data.db import core
from app.data.models import SchoolClass, Setting, Staff, Student, TeachingAssignment
from app.errors import ValidationError
from app.mentors import (
    AT_MIN_PENALTY,
    LOAD_PENALTY,
    NEIGHBOURS_KEY,
    SCORE_HEAD,
    SCORE_NEIGHBOUR,
    SCORE_PREVIOUS,
    SCORE_TEACHES,
    SCORE_VILLAGE,
    caseloads,
    previous_mentors,
    require_manage,
    uncovered_rows,
)
from app.mentors.assigning import assign
from app.messages import CLAUSE_SEPARATOR, DEFAULT_LANG, Message, msg
from app.policy import load as load_policy


# --- the suggestion ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A teacher who may mentor: where they live, which classes they head and teach, their caseload."""

    staff_id: int
    name: str
    village: str = ""
    heads: frozenset[int] = frozenset()
    teaches: frozenset[int] = frozenset()
    load: int = 0


@dataclass(frozen=True)
class Need:
    """An uncovered student as the suggestion sees them."""

    student_id: int
    name: str = ""
    class_id: int | None = None
    village: str = ""
    previous_staff_id: int | None = None
    previous_end: date | None = None


@dataclass(frozen=True)
class Suggestion:
    student_id: int
    student_name: str
    class_name: str
    needs: tuple[Message, ...]  # why the child needs a mentor
    staff_id: int | None
    staff_name: str
    reasons: tuple[Message, ...]  # why this teacher
    load_before: int
    load_after: int
    over_max: bool
    score: int

    @property
    def reason_text(self) -> str:
        """Why this teacher, in Chinese, on one line."""
        return self.reason_text_in(DEFAULT_LANG)

    def reason_text_in(self, lang: str) -> str:
        return CLAUSE_SEPARATOR.get(lang, "; ").join(m.in_language(lang) for m in self.reasons)

    def need_text_in(self, lang: str) -> str:
        return CLAUSE_SEPARATOR.get(lang, "; ").join(m.in_language(lang) for m in self.needs)


@dataclass(frozen=True)
class SuggestionSet:
    day: date
    min_caseload: int
    max_caseload: int
    free_places: int
    suggestions: list[Suggestion]

    @property
    def over_max(self) -> list[Suggestion]:
        return [s for s in self.suggestions if s.over_max]


def _penalty(load: int, min_caseload: int) -> int:
    return LOAD_PENALTY * load + (AT_MIN_PENALTY if load >= min_caseload else 0)


def plan_suggestions(needs_: list[Need], candidates: list[Candidate], min_caseload: int, max_caseload: int, *,
                     neighbours: dict[str, set[str]] | None = None,
                     ) -> list[tuple[int, int | None, tuple[str, ...], int, int, bool]]:
    """The core of :func:`suggest`, without the database.

    Affinity of a teacher for a student: last mentor +100, class head teacher +40 (or teacher of the
    class +25), lives in the student's village +30 (or a neighbouring one +15). A teacher's load costs
    4 per student already mentored, and 20 more once the load reaches the minimum, so class teachers and
    neighbours are preferred until they have their share, then the cases spread. Students go in a fixed
    order (those with a last mentor first, then those with the fewest preferred teachers, then by id); each
    takes the best-scoring teacher still below the maximum (ties: lower load, then lower staff id). Only when
    no teacher is below the maximum does a student go to the least-loaded teacher, flagged ``over_max``.

    Returns (student_id, staff_id, reasons, load_before, score, over_max) per need, in the order of ``needs_``.
    """
    neighbours = neighbours or {}
    load = {c.staff_id: max(c.load, 0) for c in candidates}
    by_id = {c.staff_id: c for c in candidates}
    heads: dict[int, list[int]] = defaultdict(list)
    teaches: dict[int, list[int]] = defaultdict(list)
    by_village: dict[str, list[int]] = defaultdict(list)
    for c in sorted(candidates, key=lambda c: c.staff_id):
        for k in c.heads:
            heads[k].append(c.staff_id)
        for k in c.teaches:
            teaches[k].append(c.staff_id)
        if c.village:
            by_village[c.village].append(c.staff_id)

    def affinity(n: Need, sid: int) -> tuple[int, list[Message]]:
        c = by_id[sid]
        pts, why = 0, []
        if n.previous_staff_id == sid:
            pts += SCORE_PREVIOUS
            why.append(msg("mentors.why_previous_until", day=n.previous_end) if n.previous_end else msg("mentors.why_previous"))
        if n.class_id is not None and n.class_id in c.heads:
            pts += SCORE_HEAD
            why.append(msg("mentors.why_head_teacher"))
        elif n.class_id is not None and n.class_id in c.teaches:
            pts += SCORE_TEACHES
            why.append(msg("mentors.why_teaches"))
        if n.village and c.village == n.village:
            pts += SCORE_VILLAGE
            why.append(msg("mentors.why_same_village", village=n.village))
        elif n.village and c.village and c.village in neighbours.get(n.village, ()):
            pts += SCORE_NEIGHBOUR
            why.append(msg("mentors.why_neighbour_village", village=c.village))
        return pts, why

    def options(n: Need) -> list[int]:
        ids = set()
        if n.previous_staff_id in by_id:
            ids.add(n.previous_staff_id)
        if n.class_id is not None:
            ids.update(heads.get(n.class_id, ()))
            ids.update(teaches.get(n.class_id, ()))
        if n.village:
            ids.update(by_village.get(n.village, ()))
            for v in sorted(neighbours.get(n.village, ())):
                ids.update(by_village.get(v, ()))
        return sorted(ids)

    opts = {n.student_id: options(n) for n in needs_}
    order = sorted(needs_, key=lambda n: (0 if n.previous_staff_id in by_id else 1, len(opts[n.student_id]),
                                          n.student_id))
    heap = [(load[sid], sid) for sid in sorted(load)]
    heapq.heapify(heap)

    def least_loaded_below_max() -> int | None:
        while heap:
            ld, sid = heap[0]
            if ld != load[sid] or ld >= max_caseload:
                heapq.heappop(heap)
                continue
            return sid
        return None

    result: dict[int, tuple[int, int | None, tuple[str, ...], int, int, bool]] = {}
    for n in order:
        best = None  # (score, -load, -id, sid, why)
        pool = [sid for sid in opts[n.student_id] if load[sid] < max_caseload]
        spare = least_loaded_below_max()
        if spare is not None and spare not in pool:
            pool.append(spare)
        for sid in pool:
            pts, why = affinity(n, sid)
            key = (pts - _penalty(load[sid], min_caseload), -load[sid], -sid)
            if best is None or key > best[0]:
                best = (key, sid, why)
        over = False
        if best is None:
            if not load:
                result[n.student_id] = (n.student_id, None, (msg("mentors.why_no_staff"),), 0, 0, False)
                continue
            sid = min(load, key=lambda s: (load[s], s))
            pts, why = affinity(n, sid)
            best = ((pts - _penalty(load[sid], min_caseload), -load[sid], -sid), sid, why)
            over = True
        (score, _, _), sid, why = best
        before = load[sid]
        why = list(why)
        if before < min_caseload:
            why.append(msg("mentors.why_below_minimum", load=before, minimum=min_caseload))
        elif not why:
            why.append(msg("mentors.why_balanced", load=before))
        if over:
            why.append(msg("mentors.why_all_full", maximum=max_caseload))
        load[sid] = before + 1
        if not over:
            heapq.heappush(heap, (load[sid], sid))
        result[n.student_id] = (n.student_id, sid, tuple(why), before, score, over)
    return [result[n.student_id] for n in needs_]


def neighbour_villages(session: Session) -> dict[str, set[str]]:
    """Village → villages counted as near it (symmetric), as the school entered them."""
    row = session.get(Setting, NEIGHBOURS_KEY)
    out: dict[str, set[str]] = defaultdict(set)
    for a, b in (row.value if row and row.value else []):
        out[a].add(b)
        out[b].add(a)
    return dict(out)


def set_neighbour_villages(session: Session, actor: Actor, pairs: Iterable[tuple[str, str]]) -> int:
    """Which villages are near each other (for home visits). Replaces the list; audited. Returns the pair count."""
    require_manage(actor, "设置邻近村")
    clean = sorted({tuple(sorted((a.strip(), b.strip()))) for a, b in pairs if a.strip() and b.strip()
                    and a.strip() != b.strip()})
    row = session.get(Setting, NEIGHBOURS_KEY) or Setting(key=NEIGHBOURS_KEY)
    before = row.value
    row.value = [list(p) for p in clean]
    session.add(row)
    audit.record(session, actor, "mentor.neighbours", "setting", None, before={"pairs": before},
                 after={"pairs": row.value}, summary=f"设置邻近村({len(clean)} 对)")
    return len(clean)


def candidates(session: Session, day: date, staff_ids: Iterable[int] | None = None) -> list[Candidate]:
    """Active staff who head or teach an active class or mentor already (or exactly ``staff_ids``)."""
    conn = core(session)  # plain rows: every member of staff of a big school
    staff = conn.execute(select(Staff.id, Staff.name, Staff.village)
                         .where(Staff.active == True,  # noqa: E712
                                or_(col(Staff.left_on).is_(None), Staff.left_on > day))).all()
    heads: dict[int, set[int]] = defaultdict(set)
    for cid, sid in conn.execute(select(SchoolClass.id, SchoolClass.head_teacher_id)
                                 .where(SchoolClass.active == True,  # noqa: E712
                                        col(SchoolClass.head_teacher_id).is_not(None))):
        heads[sid].add(cid)
    teaches: dict[int, set[int]] = defaultdict(set)
    for sid, cid in conn.execute(select(TeachingAssignment.staff_id, TeachingAssignment.class_id)
                                 .join(SchoolClass, SchoolClass.id == TeachingAssignment.class_id)
                                 .where(SchoolClass.active == True)):  # noqa: E712
        teaches[sid].add(cid)
    loads = caseloads(session, day)
    wanted = set(staff_ids) if staff_ids is not None else None
    out = []
    for s in sorted(staff, key=lambda s: s.id):
        if wanted is not None:
            if s.id not in wanted:
                continue
        elif not (heads.get(s.id) or teaches.get(s.id) or loads.get(s.id)):
            continue
        out.append(Candidate(s.id, s.name, s.village or "", frozenset(heads.get(s.id, ())),
                             frozenset(teaches.get(s.id, ())), loads.get(s.id, 0)))
    return out


def suggest(session: Session, actor: Actor, day: date | None = None, *,
            staff_ids: Iterable[int] | None = None) -> SuggestionSet:
    """Propose a mentor for every uncovered student (nothing is saved; see :func:`apply_suggestions`)."""
    require_manage(actor)
    day = day or date.today()
    policy = load_policy(session)
    rows = uncovered_rows(session, day)
    cands = candidates(session, day, staff_ids)
    prev = previous_mentors(session, [r.student_id for r in rows], day)
    need_list = [Need(r.student_id, r.student_name, r.class_id, r.village,
                      *(prev[r.student_id] if r.student_id in prev else (None, None))) for r in rows]
    free = sum(max(policy.mentor_max_caseload - c.load, 0) for c in cands)
    planned = plan_suggestions(need_list, cands, policy.mentor_min_caseload, policy.mentor_max_caseload,
                               neighbours=neighbour_villages(session))
    names = {c.staff_id: c.name for c in cands}
    out = []
    for r, (sid, staff_id, why, before, score, over) in zip(rows, planned):
        out.append(Suggestion(r.student_id, r.student_name, r.class_name, r.reasons, staff_id,
                              names.get(staff_id, ""), why, before, before + 1 if staff_id else 0, over, score))
    return SuggestionSet(day, policy.mentor_min_caseload, policy.mentor_max_caseload, free, out)


@dataclass(frozen=True)
class Decision:
    """What the user did with one suggestion: accept (the suggested staff), edit (another staff) or reject (None)."""

    student_id: int
    staff_id: int | None
    over_max_reason: str = ""
    note: str = ""


def apply_suggestions(session: Session, actor: Actor, decisions: Iterable[Decision], day: date) -> list[int]:
    """Create the accepted (or edited) assignments in one transaction; rejected ones are skipped.

    All or nothing: if one is refused (the student got a mentor meanwhile, a caseload above the maximum
    without a reason…) the caller's transaction rolls back and the error names the student.
    """
    require_manage(actor)
    ids = []
    # Those given a reason to go above the maximum come last, whatever the order on screen: the
    # assignments within the maximum are made first, and only the excess needs (and uses) a reason.
    for d in sorted(decisions, key=lambda d: bool(d.over_max_reason)):
        if d.staff_id is None:
            continue
        try:
            ids.append(assign(session, actor, d.student_id, d.staff_id, day, over_max_reason=d.over_max_reason,
                              note=d.note, source="suggested"))
        except ValidationError as e:
            student = session.get(Student, d.student_id)
            raise ValidationError(e.field, "mentors.refused_for_student", who=student.name if student else d.student_id,
                                  reason=e.why) from e
    return ids
