"""A bundle or a pledge batch killed anywhere between its number and its final name (issue #14, points 1 and 7).

Each crash is real: a child process is killed (SIGKILL) at a step of the numbered-file protocol, or at
the last COMMIT of the operation — where, before the protocol, the bundle already had its final name
while the history had not been committed: the next export issued #1 again and the county, having
ingested the first #1, refused the real one as a fork. Two exports at once and a roll call saved while
pledges render run in real parallel processes, synchronised by events (no sleeps).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

import pytest
from sqlmodel import select

from tests.conftest import TODAY
from tests.exchange.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL and fork-free children as on the school's Linux CI")

STEPS = ("reserve", "reserved", "written", "committed", "renamed", "last-commit")
WAIT = 120  # seconds: an upper bound only, never waited out by a passing test


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _open(root: str, user: str = "reg", password: str = "registrar-pass"):
    from app.accounts import authenticate
    from app.data.db import unlock_database
    from app.paths import DataPaths

    db = unlock_database(DataPaths(Path(root)), user, password)  # the school's file is encrypted (SQLCipher)
    with db.transaction() as s:
        return db, authenticate(s, user, password)


def _kill_at(step: str, commits: int) -> None:
    """Kill this process at ``step`` of the protocol, or (``last-commit``) just before its ``commits``-th COMMIT."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from app import numbered_files

    if step == "last-commit":
        seen = [0]

        def on_commit(_conn):
            seen[0] += 1
            if seen[0] == commits:
                _die()

        event.listen(Engine, "commit", on_commit)
    else:
        numbered_files.step_hooks.append(lambda name: _die() if name == step else None)


def _export_child(root: str, out: str, step: str, commits: int, queue) -> None:
    from app.exchange.export import export_bundle

    db, actor = _open(root)
    _kill_at(step, commits)
    with db.transaction() as s:
        r = export_bundle(s, actor, db.paths, out_dir=Path(out), passphrase=PASSPHRASE, today=TODAY)
    queue.put(r.sequence)


def _run(target, *args) -> tuple[int, list]:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue))
    proc.start()
    proc.join(WAIT)
    got = []
    while not queue.empty():
        got.append(queue.get())
    return proc.exitcode, got


def _commits_of(school, tmp_path, operation) -> int:
    """How many COMMITs ``operation(session, actor, copy)`` makes (counted on a copy of the school)."""
    import shutil

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    copy = tmp_path / "count"
    shutil.copytree(school.paths.root, copy)
    db, actor = _open(str(copy))
    seen = [0]

    def count(_conn):
        seen[0] += 1

    event.listen(Engine, "commit", count)
    try:
        with db.transaction() as s:
            operation(s, actor, db.paths)
    finally:
        event.remove(Engine, "commit", count)
        db.close()
    shutil.rmtree(copy)
    return seen[0]


def _county(tmp_path, school):
    from app.exchange.county import CountyDB, register_certificate

    county = CountyDB(tmp_path / "county.sqlite3")
    register_certificate(county, next(school.paths.keys.glob("*.cert.pem")))
    return county


@pytest.mark.parametrize("step", STEPS)
def test_a_bundle_killed_anywhere_is_never_issued_twice_and_the_county_sees_no_fork(school, tmp_path, step):
    import hashlib

    from app.data.exchange_models import ExchangeExport
    from app.exchange.county import ingest
    from app.exchange.export import export_bundle
    from app.numbered_files import recover

    usb = tmp_path / "usb"
    commits = _commits_of(school, tmp_path, lambda s, a, p: export_bundle(
        s, a, p, out_dir=p.root / "usb", passphrase=PASSPHRASE, today=TODAY))
    code, got = _run(_export_child, str(school.paths.root), str(usb), step, commits)
    assert code == -signal.SIGKILL and not got
    left = {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in usb.glob("*") if ".xml" in f.name
            and "manifest" not in f.name} if usb.exists() else {}

    recover(school)  # what every start does
    with school.transaction() as s:
        history = {r.file_name: r.sha256 for r in s.exec(select(ExchangeExport))}
    finals = sorted(usb.glob("*.xml")) if usb.exists() else []
    for f in finals:  # no bundle under its final name that the history does not know
        assert history.get(f.name) == hashlib.sha256(f.read_bytes()).hexdigest()
    assert not list(usb.glob("*.part")) if usb.exists() else True

    with school.transaction() as s:  # the next export (the same period again, then the next one)
        again = export_bundle(s, school.actors["reg"], school.paths, out_dir=usb, passphrase=PASSPHRASE, today=TODAY)
    with school.transaction() as s:
        history = {r.sequence: r.sha256 for r in s.exec(select(ExchangeExport))}
    for name, sha in left.items():  # whatever the crash left (final or .part): its number was not given to other bytes
        seq = int(name.split("-")[2])
        assert history[seq] == sha, f"bundle no. {seq} issued twice"
    assert again.sequence == max(history) and again.path.exists()

    county = _county(tmp_path, school)
    try:
        res = ingest(sorted(usb.glob("*.xml")), county)
        assert not res.rejected, [v.message for v in res.rejected]
    finally:
        county.close()


def _print_child(root: str, out: str, step: str, commits: int, queue) -> None:
    from app.documents.pledges import print_pledges

    db, actor = _open(root)
    _kill_at(step, commits)
    with db.transaction() as s:
        r = print_pledges(s, actor, Path(out), all_classes=True, today=TODAY)
    queue.put(r.numbers)


