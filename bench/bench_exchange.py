"""Issue 7: export and signing of a weekly bundle; verify and ingest of a county's bundles.

* export + sign of a weekly bundle (full roster) for a 5,000-student school, against
  building and serialising the same XML without signing;
* verify + ingest of the bundles of 29 schools with 30,786 students in all (the seed's
  county inspection), against parsing the same files with lxml.

``BAOXUE_BENCH_SCALE`` (default 1.0) shrinks the schools for a quick check.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

from lxml import etree

from bench.harness import DATA_DIR, Result, timeit

PASS = "bench-key-passphrase"
TODAY = date(2026, 11, 27)
SCALE = float(os.environ.get("BAOXUE_BENCH_SCALE", "1.0"))


def _school(root: Path, students: int, code: str, seed: int):
    from sqlmodel import select

    from app.accounts import SYSTEM
    from app.data.db import open_database
    from app.data.models import School
    from app.demo import build_demo
    from app.exchange import keys
    from app.paths import DataPaths

    paths = DataPaths(root)
    build_demo(paths, students=students, seed=seed, today=TODAY)
    db = open_database(paths)
    with db.transaction() as s:
        school = s.exec(select(School)).first()
        school.code = code
        s.add(school)
    with db.transaction() as s:
        # the demo now has its own key (made for its original code): a new one for this school code
        if keys.active_key_row(s) is None:
            keys.create_key(s, SYSTEM, paths, PASS, key_size=2048)
        else:
            keys.replace_key(s, SYSTEM, paths, PASS, old_passphrase=keys.DEMO_KEY_PASSPHRASE, key_size=2048)
    return db


def _export(db, out: Path, full: bool = True):
    from app.accounts import SYSTEM
    from app.exchange.export import export_bundle

    with db.transaction() as s:
        return export_bundle(s, SYSTEM, db.paths, out_dir=out, passphrase=PASS, today=TODAY, full_roster=full)


def run() -> list[Result]:
    from app.accounts import SYSTEM
    from app.exchange.bundle import BuildContext, build, Header
    from app.exchange.county import CountyDB, ingest, register_certificate

    work = Path(tempfile.mkdtemp(prefix="bench-exchange-", dir=DATA_DIR if DATA_DIR.exists() else None))
    results: list[Result] = []
    try:
        n = max(20, int(5000 * SCALE))
        db = _school(work / "big", n, "2161072999", 7)

        def export_once():
            out = work / "usb-big"
            shutil.rmtree(out, ignore_errors=True)
            with db.engine.begin():
                pass
            session = db.session()
            try:
                from app.exchange.export import export_bundle

                export_bundle(session, SYSTEM, db.paths, out_dir=out, passphrase=PASS, today=TODAY, full_roster=True)
            finally:
                session.rollback()
                session.close()

        def build_only():
            session = db.session()
            try:
                ctx = BuildContext(session, SYSTEM, date(2026, 11, 20), date(2026, 11, 26))
                h = Header("2161072999", "x", "610729", "", ctx.start, ctx.end, "weekly", 1, "", None,
                           __import__("datetime").datetime(2026, 11, 26, tzinfo=__import__("datetime").timezone.utc),
                           "full")
                etree.tostring(build(h, ctx).root, xml_declaration=True, encoding="UTF-8")
            finally:
                session.close()

        value = timeit(export_once, repeat=5, cpu=True)
        base = timeit(build_only, repeat=5, cpu=True)
        results.append(Result(f"export+sign weekly bundle, {n} students, CPU", value, "s", base,
                              "build+serialise the same XML unsigned", issue="#7", goal=1.5, runs=5,
                              note="to reach: one canonicalisation, no re-parse of the built tree before signing"))
        db.close()

        # the county: 29 schools, 30,786 students
        total = int(30786 * SCALE)
        sizes = [total // 29 + (1 if i < total % 29 else 0) for i in range(29)]
        usb = work / "usb"
        certs = []
        for i, size in enumerate(sizes):
            sdb = _school(work / f"s{i}", max(20, size), f"21610729{i:02d}", 100 + i)
            _export(sdb, usb)
            certs.append(sdb.paths.keys)
            sdb.close()
        files = sorted(usb.glob("*.xml"))

        def county_once():
            path = work / "county.sqlite3"
            path.unlink(missing_ok=True)
            cdb = CountyDB(path)
            for folder in certs:
                register_certificate(cdb, next(folder.glob("*.cert.pem")))
            t0 = time.perf_counter()
            res = ingest(files, cdb)
            assert len(res.ingested) == 29, [v.message for v in res.rejected]
            cdb.close()
            return time.perf_counter() - t0

        county_once()
        value = sorted(county_once() for _ in range(3))[1]
        base = timeit(lambda: [etree.parse(str(f)) for f in files], repeat=3)
        results.append(Result(f"verify+ingest 29 schools, {sum(sizes)} students", value, "s", base,
                              "lxml parse of the same 29 files", issue="#7", goal=2, runs=3,
                              note="speed and its fair baseline (parse + sqlite3 executemany of the same rows) "
                                   "are issue-17's; this baseline does less work"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results
