"""The copies the export history keeps (issue #18): compressed before encryption and sealed again byte for byte, and
cleared — the row kept — once the county confirmed the file, it is older than the current term and not one of the
newest bundles; as part of the export or the receipt import, audited. A cleared bundle is refused for 重新写出 with the
reason and written again by exporting its period again."""

from __future__ import annotations

import hashlib
import zlib
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import select

from app import school as school_mod
from app.accounts import SYSTEM
from app.data.exchange_models import ExchangeExport
from app.data.models import AuditEntry
from app.errors import ValidationError
from app.exchange import copies
from app.exchange.county import CountyDB, ingest, register_certificate
from app.exchange.county_package import create_county_key, write_packages
from app.exchange.export import export_history, resend
from app.exchange.keys import DEMO_KEY_PASSPHRASE
from app.exchange.receipts import import_package, register_county

#: five weeks of the spring term 2026 (the school year before the test school's current one), and four of November
SPRING = [(date(2026, 3, 6) + timedelta(weeks=i), date(2026, 3, 12) + timedelta(weeks=i)) for i in range(5)]
NOVEMBER = [(date(2026, 10, 30) + timedelta(weeks=i), date(2026, 11, 5) + timedelta(weeks=i)) for i in range(4)]


# --- the rule ----------------------------------------------------------------------------------------------------

states = st.lists(st.tuples(st.booleans(), st.booleans(), st.integers(0, 400)), max_size=30)


@settings(max_examples=300, deadline=None)
@given(states, st.one_of(st.none(), st.integers(0, 400)), st.integers(0, 6))
def test_the_rule_drops_exactly_the_confirmed_copies_past_the_term_and_the_newest(spec, term_day, keep_newest):
    base = date(2022, 9, 1)
    rows = [copies.CopyState(i + 1, base + timedelta(days=d), kept, received)
            for i, (kept, received, d) in enumerate(spec)]
    term_start = None if term_day is None else base + timedelta(days=term_day)
    gone = copies.droppable(rows, term_start, keep_newest)
    newest = sorted((r.sequence for r in rows), reverse=True)[:keep_newest]
    for r in rows:
        should = (r.kept and r.received and r.sequence not in newest
                  and (term_start is None or r.period_end < term_start))
        assert (r.sequence in gone) == should, r
    # applying it again drops nothing more
    after = [copies.CopyState(r.sequence, r.period_end, r.kept and r.sequence not in gone, r.received) for r in rows]
    assert copies.droppable(after, term_start, keep_newest) == []


def test_a_bundle_the_county_has_not_confirmed_keeps_its_copy_however_old():
    old = date(2020, 1, 1)
    rows = [copies.CopyState(1, old, True, False), copies.CopyState(2, old, True, True)] + [
        copies.CopyState(n, date(2026, 11, 1), True, True) for n in range(3, 7)]
    assert copies.droppable(rows, date(2026, 9, 1)) == [2]


# --- the school and its county -----------------------------------------------------------------------------------

@pytest.fixture
def county(school, tmp_path):
    from app.demo import county as demo_county

    db = CountyDB(f"sqlite:///{(tmp_path / 'county' / 'county.sqlite3').as_posix()}")
    register_certificate(db, school.key.cert_pem.encode())
    demo_county.install(db)
    key = create_county_key(db, "610729", "留坝县教育局", DEMO_KEY_PASSPHRASE, key_size=2048)
    with school.transaction() as s:
        register_county(s, school.actors["admin"], key.cert_pem.encode(), expected_fingerprint=key.fingerprint)
        school_mod.add_school_year(s, SYSTEM, 2025)  # the spring weeks lie in its second term
    yield db
    db.close()


def _receive(school, county, tmp_path, files):
    assert ingest(files, county, passphrase=DEMO_KEY_PASSPHRASE).ok
    (pkg,) = [w for w in write_packages(county, tmp_path / "back", DEMO_KEY_PASSPHRASE) if w.sequence]
    with school.transaction() as s:
        return import_package(s, school.actors["reg"], pkg.path, settings="decline")


def _kept(school):
    with school.transaction() as s:
        return {r.sequence: r.copy_kept for r in export_history(s, school.actors["reg"])}


