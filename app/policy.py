"""The policy profile: every threshold that varies by place (domain.md §3).

Defaults are the Hanzhong rules of the seed. The profile is stored as JSON in
the ``setting`` table; only the admin changes it, each change audited with the
values before and after. Values are checked here, so a threshold of zero or a
negative one is refused whoever tries to save it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any

from sqlmodel import Session, select

from app import audit, events
from app.accounts import Actor, require
from app.data.db import core
from app.data.models import DataRevision, Setting
from app.errors import ValidationError
from app.messages import Alternatives

POLICY_KEY = "policy"


@dataclass(frozen=True)
class Policy:
    # roll call
    sessions: str = "day"  # "day": one roll call a day; "am_pm": morning and afternoon
    # absence escalation (counted in school days)
    alert_after_days: int = 2  # 48 hours unexcused → alert and home visit
    home_visit_within_days: int = 1  # school days after the alert
    report_within_days: int = 2  # written report to township government and county bureau
    suspected_dropout_after_days: int = 6  # more than one school week
    dropout_after_days: int = 20  # four consecutive school weeks
    # early warning
    chronic_absence_percent: float = 10.0
    attendance_at_risk_percent: float = 80.0
    attendance_warning_percent: float = 88.0
    recent_status_change_days: int = 90
    # reporting rhythm: 0 Monday … 6 Sunday
    report_weekday: int = 3  # Thursday (Hanzhong)
    #: "weekly" (Hanzhong's Thursday report), "monthly" (the national rule since 2024: 学校一月一报告) or "both"
    #: (the weekly figures stay weekly, and the monthly ledgers are due too)
    report_rhythm: str = "weekly"
    monthly_due_day: int = 28  # day of the month the monthly ledgers are due (one county: the 28th)
    # approvals
    class_teacher_leave_limit_days: float = 1.0
    suspension_max_months: int = 12
    suspension_extensions: int = 1
    #: school days a child transferred out may stay on no school's roll before it is flagged (人籍分离)
    transfer_confirm_days: int = 10
    # mentors
    mentor_min_caseload: int = 6
    mentor_max_caseload: int = 8
    # home teaching (送教上门)
    home_teaching_visits_per_week: int = 2
    home_teaching_hours_per_year: int = 30


LABELS: dict[str, str] = {
    "sessions": "点名方式",
    "alert_after_days": "无故缺勤预警天数",
    "home_visit_within_days": "家访期限(上学日)",
    "report_within_days": "书面报告期限(上学日)",
    "suspected_dropout_after_days": "疑似辍学天数",
    "dropout_after_days": "辍学认定天数",
    "chronic_absence_percent": "长期缺勤比例(%)",
    "attendance_at_risk_percent": "出勤率高风险线(%)",
    "attendance_warning_percent": "出勤率预警线(%)",
    "recent_status_change_days": "近期学籍变动天数",
    "report_weekday": "周报日",
    "report_rhythm": "报告周期",
    "monthly_due_day": "月报告截止日",
    "class_teacher_leave_limit_days": "班主任可批请假天数",
    "suspension_max_months": "休学最长月数",
    "suspension_extensions": "休学可延长次数",
    "transfer_confirm_days": "转出确认期限(上学日)",
    "mentor_min_caseload": "每位帮扶教师最少学生数",
    "mentor_max_caseload": "每位帮扶教师最多学生数",
    "home_teaching_visits_per_week": "送教上门每周次数",
    "home_teaching_hours_per_year": "送教上门每年课时",
}

_CHOICES = {"sessions": ("day", "am_pm"), "report_rhythm": ("weekly", "monthly", "both")}
_ALLOW_ZERO = {"home_visit_within_days", "report_within_days", "report_weekday", "suspension_extensions",
               "class_teacher_leave_limit_days"}


def check(policy: Policy) -> Policy:
    """Refuse impossible values with the field's Chinese name and the reason."""
    for f in fields(Policy):
        value = getattr(policy, f.name)
        label = LABELS[f.name]
        if f.name in _CHOICES:
            if value not in _CHOICES[f.name]:
                raise ValidationError(label, "policy.only_one_of", choices=Alternatives(_CHOICES[f.name]))
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValidationError(label, "common.must_number")
        if value < 0 or (value == 0 and f.name not in _ALLOW_ZERO):
            raise ValidationError(label, "policy.must_more_than_0_not", value=value)
    if not 1 <= policy.monthly_due_day <= 31:
        raise ValidationError(LABELS["monthly_due_day"], "policy.must_1_31_past_end")
    if policy.report_weekday > 6:
        raise ValidationError(LABELS["report_weekday"], "policy.must_0_monday_6_sunday")
    if not policy.alert_after_days < policy.suspected_dropout_after_days < policy.dropout_after_days:
        raise ValidationError(LABELS["suspected_dropout_after_days"],
                              "policy.must_more_than_days_before")
    if policy.mentor_min_caseload > policy.mentor_max_caseload:
        raise ValidationError(LABELS["mentor_min_caseload"], "policy.cannot_more_than_maximum_number")
    if not policy.attendance_at_risk_percent < policy.attendance_warning_percent <= 100:
        raise ValidationError(LABELS["attendance_at_risk_percent"], "policy.must_below_attendance_alert_line")
    if policy.chronic_absence_percent > 100:
        raise ValidationError(LABELS["chronic_absence_percent"], "policy.cannot_more_than_100")
    return policy


