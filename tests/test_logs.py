"""The log file, the crash record, masking of personal data, and the problem report."""

from __future__ import annotations

import logging
import subprocess
import sys
import zipfile
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import logs
from app.identity import sample_resident_id
from app.paths import log_dir

AREAS = ["610729", "610702", "110101", "440305"]


@pytest.fixture
def logging_to(tmp_path):
    """A log folder of the test (conftest takes the handler down afterwards)."""
    return tmp_path / "logs"


def test_logging_writes_to_a_rotating_file_in_the_log_folder(logging_to):
    path = logs.configure_logging(logging_to, crash_file=False, hooks=False)
    assert path == logging_to / "baoxue.log"
    logging.getLogger("app.backup").info("backup written: %s", "x.zip")
    logs._state["handler"].flush()
    text = path.read_text(encoding="utf-8")
    assert "INFO" in text and "app.backup" in text and "backup written: x.zip" in text
    assert logs.configure_logging(logging_to, crash_file=False, hooks=False) == path  # not doubled
    assert sum(isinstance(h, logging.handlers.RotatingFileHandler) for h in logging.getLogger().handlers
               if getattr(h, "baseFilename", "") == str(path)) == 1
    handler = logs._state["handler"]
    assert handler.maxBytes == logs.MAX_BYTES and handler.backupCount == logs.BACKUP_COUNT


