"""The demo school: valid records, realistic rates, accounts, determinism, and never mixing with a real school."""

from __future__ import annotations

import re
from collections import Counter
import pytest
from sqlmodel import func, select

from app import accounts, audit, school, students
from app.accounts import SYSTEM, authenticate
from app.data.db import open_database
from app.data.models import AuditEntry, Guardian, School, SchoolClass, Staff, StatusChange, Student, User
from app.demo import DEMO_PASSWORD, build_demo, ensure_demo
from app.demo import students as demo_students
from app.errors import BaoxueError, ValidationError
from app.paths import DataPaths, demo_data_dir
from tests.conftest import TODAY

_MOBILE = re.compile(r"1[358]\d{9}")


def _build(root, n: int, seed: int = 2026, **kw):
    paths = DataPaths(root)
    kw.setdefault("activity", False)  # the roster alone; test_full_demo_* cover the activity
    info = build_demo(paths, students=n, seed=seed, today=TODAY, **kw)
    return paths, info


@pytest.fixture(scope="module")
def demo200(tmp_path_factory):
    paths, info = _build(tmp_path_factory.mktemp("demo200") / "data", 200)
    db = open_database(paths)
    db.info = info
    yield db
    db.close()


@pytest.fixture(scope="module")
def demo1000(tmp_path_factory):
    paths, info = _build(tmp_path_factory.mktemp("demo1000") / "data", 1000, seed=7)
    db = open_database(paths)
    db.info = info
    yield db
    db.close()


def _roster(paths: DataPaths) -> list[tuple]:
    db = open_database(paths)
    try:
        with db.transaction() as s:
            return [(st.name, st.sex, st.birth_date, st.id_number, st.student_number, st.grade_level, st.village)
                    for st in s.exec(select(Student).order_by(Student.id))]
    finally:
        db.close()


# --- the school ------------------------------------------------------------------------------


def test_demo_school_is_marked_and_placed_in_liuba(demo200):
    info = demo200.info
    with demo200.transaction() as s:
        sch = school.get_school(s)
        assert s.exec(select(func.count()).select_from(School)).one() == 1
    assert sch.is_demo and sch.name == "留坝县马道镇中心学校" == info.school_name
    assert re.fullmatch(r"\d{10}", sch.code) and sch.code == info.school_code
    assert (sch.county_code, sch.county_name, sch.township) == ("610729", "留坝县", "马道镇")
    assert sch.principal_name
    assert info.students == 200 and info.data_dir.name == "data"


def test_classes_have_head_teachers_and_sensible_sizes(demo200):
    with demo200.transaction() as s:
        classes = school.list_classes(s)
        staff = s.exec(select(Staff)).all()
    assert len(classes) == demo200.info.classes == 9  # 200 students: one class per grade, no 复式班
    assert sorted(c.grade_level for c in classes) == list(range(1, 10))
    assert all(c.head_teacher_id and c.head_teacher_name for c in classes)
    assert len({c.head_teacher_id for c in classes}) == len(classes)
    assert all(0 < c.student_count <= 45 for c in classes)
    assert sum(c.student_count for c in classes) == 200
    assert len(staff) == demo200.info.staff >= len(classes) + 4
    assert all(_MOBILE.fullmatch(t.phone) and t.village and len(t.name) >= 2 for t in staff)


def test_bigger_school_has_more_classes_and_a_mixed_grade_class(demo1000):
    with demo1000.transaction() as s:
        classes = school.list_classes(s)
        mixed = [c for c in classes if c.mixed]
        assert len(mixed) == 1 and mixed[0].grade_levels == (1, 2) and "复式班" in mixed[0].name
        grades = {st.grade_level for st in s.exec(select(Student).where(Student.class_id == mixed[0].id))}
    assert grades == {1, 2}
    assert len(classes) >= 2 * 9
    assert all(c.student_count <= 45 for c in classes)
    assert len(classes) == demo1000.info.classes and demo1000.info.staff >= round(1000 / 15)


