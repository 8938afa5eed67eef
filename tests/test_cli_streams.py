"""A windowed Windows program starts with sys.stdout = sys.stderr = None: nothing may raise."""

from __future__ import annotations

import subprocess
import sys

from app import cli


def test_main_with_no_stdout_and_stderr_keeps_the_output_in_console_log(monkeypatch, db, tmp_path):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdin", None)
    code = cli.main(["db", "check", "--data-dir", str(db.paths.root)])
    out, err = sys.stdout, sys.stderr
    assert code == 0
    assert out is not None and out is err
    out.flush()
    text = open(out.name, encoding="utf-8").read()
    assert "结论:正常" in text and out.name.endswith("console.log")


def test_an_error_and_a_password_prompt_with_no_streams(monkeypatch, db):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdin", None)
    # no password variable and no console to ask on: a clear error, written to the log, not a crash
    assert cli.main(["students", "--user", "admin", "--data-dir", str(db.paths.root)]) == cli.EXIT_ERROR
    sys.stderr.flush()
    assert "BAOXUE_PASSWORD" in open(sys.stderr.name, encoding="utf-8").read()


def test_a_real_process_with_its_streams_closed(db):
    """As the frozen windowed program starts on Windows: fd 1 and 2 closed → Python sets them to None."""
    code = ("import os, sys; os.close(1); os.close(2); "
            "sys.stdout = sys.stderr = None; from app import cli; sys.exit(cli.main(sys.argv[1:]))")
    p = subprocess.run([sys.executable, "-c", code, "db", "check", "--data-dir", str(db.paths.root)],
                       stdin=subprocess.DEVNULL, timeout=120)
    assert p.returncode == 0
