"""Shared fixtures: every test gets its own data directory; the real profile is never touched."""

from __future__ import annotations

import os
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: how long a UI test waits for a signal or a condition before it fails. Only an upper bound — a
#: passing test never waits it out — so it is long enough for a machine under heavy load (the
#: short values written in the tests are raised to it; no test depends on the wall clock).
WAIT_MS = 120_000


@pytest.fixture(autouse=True)
def _patient_waits(monkeypatch):
    try:
        from pytestqt.qtbot import QtBot
    except ImportError:  # pragma: no cover - pytest-qt is in the test extra
        yield
        return

    def patient(method):
        def wait(self, *args, timeout=WAIT_MS, **kwargs):
            return method(self, *args, timeout=max(timeout or 0, WAIT_MS), **kwargs)
        return wait

    for name in ("waitSignal", "waitSignals", "waitUntil", "waitCallback"):
        monkeypatch.setattr(QtBot, name, patient(getattr(QtBot, name)))
    yield


@pytest.fixture(autouse=True)
def _no_unanswered_dialogs(monkeypatch):
    """A message box nobody answers fails the test at once, naming its text.

    A modal box runs Qt's own event loop, where no Python runs: the per-test timeout could not
    fire and the run would wait for ever. A test that expects a box answers it by patching
    ``QMessageBox.question`` (and the others) or the helper in ``app.ui.widgets`` itself.
    """
    try:
        from PySide6.QtWidgets import QMessageBox
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        yield
        return

    def unanswered(kind):
        def box(_parent, title="", text="", *args, **kwargs):
            raise AssertionError(f"an unanswered QMessageBox.{kind} opened: {title!r}: {text!r}")
        return staticmethod(box)

    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, unanswered(kind))

    def unanswered_box(box):
        raise AssertionError(f"an unanswered question opened: {box.text()!r}")

    from app.ui import drafts  # the draft offered back (恢复上次未保存的草稿?) asks through drafts.ask
    monkeypatch.setattr(drafts, "ask", unanswered_box)
    yield


@pytest.fixture(autouse=True)
def _counties_hold_the_demo_county_key(monkeypatch):
    """Every county database of the tests holds the demo county's key (app.demo.county), as a real county holds the
    key whose certificate its schools registered, and county commands get its passphrase from the environment as
    the program's county commands do: bundles the tests' schools encrypt to it open at any county of the tests."""
    from app.demo import county as demo_county
    from app.exchange import county
    from app.exchange.keys import DEMO_KEY_PASSPHRASE, ENV_PASSPHRASE

    opened = county.CountyDB.__init__

    def init(self, url):
        opened(self, url)
        demo_county.install(self)

    monkeypatch.setattr(county.CountyDB, "__init__", init)
    monkeypatch.setenv(ENV_PASSPHRASE, DEMO_KEY_PASSPHRASE)
    yield


@pytest.fixture(autouse=True)
def _fast_password_hashing(request, monkeypatch):
    """Tests hash with a cheap scrypt cost (n=2**10) instead of the real one (n=2**15, ~0.1 s a hash):
    the cost is stored in each hash, so checking works the same. ``@pytest.mark.real_scrypt`` keeps it."""
    if request.node.get_closest_marker("real_scrypt") is None:
        from app import accounts

        monkeypatch.setattr(accounts, "_SCRYPT_N", 2**10)
    yield