def _dropped_entries(school):
    with school.transaction() as s:
        return [e.after["sequences"] for e in s.exec(select(AuditEntry).where(AuditEntry.action == "exchange.drop_copies")
                                                     .order_by(AuditEntry.id))]


def test_copies_are_cleared_by_the_receipt_import_and_by_the_export_with_their_audit_entry(school, export, county,
                                                                                         tmp_path):
    spring = [export(period=p) for p in SPRING] + [export(period=NOVEMBER[0])]
    written = {r.sequence: r.path.read_bytes() for r in spring}
    # the county gets all but the third (lost on the way); its package confirms the others
    got = _receive(school, county, tmp_path, [r.path for r in spring if r.sequence != 3])
    assert got.received == [1, 2, 4, 5, 6]
    # 3–6 are the newest four: the first two go, in the import's transaction
    assert _kept(school) == {1: False, 2: False, 3: True, 4: True, 5: True, 6: True}
    assert _dropped_entries(school) == [[1, 2]]
    with school.transaction() as s:
        row = s.exec(select(ExchangeExport).where(ExchangeExport.sequence == 1)).one()
        assert row.data == copies.DROPPED and row.sha256 == hashlib.sha256(written[1]).hexdigest()
        assert row.signed_digest and row.counts  # the record stays: the chain and the history still check out
    # new exports push the fourth and fifth out of the newest four: each goes in its export's transaction
    export(period=NOVEMBER[1])
    assert _dropped_entries(school) == [[1, 2]]
    export(period=NOVEMBER[2])
    assert _dropped_entries(school) == [[1, 2], [4]]
    export(period=NOVEMBER[3])
    assert _dropped_entries(school) == [[1, 2], [4], [5]]
    # the third was never confirmed: kept, however old; the November ones are this term's
    assert [n for n, k in sorted(_kept(school).items()) if not k] == [1, 2, 4, 5]
    # what is kept still writes the same file
    assert _resend(school, 3, tmp_path / "again").read_bytes() == written[3]


def _resend(school, sequence, out):
    with school.transaction() as s:
        return resend(s, school.actors["reg"], sequence, out)


def test_a_cleared_bundle_is_refused_with_the_reason_and_its_period_exported_again_supersedes_it(school, export,
                                                                                                 county, tmp_path):
    spring = [export(period=p) for p in SPRING] + [export(period=NOVEMBER[0])]
    _receive(school, county, tmp_path, [r.path for r in spring])
    assert _kept(school)[1] is False
    with pytest.raises(ValidationError) as e:
        _resend(school, 1, tmp_path / "again")
    assert e.value.code == "exchange.copy_dropped"
    assert "县里已确认接收" in e.value.reason_in("zh_CN") and "重新导出该时段" in e.value.reason_in("zh_CN")
    assert "export the period again" in e.value.reason_in("en")
    assert not (tmp_path / "again").exists() or not list((tmp_path / "again").iterdir())
    # the same period again, nothing changed: no copy to hand back, so a new bundle replaces it, which the county takes
    again = export(period=SPRING[0])
    assert (again.sequence, again.supersedes, again.reused) == (7, 1, False)
    assert ingest([again.path], county, passphrase=DEMO_KEY_PASSPHRASE).ok


def test_the_kept_copy_is_compressed_before_encryption_and_gives_the_file_back(school, export):
    result = export(period=NOVEMBER[0])
    data = result.path.read_bytes()
    with school.transaction() as s:
        row = s.exec(select(ExchangeExport).where(ExchangeExport.sequence == 1)).one()
        assert row.data.startswith(copies.MAGIC)
        assert copies.file_of(row.data) == data
        huffman = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS, 9, zlib.Z_HUFFMAN_ONLY)
        assert len(row.data) < len(huffman.compress(data) + huffman.flush()) / 2
    # unchanged: the same file again, from the copy
    same = export(period=NOVEMBER[0])
    assert same.reused and same.path.read_bytes() == data


def test_a_row_kept_as_zlib_before_this_format_is_still_written_again(school, export, tmp_path):
    result = export(period=NOVEMBER[0])
    data = result.path.read_bytes()
    with school.transaction() as s:
        row = s.exec(select(ExchangeExport).where(ExchangeExport.sequence == 1)).one()
        row.data = zlib.compress(data)
        s.add(row)
    assert _resend(school, 1, tmp_path / "again").read_bytes() == data
