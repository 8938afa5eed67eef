"""Two ingests of the same school forced to interleave, on SQLite and PostgreSQL.

Each ingest has its own engine (its own connections). Hooks on the engines' statements stop the first ingest just
after it took the school's lock (PostgreSQL: its ``INSERT … ON CONFLICT DO UPDATE`` of the school's row, which
holds the row's lock; SQLite: the write lock its ``BEGIN IMMEDIATE`` took) and hold it until the second has started its own transaction — on PostgreSQL
until the server shows the second waiting for a lock. Then the first goes on and commits. The second must come
through the lock only after that commit, find what the first stored (the chain checks are repeated inside its
transaction), and the database must hold exactly what a serial ingest of the same two files gives: no duplicate,
no lost row, no deadlock, no error. No sleeps: every wait is on an event or a condition, with an upper bound.
"""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import event, select

from app.exchange.county import CountyDB, bundle_t, ingest, ingest_file, record_t, register_certificate, school_t, \
    student_t
from tests.exchange.test_county_db import chain  # noqa: F401 - the fixture: three chained bundles

LIMIT = 120  # seconds: only an upper bound, a passing run never waits it out


def _wait(ev: threading.Event, what: str) -> None:
    if not ev.wait(LIMIT):
        raise AssertionError(f"timed out waiting for {what}")


def _wait_until(cond, what: str) -> None:
    deadline = time.monotonic() + LIMIT
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.005)  # polling the server's view of its locks; the bound is LIMIT


def _snapshot(db: CountyDB) -> dict:
    """What the county holds, without row ids and times: compared with a serial ingest of the same files."""
    with db.engine.connect() as c:
        return {
            "bundles": sorted(c.execute(select(bundle_t.c.school_code, bundle_t.c.sequence, bundle_t.c.sha256,
                                               bundle_t.c.superseded_by)).all()),
            "schools": sorted(c.execute(select(school_t.c.code, school_t.c.last_sequence)).all()),
            "students": sorted(c.execute(select(student_t.c.school_code, student_t.c.number, student_t.c.status,
                                                student_t.c.removed, student_t.c.sequence)).all()),
            "records": sorted(c.execute(select(bundle_t.c.sequence, record_t.c.kind, record_t.c.rkey)
                                        .join(bundle_t, bundle_t.c.id == record_t.c.bundle_id)).all()),
        }


class Interleaving:
    """The hooks on the two engines and what they saw."""

    def __init__(self, first: CountyDB, second: CountyDB, monitor_url: str | None):
        self.first, self.second = first, second
        self.pg = first.engine.dialect.name == "postgresql"
        self.monitor_url = monitor_url
        self.first_locked, self.second_trying, self.first_committed = (threading.Event() for _ in range(3))
        self.second_through_after_commit: bool | None = None
        event.listen(first.engine, "after_cursor_execute", self._first_after)
        event.listen(first.engine, "commit", self._first_commit)
        event.listen(second.engine, "before_cursor_execute", self._second_before)
        event.listen(second.engine, "after_cursor_execute", self._second_after)

    # which statement is the school's lock, which is the second's attempt to take it
    def _is_lock(self, statement: str) -> bool:
        # PostgreSQL: the upsert that holds the school's row; SQLite: inside BEGIN IMMEDIATE, the write lock is held
        return statement.startswith("INSERT INTO county_school")

    def _is_attempt(self, statement: str) -> bool:
        return statement.startswith("INSERT INTO county_school") if self.pg else statement == "BEGIN IMMEDIATE"

    def _is_through(self, statement: str) -> bool:
        return self._is_lock(statement) if self.pg else statement == "BEGIN IMMEDIATE"

    def _first_after(self, conn, cursor, statement, params, context, executemany):
        if self._is_lock(statement) and not self.first_locked.is_set():
            self.first_locked.set()
            _wait(self.second_trying, "the second ingest to start its transaction")
            if self.pg:
                _wait_until(self._second_is_waiting, "PostgreSQL to show the second ingest waiting for the lock")

    def _first_commit(self, conn):
        if self.first_locked.is_set():
            self.first_committed.set()

    def _second_before(self, conn, cursor, statement, params, context, executemany):
        if self.first_locked.is_set() and self._is_attempt(statement):
            self.second_trying.set()

    def _second_after(self, conn, cursor, statement, params, context, executemany):
        if self.second_trying.is_set() and self.second_through_after_commit is None and self._is_through(statement):
            self.second_through_after_commit = self.first_committed.is_set()

    def _second_is_waiting(self) -> bool:
        import psycopg

        with psycopg.connect(self.monitor_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as c:
            return c.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                             "AND wait_event_type = 'Lock'").fetchone()[0] >= 1


