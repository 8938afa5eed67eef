"""The case file's vocabulary and its pure kernel: the stage of a case and the steps still due.

No database here: :func:`stage_for` and :func:`pending_steps` work on plain facts, so the case
file, the reports and the mentors (which build on the cases) share one reading of a case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.attendance.alerts import LEVEL_RANK
from app.messages import label_table

# --- vocabularies ----------------------------------------------------------------------------

STAGES: dict[str, str] = {
    "alert": "已预警,待家访",
    "visited": "已家访,待书面报告",
    "reported": "已书面报告,跟踪到校",
    "suspected_dropout": "疑似辍学,劝返中",
    "dropout": "已登记辍学,劝返中",
    "returned": "已返校结案",
    "closed": "已结案",
    "cancelled": "预警已撤销",
}
OPEN_STAGES: frozenset[str] = frozenset({"alert", "visited", "reported", "suspected_dropout", "dropout"})

FORMS: dict[str, str] = {"in_person": "入户家访", "phone": "电话联系", "video": "视频联系"}
#: the forms that complete the home-visit step
VISIT_FORMS: frozenset[str] = frozenset({"in_person"})

REPORT_KINDS: dict[str, str] = {"absence": "无故缺勤情况报告", "dropout": "辍学情况报告"}

LINES: dict[str, str] = {"administrative": "行政线", "education": "教育线"}
#: role → (line, label); store role + name for every participant
PARTICIPANT_ROLES: dict[str, tuple[str, str]] = {
    "county": ("administrative", "县级领导"),
    "township": ("administrative", "乡镇干部"),
    "village": ("administrative", "村干部"),
    "bureau": ("education", "教育局干部"),
    "principal": ("education", "校长"),
    "teacher": ("education", "教师"),
}

CLOSE_OUTCOMES: dict[str, str] = {
    "transferred": "已办理转学",
    "suspended": "已办理休学",
    "deceased": "学生死亡",
    "other": "其他",
}
OUTCOMES: dict[str, str] = {"returned": "已返校", **CLOSE_OUTCOMES}

MAX_TEXT = 2000


# --- stages and steps (pure) -----------------------------------------------------------------


def stage_for(*, alert_status: str, level: str, visited: bool, reported: bool, ledger_open: bool,
              outcome: str) -> str:
    """The stage of a case from its facts (the order is the escalation chain)."""
    if outcome == "returned":
        return "returned"
    if outcome:
        return "closed"
    if alert_status == "cleared":
        return "cancelled"
    if ledger_open:
        return "dropout"
    if LEVEL_RANK.get(level, 0) >= 2:
        return "suspected_dropout"
    if reported:
        return "reported"
    if visited:
        return "visited"
    return "alert"


@dataclass(frozen=True)
class Step:
    key: str  # visit | report | persuade | register_dropout | persuade_back | follow_up
    label: str
    due: date | None
    overdue: bool


def pending_steps(*, stage: str, level: str, visited: bool, reported: bool, visit_due: date, report_due: date,
                  notice_deadline: date | None, today: date) -> list[Step]:
    """The steps still to do on a case, most urgent first; overdue = not done and ``today`` past the due day
    (the home visit's, the report's, or the township's deadline to return for the persuasion steps)."""
    if stage not in OPEN_STAGES:
        return []
    steps: list[Step] = []
    if not visited:
        steps.append(Step("visit", "入户家访,核实情况", visit_due, today > visit_due))
    if not reported:
        steps.append(Step("report", "书面报告乡镇政府和县教育局", report_due, today > report_due))
    # the township's deadline to return (限期返校): past it with the child still away, the step is overdue
    notice_past = notice_deadline is not None and today > notice_deadline
    if stage == "dropout":
        steps.append(Step("persuade_back", "继续劝返,直至返校", notice_deadline, notice_past))
    elif LEVEL_RANK.get(level, 0) >= 3:
        steps.append(Step("register_dropout", "双线劝返;劝返无效的,办理辍学登记", None, False))
    elif LEVEL_RANK.get(level, 0) >= 2:
        steps.append(Step("persuade", "组织双线劝返", notice_deadline, notice_past))
    if not steps:
        steps.append(Step("follow_up", "跟踪到校情况,返校后结案", None, False))
    return steps


__all__ = [
    "CLOSE_OUTCOMES",
    "FORMS",
    "LINES",
    "MAX_TEXT",
    "OPEN_STAGES",
    "OUTCOMES",
    "PARTICIPANT_ROLES",
    "REPORT_KINDS",
    "STAGES",
    "Step",
    "VISIT_FORMS",
    "pending_steps",
    "stage_for",
]

for _name, _table in (("case_stage", STAGES), ("contact_form", FORMS), ("report_kind", REPORT_KINDS),
                      ("participant_line", LINES), ("close_outcome", CLOSE_OUTCOMES), ("case_outcome", OUTCOMES),
                      ("participant_role", {key: role for key, (_line, role) in PARTICIPANT_ROLES.items()})):
    label_table(_name, _table)
