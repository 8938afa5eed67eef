"""The county database under Alembic (app/exchange/county_migrations), on SQLite and PostgreSQL: a new database is
built at the head and matches the tables of the code; one made by ``create_all`` before the county had migrations is
stamped and upgraded with its data; every revision goes down and up again; a newer file is refused."""

from __future__ import annotations

import multiprocessing as mp
import subprocess
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, create_engine, insert, inspect, select

from app.exchange import county_package  # noqa: F401 - its tables are on the county's metadata
from app.exchange import county_schema
from app.exchange.county import CountyDB, CountyError, bundle_t, county_metadata, meta_t, school_t
from tests.exchange.test_county_db import _open  # a process opening the database


#: the tables the program before Alembic made (revision c0001)
LEGACY_TABLES = ("county_meta", "county_cert", "county_school", "county_bundle", "county_class", "county_student",
                 "county_record")


def _engine(url):
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        Path(engine.url.database).parent.mkdir(parents=True, exist_ok=True)
    return engine


def _diff(engine):
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "version_table": county_schema.VERSION_TABLE})
        return compare_metadata(ctx, county_metadata)


def _revision(engine):
    with engine.connect() as c:
        return county_schema.current_revision(c)


def _legacy_database(url):
    """What the program before Alembic made: ``county_metadata.create_all`` of its tables and schema_version 1,
    with a school and a bundle in it."""
    legacy = MetaData(naming_convention=county_metadata.naming_convention)
    for name in LEGACY_TABLES:
        county_metadata.tables[name].to_metadata(legacy)
    students = legacy.tables["county_student"]
    students.indexes = {ix for ix in students.indexes if ix.name != "ix_county_student_number"}  # added by c0002
    bundles = legacy.tables["county_bundle"]  # c0009 adds the signed digest and the encrypted flag
    bundles.indexes = {ix for ix in bundles.indexes if ix.name != "ux_county_bundle_digest"}
    for added in ("digest", "encrypted"):
        bundles._columns.remove(bundles.c[added])
    engine = _engine(url)
    legacy.create_all(engine)
    now = datetime(2026, 11, 27, tzinfo=timezone.utc)
    with engine.begin() as c:
        c.execute(insert(legacy.tables["county_meta"]).values(key="schema_version", value="1"))
        c.execute(insert(legacy.tables["county_school"]).values(code="3161000123", name="旧库学校", county_code="610729",
                                                                county_name="留坝县", last_sequence=1))
        c.execute(insert(legacy.tables["county_bundle"]).values(
            school_code="3161000123", sequence=1, sha256="a" * 64, prev_sha256="", period_start=date(2026, 11, 20),
            period_end=date(2026, 11, 26), created_at=now, roster_mode="full", key_fingerprint="b" * 64,
            file_name="old.xml", counts={"student": 0}, ingested_at=now))
    engine.dispose()


def test_a_new_database_is_built_at_the_head_and_matches_the_code(county_url):
    CountyDB(county_url).close()
    engine = _engine(county_url)
    try:
        assert _revision(engine) == county_schema.head_revision() == county_schema.quick_head_revision()
        assert _diff(engine) == [], "county tables and county migrations disagree"
        with engine.connect() as c:
            assert c.execute(select(meta_t.c.value).where(meta_t.c.key == "schema_version")).scalar() == "2"
    finally:
        engine.dispose()


def test_a_database_made_before_alembic_is_stamped_and_upgraded_with_its_data(county_url):
    _legacy_database(county_url)
    db = CountyDB(county_url)
    try:
        with db.engine.connect() as c:
            assert county_schema.current_revision(c) == county_schema.head_revision()
            assert c.execute(select(school_t.c.name)).scalar() == "旧库学校"
            assert c.execute(select(bundle_t.c.file_name)).scalar() == "old.xml"
            # the program before Alembic reads this and refuses the file instead of writing into it
            assert c.execute(select(meta_t.c.value).where(meta_t.c.key == "schema_version")).scalar() == "2"
        assert _diff(db.engine) == []
    finally:
        db.close()
    if county_url.startswith("sqlite"):
        file = db.engine.url.database
        backups = list(Path(file).parent.glob("county-*-before-c*.sqlite3"))
        assert len(backups) == 1
        old = _engine(f"sqlite:///{backups[0]}")
        try:
            assert _revision(old) is None  # the copy is the file as it was
            with old.connect() as c:
                assert c.exec_driver_sql("SELECT value FROM county_meta").scalar() == "1"
        finally:
            old.dispose()


def test_every_revision_goes_down_and_up_again(county_url):
    CountyDB(county_url).close()
    engine = _engine(county_url)
    try:
        with engine.begin() as c:
            command.downgrade(county_schema.alembic_config(c), "base")
        with engine.connect() as c:
            assert county_schema.current_revision(c) is None
            assert set(inspect(c).get_table_names()) <= {county_schema.VERSION_TABLE}
        CountyDB(county_url).close()  # opening builds it again
        assert _revision(engine) == county_schema.head_revision() and _diff(engine) == []
    finally:
        engine.dispose()


def test_a_database_from_a_newer_program_is_refused_and_left_alone(county_url):
    CountyDB(county_url).close()
    engine = _engine(county_url)
    with engine.begin() as c:
        c.exec_driver_sql(f"UPDATE {county_schema.VERSION_TABLE} SET version_num = 'c9999'")
    engine.dispose()
    with pytest.raises(CountyError, match="比本程序新"):
        CountyDB(county_url)
    engine = _engine(county_url)
    try:
        assert _revision(engine) == "c9999"
    finally:
        engine.dispose()


def test_three_processes_opening_an_old_database_at_once_upgrade_it_once(county_url):
    _legacy_database(county_url)
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_open, args=(county_url, queue)) for _ in range(3)]
    for p in procs:
        p.start()
    assert [queue.get(timeout=120) for _ in procs] == ["ok"] * 3
    for p in procs:
        p.join(60)
    engine = _engine(county_url)
    try:
        assert _revision(engine) == county_schema.head_revision()
        with engine.connect() as c:
            assert c.exec_driver_sql("SELECT count(*) FROM county_meta").scalar() == 1
            assert c.exec_driver_sql("SELECT count(*) FROM county_bundle").scalar() == 1
    finally:
        engine.dispose()


def test_opening_a_current_county_database_does_not_load_alembic(tmp_path):
    url = f"sqlite:///{(tmp_path / 'c.sqlite3').as_posix()}"
    CountyDB(url).close()
    code = ("import sys; from app.exchange.county import CountyDB; db = CountyDB(sys.argv[1]); "
            "print(any(m == 'alembic' or m.startswith('alembic.') for m in sys.modules)); db.close()")
    out = subprocess.run([sys.executable, "-c", code, url], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
