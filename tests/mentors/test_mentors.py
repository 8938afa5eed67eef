"""Mentors (issue 5): assignment rules, coverage, the suggestion, handover, the plan, the board."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import select

from app import cases, mentors, school
from app.accounts import SYSTEM
from app.data.mentor_models import MentorAssignment
from app.data.models import AbsenceCase, AuditEntry, Contact
from app.errors import PermissionDenied, ValidationError
from app.mentors import assigning, board, planning, suggesting
from app.students import create_student
from tests.attendance.test_attendance import take
from tests.conftest import TODAY, make_student_input

C3, C4 = "三年级(1)班", "四年级(1)班"


def add(db, class_name, n, *, seq0=1, **extra):
    cid = db.class_ids[class_name]
    with db.transaction() as s:
        return [create_student(s, db.actors["admin"], make_student_input(cid, name=f"学生{seq0 + i}",
                                                                         seq=2 * (seq0 + i) + 1, **extra), today=TODAY)
                for i in range(n)]


def staff_ids(db):
    from app.data.models import Staff

    with db.session() as s:
        return {st.name: st.id for st in s.exec(select(Staff))}


@pytest.fixture
def kids(school_db):
    """Ten poor-household pupils in 三年级(1)班 (village 马道村), two ordinary ones in 四年级(1)班."""
    focus = add(school_db, C3, 10, poor_household=True)
    plain = add(school_db, C4, 2, seq0=50)
    return focus, plain


def test_uncovered_lists_focus_students_with_why(school_db, kids):
    focus, plain = kids
    with school_db.session() as s:
        rows = mentors.uncovered(s, school_db.actors["boss"], TODAY)
    assert [r.student_id for r in rows] == sorted(focus, key=lambda i: rows[[r.student_id for r in rows].index(i)]
                                                  .student_name)
    assert {r.student_id for r in rows} == set(focus)
    assert all("建档立卡贫困户" in r.reason_text for r in rows)


def test_assign_covers_and_is_audited(school_db, kids):
    focus, _ = kids
    t = staff_ids(school_db)
    with school_db.transaction() as s:
        aid = assigning.assign(s, school_db.actors["boss"], focus[0], t["王老师"], TODAY)
    with school_db.session() as s:
        assert mentors.current_mentor(s, focus[0], TODAY) == t["王老师"]
        assert focus[0] not in {r.student_id for r in mentors.uncovered(s, school_db.actors["boss"], TODAY)}
        e = s.exec(select(AuditEntry).where(AuditEntry.action == "mentor.assign")).one()
        assert e.entity_id == aid and "王老师" in e.summary


def test_teacher_may_not_assign(school_db, kids):
    focus, _ = kids
    t = staff_ids(school_db)
    with pytest.raises(PermissionDenied):
        with school_db.transaction() as s:
            assigning.assign(s, school_db.actors["wang"], focus[0], t["王老师"], TODAY)


def test_overlapping_assignment_refused(school_db, kids):
    focus, _ = kids
    t = staff_ids(school_db)
    with school_db.transaction() as s:
        assigning.assign(s, school_db.actors["boss"], focus[0], t["王老师"], TODAY - timedelta(days=30))
    with pytest.raises(ValidationError, match="王老师.*只能有一位帮扶教师"):
        with school_db.transaction() as s:
            assigning.assign(s, school_db.actors["boss"], focus[0], t["李老师"], TODAY)


def test_mentor_who_left_is_refused(school_db, kids):
    focus, _ = kids
    t = staff_ids(school_db)
    with school_db.transaction() as s:
        school.staff_leaves(s, SYSTEM, t["赵老师"], TODAY - timedelta(days=1))
    with pytest.raises(ValidationError, match="赵老师.*离职"):
        with school_db.transaction() as s:
            assigning.assign(s, school_db.actors["boss"], focus[0], t["赵老师"], TODAY)
    with pytest.raises(ValidationError, match="不存在"):
        with school_db.transaction() as s:
            assigning.assign(s, school_db.actors["boss"], focus[0], 99999, TODAY)


def test_above_maximum_needs_a_reason_and_is_audited(school_db):
    focus = add(school_db, C3, 9, poor_household=True)
    t = staff_ids(school_db)
    with school_db.transaction() as s:
        for k in focus[:8]:
            assigning.assign(s, school_db.actors["boss"], k, t["王老师"], TODAY)
    with pytest.raises(ValidationError, match="超过上限 8"):
        with school_db.transaction() as s:
            assigning.assign(s, school_db.actors["boss"], focus[8], t["王老师"], TODAY)
    with school_db.transaction() as s:
        aid = assigning.assign(s, school_db.actors["boss"], focus[8], t["王老师"], TODAY,
                             over_max_reason="同村,只有王老师能家访")
    with school_db.session() as s:
        assert s.get(MentorAssignment, aid).over_max_reason == "同村,只有王老师能家访"
        e = s.exec(select(AuditEntry).where(AuditEntry.entity_id == aid, AuditEntry.action == "mentor.assign")).one()
        assert "超出上限" in e.summary and "只有王老师能家访" in e.summary
        b = board.board(s, school_db.actors["boss"], TODAY)
        wang = next(x for x in b.teachers if x.name == "王老师")
        assert wang.load == 9 and wang.state == "over"


def test_open_alert_needs_a_mentor(school_db):
    (kid,) = add(school_db, C4, 1)
    for d in (date(2026, 11, 25), date(2026, 11, 26)):
        take(school_db, "li", C4, d, {kid: ("absent", "")}, today=TODAY)
    with school_db.session() as s:
        need = mentors.needs(s, TODAY)
    assert kid in need and "无故缺勤" in need[kid][0]


@pytest.mark.parametrize("status", ["tuopin", "monitor"])
def test_household_status_alone_needs_a_mentor(school_db, status):
    # 脱贫户 and 防返贫监测户 are the successors of 建档立卡 (domain.md §10): the core goal's children
    (kid,) = add(school_db, C4, 1, household_status=status)
    (plain,) = add(school_db, C4, 1, seq0=60)
    with school_db.session() as s:
        need = mentors.needs(s, TODAY)
        rows = mentors.uncovered(s, school_db.actors["boss"], TODAY)
    assert kid in need and plain not in need
    assert need[kid] == ["重点群体:脱贫户/防返贫监测户"]
    assert [r.student_id for r in rows] == [kid]


def test_case_goes_to_the_mentor(school_db):
    (kid,) = add(school_db, C4, 1)
    t = staff_ids(school_db)
    with school_db.transaction() as s:
        assigning.assign(s, school_db.actors["boss"], kid, t["赵老师"], TODAY - timedelta(days=10))
    for d in (date(2026, 11, 25), date(2026, 11, 26)):
        take(school_db, "li", C4, d, {kid: ("absent", "")}, today=TODAY)
    with school_db.session() as s:
        case = s.exec(select(AbsenceCase).where(AbsenceCase.student_id == kid)).one()
    assert case.assigned_staff_id == t["赵老师"]


# --- suggestion -------------------------------------------------------------------------------


def test_suggest_prefers_class_teacher_and_village_and_explains(school_db, kids):
    focus, _ = kids
    with school_db.session() as s:
        sug = suggesting.suggest(s, school_db.actors["boss"], TODAY)
    by = {x.student_id: x for x in sug.suggestions}
    assert set(by) == set(focus)
    t = staff_ids(school_db)
    # 王老师 heads 三年级(1)班 and lives in 马道村 like the pupils: she is first choice up to the minimum
    wang = [x for x in sug.suggestions if x.staff_id == t["王老师"]]
    assert len(wang) >= 6
    assert all("本班班主任" in x.reason_text and "马道村" in x.reason_text for x in wang)
    assert all(x.load_after <= 8 and not x.over_max for x in sug.suggestions)
    assert all(x.reasons for x in sug.suggestions)


def test_suggest_is_deterministic(school_db, kids):
    with school_db.session() as s:
        a = suggesting.suggest(s, school_db.actors["boss"], TODAY)
        b = suggesting.suggest(s, school_db.actors["boss"], TODAY)
    assert a == b


def test_suggest_keeps_last_years_mentor(school_db, kids):
    focus, _ = kids
    t = staff_ids(school_db)
    with school_db.transaction() as s:
        aid = assigning.assign(s, school_db.actors["boss"], focus[0], t["李老师"], date(2025, 9, 1))
        assigning.end_assignment(s, school_db.actors["boss"], aid, date(2026, 7, 10), "other", note="学年结束")
    with school_db.session() as s:
        sug = {x.student_id: x for x in suggesting.suggest(s, school_db.actors["boss"], TODAY).suggestions}
    assert sug[focus[0]].staff_id == t["李老师"] and "保持原帮扶教师" in sug[focus[0]].reason_text


def test_apply_accept_edit_reject(school_db, kids):
    focus, _ = kids
    t = staff_ids(school_db)
    with school_db.session() as s:
        sug = suggesting.suggest(s, school_db.actors["boss"], TODAY).suggestions
    decisions = [suggesting.Decision(sug[0].student_id, sug[0].staff_id),  # accept
                 suggesting.Decision(sug[1].student_id, t["赵老师"]),  # edit
                 suggesting.Decision(sug[2].student_id, None)]  # reject
    with school_db.transaction() as s:
        ids = suggesting.apply_suggestions(s, school_db.actors["boss"], decisions, TODAY)
    assert len(ids) == 2
    with school_db.session() as s:
        assert mentors.current_mentor(s, sug[0].student_id, TODAY) == sug[0].staff_id
        assert mentors.current_mentor(s, sug[1].student_id, TODAY) == t["赵老师"]
        assert mentors.current_mentor(s, sug[2].student_id, TODAY) is None
        assert s.get(MentorAssignment, ids[0]).source == "suggested"


def test_apply_is_all_or_nothing(school_db, kids):
    focus, _ = kids
    t = staff_ids(school_db)
    with school_db.transaction() as s:
        assigning.assign(s, school_db.actors["boss"], focus[1], t["李老师"], TODAY)
    with pytest.raises(ValidationError, match="学生2"):
        with school_db.transaction() as s:
            suggesting.apply_suggestions(s, school_db.actors["boss"], [suggesting.Decision(focus[0], t["王老师"]),
                                                                     suggesting.Decision(focus[1], t["王老师"])], TODAY)
    with school_db.session() as s:
        assert mentors.current_mentor(s, focus[0], TODAY) is None


@settings(max_examples=150, deadline=None)
@given(
    loads=st.lists(st.integers(0, 10), min_size=1, max_size=12),
    n=st.integers(0, 80),
    lo_hi=st.tuples(st.integers(1, 6), st.integers(0, 4)),
    data=st.data(),
)
def test_plan_never_above_maximum_when_a_solution_exists(loads, n, lo_hi, data):
    lo, hi = lo_hi[0], lo_hi[0] + lo_hi[1]
    villages = ["甲村", "乙村", "丙村", ""]
    cands = [suggesting.Candidate(i + 1, f"T{i}", data.draw(st.sampled_from(villages)),
                               frozenset(data.draw(st.sets(st.integers(1, 4), max_size=1))),
                               frozenset(data.draw(st.sets(st.integers(1, 4), max_size=2))), load)
             for i, load in enumerate(loads)]
    needs = [suggesting.Need(100 + j, "", data.draw(st.sampled_from([1, 2, 3, 4, None])),
                          data.draw(st.sampled_from(villages)),
                          data.draw(st.sampled_from([None, *range(1, len(loads) + 2)])))
             for j in range(n)]
    out = suggesting.plan_suggestions(needs, cands, lo, hi, neighbours={"甲村": {"乙村"}, "乙村": {"甲村"}})
    free = sum(max(hi - c.load, 0) for c in cands)
    final = {c.staff_id: c.load for c in cands}
    for _sid, staff, why, before, _score, over in out:
        assert staff is not None and why and before >= 0
        final[staff] += 1
    if n <= free:
        assert not any(o[5] for o in out)
        for c in cands:
            assert final[c.staff_id] <= max(hi, c.load)
    else:
        assert sum(o[5] for o in out) == n - free
    # deterministic
    assert out == suggesting.plan_suggestions(needs, cands, lo, hi, neighbours={"甲村": {"乙村"}, "乙村": {"甲村"}})


@settings(max_examples=60, deadline=None)
@given(n_teachers=st.integers(1, 15), n=st.integers(0, 100))
def test_plan_balances_without_preferences(n_teachers, n):
    cands = [suggesting.Candidate(i + 1, f"T{i}") for i in range(n_teachers)]
    out = suggesting.plan_suggestions([suggesting.Need(1000 + j) for j in range(n)], cands, 6, 8)
    loads = [0] * n_teachers
    for o in out:
        loads[o[1] - 1] += 1
    assert max(loads) - min(loads) <= 1


# --- handover -----------------------------------------------------------------------------------


def test_teacher_leaves_students_reappear_history_stays(school_db, kids):
    focus, _ = kids
    t = staff_ids(school_db)
    with school_db.transaction() as s:
        for k in focus[:3]:
            assigning.assign(s, school_db.actors["boss"], k, t["赵老师"], date(2026, 9, 1))
    with school_db.transaction() as s:
        res = assigning.end_for_staff(s, school_db.actors["reg"], t["赵老师"], TODAY)
    assert len(res.ended) == 3 and all(r.end_reason == "staff_left" for r in res.ended)
    assert {u.student_id for u in res.uncovered} == set(focus[:3])
    assert all(u.previous_mentor_name == "赵老师" for u in res.uncovered)
    with school_db.session() as s:
        hist = assigning.assignments_of_student(s, school_db.actors["boss"], focus[0])
        assert len(hist) == 1 and hist[0].end_date == TODAY and hist[0].end_reason_label == "帮扶教师离职或调走"
        assert mentors.current_mentor(s, focus[0], TODAY) is None
        assert mentors.current_mentor(s, focus[0], TODAY - timedelta(days=1)) == t["赵老师"]
    # a new mentor may start the same day the old one ended
    with school_db.transaction() as s:
        assigning.assign(s, school_db.actors["boss"], focus[0], t["王老师"], TODAY)


def test_transfer_ends_assignment_and_student_not_uncovered(school_db, kids):
    focus, _ = kids
    t = staff_ids(school_db)
    with school_db.transaction() as s:
        assigning.assign(s, school_db.actors["boss"], focus[0], t["王老师"], date(2026, 9, 1))
    with school_db.transaction() as s:
        from app.students import record_status_change

        # the status change itself ends the mentoring (app.students calls assigning.on_status_change)
        record_status_change(s, school_db.actors["reg"], focus[0], "27", TODAY, reason="随父母转学")
    with school_db.session() as s:
        (ended,) = assigning.assignments_of_student(s, school_db.actors["boss"], focus[0])
        assert ended.end_date == TODAY and ended.end_reason == "transferred"
        assert mentors.current_mentor(s, focus[0], TODAY) is None
        assert focus[0] not in {u.student_id for u in mentors.uncovered(s, school_db.actors["boss"], TODAY)}
        assert assigning.on_status_change(s, school_db.actors["reg"], focus[1], "23", TODAY) is None


def test_reassign(school_db, kids):
    focus, _ = kids
    t = staff_ids(school_db)
    with school_db.transaction() as s:
        assigning.assign(s, school_db.actors["boss"], focus[0], t["王老师"], date(2026, 9, 1))
    with school_db.transaction() as s:
        assigning.reassign(s, school_db.actors["boss"], focus[0], t["李老师"], TODAY, note="王老师休产假")
    with school_db.session() as s:
        hist = assigning.assignments_of_student(s, school_db.actors["boss"], focus[0])
    assert [(h.staff_name, h.end_reason) for h in hist] == [("王老师", "reassigned"), ("李老师", "")]


# --- board and visibility --------------------------------------------------------------------------


def test_board_and_teacher_sees_only_own(school_db, kids):
    focus, _ = kids
    t = staff_ids(school_db)
    with school_db.transaction() as s:
        assigning.assign(s, school_db.actors["boss"], focus[0], t["赵老师"], TODAY)
        assigning.assign(s, school_db.actors["boss"], focus[1], t["王老师"], TODAY)
    with school_db.session() as s:
        b = board.board(s, school_db.actors["boss"], TODAY)
        assert b.needing == 10 and b.covered == 2 and len(b.uncovered) == 8
        assert {x.name: x.load for x in b.teachers}["赵老师"] == 1
        mine = board.my_mentees(s, school_db.actors["zhao"], TODAY)
        assert [m.student_id for m in mine] == [focus[0]]
        with pytest.raises(PermissionDenied):
            board.mentees_of(s, school_db.actors["zhao"], t["王老师"], TODAY)
        with pytest.raises(PermissionDenied):
            board.board(s, school_db.actors["zhao"], TODAY)


# --- the plan ---------------------------------------------------------------------------------------


def test_plan_five_ones_reviews_and_shared_contact_log(school_db, kids):
    focus, _ = kids
    t = staff_ids(school_db)
    kid = focus[0]
    with school_db.transaction() as s:
        assigning.assign(s, school_db.actors["boss"], kid, t["赵老师"], date(2026, 9, 1))
    zhao = school_db.actors["zhao"]
    with school_db.transaction() as s:
        planning.save_plan(s, zhao, kid, planning.PlanInput("父母在外务工,与奶奶生活", "数学跟不上,有厌学情绪", "medium"))
        planning.set_five_ones(s, zhao, kid, planning.FiveOnes(habit="每天按时到校", shortcoming="上课不走神",
                                                              subject="数学", hobby="乒乓球", book="《草房子》"),
                              TODAY)
        r1 = planning.schedule_review(s, zhao, kid, TODAY + timedelta(days=3), "月度复查", today=TODAY)
    with school_db.transaction() as s:  # replacing one of the five ones keeps the old one as history
        planning.add_measure(s, zhao, kid, "book", "《小英雄雨来》", TODAY)
        cid = planning.log_contact(s, zhao, kid, cases.ContactInput(TODAY, form="phone",
                                                                  student_condition="在家写作业,状态好"), today=TODAY)
    with school_db.session() as s:
        assert s.get(Contact, cid).case_id is None  # the case file's own table, no copy
        assert [c.id for c in cases.contacts_of_student(s, kid)] == [cid]
        plan = planning.get_plan(s, zhao, kid, TODAY)
        assert plan.five_ones["book"].content == "《小英雄雨来》" and plan.five_ones["subject"].content == "数学"
        assert [m.status for m in plan.measures if m.kind == "book"] == ["dropped", "active"]
        assert [c.id for c in plan.contacts] == [cid]
        assert plan.mentor_name == "赵老师" and plan.risk_level_label == "中" and plan.can_edit
        assert any("建档立卡" in str(f) for f in plan.risk_facts)
        due = planning.reviews_due(s, zhao, TODAY)
        assert [r.id for r in due] == [r1] and not due[0].overdue
        assert planning.reviews_due(s, zhao, TODAY + timedelta(days=5))[0].overdue
        assert planning.reviews_due(s, school_db.actors["li"], TODAY + timedelta(days=5)) == []
    with school_db.transaction() as s:
        nxt = planning.complete_review(s, zhao, r1, TODAY, "数学有进步", next_due=TODAY + timedelta(days=30),
                                      today=TODAY)
    with school_db.session() as s:
        assert [r.id for r in planning.reviews_due(s, zhao, TODAY + timedelta(days=30))] == [nxt]


def test_plan_permissions(school_db, kids):
    focus, plain = kids
    with pytest.raises(PermissionDenied):
        with school_db.transaction() as s:  # 赵老师 teaches 三年级 but is neither mentor nor head teacher
            planning.save_plan(s, school_db.actors["zhao"], focus[0], planning.PlanInput("x"))
    with pytest.raises(PermissionDenied):
        with school_db.session() as s:
            planning.get_plan(s, school_db.actors["wang"], plain[0], TODAY)
    with school_db.transaction() as s:  # the class head teacher may
        planning.save_plan(s, school_db.actors["wang"], focus[0], planning.PlanInput("情况"))
    with pytest.raises(ValidationError, match="复查日期"):
        with school_db.transaction() as s:
            planning.schedule_review(s, school_db.actors["wang"], focus[0], TODAY - timedelta(days=1), today=TODAY)


def test_neighbour_villages_count_as_near(school_db):
    (kid,) = add(school_db, C4, 1, village="青桥村", poor_household=True)
    t = staff_ids(school_db)
    with school_db.transaction() as s:
        suggesting.set_neighbour_villages(s, school_db.actors["boss"], [("马道村", "青桥村")])
        # 李老师 (head, lives in 青桥村) is full, so the choice is between 王老师 (马道村, near) and 赵老师
        for k in add_in(s, school_db, 8):
            assigning.assign(s, school_db.actors["boss"], k, t["李老师"], TODAY)
    with school_db.session() as s:
        sug = {x.student_id: x for x in suggesting.suggest(s, school_db.actors["boss"], TODAY).suggestions}
    assert sug[kid].staff_id == t["王老师"] and "邻近" in sug[kid].reason_text


def add_in(s, db, n):
    cid = db.class_ids[C4]
    return [create_student(s, db.actors["admin"], make_student_input(cid, name=f"乙{i}", seq=2 * (200 + i) + 1),
                           today=TODAY) for i in range(n)]


def test_apply_suggestions_uses_the_reason_only_for_the_excess_whatever_the_order(school_db, kids):
    """The screen may list an over-maximum suggestion before others of the same teacher."""
    focus, _ = kids
    t = staff_ids(school_db)
    from app import policy

    with school_db.transaction() as s:
        limit = policy.load(s).mentor_max_caseload
    assert len(focus) > limit
    students = focus[: limit + 1]
    decisions = [suggesting.Decision(students[-1], t["王老师"], over_max_reason="本村只有王老师")] + \
                [suggesting.Decision(sid, t["王老师"]) for sid in students[:-1]]
    with school_db.transaction() as s:
        ids = suggesting.apply_suggestions(s, school_db.actors["boss"], decisions, TODAY)
    assert len(ids) == limit + 1