@pytest.fixture(autouse=True)
def _isolated_profile(tmp_path_factory, monkeypatch):
    """Point HOME, XDG dirs and BAOXUE_DATA_DIR at a temporary folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))  # the log folder (app.paths.log_dir)
    monkeypatch.setenv("APPDATA", str(home / "AppData" / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    monkeypatch.setenv("BAOXUE_DATA_DIR", str(home / "baoxue-data"))
    monkeypatch.delenv("BAOXUE_PASSWORD", raising=False)
    monkeypatch.setenv("BAOXUE_MACHINE_DIR", str(home / "machine"))
    yield
    from app.data import keyring
    from app.instance_lock import release_all

    release_all()  # the data-folder locks a test's CLI calls or windows took (a process holds them for life)
    keyring.forget_all()  # the database keys the test opened (a process keeps them while it runs)


@pytest.fixture(autouse=True)
def _isolated_logging(monkeypatch):
    """What ``configure_logging`` (every CLI ``main()``) sets up is taken down after the test.

    The crash file stays off inside the test process, so a hard crash of a test still goes to pytest's own
    faulthandler output (tests/test_logs.py checks the crash file in a process of its own).
    """
    import sys
    import threading

    from app import logs

    monkeypatch.setattr(logs, "enable_crash_file", lambda folder: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    handler = logs._state["handler"]
    if handler is not None:
        import logging

        logging.getLogger().removeHandler(handler)
        handler.close()
    logs._state.update(handler=None, folder=None)


@pytest.fixture
def paths(tmp_path) -> "DataPaths":
    from app.paths import DataPaths

    return DataPaths(tmp_path / "data")


@pytest.fixture
def db(paths):
    from app.data.db import open_database

    database = open_database(paths)
    yield database
    database.close()


ADMIN_PASSWORD = "admin-pass-1"
TODAY = date(2026, 11, 27)


@pytest.fixture
def school_db(db):
    """A small school: admin, registrar, principal, two class teachers, a subject teacher, two classes."""
    from app import school
    from app.accounts import SYSTEM, authenticate, create_user

    with db.transaction() as s:
        school.setup_school(s, code="3161000123", name="测试县第一小学", county_code="610729",
                            county_name="留坝县", township="马道镇", admin_username="admin",
                            admin_password=ADMIN_PASSWORD, today=TODAY)
        t1 = school.create_staff(s, SYSTEM, "王老师", sex="2", phone="13800138000", village="马道村")
        t2 = school.create_staff(s, SYSTEM, "李老师", sex="1", phone="13800138001", village="青桥村")
        t3 = school.create_staff(s, SYSTEM, "赵老师", sex="1")
        c1 = school.create_class(s, SYSTEM, "三年级(1)班", 3, head_teacher_id=t1)
        c2 = school.create_class(s, SYSTEM, "四年级(1)班", 4, head_teacher_id=t2)
        school.assign_teaching(s, SYSTEM, t3, c1, "数学")
        create_user(s, SYSTEM, "wang", "teacher-pass", {"class_teacher", "teacher"}, staff_id=t1)
        create_user(s, SYSTEM, "li", "teacher-pass", {"class_teacher", "teacher"}, staff_id=t2)
        create_user(s, SYSTEM, "zhao", "teacher-pass", {"teacher"}, staff_id=t3)
        create_user(s, SYSTEM, "reg", "registrar-pass", {"registrar"})
        create_user(s, SYSTEM, "boss", "principal-pass", {"principal"})
    with db.transaction() as s:
        actors = {
            "admin": authenticate(s, "admin", ADMIN_PASSWORD),
            "wang": authenticate(s, "wang", "teacher-pass"),
            "li": authenticate(s, "li", "teacher-pass"),
            "zhao": authenticate(s, "zhao", "teacher-pass"),
            "reg": authenticate(s, "reg", "registrar-pass"),
            "boss": authenticate(s, "boss", "principal-pass"),
        }
    db.actors = actors
    db.class_ids = {"三年级(1)班": c1, "四年级(1)班": c2}
    return db


def unlock(paths, username: str = "admin", password: str | None = None) -> None:
    """Open a copied school's encrypted database once with a password (this process keeps its key then)."""
    from app.data.db import unlock_database
    from app.demo import DEMO_PASSWORD

    unlock_database(paths, username, password or DEMO_PASSWORD).close()


def raw_connect(paths):
    """A DB-API connection to the school's database as a SQLite tool would have it — with the key,
    as an insider who knows a password has it (the key this process opened it with)."""
    from app.backup import live_key
    from app.data.db import connect_raw

    return connect_raw(paths.database, live_key(paths))


def make_student_input(class_id: int, *, name: str = "张三", sex: str = "1", birth: date = date(2017, 3, 5),
                       seq: int = 1, area: str = "610729", **extra):
    """A valid StudentInput with a real resident ID number."""
    from app.identity import sample_resident_id
    from app.students import GuardianInput, StudentInput

    rid = sample_resident_id(area, birth, seq, sex=sex)
    values = dict(
        name=name, sex=sex, birth_date=birth, student_number="G" + rid, class_id=class_id, id_number=rid,
        enrolled_on=date(2023, 9, 1), village="马道村", township="马道镇",
        guardians=[GuardianInput("张大山", "father", "13912345678", True, False, "")],
    )
    values.update(extra)
    return StudentInput(**values)


@pytest.fixture
def student_factory():
    return make_student_input


# PySide6 (6.12 here) can crash while the interpreter tears down its last Qt objects
# ("bool_dealloc ... refcount error in a C extension") after a long single-process run of the UI
# tests, although every test passed. The results are final by then, so a plain (non-xdist) run
# leaves through os._exit with pytest's own exit status instead of through that teardown.
# xdist workers are left alone: they report their results before they exit.
def pytest_unconfigure(config):
    if os.environ.get("PYTEST_XDIST_WORKER") or getattr(config, "_baoxue_exitstatus", None) is None:
        return
    import sys

    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(int(config._baoxue_exitstatus))


def pytest_sessionfinish(session, exitstatus):
    session.config._baoxue_exitstatus = exitstatus
