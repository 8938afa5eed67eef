"""The policy profile: Hanzhong defaults, admin-only edits, audited, bad thresholds refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import select

from app import policy
from app.data.models import AuditEntry
from app.errors import PermissionDenied, ValidationError


def test_defaults_are_the_hanzhong_rules(db):
    with db.transaction() as s:
        p = policy.load(s)
    assert p.alert_after_days == 2  # 48 hours
    assert p.report_weekday == 3  # Thursday
    assert p.dropout_after_days == 20  # four school weeks
    assert (p.mentor_min_caseload, p.mentor_max_caseload) == (6, 8)


def test_admin_changes_are_saved_and_audited(school_db):
    admin = school_db.actors["admin"]
    with school_db.transaction() as s:
        policy.save(s, admin, alert_after_days=1, sessions="am_pm")
    with school_db.transaction() as s:
        assert policy.load(s).alert_after_days == 1
        e = s.exec(select(AuditEntry).where(AuditEntry.action == "policy.update")).one()
        assert e.before["alert_after_days"] == 2 and e.after["alert_after_days"] == 1
        assert "无故缺勤预警天数" in e.summary


def test_only_admin_edits(school_db):
    with pytest.raises(PermissionDenied):
        with school_db.transaction() as s:
            policy.save(s, school_db.actors["boss"], alert_after_days=3)


@given(st.sampled_from(["alert_after_days", "dropout_after_days", "mentor_max_caseload",
                        "chronic_absence_percent", "home_teaching_hours_per_year"]),
       st.integers(-1000, 0))
def test_zero_or_negative_thresholds_are_refused(field, value):
    with pytest.raises(ValidationError) as info:
        policy.check(policy.Policy(**{field: value}))
    assert info.value.field == policy.LABELS[field]


def test_inconsistent_thresholds_are_refused(school_db):
    with pytest.raises(ValidationError, match="必须大于预警天数"):
        with school_db.transaction() as s:
            policy.save(s, school_db.actors["admin"], suspected_dropout_after_days=1)
    with school_db.transaction() as s:
        assert policy.load(s).suspected_dropout_after_days == 6, "nothing half-saved"
