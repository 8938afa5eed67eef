"""The UI's own names of the mentoring vocabularies (risk, the five ones, measures, contact forms, end
reasons, caseloads) and the colours the plan and the mentor board share."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app import cases, mentors
from app.mentors.planning import ReviewRow
from app.ui.widgets import vocab_text

OVERDUE_COLOR = "#c62828"
AMBER_COLOR = "#a15c00"
DONE_COLOR = "#5f8f62"
MUTED_COLOR = "#666666"

# --- the UI's own names of the service's vocabularies (the service's labels are Chinese only) ---------

RISK_TEXT: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("MentorText", "Not assessed"),
    "low": QT_TRANSLATE_NOOP("MentorText", "Low"),
    "medium": QT_TRANSLATE_NOOP("MentorText", "Medium"),
    "high": QT_TRANSLATE_NOOP("MentorText", "High"),
}
FIVE_TEXT: dict[str, str] = {
    "habit": QT_TRANSLATE_NOOP("MentorText", "One good habit to build"),
    "shortcoming": QT_TRANSLATE_NOOP("MentorText", "One shortcoming to fix"),
    "subject": QT_TRANSLATE_NOOP("MentorText", "One subject to raise"),
    "hobby": QT_TRANSLATE_NOOP("MentorText", "One hobby to grow"),
    "book": QT_TRANSLATE_NOOP("MentorText", "One good book to read"),
}
FIVE_EXAMPLE: dict[str, str] = {
    "habit": QT_TRANSLATE_NOOP("MentorText", "e.g. comes to school on time every day"),
    "shortcoming": QT_TRANSLATE_NOOP("MentorText", "e.g. stops chatting in class"),
    "subject": QT_TRANSLATE_NOOP("MentorText", "e.g. maths: times tables by the end of term"),
    "hobby": QT_TRANSLATE_NOOP("MentorText", "e.g. joins the school choir"),
    "book": QT_TRANSLATE_NOOP("MentorText", "e.g. a book and when to talk about it"),
}
MEASURE_KIND_TEXT: dict[str, str] = {**FIVE_TEXT, "other": QT_TRANSLATE_NOOP("MentorText", "Other measure")}
MEASURE_STATUS_TEXT: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("MentorText", "In progress"),
    "achieved": QT_TRANSLATE_NOOP("MentorText", "Achieved"),
    "dropped": QT_TRANSLATE_NOOP("MentorText", "Stopped"),
}
#: the forms of contact a mentor logs; "talk" is shown once app.cases.FORMS knows it
CONTACT_FORM_TEXT: dict[str, str] = {
    "talk": QT_TRANSLATE_NOOP("MentorText", "Talk with the student"),
    "phone": QT_TRANSLATE_NOOP("MentorText", "Phone call"),
    "in_person": QT_TRANSLATE_NOOP("MentorText", "Home visit"),
    "video": QT_TRANSLATE_NOOP("MentorText", "Video call"),
}
END_REASON_TEXT: dict[str, str] = {
    "not_needed": QT_TRANSLATE_NOOP("MentorText", "No longer needs a mentor"),
    "reassigned": QT_TRANSLATE_NOOP("MentorText", "Another teacher takes over"),
    "staff_left": QT_TRANSLATE_NOOP("MentorText", "The teacher left or moved"),
    "transferred": QT_TRANSLATE_NOOP("MentorText", "The student transferred"),
    "graduated": QT_TRANSLATE_NOOP("MentorText", "The student graduated"),
    "completed": QT_TRANSLATE_NOOP("MentorText", "The student completed school"),
    "deceased": QT_TRANSLATE_NOOP("MentorText", "The student died"),
    "other": QT_TRANSLATE_NOOP("MentorText", "Other (say why)"),
}
CASELOAD_STATE_TEXT: dict[str, str] = {
    "below": QT_TRANSLATE_NOOP("MentorText", "below the minimum"),
    "ok": QT_TRANSLATE_NOOP("MentorText", "in range"),
    "full": QT_TRANSLATE_NOOP("MentorText", "full"),
    "over": QT_TRANSLATE_NOOP("MentorText", "above the maximum"),
}


_text = partial(vocab_text, "MentorText")


def risk_text(level: str) -> str:
    return _text(RISK_TEXT, level, mentors.RISK_LEVELS.get(level, level))


def measure_kind_text(kind: str) -> str:
    return _text(MEASURE_KIND_TEXT, kind, mentors.MEASURE_KINDS.get(kind, kind))


def measure_status_text(status: str) -> str:
    return _text(MEASURE_STATUS_TEXT, status, mentors.MEASURE_STATUSES.get(status, status))


def contact_form_text(form: str) -> str:
    return _text(CONTACT_FORM_TEXT, form, cases.FORMS.get(form, form))


def end_reason_text(reason: str) -> str:
    return _text(END_REASON_TEXT, reason, mentors.END_REASONS.get(reason, reason))


def caseload_state_text(state: str) -> str:
    return _text(CASELOAD_STATE_TEXT, state, mentors.CASELOAD_STATES.get(state, state))


def contact_forms() -> list[str]:
    """The forms the contact log accepts (app.cases.FORMS), a talk first when the service knows it."""
    order = [k for k in CONTACT_FORM_TEXT if k in cases.FORMS]
    return order + [k for k in cases.FORMS if k not in order]


def review_done(r: ReviewRow, open_ids: set[int]) -> bool:
    """Whether a review of the plan was done (ReviewRow has no done date yet: an open one is listed as due)."""
    if hasattr(r, "done_on"):
        return getattr(r, "done_on") is not None
    return r.id not in open_ids and not r.overdue