# --- the students ------------------------------------------------------------------------------


def test_every_student_passes_validation_when_read_back(demo200):
    with demo200.transaction() as s:
        ids = [st.id for st in s.exec(select(Student))]
        inputs = [students.input_of(s, SYSTEM, sid) for sid in ids]
    assert len(inputs) == 200
    for inp in inputs:
        clean, errors = students.check_input(inp, today=TODAY)
        assert errors == [], (inp.name, errors)
        assert 1 <= len(inp.guardians) <= 3
        assert all(_MOBILE.fullmatch(g.phone) for g in inp.guardians if g.phone)


def test_ids_numbers_and_ages_are_consistent(demo200):
    with demo200.transaction() as s:
        rows = s.exec(select(Student)).all()
    id_numbers = [st.id_number for st in rows if st.id_number]
    assert len(id_numbers) == len(set(id_numbers))
    assert len({st.student_number for st in rows}) == len(rows)
    kinds = Counter(st.student_number[0] for st in rows)
    assert kinds["G"] >= 190 and 1 <= kinds["L"] <= 5 and 1 <= kinds["J"] <= 2
    for st in rows:
        if st.student_number.startswith("G"):
            assert st.student_number == "G" + st.id_number
        if st.student_number.startswith("J"):
            assert not st.id_number
        # grade 1 is 6 (or a little older) on the 1st of September of the school year
        age = 2026 - st.birth_date.year - ((st.birth_date.month, st.birth_date.day) > (9, 1))
        assert 5 + st.grade_level <= age <= 7 + st.grade_level, (st.name, st.grade_level, st.birth_date)
        assert st.enrolled_on > st.birth_date and st.enrolled_on <= TODAY
        assert st.township == "马道镇" and st.address.startswith("留坝县马道镇" + st.village)
    areas = Counter(st.id_number[:6] for st in rows if st.id_number)
    assert areas.most_common(1)[0][0] == "610729"
    assert sum(1 for st in rows if st.sex == "1") / len(rows) == pytest.approx(0.52, abs=0.1)
    assert Counter(st.ethnicity for st in rows)["01"] >= 0.9 * len(rows)


def test_focus_group_rates_are_realistic(demo1000):
    with demo1000.transaction() as s:
        rows = s.exec(select(Student)).all()
    n = len(rows)
    rate = lambda pred: sum(1 for st in rows if pred(st)) / n  # noqa: E731
    assert rate(lambda st: st.poor_household) == pytest.approx(0.12, abs=0.02)
    assert rate(lambda st: st.left_behind == 1) == pytest.approx(0.15, abs=0.03)
    assert rate(lambda st: st.left_behind == 2) == pytest.approx(0.10, abs=0.03)
    assert rate(lambda st: st.migrant_child) == pytest.approx(0.03, abs=0.015)
    assert rate(lambda st: st.learning_difficulty) == pytest.approx(0.06, abs=0.02)
    assert rate(lambda st: st.disability_type is not None) == pytest.approx(0.015, abs=0.01)
    assert rate(lambda st: st.orphan) == pytest.approx(0.005, abs=0.004)
    assert 0 < rate(lambda st: st.prisoner_child) <= 0.01
    assert rate(lambda st: st.economic_hardship) == pytest.approx(0.08, abs=0.02)
    assert rate(lambda st: st.only_child) == pytest.approx(0.20, abs=0.04)
    assert len({st.disability_type for st in rows if st.disability_type}) >= 3
    assert any(st.health == "50" for st in rows if st.disability_type)
    boarders = Counter((st.grade_level >= 7) for st in rows if st.boarding == "2")
    assert boarders[True] > 3 * boarders[False]
    # migrant children come from other provinces, the rest mostly from 留坝
    assert all(not st.id_number or not st.id_number.startswith("61") for st in rows if st.migrant_child)


