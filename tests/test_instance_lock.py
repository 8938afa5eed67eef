"""One running copy per data folder: a second process is told, and changes nothing."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from app import instance_lock
from app.instance_lock import FolderInUse, FolderLock

HOLDER = textwrap.dedent("""
    import sys, time
    from app.instance_lock import lock_folder
    lock_folder(sys.argv[1])
    print("locked", flush=True)
    sys.stdin.readline()   # hold until told to go
""")


@pytest.fixture
def other_process(tmp_path):
    """A real second process holding the lock of tmp_path/'school' until the test ends."""
    folder = tmp_path / "school"
    p = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "locked"
    yield folder, p
    p.stdin.close()
    p.wait(timeout=30)


def test_a_second_process_is_told_who_holds_the_folder(other_process):
    folder, p = other_process
    assert instance_lock.is_locked(folder / "baoxue.lock")
    with pytest.raises(FolderInUse) as caught:
        FolderLock(folder).acquire()
    message = str(caught.value)
    assert "正在使用" in message and str(folder) in message and str(p.pid) in message


def test_the_lock_goes_with_the_process_even_when_it_is_killed(other_process):
    folder, p = other_process
    p.kill()
    p.wait(timeout=30)
    lock = FolderLock(folder).acquire()  # no stale lock after a crash
    assert lock.held
    lock.release()
    assert not instance_lock.is_locked(folder / "baoxue.lock")


def test_the_cli_refuses_a_changing_command_and_keeps_the_database_as_it_was(other_process, school_db, monkeypatch,
                                                                             capsys):
    """A CLI command on a folder a window holds: the message, exit 1, nothing written."""
    from app import cli

    folder, _p = other_process
    from app.data.db import open_database
    from app.paths import DataPaths

    db = open_database(DataPaths(folder))
    db.close()
    before = (folder / "baoxue.sqlite3").read_bytes()
    monkeypatch.setenv("BAOXUE_PASSWORD", "x")
    assert cli.main(["roster", "import", "nothing.csv", "--user", "admin", "--data-dir", str(folder)]) == 1
    assert "正在使用" in capsys.readouterr().err
    assert (folder / "baoxue.sqlite3").read_bytes() == before
    # reading beside a running window stays allowed
    assert cli.main(["db", "check", "--data-dir", str(folder)]) == 0


def test_one_process_takes_its_own_lock_once(tmp_path):
    a = instance_lock.lock_folder(tmp_path / "s")
    assert instance_lock.lock_folder(tmp_path / "s") is a
    instance_lock.release_all()
    assert not instance_lock.is_locked(tmp_path / "s" / "baoxue.lock")
