"""The exchange subcommands, on a parser built like app.cli.build_parser."""

from __future__ import annotations

import argparse

import pytest

from app.exchange.keys import DEMO_KEY_PASSPHRASE
from tests.conftest import ADMIN_PASSWORD
from tests.exchange.conftest import PASSPHRASE


def _parser():
    from app.exchange.cli import add_exchange_parsers

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir")
    login = argparse.ArgumentParser(add_help=False)
    login.add_argument("--user", required=True)
    opens = argparse.ArgumentParser(add_help=False)
    opens.add_argument("--user")
    p = argparse.ArgumentParser(prog="baoxue")
    add_exchange_parsers(p.add_subparsers(), common, login, opens)
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
    monkeypatch.setenv("BAOXUE_KEY_PASSPHRASE", DEMO_KEY_PASSPHRASE)  # the county's key (the demo county's here)
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


def _cert_file(path, code):
    from datetime import datetime, timedelta, timezone

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(x509.oid.NameOID.COMMON_NAME, f"学校 {code}"),
                      x509.NameAttribute(x509.oid.NameOID.SERIAL_NUMBER, code)])
    now = datetime.now(timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + timedelta(days=30)).sign(key, hashes.SHA256()))
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return str(path)


def test_county_register_takes_many_certificates_all_or_nothing(tmp_path, capsys):
    from sqlalchemy import func, select

    from app.errors import ValidationError
    from app.exchange.county import CountyDB, cert_t

    db = ["--db", str(tmp_path / "c.sqlite3")]
    certs = [_cert_file(tmp_path / f"s{i}.pem", f"21610729{i:02d}") for i in range(5)]
    (tmp_path / "bad.pem").write_text("not a certificate")
    try:
        _run(["county", "register", *certs, str(tmp_path / "bad.pem"), *db])
        raise AssertionError("a bad file must refuse the batch")
    except ValidationError as e:
        assert "bad.pem" in str(e)
    assert _run(["county", "register", *certs, *db]) == 0
    assert capsys.readouterr().out.count("已登记:") == 5
    c = CountyDB(tmp_path / "c.sqlite3")
    with c.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(cert_t)).scalar() == 5
    c.close()


def test_key_show_in_a_new_process_asks_for_an_account_and_opens_with_its_password(school, tmp_path, monkeypatch,
                                                                                   capsys):
    from app.data import keyring
    from app.errors import BaoxueError

    d = str(school.paths.root)
    keyring.forget_all()  # a new process: the encrypted database is not open yet
    with pytest.raises(BaoxueError, match="--user"):
        _run(["key", "show", "--data-dir", d])
    monkeypatch.setenv("BAOXUE_PASSWORD", ADMIN_PASSWORD)
    assert _run(["key", "show", "--data-dir", d, "--user", "admin", "--cert", str(tmp_path / "s.pem")]) == 0
    assert (tmp_path / "s.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
