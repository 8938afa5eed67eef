"""Lasting records (bundle schema 1.5): mentor assignments are sent when they change, with a full snapshot in the
first bundle of each term; the county stores one row per assignment (changes, not weekly copies); a bundle of an
older program (1.4, the assignments in every bundle) is still read into the same rows. County on SQLite and
PostgreSQL."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from sqlalchemy import func, select

from app.data.models import Staff
from app.exchange import keys
from app.exchange.bundle import sign
from app.mentors import assigning
from app.exchange.county import (
    CountyDB,
    ingest,
    lasting_t,
    latest_records,
    record_t,
    register_certificate,
)
from app.exchange.schema import q
from tests.exchange.conftest import PASSPHRASE, bundle_root

WEEKS = [(date(2026, 11, 7), date(2026, 11, 13)), (date(2026, 11, 14), date(2026, 11, 20)),
         (date(2026, 11, 21), date(2026, 11, 27))]
NEXT_TERM = (date(2027, 3, 1), date(2027, 3, 7))


def _header(path):
    return bundle_root(path).find(q("Header"))


def _assignments(path) -> list[dict]:
    root = bundle_root(path)
    return [dict(e.attrib) for e in root.iterfind(f"{q('Records')}/{q('MentorAssignments')}/{q('Assignment')}")]


@pytest.fixture
def mentored(school):
    with school.transaction() as s:
        teacher = s.exec(select(Staff.id).where(Staff.name == "赵老师")).scalar()
        ids = [assigning.assign(s, school.actors["boss"], sid, teacher, date(2026, 11, 2))
               for sid in school.students["三年级(1)班"][:2]]
    return ids


def _held(county):
    with county.engine.connect() as c:
        rows = c.execute(select(func.count()).select_from(lasting_t)).scalar()
        copies = c.execute(select(func.count()).select_from(record_t)
                           .where(record_t.c.kind == "mentor_assignment")).scalar()
    return rows, copies


def test_assignments_are_sent_when_they_change_and_in_full_each_term(school, export, mentored, county_url):
    first, second = export(period=WEEKS[0]), export(period=WEEKS[1])
    assert (_header(first.path).findtext(q("LastingMode")), first.counts["mentor_assignment"]) == ("full", 2)
    assert (_header(second.path).findtext(q("LastingMode")), second.counts["mentor_assignment"]) == ("changes", 0)
    # the same period again with nothing changed: the same file
    assert export(period=WEEKS[1]).reused
    with school.transaction() as s:
        assigning.end_assignment(s, school.actors["boss"], mentored[0], date(2026, 11, 18), "reassigned")
    third = export(period=WEEKS[2])
    (ended,) = _assignments(third.path)
    assert (ended["key"], ended["end"], ended["endReason"]) == (str(mentored[0]), "2026-11-18", "reassigned")
    # the term's first bundle: a full snapshot of the term (the assignment that ended before it is not in it)
    spring = export(period=NEXT_TERM)
    assert _header(spring.path).findtext(q("LastingMode")) == "full"
    assert [a["key"] for a in _assignments(spring.path)] == [str(mentored[1])]
    county = CountyDB(county_url)
    register_certificate(county, school.key.cert_pem.encode())
    assert ingest([first.path, second.path, third.path, spring.path], county).ok
    assert _held(county) == (2, 0)  # one row per assignment, no weekly copies
    held = {d["a"]["key"]: d["a"] for d in latest_records(county, "mentor_assignment", "3161000123")}
    assert held[str(mentored[0])]["end"] == "2026-11-18" and "end" not in held[str(mentored[1])]
    county.close()


def test_a_bundle_of_an_older_program_is_still_read_into_the_same_rows(school, export, mentored, county_url,
                                                                       tmp_path):
    """Schema 1.4: no LastingMode, every assignment in every bundle. Read, and kept once per assignment."""
    old = []
    for i, week in enumerate(WEEKS[:2]):
        r = export(period=week, full_roster=True)  # full: every assignment, as a 1.4 bundle had them
        root = bundle_root(r.path)
        root.remove(root.find("{http://www.w3.org/2000/09/xmldsig#}Signature"))
        root.set("schemaVersion", "1.4")
        header = root.find(q("Header"))
        header.remove(header.find(q("LastingMode")))
        if old:  # chained to the re-signed file before it
            header.find(q("PreviousDigest")).text = hashlib.sha256(old[-1].read_bytes()).hexdigest()
        with school.transaction() as s:
            _row, key, cert = keys.signing_material(s, school.paths, PASSPHRASE)
        path = tmp_path / f"old-{i}.xml"
        path.write_bytes(sign(root, key, cert))
        old.append(path)
    assert [len(_assignments(p)) for p in old] == [2, 2]
    county = CountyDB(county_url)
    register_certificate(county, school.key.cert_pem.encode())
    got = ingest(old, county)
    assert got.ok and len(got.ingested) == 2, [v.errors for v in got.rejected]
    assert _held(county) == (2, 0)
    county.close()
