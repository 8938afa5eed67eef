"""Fixtures of the exchange tests: a small school with students, roll calls and a signing key."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import TODAY, make_student_input

PASSPHRASE = "county-key-pass-1"
KEY_SIZE = 2048  # tests: faster key generation; the program uses 3072


def add_students(db, n_per_class: int = 4, start_seq: int = 1):
    from app import students

    ids: dict[str, list[int]] = {}
    seq = start_seq
    with db.transaction() as s:
        for cname, cid in db.class_ids.items():
            for i in range(n_per_class):
                sex = "1" if seq % 2 else "2"
                inp = make_student_input(cid, name=f"学生{seq}", sex=sex, birth=date(2016, 1, 1) + timedelta(days=seq),
                                         seq=seq * 2 + (1 if sex == "1" else 0), poor_household=(seq % 3 == 0))
                ids.setdefault(cname, []).append(students.create_student(s, db.actors["reg"], inp, today=TODAY))
                seq += 1
    return ids


def roll_call(db, class_name: str, day: date, marks: dict[int, str], who: str = "reg"):
    from app import attendance as att

    with db.transaction() as s:
        rc = att.open_roll_call(s, db.actors[who], db.class_ids[class_name], day, "day", today=TODAY)
        return att.submit_roll_call(s, db.actors[who], db.class_ids[class_name], day, "day",
                                    {sid: (m, "") for sid, m in marks.items()}, rc.revision, today=TODAY)


@pytest.fixture
def school(school_db):
    """school_db + 8 students, a roll call with one absentee, and the school's signing key."""
    from app.demo import county as demo_county
    from app.exchange import keys

    db = school_db
    db.students = add_students(db)
    roll_call(db, "三年级(1)班", TODAY, {db.students["三年级(1)班"][0]: "absent"})
    with db.transaction() as s:
        db.key = keys.create_key(s, db.actors["admin"], db.paths, PASSPHRASE, key_size=KEY_SIZE)
        demo_county.trust(s, db.actors["admin"], "610729")
    return db


@pytest.fixture
def export(school, tmp_path):
    """export(**kw) → ExportResult, as the registrar, into tmp_path/usb."""
    from app.exchange.export import export_bundle

    def run(actor: str = "reg", out=None, **kw):
        kw.setdefault("passphrase", PASSPHRASE)
        kw.setdefault("today", TODAY)
        with school.transaction() as s:
            return export_bundle(s, school.actors[actor], school.paths, out_dir=out or tmp_path / "usb", **kw)

    return run


# --- the county database on both engines -------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server():
    """One throw-away PostgreSQL per test process (pytest-xdist worker), stopped at the end."""
    import os

    from tests.exchange.pgserver import PgServer, PgUnavailable

    try:
        server = PgServer()
    except PgUnavailable as e:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI: the county tests must run on PostgreSQL: {e}", pytrace=False)
        pytest.skip(f"PostgreSQL not available here: {e}")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def county_url(request, tmp_path):
    """A fresh, empty county database URL: a SQLite file, or a new database on the throw-away PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{(tmp_path / 'county' / 'county.sqlite3').as_posix()}"
    return request.getfixturevalue("pg_server").new_database()


def another_school(root, *, code: str, name: str, county_code: str, county_name: str, area: str | None = None,
                   pupils: int = 3):
    """A second school (its own data folder, a class, a registrar ``reg``, ``pupils`` children born in its county
    and its signing key), for the county's cross-school tests. ``db.students``: their ids; ``db.export(period)``."""
    from app import school as school_mod
    from app import students
    from app.accounts import SYSTEM, authenticate, create_user
    from app.data.db import open_database
    from app.demo import county as demo_county
    from app.exchange import keys
    from app.exchange.export import export_bundle
    from app.paths import DataPaths
    from tests.conftest import ADMIN_PASSWORD

    paths = DataPaths(root / f"school-{code}")
    db = open_database(paths)
    with db.transaction() as s:
        school_mod.setup_school(s, code=code, name=name, county_code=county_code, county_name=county_name,
                                township="城关镇", admin_username="admin", admin_password=ADMIN_PASSWORD, today=TODAY)
        cid = school_mod.create_class(s, SYSTEM, "五年级(1)班", 5)
        create_user(s, SYSTEM, "reg", "registrar-pass", {"registrar"})
    with db.transaction() as s:
        db.actors = {"reg": authenticate(s, "reg", "registrar-pass"), "admin": authenticate(s, "admin", ADMIN_PASSWORD)}
    db.class_id = cid
    db.students = []
    with db.transaction() as s:
        for i in range(pupils):
            inp = make_student_input(cid, name=f"{name[:2]}{i}", sex="1" if i % 2 else "2", area=area or county_code,
                                     birth=date(2015, 5, 1) + timedelta(days=i), seq=40 + 2 * i + (1 if i % 2 else 0))
            db.students.append(students.create_student(s, db.actors["reg"], inp, today=TODAY))
    with db.transaction() as s:
        db.key = keys.create_key(s, db.actors["admin"], paths, PASSPHRASE, key_size=KEY_SIZE)
        demo_county.trust(s, db.actors["admin"], county_code)

    def export(period, out):
        with db.transaction() as s:
            return export_bundle(s, db.actors["reg"], paths, out_dir=out, passphrase=PASSPHRASE, period=period,
                                 today=TODAY)

    db.export = export
    return db


# --- the county's view of an encrypted bundle ----------------------------------------------------------------------


def opened(path_or_data) -> bytes:
    """The signed bundle inside an exported file (encrypted to the demo county, as every test school's is)."""
    from lxml import etree

    from app.demo import county as demo_county
    from app.exchange import envelope
    from app.exchange.keys import fingerprint_hex
    from app.exchange.schema import hardened_parser

    data = path_or_data if isinstance(path_or_data, bytes) else path_or_data.read_bytes()
    root = etree.fromstring(data, parser=hardened_parser())
    if not envelope.is_encrypted(root):
        return data
    keys = {fingerprint_hex(demo_county.certificate(code)): demo_county.private_key() for code in demo_county.OFFICES}
    return envelope.decrypt(envelope.read(root), keys)


def sealed(data: bytes, county_code: str = "610729") -> bytes:
    """``data`` encrypted to the demo county, as a school's program (or anyone holding the county's certificate) can."""
    from app.demo import county as demo_county
    from app.exchange import envelope
    from app.exchange.keys import fingerprint_hex

    cert = demo_county.certificate(county_code)
    return envelope.encrypt(data, cert, fingerprint_hex(cert))


def bundle_root(path_or_data):
    """The signed bundle of an exported file, parsed."""
    from lxml import etree

    from app.exchange.schema import hardened_parser

    return etree.fromstring(opened(path_or_data), parser=hardened_parser())