@pytest.mark.parametrize("step", ["reserved", "written", "committed", "last-commit"])
def test_a_pledge_batch_killed_anywhere_leaves_no_file_the_history_does_not_know_and_no_number_twice(
        school, tmp_path, step):
    from app.data.document_models import Pledge, PledgeBatch
    from app.data.file_models import NumberCounter
    from app.documents.pledges import print_pledges
    from app.numbered_files import recover

    out = tmp_path / "printed" / "pledges.pdf"
    out.parent.mkdir()
    commits = _commits_of(school, tmp_path, lambda s, a, p: print_pledges(s, a, p.root / "x.pdf", all_classes=True,
                                                                          today=TODAY))
    code, got = _run(_print_child, str(school.paths.root), str(out), step, commits)
    assert code == -signal.SIGKILL and not got
    recover(school)
    with school.transaction() as s:
        batches = s.exec(select(PledgeBatch)).all()
        counter = s.get(NumberCounter, "pledge")
        issued = {p.id for p in s.exec(select(Pledge))}
    assert not list(out.parent.glob("*.part"))
    assert out.exists() == bool(batches)  # a PDF under its name only with its batch in the history
    last = counter.last if counter else 0
    with school.transaction() as s:
        r = print_pledges(s, school.actors["reg"], out, all_classes=True, today=TODAY)
    new = {int(n.split("-")[1]) for n in r.numbers}
    assert min(new) > last and not new & issued  # the numbers the crash reserved are never issued again


# --- point 7: no long write lock ----------------------------------------------------------------------------------


def _print_slowly(root: str, out: str, rendering, saved, queue) -> None:
    from app.documents.pledges import print_pledges

    db, actor = _open(root)

    def progress(done, total):
        if done == 1:
            rendering.set()  # the PDF is being drawn: another process saves a roll call now
            saved.wait(WAIT)
        return True

    with db.transaction() as s:
        r = print_pledges(s, actor, Path(out), all_classes=True, today=TODAY, progress=progress)
    queue.put(("printed", r.count))


def _save_roll_call(root: str, class_id: int, student_id: int, rendering, saved, queue) -> None:
    from app import attendance as att
    from app.data import db as dbmod

    db, actor = _open(root)
    rendering.wait(WAIT)
    try:
        dbmod.BUSY_TIMEOUT_MS = 1000  # a writer holding the lock would make this fail at once
        with db.transaction() as s:
            rc = att.open_roll_call(s, actor, class_id, TODAY, "day", today=TODAY)
            att.submit_roll_call(s, actor, class_id, TODAY, "day", {student_id: ("absent", "")}, rc.revision,
                                 today=TODAY)
        queue.put(("saved", True))
    except Exception as exc:  # noqa: BLE001 - reported to the test
        queue.put(("saved", f"{type(exc).__name__}: {exc}"))
    finally:
        saved.set()


def test_roll_calls_are_saved_while_pledges_render_in_another_process(school, tmp_path):
    ctx = multiprocessing.get_context("spawn")
    rendering, saved, queue = ctx.Event(), ctx.Event(), ctx.Queue()
    out = tmp_path / "pledges.pdf"
    cls = school.class_ids["四年级(1)班"]
    pupil = school.students["四年级(1)班"][0]
    printer = ctx.Process(target=_print_slowly, args=(str(school.paths.root), str(out), rendering, saved, queue))
    saver = ctx.Process(target=_save_roll_call, args=(str(school.paths.root), cls, pupil, rendering, saved, queue))
    printer.start()
    saver.start()
    saver.join(WAIT)
    printer.join(WAIT)
    results = dict(queue.get(timeout=WAIT) for _ in range(2))
    assert results["saved"] is True, results["saved"]
    assert results["printed"] > 0 and out.exists()


def _export_together(root: str, out: str, barrier, queue) -> None:
    from app import numbered_files
    from app.exchange.export import export_bundle

    db, actor = _open(root)
    first = [True]

    def together(name):
        if name == "reserve" and first[0]:  # both have built their bundle on the same head
            first[0] = False
            barrier.wait(WAIT)

    numbered_files.step_hooks.append(together)
    try:
        with db.transaction() as s:
            r = export_bundle(s, actor, db.paths, out_dir=Path(out), passphrase=PASSPHRASE, today=TODAY,
                              full_roster=True)
        queue.put(r.sequence)
    except Exception as exc:  # noqa: BLE001 - reported to the test
        queue.put(f"{type(exc).__name__}: {exc}")


def test_two_exports_at_once_both_succeed_one_after_the_other(school, tmp_path):
    from app.exchange.county import ingest

    ctx = multiprocessing.get_context("spawn")
    barrier, queue = ctx.Barrier(2), ctx.Queue()
    usb = tmp_path / "usb"
    procs = [ctx.Process(target=_export_together, args=(str(school.paths.root), str(usb), barrier, queue))
             for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(WAIT)
    got = sorted(queue.get(timeout=WAIT) for _ in range(2))
    assert got == [1, 2], got  # no IntegrityError: the second built its bundle again on the first
    county = _county(tmp_path, school)
    try:
        res = ingest(sorted(usb.glob("*.xml")), county)
        assert len(res.ingested) == 2 and not res.rejected
    finally:
        county.close()


def test_a_locked_database_gives_a_busy_message_not_a_traceback(school, monkeypatch, capsys):
    from app.cli import main
    from app.data import db as dbmod
    from app.data import keyring

    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setenv("BAOXUE_PASSWORD", "registrar-pass")
    con = dbmod.connect_raw(school.paths.database, keyring.key_of(school.engine))
    con.execute("PRAGMA busy_timeout=0")
    con.execute("BEGIN IMMEDIATE")  # another program writing
    try:
        code = main(["print", "return", "JZ2026-000001-5", "--data-dir", str(school.paths.root), "--user", "reg"])
    finally:
        con.rollback()
        con.close()
    err = capsys.readouterr()
    assert code == 1
    assert "数据库正忙" in err.err + err.out and "重试" in err.err + err.out
    assert "Traceback" not in err.err
