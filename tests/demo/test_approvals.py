"""The demo's approvals: requests in every state, made through the services with the demo's accounts."""

from __future__ import annotations

import random

from app import approvals as ap
from app.demo import approvals as demo_approvals
from tests.conftest import TODAY
from tests.approvals.test_workflow import add_students


def test_populate_demo_makes_every_state(school_db):
    db = school_db
    add_students(db, "三年级(1)班", 7)
    add_students(db, "四年级(1)班", 7)
    with db.transaction() as s:
        res = demo_approvals.populate_demo(s, random.Random(7), TODAY, paths=db.paths)
    assert set(res.states) == set(ap.STATES), res.states
    with db.session() as s:
        reg, boss = db.actors["reg"], db.actors["boss"]
        box = ap.inbox(s, boss, today=TODAY)
        assert box.counts["to_approve"] >= 2
        assert ap.inbox(s, reg, today=TODAY).counts["to_report"] == 1
        assert len(ap.unconfirmed_transfers(s, reg, today=TODAY)) == 1  # the acknowledged one is confirmed
        susp = ap.list_requests(s, boss, kinds=["suspension"])[0]
        assert susp.state == "submitted" and susp.attachments == 1


def test_populate_demo_without_enough_students_does_nothing(school_db):
    with school_db.transaction() as s:
        res = demo_approvals.populate_demo(s, random.Random(1), TODAY)
    assert res.states == {} and res.request_ids == []