def test_guardians_match_the_childs_situation(demo1000):
    with demo1000.transaction() as s:
        rows = s.exec(select(Student)).all()
        by_student: dict[int, list[Guardian]] = {}
        for g in s.exec(select(Guardian).order_by(Guardian.student_id, Guardian.sort_order)):
            by_student.setdefault(g.student_id, []).append(g)
    for st in rows:
        gs = by_student[st.id]
        assert 1 <= len(gs) <= 3
        assert any(g.lives_with_child for g in gs), st.name
        for g in gs:
            if g.works_away:
                assert g.work_place and not g.lives_with_child
        parents_away = [g for g in gs if g.relation in ("father", "mother") and g.works_away]
        assert len(parents_away) == st.left_behind, (st.name, st.left_behind)
        if st.left_behind == 2:
            assert any(g.relation.startswith("grand") and g.lives_with_child for g in gs)
        if st.orphan:
            assert not any(g.relation in ("father", "mother") for g in gs)


def test_each_student_has_an_entry_in_history_and_audit(demo200):
    with demo200.transaction() as s:
        n = s.exec(select(func.count()).select_from(Student)).one()
        changes = s.exec(select(StatusChange)).all()
        audited = s.exec(select(func.count()).select_from(AuditEntry)
                         .where(AuditEntry.action == "student.create")).one()
    assert len(changes) == n == audited
    assert {c.code for c in changes} <= {"11", "13"} and Counter(c.code for c in changes)["11"] > 0.9 * n



# --- accounts ----------------------------------------------------------------------------------


def test_accounts_log_in_and_class_teachers_see_only_their_class(demo200):
    info = demo200.info
    names = [a[0] for a in info.accounts]
    assert names[:3] == ["admin", "registrar", "principal"]
    assert len(names) == len(set(names)) == 3 + info.classes + 2
    assert all(password == DEMO_PASSWORD for _, _, password in info.accounts)
    with demo200.transaction() as s:
        head_of = {c.head_teacher_id: c for c in school.list_classes(s)}
        users = {u.username: u for u in s.exec(select(User))}
        assert authenticate(s, "admin", DEMO_PASSWORD).has("account.manage")
        assert authenticate(s, "registrar", DEMO_PASSWORD).has("student.edit_all")
        boss = authenticate(s, "principal", DEMO_PASSWORD)
        assert boss.roles == {"principal"} and boss.has("student.view_all")
        principal = s.get(Staff, users["principal"].staff_id)
        assert principal.title == "校长" and principal.name == school.get_school(s).principal_name
        class_teachers = [n for n, roles, _ in info.accounts if "班主任" in roles]
        assert len(class_teachers) == info.classes
        for username in class_teachers:
            assert re.fullmatch(r"[a-z]+\.[a-z]+\d*", username), username
            actor = authenticate(s, username, DEMO_PASSWORD)
            assert actor.roles == {"class_teacher", "teacher"}
            c = head_of[actor.staff_id]
            rows = students.search(s, actor)
            assert len(rows) == c.student_count > 0
            assert {r.class_id for r in rows} == {c.id}
        teachers = [n for n, roles, _ in info.accounts if roles == "任课教师"]
        assert len(teachers) == 2
        for username in teachers:
            actor = authenticate(s, username, DEMO_PASSWORD)
            assert actor.class_ids and {r.class_id for r in students.search(s, actor)} <= actor.class_ids


# --- determinism and safety ------------------------------------------------------------------------


def test_same_seed_gives_the_same_school(tmp_path):
    a, _ = _build(tmp_path / "a", 120, seed=11)
    b, _ = _build(tmp_path / "b", 120, seed=11)
    c, _ = _build(tmp_path / "c", 120, seed=12)
    assert _roster(a) == _roster(b)
    assert _roster(a) != _roster(c)


