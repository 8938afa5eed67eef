"""The exchange subcommands, on a parser built like app.cli.build_parser."""

from __future__ import annotations

import argparse

from tests.conftest import ADMIN_PASSWORD
from tests.exchange.conftest import PASSPHRASE


def _parser():
    from app.exchange.cli import add_exchange_parsers

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir")
    login = argparse.ArgumentParser(add_help=False)
    login.add_argument("--user", required=True)
    p = argparse.ArgumentParser(prog="baoxue")
    add_exchange_parsers(p.add_subparsers(), common, login)
    return p


def _run(argv):
    args = _parser().parse_args(argv)
    return args.func(args)


def test_export_register_verify_ingest_report_from_the_command_line(school, tmp_path, monkeypatch, capsys):
    d = str(school.paths.root)
    monkeypatch.setenv("BAOXUE_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("BAOXUE_KEY_PASSPHRASE", PASSPHRASE)
    assert _run(["key", "show", "--data-dir", d, "--cert", str(tmp_path / "s.pem")]) == 0
    assert _run(["export", "--data-dir", d, "--user", "admin", "--out", str(tmp_path / "usb"),
                 "--period", "2026-11-23..2026-11-29"]) == 0
    files = [str(p) for p in (tmp_path / "usb").glob("*.xml")]
    db = ["--db", str(tmp_path / "c.sqlite3")]
    assert _run(["county", "verify", *files, *db]) == 1  # not registered yet
    assert _run(["county", "register", str(tmp_path / "s.pem"), *db]) == 0
    assert _run(["county", "ingest", *files, *db]) == 0
    assert _run(["county", "report", "--week", "2026-11-27", "--out", str(tmp_path / "w.xlsx"), *db]) == 0
    out = capsys.readouterr().out
    assert "尚未在县里登记" in out and "导入 1 个" in out and (tmp_path / "w.xlsx").exists()


def test_passphrase_is_never_an_argument():
    import pytest

    with pytest.raises(SystemExit):
        _parser().parse_args(["export", "--user", "a", "--out", "x", "--passphrase", "secret"])
