"""Hostile or broken files at the county: each rejected with the file and the reason; nothing ingested."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.exchange.county import CountyDB, bundle_t, ingest, register_certificate, verify
from app.exchange.verify import verify_bytes
from tests.conftest import TODAY
from tests.exchange.conftest import roll_call
from tests.exchange.conftest import opened, sealed


@pytest.fixture
def county(school, tmp_path, county_url):
    db = CountyDB(county_url)
    pem = tmp_path / "school.pem"
    pem.write_text(school.key.cert_pem)
    register_certificate(db, pem)
    yield db
    db.close()


@pytest.fixture
def bundle(export):
    return export()


def _check(tmp_path, county, data: bytes, name="bad.xml", seal=True):
    """Ingest ``data`` — encrypted to the county as a school's program sends it (``seal``), or in clear — and check that
    it is refused, naming the file, with nothing stored."""
    f = tmp_path / name
    f.write_bytes(sealed(data) if seal else data)
    res = ingest([f], county)
    with county.engine.connect() as c:
        assert c.execute(select(func.count()).select_from(bundle_t)).scalar() == 0
    v = res.verified[0]
    assert v.status == "rejected" and name in v.message
    return v.message


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE Bundle [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Bundle xmlns="urn:baoxue:bundle:1" schemaVersion="1.0">&xxe;</Bundle>"""
LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<Bundle xmlns="urn:baoxue:bundle:1" schemaVersion="1.0">&lol3;</Bundle>"""


@pytest.mark.parametrize("data", [XXE, LAUGHS], ids=["external-entity", "billion-laughs"])
def test_entities_are_refused(tmp_path, county, data):
    assert "ENTITY" in _check(tmp_path, county, data)


def test_wrong_namespace(tmp_path, county, bundle):
    data = opened(bundle.path).replace(b"urn:baoxue:bundle:1", b"urn:baoxue:bundle:9")
    assert "命名空间" in _check(tmp_path, county, data)


def test_wrong_schema_version(tmp_path, county, bundle):
    data = opened(bundle.path).replace(b'schemaVersion="1.5"', b'schemaVersion="1.7"', 1)
    assert "版本" in _check(tmp_path, county, data)


def test_changed_value_after_signing(tmp_path, county, bundle):
    data = opened(bundle.path).replace(b'present="3"', b'present="4"')
    assert "签名后被改动" in _check(tmp_path, county, data)


def test_changed_name_after_signing(tmp_path, county, bundle):
    data = opened(bundle.path).replace("学生1".encode(), "学生X".encode(), 1)
    assert "签名后被改动" in _check(tmp_path, county, data)


def test_truncated_file(tmp_path, county, bundle):
    data = opened(bundle.path)
    assert "截断" in _check(tmp_path, county, data[: len(data) // 2])


def test_empty_file(tmp_path, county):
    assert "空" in _check(tmp_path, county, b"")


def test_schema_violation_after_signing(tmp_path, county, bundle):
    data = opened(bundle.path).replace(b'sex="1"', b'sex="5"', 1)
    assert "XSD" in _check(tmp_path, county, data)


def test_swapped_certificate(school, tmp_path, county, bundle):
    """Re-signed with another key and its own certificate: not the registered one."""
    from app.exchange import keys
    from app.exchange.bundle import sign
    from cryptography.hazmat.primitives.asymmetric import rsa
    from lxml import etree
    from app.exchange.schema import hardened_parser, DS_NS
    from app.data.models import School

    root = etree.fromstring(opened(bundle.path), parser=hardened_parser())
    root.remove(root.find(f"{{{DS_NS}}}Signature"))
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with school.transaction() as s:
        cert = keys._make_certificate(other, s.get(School, 1), __import__("datetime").datetime.now(__import__("datetime").timezone.utc))
    data = sign(root, other, cert)
    assert "证书可能被替换" in _check(tmp_path, county, data)


def test_unregistered_school(tmp_path, bundle):
    db = CountyDB(tmp_path / "empty.sqlite3")
    v = verify([bundle.path], db)[0]
    assert v.status == "rejected" and "尚未在县里登记" in v.message
    db.close()


def test_fork_replay_and_gap(school, export, county, tmp_path):
    a = export(out=tmp_path / "a")
    assert ingest([a.path], county).ingested
    assert verify([a.path], county)[0].status == "replay"
    # a second school database would produce another "sequence 1": simulate by a changed export renamed
    roll_call(school, "四年级(1)班", TODAY, {school.students["四年级(1)班"][1]: "absent"})
    b = export(out=tmp_path / "b")
    c_ = export(out=tmp_path / "c", period=(TODAY.replace(day=28), TODAY.replace(day=30)))
    # gap: sequence 3 without 2
    v3 = verify([c_.path], county)[0]
    assert v3.ok and any("缺号" in w for w in v3.warnings)
    # fork: sequence 2 already at the county, another file claims sequence 2
    assert ingest([b.path], county).ingested
    with school.transaction() as s:
        from app.data.exchange_models import ExchangeExport
        from sqlmodel import select as sselect

        for rec in s.exec(sselect(ExchangeExport).where(ExchangeExport.sequence >= 2)).all():
            s.delete(rec)
    roll_call(school, "三年级(1)班", TODAY, {school.students["三年级(1)班"][1]: "absent"})
    fork = export(out=tmp_path / "d")
    assert fork.sequence == 2
    v = verify([fork.path], county)[0]
    assert v.status == "rejected" and "分叉" in v.message


def test_a_digest_value_that_is_not_base64_is_refused(tmp_path, county, bundle):
    """Found by the fuzz test below: signxml's own schema check of ds:Signature raised through verify."""
    data = opened(bundle.path)
    start = data.index(b"<ds:DigestValue>") + len(b"<ds:DigestValue>")
    bad = data[:start] + b":" + data[start + 1:]
    assert "签名格式" in _check(tmp_path, county, bad)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pos=st.integers(min_value=0, max_value=10**9), byte=st.integers(min_value=0, max_value=255))
