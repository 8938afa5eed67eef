"""The head of the school's audit chain in every bundle (schema 1.4), and the county's check that history
was not rewritten between two bundles (issue #14 item 5)."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import raw_connect
from lxml import etree
from sqlmodel import select

from app import audit, school as school_mod
from app.accounts import SYSTEM
from app.data.models import AuditEntry
from app.exchange.county import CountyDB, audit_chain_t, ingest, register_certificate, verify
from app.exchange.schema import hardened_parser, q, xml_schema
from tests.exchange.conftest import bundle_root


@pytest.fixture
def county(school, county_url):
    db = CountyDB(county_url)
    register_certificate(db, school.key.cert_pem.encode())
    yield db
    db.close()


def _chain(path) -> dict[str, str]:
    root = bundle_root(path)
    assert xml_schema().validate(root), xml_schema().error_log
    el = root.find(f"{q('Header')}/{q('AuditChain')}")
    assert el is not None
    return dict(el.attrib)


def _something_happens(db, name: str) -> None:
    with db.transaction() as s:
        school_mod.create_staff(s, SYSTEM, name)


def _rewrite_with_the_key(db, entry_id: int, summary: str) -> None:
    """An insider who can read keys/audit.key edits an old entry and computes the whole chain again."""
    with db.session() as s:
        key = audit.chain_key(s)
        rows = s.exec(select(AuditEntry).order_by(AuditEntry.id)).all()
    con = raw_connect(db.paths)
    previous = None
    for e in rows:
        text = summary if e.id == entry_id else e.summary
        previous = audit.link_hash(key, previous, audit.canonical(e.id, e.at, e.user_id, e.username, e.action,
                                                                  e.entity, e.entity_id, text, e.before, e.after))
        con.execute("UPDATE audit_entry SET summary=?, chain_hash=? WHERE id=?", (text, previous, e.id))
    con.commit()
    con.close()


def test_header_carries_the_head_and_the_previous_bundles_head(school, export):
    first = export()
    a = _chain(first.path)
    with school.session() as s:
        assert a["headHash"] == audit.hash_of(s, int(a["headId"]))
        recorded = s.exec(select(AuditEntry.id).where(AuditEntry.action == "exchange.export")).first()
    assert int(a["headId"]) < recorded  # the head before the export's own entry
    assert a["verified"] == "true" and "sinceId" not in a
    _something_happens(school, "钱老师")
    second = export(full_roster=True)
    b = _chain(second.path)
    assert (b["sinceId"], b["sinceHash"]) == (a["headId"], a["headHash"])
    assert int(b["headId"]) > int(a["headId"]) and b["verified"] == "true"


def test_county_records_the_head_and_accepts_a_chain_that_goes_on(school, export, county):
    first = export()
    _something_happens(school, "钱老师")
    second = export(full_roster=True)
    result = ingest([first.path, second.path], county)
    assert result.ok and len(result.ingested) == 2
    assert not [w for v in result.ingested for w in v.warnings if "操作日志" in w]
    with county.engine.connect() as c:
        heads = c.execute(select(audit_chain_t.c.sequence, audit_chain_t.c.head_id)
                          .order_by(audit_chain_t.c.sequence)).all()
    assert [seq for seq, _ in heads] == [1, 2] and heads[0][1] == int(_chain(first.path)["headId"])


@pytest.mark.parametrize("together", [False, True], ids=["one-by-one", "same-batch"])
def test_history_rewritten_between_two_bundles_is_named(school, export, county, together):
    first = export()
    if not together:
        assert ingest([first.path], county).ok
    with school.session() as s:
        old = s.exec(select(AuditEntry).where(AuditEntry.action == "staff.create")).first()
    _rewrite_with_the_key(school, old.id, "改写过的历史")
    with school.session() as s:
        assert audit.verify_chain(s).ok  # with the key the school's own check cannot tell
    _something_happens(school, "钱老师")
    second = export(full_roster=True)
    assert _chain(second.path)["verified"] == "true"
    files = [first.path, second.path] if together else [second.path]
    result = ingest(files, county)
    assert result.ok  # the data is taken; the county follows the warning up
    v = next(r for r in result.ingested if r.sequence == 2)
    assert any("历史被改写" in w and "第 1 号" in w for w in v.warnings), v.warnings
    again = verify([second.path], county)[0]
    assert again.status == "replay"


def test_entries_edited_at_the_school_make_the_bundle_say_so(school, export, county):
    first = export()
    assert ingest([first.path], county).ok
    _something_happens(school, "钱老师")
    with school.session() as s:
        later = s.exec(select(AuditEntry.id).where(AuditEntry.summary.contains("钱老师"))).one()
    con = raw_connect(school.paths)
    con.execute("UPDATE audit_entry SET summary='无事发生' WHERE id=?", (later,))
    con.commit()
    con.close()
    second = export(full_roster=True)
    assert _chain(second.path)["verified"] == "false"
    v = ingest([second.path], county).ingested[0]
    assert any("校验不通过" in w and "db check" in w for w in v.warnings), v.warnings