_STORED = select(Setting.value).where(Setting.key == POLICY_KEY)
#: the token of the calendar's and the policy's rows (:class:`app.data.models.DataRevision`)
RULES_TOKEN = select(DataRevision.token).where(DataRevision.name == "rules")
#: the last policy made, and the rows' token it was made at
_KEPT: tuple[str, Policy] | None = None


def rules_token(session: Session) -> str | None:
    """The token of the calendar's and the policy's rows as the session's transaction sees them: it changes
    with every write to them (triggers, migration 0029). Read it *before* the rows it stands for."""
    return core(session).execute(RULES_TOKEN).scalar()


def load(session: Session, token: str | None = None) -> Policy:
    """The policy as stored in the session's transaction.

    The policy made from the row is kept under the rows' token (``token``: read by the caller with
    :func:`rules_token` in the same transaction, or read here): while the token is the same, the row is,
    and the same (frozen) policy is given again."""
    global _KEPT
    token = token or rules_token(session)
    kept = _KEPT
    if token is not None and kept is not None and kept[0] == token:
        return kept[1]
    value = core(session).execute(_STORED).scalar()
    if not value:
        policy = Policy()
    else:
        known = {f.name for f in fields(Policy)}
        policy = replace(Policy(), **{k: v for k, v in value.items() if k in known})
    if token is not None:
        _KEPT = (token, policy)
    return policy


def save(session: Session, actor: Actor, *, today: date | None = None, **changes: Any) -> Policy:
    """Save changed settings (admin only, audited); alerts are worked out again under the new thresholds."""
    require(actor, "policy.edit")
    unknown = set(changes) - {f.name for f in fields(Policy)}
    if unknown:
        raise ValidationError("策略", "policy.unknown_setting", unknown=', '.join(sorted(unknown)))
    old = load(session)
    new = check(replace(old, **changes))
    row = session.get(Setting, POLICY_KEY) or Setting(key=POLICY_KEY)
    row.value = asdict(new)
    session.add(row)
    audit.record(session, actor, "policy.update", "setting", None, before=asdict(old), after=asdict(new),
                 summary="修改策略:" + "、".join(LABELS[k] for k in changes if getattr(old, k) != getattr(new, k)))
    events.emit(session, events.CountingRulesChanged(actor, today or date.today(), policy=new))
    return new