def test_any_single_byte_change_is_rejected_or_harmless(bundle, county, pos, byte):
    """Flip one byte anywhere: verification either refuses the file or the signed content is unchanged."""
    data = bytearray(opened(bundle.path))
    i = pos % len(data)
    if data[i] == byte:
        return
    data[i] = byte
    v = verify_bytes("fuzz.xml", bytes(data), county)
    if v.status != "rejected":
        ok = verify_bytes("orig.xml", opened(bundle.path), county)
        assert v.records == ok.records and v.sequence == ok.sequence and v.school_code == ok.school_code


@pytest.mark.parametrize("where, what", [(b"<Sequence>", b"<!-- -->"), (b"<Counts>", b"<!-- x -->"),
                                         (b"<Sequence>", b"<?x y?>")])
def test_comments_and_processing_instructions_are_refused_never_a_crash(tmp_path, county, bundle, where, what):
    """Found by make torture: a comment among <Counts> crashed verify (TypeError), a processing instruction
    before the sequence number too (ValueError); a comment splitting a field reads differently signed."""
    data = opened(bundle.path)
    i = data.index(where) + len(where)
    message = _check(tmp_path, county, data[:i] + what + data[i:])  # refused, nothing ingested
    assert "注释" in message or b"<?" in what  # the parser drops instructions: the digest refuses it


def test_a_signature_that_does_not_verify_with_the_certificate_is_never_written(school, bundle):
    """The signing key is loaded without OpenSSL's key validation (#18): every signature is verified with the
    certificate instead, and nothing is signed with a key that is not the certificate's."""
    from cryptography.hazmat.primitives.asymmetric import rsa
    from lxml import etree

    from app.exchange import xmldsig
    from app.exchange.keys import load_cert
    from app.exchange.schema import DS_NS

    other = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    cert = load_cert(school.key.cert_pem)
    root = etree.fromstring(b'<a xmlns="urn:x"><b c="1"/></a>')
    with pytest.raises(xmldsig.BadSignature):
        xmldsig.sign(root, other, cert)
    assert root.find(f"{{{DS_NS}}}Signature") is None  # left as it was


def test_a_replaced_key_file_is_refused_before_anything_is_written(school, export, tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from sqlmodel import select as sm_select

    from app.data.exchange_models import ExchangeKey
    from app.exchange.keys import KeyUnavailable
    from tests.exchange.conftest import PASSPHRASE

    with school.transaction() as s:
        key_path = school.paths.keys / s.exec(sm_select(ExchangeKey).where(ExchangeKey.status == "active")).first().key_file
    other = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    key_path.write_bytes(other.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                             serialization.BestAvailableEncryption(PASSPHRASE.encode("utf-8"))))
    with pytest.raises(KeyUnavailable, match="不配对"):
        export(out=tmp_path / "usb-x")
    assert not (tmp_path / "usb-x").exists() or not list((tmp_path / "usb-x").glob("*.xml"))