def test_bulk_path_writes_exactly_what_the_service_path_writes(tmp_path, monkeypatch):
    def dump(paths):
        db = open_database(paths)
        try:
            with db.transaction() as s:
                skip = {"created_at", "updated_at", "recorded_at", "at"}
                plain = lambda o: {k: v for k, v in o.model_dump().items() if k not in skip}  # noqa: E731
                return ([plain(x) for x in s.exec(select(Student).order_by(Student.id))],
                        [plain(x) for x in s.exec(select(Guardian).order_by(Guardian.id))],
                        [plain(x) for x in s.exec(select(StatusChange).order_by(StatusChange.id))],
                        [(e.entity_id, e.summary, e.after) for e in s.exec(
                            select(AuditEntry).where(AuditEntry.action == "student.create").order_by(AuditEntry.id))])
        finally:
            db.close()

    service, _ = _build(tmp_path / "service", 150, seed=5)
    monkeypatch.setattr(demo_students, "BULK_THRESHOLD", 0)
    bulk, _ = _build(tmp_path / "bulk", 150, seed=5)
    assert dump(service) == dump(bulk)


def test_refuses_to_build_over_a_real_school(paths):
    db = open_database(paths)
    with db.transaction() as s:
        school.setup_school(s, code="3161000123", name="马道镇真实小学", county_code="610729",
                            admin_username="admin", admin_password="real-pass-1", today=TODAY)
    db.close()
    for replace in (False, True):
        with pytest.raises(ValidationError, match="真实学校") as err:
            build_demo(paths, students=50, today=TODAY, replace=replace)
        assert "马道镇真实小学" in str(err.value)
    with pytest.raises(ValidationError, match="真实学校"):
        ensure_demo(paths, students=50, today=TODAY)
    db = open_database(paths)
    with db.transaction() as s:
        assert [x.name for x in s.exec(select(School))] == ["马道镇真实小学"]
        assert s.exec(select(func.count()).select_from(Student)).one() == 0
    db.close()


def test_existing_demo_is_only_rebuilt_with_replace(paths):
    build_demo(paths, students=60, seed=1, today=TODAY)
    with pytest.raises(ValidationError, match="已有演示学校"):
        build_demo(paths, students=60, seed=1, today=TODAY)
    info = build_demo(paths, students=80, seed=2, today=TODAY, replace=True)
    assert info.students == 80
    db = open_database(paths)
    with db.transaction() as s:
        assert s.exec(select(func.count()).select_from(School)).one() == 1
        assert s.exec(select(func.count()).select_from(Student)).one() == 80
        assert s.exec(select(func.count()).select_from(User).where(User.username == "admin")).one() == 1
    db.close()


def test_progress_is_reported_and_cancel_rolls_everything_back(paths):
    calls = []

    def cancel_in_students(done, total, label):
        calls.append((done, total, label))
        return False if "学生" in label else None

    with pytest.raises(BaoxueError, match="已取消"):
        build_demo(paths, students=100, today=TODAY, progress=cancel_in_students)
    assert any("班级" in label for _, _, label in calls)
    db = open_database(paths)
    with db.transaction() as s:
        assert school.get_school(s) is None
        assert s.exec(select(func.count()).select_from(SchoolClass)).one() == 0
    db.close()

    seen = []
    info = build_demo(paths, students=100, today=TODAY, progress=lambda d, t, label: seen.append((d, t)))
    assert info.students == 100
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1][0] == seen[-1][1]


def test_students_count_is_checked(paths):
    with pytest.raises(ValidationError, match="学生人数"):
        build_demo(paths, students=0, today=TODAY)


def test_ensure_demo_builds_once_then_reads_back():
    first = ensure_demo(students=60, today=TODAY)
    assert first.data_dir == demo_data_dir()
    again = ensure_demo(students=999, today=TODAY)  # not rebuilt
    assert (again.school_name, again.school_code, again.students, again.classes, again.staff) == (
        first.school_name, first.school_code, 60, first.classes, first.staff)
    assert [a[0] for a in again.accounts] == [a[0] for a in first.accounts]
    assert again.accounts[0] == ("admin", "系统管理员", DEMO_PASSWORD)


