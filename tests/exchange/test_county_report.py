"""The county report for every week of the demo term, on SQLite and PostgreSQL: no crash on optional attributes
(a borrow-study status change carries no code), and identical figures on both databases."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.exchange.county import CountyDB, ingest, register_certificate, weekly_summary

TODAY = date(2026, 11, 27)
TERM = (date(2026, 9, 1), TODAY)
PASS = "county-report-pass"


@pytest.fixture(scope="module")
def demo_bundle(tmp_path_factory):
    """A small demo school (a term of roll calls, alerts, status changes) exported as one signed bundle."""
    from app.accounts import SYSTEM
    from app.data.db import open_database
    from app.demo import build_demo
    from app.exchange import keys
    from app.exchange.export import export_bundle
    from app.paths import DataPaths

    root = tmp_path_factory.mktemp("demo-county")
    paths = DataPaths(root / "school")
    build_demo(paths, students=120, seed=17, today=TODAY)
    db = open_database(paths)
    with db.transaction() as s:
        row = keys.active_key_row(s)
        if row is None:
            keys.create_key(s, SYSTEM, paths, PASS, key_size=2048)
        else:
            keys.replace_key(s, SYSTEM, paths, PASS, old_passphrase=keys.DEMO_KEY_PASSPHRASE, key_size=2048)
    with db.transaction() as s:
        r = export_bundle(s, SYSTEM, paths, out_dir=root / "usb", passphrase=PASS, period=TERM, today=TODAY,
                          full_roster=True)
    db.close()
    return r.path, next(paths.keys.glob("*.cert.pem")).read_bytes()


def _weeks():
    day = TERM[0]
    while day <= TERM[1]:
        yield day
        day += timedelta(days=7)


def _ingested(url, demo_bundle):
    path, cert = demo_bundle
    db = CountyDB(url)
    register_certificate(db, cert)
    res = ingest([path], db)
    assert res.ok and len(res.ingested) == 1, [v.reasons for v in res.rejected]
    return db


def test_the_bundle_has_a_status_change_without_a_code(demo_bundle):
    from lxml import etree

    from app.exchange.schema import hardened_parser, q

    root = etree.parse(str(demo_bundle[0]), parser=hardened_parser()).getroot()
    changes = root.find(q("Records")).find(q("StatusChanges"))
    assert any(c.get("code") is None for c in changes), "the demo should carry a change without a code (borrow-study)"


def test_every_week_of_the_term_reports_with_the_same_figures_on_sqlite_and_postgresql(demo_bundle, tmp_path,
                                                                                        pg_server):
    lite = _ingested(f"sqlite:///{(tmp_path / 'c.sqlite3').as_posix()}", demo_bundle)
    pg = _ingested(pg_server.new_database(), demo_bundle)
    try:
        seen_roll_calls = 0
        for week in _weeks():
            a, b = weekly_summary(lite, week), weekly_summary(pg, week)
            assert (a.start, a.end) == (b.start, b.end)
            assert a.rows == b.rows and a.total == b.total, week
            assert a.total["enrolled"] > 0
            seen_roll_calls += a.total["roll_days"]
        assert seen_roll_calls > 0
    finally:
        lite.close()
        pg.close()

