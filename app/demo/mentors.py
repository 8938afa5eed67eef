"""Demo stage for mentors: every child who needs one gets a mentor, a plan with the "five ones",
review dates, a few contacts, and the disabled children some home teaching.

``populate_demo(session, rng, today, actor=SYSTEM)`` runs after the demo's students (and, when
present, its attendance and cases). Everything goes through :mod:`app.mentors` and
:mod:`app.mentors.home_teaching`, so the same rules and audit apply as for hand-entered data.

Mentors: ``ceil(n / 7)`` teachers (class head teachers first) share the ``n`` children who
need one, through the real suggestion, so caseloads land around 6–8.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlmodel import Session, select

from app import cases, mentors
from app.accounts import SYSTEM, Actor
from app.data.models import Guardian, SchoolClass, Student
from app.mentors import assigning, home_teaching, planning, suggesting
from app.school_calendar import load_calendar

SITUATIONS = [
    "父母常年在外务工,孩子与爷爷奶奶生活;爷爷身体不好,家务多由孩子承担。",
    "建档立卡贫困户,父亲务农,母亲在镇上打零工,家中有两个孩子上学。",
    "单亲家庭,母亲在西安务工,孩子寄住在舅舅家,周末回村。",
    "父母在家种植天麻和木耳,对孩子学习关心不够,晚上很少辅导作业。",
    "随父母从外县迁来,普通话和基础较弱,刚到班上朋友不多。",
]
RISKS = [
    "数学基础差,近期作业常不交,有厌学苗头;隔代监护,管教不力。",
    "家里农忙时常被留在家帮忙,请假次数偏多。",
    "性格内向,与同学交往少;父母外出后情绪低落。",
    "家庭经济困难,孩子曾说想早点出去打工。",
]
HABITS = ["每天按时到校、不迟到", "每天整理书包和课桌", "每天睡前读书二十分钟", "作业当天完成"]
SHORTCOMINGS = ["上课爱走神", "作业字迹潦草", "遇到难题就放弃", "与同学说话不文明"]
SUBJECTS = ["数学", "语文", "英语", "科学"]
HOBBIES = ["乒乓球", "书法", "绘画", "篮球", "合唱", "剪纸"]
BOOKS = ["《草房子》", "《小英雄雨来》", "《西游记》(少儿版)", "《昆虫记》", "《城南旧事》", "《爱的教育》"]
CONDITIONS = ["在家写作业,精神状态好", "周末帮爷爷干农活,表示下周按时到校", "和妈妈视频后情绪好了很多",
              "作业完成得比以前认真"]
TEACHING = ["生活自理训练:洗手、穿衣", "认读常用汉字十个", "数数和简单加法", "康复训练:手指精细动作",
            "唱儿歌、听故事"]


@dataclass
class DemoMentorsResult:
    mentors: int = 0
    assignments: int = 0
    plans: int = 0
    reviews: int = 0
    contacts: int = 0
    home_taught: int = 0
    home_sessions: int = 0


def _school_year_start(today: date) -> date:
    return date(today.year if today.month >= 8 else today.year - 1, 9, 1)


def populate_demo(session: Session, rng: random.Random, today: date, actor: Actor = SYSTEM) -> DemoMentorsResult:
    res = DemoMentorsResult()
    start = _school_year_start(today)
    need = mentors.uncovered(session, actor, today)
    if need:
        cands = suggesting.candidates(session, today)
        heads = {c.head_teacher_id for c in session.exec(select(SchoolClass)) if c.head_teacher_id}
        ranked = sorted(cands, key=lambda c: (c.staff_id not in heads, c.staff_id))
        k = min(len(ranked), max(1, math.ceil(len(need) / 7)))
        chosen = [c.staff_id for c in ranked[:k]]
        sug = suggesting.suggest(session, actor, today, staff_ids=chosen)
        for x in sorted(sug.suggestions, key=lambda x: x.over_max):  # within the maximum first
            if x.staff_id is None:
                continue
            student = session.get(Student, x.student_id)
            assigning.assign(session, actor, x.student_id, x.staff_id, max(start, student.enrolled_on),
                           over_max_reason="演示学校教师不足" if x.over_max else "", source="suggested")
            res.assignments += 1
        res.mentors = len({x.staff_id for x in sug.suggestions if x.staff_id})
    cal = load_calendar(session)
    mentees = session.exec(select(Student).where(Student.id.in_(  # type: ignore[union-attr]
        [x.student_id for x in need] or [-1])).order_by(Student.id)).all()
    for i, s in enumerate(mentees):
        staff_id = mentors.current_mentor(session, s.id, today)
        planning.save_plan(session, actor, s.id, planning.PlanInput(
            rng.choice(SITUATIONS), rng.choice(RISKS), rng.choice(["low", "medium", "medium", "high"])))
        begun = max(start, s.enrolled_on) + timedelta(days=rng.randint(3, 20))
        begun = min(begun, today)
        planning.set_five_ones(session, actor, s.id, planning.FiveOnes(
            rng.choice(HABITS), rng.choice(SHORTCOMINGS), rng.choice(SUBJECTS), rng.choice(HOBBIES),
            rng.choice(BOOKS)), begun)
        res.plans += 1
        # a review done last month, the next one due soon — a few of them already overdue
        if rng.random() < 0.85:
            past = max(begun, today - timedelta(days=rng.randint(25, 45)))
            rid = planning.schedule_review(session, actor, s.id, past, "月度复查", today=past)
            nxt = today + timedelta(days=rng.randint(-6, 21))
            planning.complete_review(session, actor, rid, past, "五个一进展正常,继续跟进。", today=past)
            planning.schedule_review(session, actor, s.id, nxt, "月度复查", today=min(nxt, today))
            res.reviews += 2
        if staff_id and rng.random() < 0.5:
            guardian = session.exec(select(Guardian).where(Guardian.student_id == s.id)
                                    .order_by(Guardian.sort_order)).first()
            day = today - timedelta(days=rng.randint(1, 40))
            while not cal.is_school_day(day) and day > start:
                day -= timedelta(days=1)
            form = rng.choice(["phone", "phone", "in_person"])
            planning.log_contact(session, actor, s.id, cases.ContactInput(
                contact_date=day, form=form, staff_id=staff_id,
                contact_time=time(rng.choice([12, 17, 19]), rng.choice([0, 30])),
                guardian_met=guardian.name if guardian else "",
                guardian_relation=guardian.relation if guardian else "",
                purpose="帮扶教师例行联系", student_condition=rng.choice(CONDITIONS),
                measures="继续落实五个一,下周再联系。"), today=today)
            res.contacts += 1
    # home teaching: up to two disabled children who have a mentor
    disabled = [s for s in mentees if s.disability_type and mentors.current_mentor(session, s.id, today)]
    for s in disabled[:2]:
        home_teaching.enrol(session, actor, s.id, max(start, s.enrolled_on), "重度残疾,经评估不能到校随班就读")
        res.home_taught += 1
        teacher = mentors.current_mentor(session, s.id, today)
        first = max(start, s.enrolled_on)
        day = first - timedelta(days=first.weekday())  # the Monday of the first week
        while day <= today:
            week = [d for d in (day + timedelta(days=j) for j in range(7))
                    if first <= d <= today and cal.is_school_day(d)]
            visits = 2 if rng.random() < 0.8 else 1
            for d in sorted(rng.sample(week, min(visits, len(week)))):
                home_teaching.log_session(session, actor, s.id, home_teaching.SessionInput(
                    d, teacher, rng.choice([1, 1.5, 2]), rng.choice(TEACHING)), today=today)
                res.home_sessions += 1
            day += timedelta(days=7)
    return res


__all__ = ["DemoMentorsResult", "populate_demo"]
