"""Issue 7: export and signing of a weekly bundle (the county's verify + ingest: bench_county.py, issue 17).

* export + sign of a weekly bundle (full roster) for a 5,000-student school, encrypted to the county, against
  building and serialising the same XML (the same week) without signing, encrypting it the same way (one AES-GCM
  pass and one RSA-OAEP wrap with plain ``cryptography`` calls) and writing it atomically (temporary name, fsync,
  rename): the work every export must do besides the signature and its checks.

``BAOXUE_BENCH_SCALE`` (default 1.0) shrinks the schools for a quick check.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from lxml import etree

from bench.harness import DATA_DIR, Result, timeit

PASS = "bench-key-passphrase"
TODAY = date(2026, 11, 27)
#: the day the timed weekly bundle is exported: its period (the policy's week of that day, 20–26 November) is the
#: one the baseline builds too — exporting on TODAY would give the week just begun, nearly empty, against a full one
WEEK_DAY = date(2026, 11, 26)
SCALE = float(os.environ.get("BAOXUE_BENCH_SCALE", "1.0"))


def _school(root: Path, students: int, code: str, seed: int):
    from sqlmodel import select

    from app.accounts import SYSTEM
    from bench.harness import open_school
    from app.data.models import School
    from app.demo import build_demo
    from app.exchange import keys
    from app.paths import DataPaths

    paths = DataPaths(root)
    build_demo(paths, students=students, seed=seed, today=TODAY)
    db = open_school(paths)
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


def _export(db, out: Path, full: bool = True, today: date = TODAY):
    from app.accounts import SYSTEM
    from app.exchange.export import export_bundle

    with db.transaction() as s:
        return export_bundle(s, SYSTEM, db.paths, out_dir=out, passphrase=PASS, today=today, full_roster=full)


EXPORT_NOTE = ("done: the roster digested from plain rows once and reused for the student records, what the county "
               "holds written by executemany, the signed tree validated as it is; the signature written by "
               "app.exchange.xmldsig on the tree itself (one canonicalisation, the bytes signxml writes, without "
               "signxml's serialise-and-parse copies of the document); the history's head read as one row without "
               "its file (the ORM's first() read every bundle of the history, megabytes each through SQLCipher), the "
               "history keeping the bundle zlib-compressed before encryption with its sealing, sealed again once to "
               "check it gives the file back (app.exchange.copies: base64 of ciphertext does not compress), the stored-value check reading each field in one fetch, the signing key loaded without OpenSSL's "
               "key validation (32 ms: every signature is verified with the certificate instead); "
               "both sides build the same week (the export's policy period of 26 November)")

def run() -> list[Result]:
    from app.accounts import SYSTEM
    from app.demo import county as demo_county
    from app.exchange import envelope
    from app.exchange.bundle import BuildContext, build, Header
    from app.exchange.export import resolve_period
    from app.exchange.keys import fingerprint_hex

    county_cert = demo_county.certificate("610729")
    county_fp = fingerprint_hex(county_cert)

    work = Path(tempfile.mkdtemp(prefix="bench-exchange-", dir=DATA_DIR if DATA_DIR.exists() else None))
    results: list[Result] = []
    try:
        n = max(20, int(5000 * SCALE))
        db = _school(work / "big", n, "2161072999", 7)
        # the week before was sent already (not timed): the timed export is a weekly one, whose header checks the
        # school's audit chain from the previous bundle's head — the first bundle checks the whole log once
        t0 = time.process_time()
        _export(db, work / "usb-first", today=WEEK_DAY - timedelta(days=7))
        first = time.process_time() - t0

        def export_once():
            out = work / "usb-big"
            shutil.rmtree(out, ignore_errors=True)
            with db.engine.begin():
                pass
            session = db.session()
            try:
                from app.exchange.export import export_bundle

                export_bundle(session, SYSTEM, db.paths, out_dir=out, passphrase=PASS, today=WEEK_DAY, full_roster=True)
            finally:
                session.rollback()
                session.close()

        def build_only():
            session = db.session()
            try:
                start, end, rhythm = resolve_period(session, None, WEEK_DAY)  # the export's period
                ctx = BuildContext(session, SYSTEM, start, end, rhythm=rhythm)
                h = Header("2161072999", "x", "610729", "", ctx.start, ctx.end, rhythm, 1, "", None,
                           datetime(2026, 11, 26, tzinfo=timezone.utc), "full")
                data = envelope.encrypt(etree.tostring(build(h, ctx).root, encoding="UTF-8"), county_cert, county_fp)
                # the file written as any export must: under a temporary name, fsynced, renamed, the folder fsynced
                out = work / "usb-base"
                out.mkdir(exist_ok=True)
                part = out / "bundle.xml.part"
                with open(part, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(part, out / "bundle.xml")
                fd = os.open(out, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
            finally:
                session.close()

        value = timeit(export_once, repeat=5, cpu=True)
        base = timeit(build_only, repeat=5, cpu=True)
        results.append(Result(f"export+sign weekly bundle, {n} students, CPU", value, "s", base,
                              "build+serialise the same XML unsigned, encrypted the same way, written atomically (fsync, rename)", issue="#7", goal=1.5, runs=5,
                              note=EXPORT_NOTE + f"; the school's first bundle also checks the whole audit chain "
                                                 f"(#14 item 5): {first:.2f} s CPU for that one on this school"))
        db.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results
