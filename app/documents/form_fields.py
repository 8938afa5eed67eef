"""What is typed on the official forms, and their list — without printing them (no ReportLab).

The documents page builds its form panels from :data:`FORMS` and fills these dataclasses from what the user
typed; :mod:`app.documents.forms` prints them (ReportLab), loaded when the user prints, so the page opens
without it (bench_foundation's "open the documents page").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

#: the forms the documents page offers: key → title
FORMS: dict[str, str] = {
    "home-visit": "学生家访记录表",
    "absence-report": "学生缺勤情况报告(报乡镇人民政府、县教育局)",
    "return-notice": "限期返校通知书",
    "weekly": "控辍保学周报/月报",
    "inspection": "在校情况核查表",
    "roll": "学生花名册",
    "transfer": "转学联系表",
    "suspension": "休学审批表",
}


@dataclass
class AbsenceReportDetails:
    """What the case file adds to the written report (all optional; blanks are left to write on)."""

    reference: str = ""  # 文号
    report_date: date | None = None
    reason: str = ""  # reason for the absence as far as known
    whereabouts: str = ""  # where the child is now
    actions_taken: str = ""  # home visits and contacts so far
    next_steps: str = ""
    requests: str = ""  # what the school asks the township / bureau to do
    reporter: str = ""
    reporter_phone: str = ""


@dataclass
class ReturnNoticeFields:
    deadline: date
    issuer: str = ""  # default: the township government
    reference: str = ""
    issued_on: date | None = None
    since: date | None = None  # when the child stopped coming (default: from the alert)
    school_contact: str = ""  # teacher and phone to report to


@dataclass
class TransferFields:
    to_school: str = ""
    to_county: str = ""  # 转入地县(区)
    to_grade: str = ""
    reason: str = ""
    apply_date: date | None = None
    guardian: str = ""  # default: the first guardian on file
    guardian_phone: str = ""
    reference: str = ""


@dataclass
class SuspensionFields:
    reason: str = ""
    start: date | None = None
    end: date | None = None
    proof: str = ""  # e.g. 县医院诊断证明
    apply_date: date | None = None
    reference: str = ""


__all__ = ["FORMS", "AbsenceReportDetails", "ReturnNoticeFields", "SuspensionFields", "TransferFields"]