def test_the_log_folder_is_the_platforms_user_log_folder(monkeypatch, tmp_path):
    import platformdirs

    assert log_dir() == type(log_dir())(platformdirs.user_log_dir("baoxue", "Baoxue"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert str(log_dir()).startswith(str(tmp_path / "state"))


def test_the_command_line_logs_what_it_did(school_db, paths, logging_to, monkeypatch, capsys, tmp_path):
    from app import cli

    monkeypatch.setattr(logs, "log_dir", lambda: logging_to)
    assert cli.main(["db", "backup", str(tmp_path / "b.zip"), "--data-dir", str(paths.root)]) == 0
    assert cli.main(["db", "verify-backup", str(tmp_path / "missing.zip")]) == 1
    logs._state["handler"].flush()
    text = (logging_to / "baoxue.log").read_text(encoding="utf-8")
    assert "db_backup" in text and "backup written" in text and "b.zip" in text
    assert "refused: 找不到备份文件" in text


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")  # pytest's own hook sees it too
def test_an_uncaught_exception_of_a_thread_is_logged_with_its_traceback(logging_to):
    import threading

    logs.configure_logging(logging_to, crash_file=False, hooks=False)
    logs.install_hooks()  # conftest puts the previous hooks back

    def boom():
        raise ValueError("the thread broke")

    t = threading.Thread(target=boom, name="worker-7")
    t.start()
    t.join()
    logs._state["handler"].flush()
    text = (logging_to / "baoxue.log").read_text(encoding="utf-8")
    assert "CRITICAL" in text and "thread worker-7" in text and "ValueError: the thread broke" in text
    assert "Traceback" in text


def test_a_hard_crash_leaves_its_stack_in_crash_log(tmp_path):
    folder = tmp_path / "logs"
    code = ("import sys, faulthandler; from pathlib import Path; from app import logs; "
            f"logs.configure_logging(Path({str(folder)!r})); faulthandler._sigsegv()")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert done.returncode != 0
    text = (folder / "crash.log").read_text(encoding="utf-8")
    assert "Baoxue" in text and "started" in text and "Fatal Python error" in text


# --- masking -----------------------------------------------------------------------------------------------

ids = st.builds(lambda area, days, seq, sex: sample_resident_id(area, date(2008, 1, 1) + timedelta(days=days), seq,
                                                                  sex=sex),
                st.sampled_from(AREAS), st.integers(0, 5000), st.integers(1, 499), st.sampled_from(["1", "2"]))
around = st.sampled_from(["", " ", "身份证号:", "学籍号 G", "L", "(", "，", "\n", "id=", "学生", "x", "号码"])


@settings(max_examples=300, deadline=None)
@given(ids, around, around)
def test_every_resident_id_is_masked_wherever_it_stands(rid, before, after):
    text = f"{before}{rid}{after}"
    masked = logs.mask_text(text)
    assert rid not in masked and rid[6:] not in masked
    assert rid[:6] + "*" * 12 in masked  # the county of the ID stays, for a place-code problem


def test_ids_ending_in_x_and_old_15_digit_ids():
    x_ids = [sample_resident_id("610729", date(2017, 3, 5) + timedelta(days=d), s)
             for d in range(60) for s in range(1, 6)]
    x_ids = [i for i in x_ids if i.endswith("X")]
    assert x_ids, "some sample IDs end in X"
    for rid in x_ids[:5]:
        for shown in (rid, rid.lower(), "G" + rid):
            masked = logs.mask_text(f"重复的身份证号 {shown} 第 3 行")
            assert rid[6:].lower() not in masked.lower() and "610729************" in masked
    assert logs.mask_text("老证号 610729850305123 还在") == "老证号 610729********* 还在"


def test_phone_numbers_are_masked_but_dates_times_and_hashes_are_not():
    text = ("监护人电话 13912345678,父亲 139-1234-5678,母亲 +86 138 1234 5678,学校 0916-3921026。"
            "2026-11-27 15:30:00,123 pid 48213 sha256 6c021c90058cef9ab7292ce5c34ae4b0c61db7c6833f41de01195c3071fa7343 "
            "第 12345 行 baoxue-2161072901-auto-20261127-153000.zip")
    masked = logs.mask_text(text)
    for secret in ("12345678", "1234-5678", "1234 5678", "3921026"):
        assert secret not in masked
    assert "139********" in masked and "+86 138********" in masked and "0916-*******" in masked
    for kept in ("2026-11-27 15:30:00,123", "pid 48213", "6c021c90058cef9ab7292ce5c34ae4b0c61db7c6833f41de01195c3071fa7343",
                 "第 12345 行", "baoxue-2161072901-auto-20261127-153000.zip"):
        assert kept in masked


def test_names_from_the_database_are_masked(school_db, student_factory):
    from app import students

    cid = school_db.class_ids["三年级(1)班"]
    with school_db.transaction() as s:
        students.create_student(s, school_db.actors["reg"], student_factory(cid, name="欧阳小明"))
    with school_db.session() as s:
        names = logs.personal_names(s)
    assert {"欧阳小明", "张大山", "王老师", "李老师"} <= names
    text = "学生欧阳小明(监护人张大山)缺勤,班主任王老师已家访;王老师说明天回校。王子不是人名。"
    masked = logs.mask_text(text, names)
    for name in ("欧阳小明", "张大山", "王老师"):
        assert name not in masked
    assert "欧***" in masked and "张**" in masked and "王**已家访" in masked and "王子不是人名" in masked


# --- the problem report ------------------------------------------------------------------------------------


def test_the_problem_report_holds_the_masked_logs_and_the_versions(logging_to, tmp_path):
    logs.configure_logging(logging_to, crash_file=False, hooks=False)
    logging.getLogger("app.students.roster_import").warning("第 7 行:身份证号 610729201703050011 与 张小花 重复,电话 13800138000")
    (logging_to / "console.log").write_text("warning: 李四 13912345678\n", encoding="utf-8")
    facts = logs.system_facts(data_dir=tmp_path / "data", revision="0009", head="0009", extra={"Qt": "6.x"})
    out = logs.write_problem_report(tmp_path / "report.zip", names={"张小花", "李四"}, facts=facts)
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        assert {"system.txt", "system.json", "logs/baoxue.log", "logs/console.log"} <= names
        everything = "\n".join(zf.read(n).decode("utf-8") for n in names)
        system = zf.read("system.txt").decode("utf-8")
    for secret in ("610729201703050011", "张小花", "李四", "13800138000", "13912345678"):
        assert secret not in everything
    assert "610729************" in everything and "张**" in everything and "第 7 行" in everything
    for fact in ("保学 Baoxue", "Python", "SQLite", "操作系统", "0009", "Qt: 6.x"):
        assert fact in system
    assert not list(tmp_path.glob(".report.zip*.part"))