def _run_both(first: CountyDB, second: CountyDB, file_a, file_b, hooks: Interleaving):
    results: dict[str, object] = {}

    def run(name, db, path, after=None):
        try:
            if after is not None:
                _wait(after, "the first ingest to hold the lock")
            results[name] = ingest_file(path, db)
        except BaseException as e:  # noqa: BLE001 - reported by the test
            results[name] = e

    threads = [threading.Thread(target=run, args=("first", first, file_a)),
               threading.Thread(target=run, args=("second", second, file_b, hooks.first_locked))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(2 * LIMIT)
    assert not any(t.is_alive() for t in threads), "an ingest never finished (deadlock)"
    return results["first"], results["second"]


@pytest.mark.parametrize("before,pair", [((), (0, 0)), ((), (1, 0)), ((), (0, 1)), ((0,), (1, 1)), ((0,), (2, 1))],
                         ids=["new school, same file", "new school, later bundle first", "new school, earlier first",
                              "known school, same file", "known school, later bundle first"])
def test_two_ingests_of_one_school_forced_to_interleave(school, chain, county_url, tmp_path, before, pair):  # noqa: F811
    """A new school: its row is inserted by the first ingest (the second waits on that insertion); a known school:
    the row exists and the second waits on the first's row lock."""
    a, b = chain[pair[0]], chain[pair[1]]
    cert = school.key.cert_pem.encode()
    first, second = CountyDB(county_url), CountyDB(county_url)
    register_certificate(first, cert)
    ingest([chain[i] for i in before], first)
    pg = first.engine.dialect.name == "postgresql"
    hooks = Interleaving(first, second, county_url if pg else None)
    try:
        got_a, got_b = _run_both(first, second, a, b, hooks)
        for got in (got_a, got_b):
            assert not isinstance(got, BaseException), repr(got)
        assert hooks.first_locked.is_set() and hooks.second_trying.is_set()
        assert hooks.second_through_after_commit is True, "the second ingest took the lock before the first committed"
        assert got_a.status == "ok"
        if a == b:
            assert got_b.status == "replay"  # found inside its transaction, not an IntegrityError
        else:
            assert got_b.status == "ok", got_b.message
        held = _snapshot(first)
    finally:
        first.close()
        second.close()

    reference_url = f"sqlite:///{(tmp_path / 'serial.sqlite3').as_posix()}"
    ref = CountyDB(reference_url)
    try:
        register_certificate(ref, cert)
        ingest([chain[i] for i in before] + sorted({a, b}), ref)
        assert held == _snapshot(ref)
    finally:
        ref.close()
    assert [s for _c, s, _h, _x in held["bundles"]] == sorted({i + 1 for i in (*before, *pair)})
    assert held["schools"] == [("3161000123", max(pair) + 1)]  # last_sequence: the highest stored, whatever the order


def test_sqlite_a_lock_held_too_long_stops_the_batch_with_what_to_do(school, chain, tmp_path, monkeypatch):  # noqa: F811
    """Another program holds the county file's write lock past the wait: the batch stops cleanly, names why, stores
    nothing half; once the lock is free the same batch goes through."""
    import sqlite3

    from app.exchange import county as county_mod
    from app.exchange.county import CountyError

    monkeypatch.setattr(county_mod, "COUNTY_BUSY_TIMEOUT_MS", 200)
    file = tmp_path / "county.sqlite3"
    db = CountyDB(file)
    register_certificate(db, school.key.cert_pem.encode())
    other = sqlite3.connect(file, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a second clerk's program in the middle of its ingest
    try:
        with pytest.raises(CountyError, match="正被另一个程序占用.*重新导入同一批文件"):
            ingest(chain, db)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _snapshot(db)["bundles"] == []
    assert len(ingest(chain, db).ingested) == 3
    db.close()
