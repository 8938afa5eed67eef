"""Demo stage for the case file: the alerts left by the demo attendance become cases at different stages.

``populate_demo(session, actor, rng, today)`` runs after the demo's attendance
(and its alert recompute). Every record goes through :mod:`app.cases`, so the
same rules, permissions and audit apply as for a hand-entered case; the actor
must be allowed to change a student's status (the demo builder's ``SYSTEM``).

What it makes, as far as the alerts allow (most serious alerts first):

* one registered **dropout still out**: visits, a written report, persuasion
  attempts by both lines, the township's deadline-to-return notice, the
  dropout registration (status change 28) and its open persuasion ledger;
* suspected dropouts under **persuasion**, with a township notice;
* one child **returned** after a home visit and a report (case closed);
* cases with the **report sent**, cases with only the **visit done**, and the
  rest left at the alert stage (some of them overdue, as in real life).
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from sqlmodel import Session, select

from app import cases
from app.accounts import Actor
from app.data.models import AbsenceAlert, AbsenceCase, Guardian, School, Staff, Student
from app.school_calendar import Calendar, load_calendar

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何罗高林"
GIVEN = ["建国", "志强", "海燕", "德明", "秀兰", "永红", "国平", "春梅", "文斌", "小军", "金花", "长林"]

REASONS_LEFT = [
    ("随父母到浙江宁波务工地生活,未办理转学手续", "浙江省宁波市鄞州区(父母务工地)"),
    ("父母外出务工,在家照看年幼的弟妹和生病的奶奶", "在家(本村)"),
    ("厌学,沉迷手机游戏,不愿到校", "在家(本村)"),
    ("跟随亲戚到西安打零工", "陕西省西安市(亲戚处)"),
]
FAMILY = [
    "父母在外务工,孩子与年迈的爷爷奶奶生活,家庭收入主要靠务工和种植核桃、木耳。",
    "建档立卡贫困户,父亲腿有残疾,母亲在镇上打零工,家中有三个孩子。",
    "单亲家庭,母亲常年在外务工,孩子由外婆照顾,外婆不识字。",
    "父母在家务农,种植天麻、养蜂,家中兄妹两人,哥哥已外出打工。",
]
CONDITIONS = [
    "孩子在家,身体无恙;自述上学跟不上,不想去学校。",
    "孩子在家帮忙干农活,精神状态较好,表示愿意回校但怕同学笑话。",
    "孩子不在家,据爷爷说去镇上网吧了,当晚在网吧找到。",
    "孩子发烧两天,未向学校请假,家长以为不用请假。",
]
PROBLEMS = [
    "监护人对义务教育法不了解,认为孩子不上学没关系;缺勤期间未向学校请假。",
    "隔代监护,监护人管不住孩子;孩子数学、英语基础差,有厌学情绪。",
    "家庭经济困难,孩子觉得早点打工可以帮家里。",
]
MEASURES = [
    "向监护人宣讲《义务教育法》和控辍保学政策;安排班主任每周电话联系一次;数学老师每天课后辅导半小时。",
    "落实营养改善计划和寄宿生生活补助;安排同村同学结对上学;班主任周五再次家访。",
    "与在外务工的父亲视频通话,父亲同意下周一送孩子返校;学校减免课外资料费。",
]
OPINIONS = [
    "同意明天送孩子到校,今后孩子不去上学会及时告诉老师。",
    "表示会配合学校,但孩子不听话,希望老师多做工作。",
    "家长认为孩子读书没用,暂不同意返校。",
]
ACTIONS = [
    "镇村干部和校长、班主任一起入户,宣讲义务教育法律法规,讲明监护人的法定责任,了解孩子的想法。",
    "与在外务工的父母电话沟通,讲明随迁子女可在务工地入学,也可回原籍就读;镇政府承诺协调解决寄宿。",
    "包村干部再次上门,学校承诺为孩子制订补课计划,安排心理老师谈心。",
]


@dataclass
class DemoCasesResult:
    stages: dict[str, int] = field(default_factory=dict)
    contacts: int = 0
    reports: int = 0
    attempts: int = 0
    notices: int = 0
    dropouts: int = 0
    returned: int = 0


class _Demo:
    def __init__(self, session: Session, actor: Actor, rng: random.Random, today: date, calendar: Calendar):
        self.s, self.actor, self.rng, self.today, self.cal = session, actor, rng, today, calendar
        self.result = DemoCasesResult()
        school = session.exec(select(School)).first()
        self.township = (school.township if school and school.township else "马道镇")
        self.county = (school.county_name if school and school.county_name else "留坝县")
        self.principal = (school.principal_name if school and school.principal_name else self.person())

    def person(self) -> str:
        return self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)

    def day_after(self, day: date, n: int) -> date:
        """``n`` school days after ``day``, never after today."""
        try:
            d = self.cal.add_school_days(day, n)
        except Exception:
            d = day
        return min(d, self.today)

    def teacher_of(self, case: AbsenceCase) -> str:
        staff = self.s.get(Staff, case.assigned_staff_id) if case.assigned_staff_id else None
        return staff.name if staff else "班主任"

    # the steps ------------------------------------------------------------------------
    def visit(self, case: AbsenceCase, alert: AbsenceAlert, day: date, *, form: str = "in_person") -> None:
        student = self.s.get(Student, case.student_id)
        guardian = self.s.exec(select(Guardian).where(Guardian.student_id == student.id)
                               .order_by(Guardian.sort_order)).first()
        village = student.village or "本村"
        cases.record_contact(self.s, self.actor, case.id, cases.ContactInput(
            contact_date=day, form=form, contact_time=time(self.rng.choice([16, 17, 18, 19]), self.rng.choice([0, 30])),
            staff_id=case.assigned_staff_id, companions=f"{village}村委会委员 {self.person()}" if form == "in_person" else "",
            guardian_met=guardian.name if guardian else "", guardian_relation=guardian.relation if guardian else "",
            family_situation=self.rng.choice(FAMILY),
            purpose=f"{student.name}自 {alert.first_absent_day} 起无故缺勤,核实情况,动员返校",
            student_condition=self.rng.choice(CONDITIONS), problems=self.rng.choice(PROBLEMS),
            measures=self.rng.choice(MEASURES), guardian_opinion=self.rng.choice(OPINIONS)), today=self.today)
        self.result.contacts += 1

    def report(self, case: AbsenceCase, alert: AbsenceAlert, day: date, kind: str = "absence") -> None:
        student = self.s.get(Student, case.student_id)
        cases.record_report(
            self.s, self.actor, case.id, day, [f"{self.township}人民政府", f"{self.county}教育局"],
            reference=f"校控辍〔{day.year}〕{self.rng.randint(3, 40)}号", kind=kind,
            content=f"我校学生{student.name}自 {alert.first_absent_day} 起连续无故缺勤 {alert.days_absent:g} 个上学日,"
                    f"班主任已入户家访,现将有关情况报告如下,请协助做好劝返工作。",
            today=self.today)
        self.result.reports += 1

    def persuade(self, case: AbsenceCase, day: date, result: str) -> None:
        student = self.s.get(Student, case.student_id)
        people = [cases.Participant("township", f"{self.person()}(包村干部)"),
                  cases.Participant("village", f"{self.person()}({student.village or '本村'}村支书)"),
                  cases.Participant("principal", self.principal),
                  cases.Participant("teacher", self.teacher_of(case))]
        cases.record_persuasion(self.s, self.actor, case.id, day, people, self.rng.choice(ACTIONS), result=result,
                                today=self.today)
        self.result.attempts += 1

    def notice(self, case: AbsenceCase, day: date) -> None:
        try:
            deadline = self.cal.add_school_days(day, 5)  # five school days to bring the child back
        except Exception:
            deadline = day + timedelta(days=7)
        cases.record_notice(self.s, self.actor, case.id, day, deadline, f"{self.township}人民政府",
                            reference=f"{self.township[:2]}政限返〔{day.year}〕{self.rng.randint(1, 9)}号",
                            today=self.today)
        self.result.notices += 1

    # the scenarios ------------------------------------------------------------------------
    def dropout_still_out(self, case: AbsenceCase, alert: AbsenceAlert) -> None:
        v = min(alert.visit_due, self.today)
        self.visit(case, alert, max(v, alert.first_absent_day))
        self.report(case, alert, max(min(alert.report_due, self.today), alert.raised_on))
        p1 = self.day_after(max(alert.report_due, alert.raised_on), 1)
        self.persuade(case, max(p1, alert.raised_on), "家长仍不同意返校")
        self.notice(case, max(p1, alert.raised_on))
        reason, where = self.rng.choice(REASONS_LEFT)
        day = max(self.day_after(p1, 2), alert.first_absent_day)
        cases.register_dropout(self.s, self.actor, case.id, day, reason, whereabouts=where,
                               family_refused=alert.level != "dropout", today=self.today)
        self.result.dropouts += 1
        self.report(case, alert, day, kind="dropout")
        self.persuade(case, day, "孩子表示考虑,家长同意学期结束前再商量")

    def persuasion(self, case: AbsenceCase, alert: AbsenceAlert) -> None:
        self.visit(case, alert, max(min(alert.visit_due, self.today), alert.first_absent_day))
        self.report(case, alert, max(min(alert.report_due, self.today), alert.raised_on))
        day = max(self.day_after(alert.report_due, 1), alert.raised_on)
        self.persuade(case, day, "家长答应做孩子工作")
        self.notice(case, day)

    def returned(self, case: AbsenceCase, alert: AbsenceAlert, back: date) -> None:
        self.visit(case, alert, max(min(alert.visit_due, back), alert.first_absent_day))
        self.report(case, alert, max(min(alert.report_due, back), alert.raised_on))
        cases.record_return(self.s, self.actor, case.id, back, "经家访动员,学生已返校上课", today=self.today)
        self.result.returned += 1

    def reported(self, case: AbsenceCase, alert: AbsenceAlert) -> None:
        self.visit(case, alert, max(min(alert.visit_due, self.today), alert.first_absent_day))
        self.report(case, alert, max(min(alert.report_due, self.today), alert.raised_on))

    def visited(self, case: AbsenceCase, alert: AbsenceAlert) -> None:
        self.visit(case, alert, max(min(alert.visit_due, self.today), alert.first_absent_day))
        if self.rng.random() < 0.5:
            self.visit(case, alert, max(min(alert.visit_due, self.today), alert.first_absent_day), form="phone")


def _back_day(cal: Calendar, alert: AbsenceAlert, today: date) -> date | None:
    """The school day after the last absence, if it is not after today (the child came back)."""
    nxt = None
    d = alert.last_absent_day
    for _ in range(60):
        d += timedelta(days=1)
        if cal.is_school_day(d):
            nxt = d
            break
    return nxt if nxt is not None and nxt <= today else None


def populate_demo(session: Session, actor: Actor, rng: random.Random, today: date) -> DemoCasesResult:
    """Turn the open alerts into cases at different stages (see the module doc). Returns what was made."""
    cal = load_calendar(session)
    cases.ensure_cases(session, actor, today)
    rows = session.exec(select(AbsenceAlert, AbsenceCase).join(AbsenceCase, AbsenceCase.id == AbsenceAlert.case_id)
                        .where(AbsenceAlert.status == "open", AbsenceAlert.raised_on <= today)
                        .order_by(AbsenceAlert.raised_on, AbsenceAlert.id)).all()
    demo = _Demo(session, actor, rng, today, cal)
    rank = {"dropout": 3, "suspected_dropout": 2, "alert": 1}
    todo = sorted(rows, key=lambda r: (-rank.get(r[0].level, 0), r[0].raised_on, r[0].id))
    done: set[int] = set()

    def take(pred) -> tuple[AbsenceAlert, AbsenceCase] | None:
        for a, c in todo:
            if c.id not in done and pred(a):
                done.add(c.id)
                return a, c
        return None

    # one child back at school (an ordinary alert whose absences stopped)
    back = take(lambda a: a.level == "alert" and _back_day(cal, a, today) is not None)
    # one dropout still out: the most serious of the rest
    out = take(lambda a: True)
    if out:
        demo.dropout_still_out(out[1], out[0])
    if back:
        demo.returned(back[1], back[0], _back_day(cal, back[0], today))
    # the other suspected dropouts: persuasion with a township notice
    while (p := take(lambda a: rank.get(a.level, 0) >= 2)) is not None:
        demo.persuasion(p[1], p[0])
    # the ordinary alerts: a third reported, a third visited, a third waiting (the newest)
    rest = [(a, c) for a, c in todo if c.id not in done]
    for i, (a, c) in enumerate(rest):
        share = i / max(1, len(rest))
        if share < 0.4:
            demo.reported(c, a)
        elif share < 0.75:
            demo.visited(c, a)
        done.add(c.id)
    session.flush()
    stages = Counter(session.exec(select(AbsenceCase.stage)).all())
    demo.result.stages = dict(stages)
    return demo.result


__all__ = ["DemoCasesResult", "populate_demo"]
