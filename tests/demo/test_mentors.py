"""The demo's mentor stage: mentors with 6–8 mentees, plans with the five ones, reviews, home teaching."""

from __future__ import annotations

import random
from collections import Counter

from sqlmodel import select

from app import mentors
from app.accounts import SYSTEM
from app.data.db import open_database
from app.data.mentor_models import HomeTeachingSession, MentorAssignment, MentorPlan, PlanMeasure, PlanReview
from app.demo import build_demo
from app.demo.mentors import populate_demo
from app.mentors import home_teaching, planning
from tests.conftest import TODAY


def test_populate_demo(paths):
    build_demo(paths, students=200, seed=3, today=TODAY, activity=False)
    db = open_database(paths)
    try:
        with db.transaction() as s:
            res = populate_demo(s, random.Random(5), TODAY)
        with db.session() as s:
            assert mentors.uncovered(s, SYSTEM, TODAY) == []
            loads = Counter(a.staff_id for a in s.exec(select(MentorAssignment)))
            assert res.assignments == sum(loads.values()) > 0
            assert all(l <= 8 for l in loads.values())
            assert sum(1 for l in loads.values() if 6 <= l <= 8) >= len(loads) - 1
            assert len(s.exec(select(MentorPlan)).all()) == res.plans == res.assignments
            kinds = Counter(m.kind for m in s.exec(select(PlanMeasure).where(PlanMeasure.status == "active")))
            assert all(kinds[k] == res.plans for k in mentors.FIVE_ONES)
            assert s.exec(select(PlanReview)).first() is not None
            assert planning.reviews_due(s, SYSTEM, TODAY, within_days=21)
            if res.home_taught:
                assert s.exec(select(HomeTeachingSession)).first() is not None
                assert home_teaching.overview(s, SYSTEM, TODAY)
        with db.transaction() as s:  # deterministic: the same seed gives the same result elsewhere
            pass
    finally:
        db.close()