def test_default_size_builds_600_students_with_a_mixed_class(tmp_path):
    paths, info = _build(tmp_path / "d", 600)
    assert info.students == 600 and info.staff == 40
    assert 17 <= info.classes <= 21
    db = open_database(paths)
    with db.transaction() as s:
        assert sum(1 for c in school.list_classes(s) if c.mixed) == 1
    db.close()


# --- the whole demo: every capability with data ----------------------------------------------


@pytest.fixture(scope="module")
def full_demo(tmp_path_factory):
    paths = DataPaths(tmp_path_factory.mktemp("full") / "data")
    info = build_demo(paths, students=300, seed=2026, today=TODAY)
    db = open_database(paths)
    db.info = info
    yield db
    db.close()


def test_full_demo_has_a_term_of_roll_calls_and_alerts_at_every_stage(full_demo):
    from app.data.models import AbsenceAlert, AbsenceCase, AttendanceSheet

    with full_demo.transaction() as s:
        sheets = s.exec(select(func.count()).select_from(AttendanceSheet)).one()
        levels = set(s.exec(select(AbsenceAlert.level).where(AbsenceAlert.status == "open")).all())
        stages = set(s.exec(select(AbsenceCase.stage)).all())
    assert sheets > 40 * 9  # every class, every school day of the term so far
    assert {"alert", "suspected_dropout", "dropout"} <= levels
    assert len(stages) >= 4, stages


def test_full_demo_has_mentors_for_every_child_who_needs_one(full_demo):
    from app.mentors import board

    with full_demo.transaction() as s:
        admin = authenticate(s, "admin", DEMO_PASSWORD)
        board = board.board(s, admin, TODAY)
    assert board.teachers and all(t.load <= t.max_caseload for t in board.teachers if t.load)
    assert len(board.uncovered) <= 1


def test_full_demo_has_requests_in_every_state(full_demo):
    from app.data.approval_models import ApprovalRequest

    with full_demo.transaction() as s:
        states = set(s.exec(select(ApprovalRequest.state)).all())
    assert {"draft", "submitted", "approved", "rejected", "reported", "acknowledged", "cancelled"} <= states


def test_full_demo_has_printed_pledges_and_most_came_back(full_demo):
    from app.data.document_models import Pledge

    with full_demo.transaction() as s:
        rows = s.exec(select(Pledge)).all()
    assert len(rows) >= 20
    returned = [p for p in rows if p.returned_on is not None]
    assert 0 < len(returned) < len(rows)  # the class teachers still chase the missing ones
    assert any(not p.signed for p in returned)


def test_full_demo_audit_log_is_one_unbroken_chain(full_demo):
    """Backdated roll-call entries and all: the built school passes ``db check``'s chain and account checks."""
    with full_demo.session() as s:
        check = audit.verify_chain(s)
        assert check.ok, check.text
        assert check.entries == s.exec(select(func.count()).select_from(AuditEntry)).one() > 1000
        assert accounts.check_accounts(s) == []


def test_full_demo_roll_call_counts_agree_with_the_roll(full_demo):
    """Issue #14: sheets stored counts that disagreed with the roll after a backdated status change."""
    from app import attendance as att
    from app.data.models import AttendanceMark, AttendanceSheet

    with full_demo.session() as s:
        marks: dict[int, list[tuple[int, str]]] = {}
        for m in s.exec(select(AttendanceMark)):
            marks.setdefault(m.sheet_id, []).append((m.student_id, m.mark))
        wrong = []
        for sh in s.exec(select(AttendanceSheet)):
            on_roll = {p.id for p in att.roster(s, sh.class_id, sh.day)}
            present = att.count_present(len(on_roll), [mk for sid, mk in marks.get(sh.id, []) if sid in on_roll])
            if (sh.enrolled, sh.present) != (len(on_roll), present):
                wrong.append((sh.class_id, sh.day, sh.enrolled, sh.present, len(on_roll), present))
    assert wrong == []
