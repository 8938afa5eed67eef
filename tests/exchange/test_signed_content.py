"""Issue #14 items 3–4: the county reads only what was signed, chains bundles by what was signed, and receives them
encrypted to its certificate. Each defect of the issue is reproduced first (the file is validly signed and the old
reading went wrong), then refused or read right."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from lxml import etree
from signxml import XMLVerifier
from sqlalchemy import func, select

from app.exchange import envelope, keys, xmldsig
from app.exchange.bundle import sign
from app.exchange.county import CountyDB, bundle_t, ingest, register_certificate, verify
from app.exchange.schema import DS_NS, hardened_parser, q, resource
from tests.conftest import TODAY
from tests.exchange.conftest import PASSPHRASE, bundle_root, opened, roll_call, sealed
from tests.exchange.test_hostile import county  # noqa: F401 - the fixture: the school's certificate registered

XMLSEC1 = shutil.which("xmlsec1")


def _stored(county) -> int:
    with county.engine.connect() as c:
        return c.execute(select(func.count()).select_from(bundle_t)).scalar()


def _resign(school, root: etree._Element) -> bytes:
    """``root`` signed again with the school's own key: a bundle the school's key really signed."""
    with school.transaction() as s:
        row = keys.active_key_row(s)
        private = keys.load_private_key(school.paths, row, PASSPHRASE)
    root.remove(root.find(f"{{{DS_NS}}}Signature"))
    return sign(root, private, keys.load_cert(row.cert_pem))


def test_a_comment_splitting_the_sequence_is_refused_not_read_as_another_number(school, export, county, tmp_path):
    """The defect: in a validly signed #12, ``<Sequence>1<!-- -->2</Sequence>`` was ingested as #1 (the header was
    read from the file as parsed; the signature does not cover comments)."""
    root = bundle_root(export().path)
    root.find(q("Header")).find(q("Sequence")).text = "12"
    data = _resign(school, root).replace(b"<Sequence>12</Sequence>", b"<Sequence>1<!-- -->2</Sequence>")
    # the signature still holds (comments are outside the canonical form), and the file as parsed says 1
    XMLVerifier().verify(data, x509_cert=keys.load_cert(school.key.cert_pem))
    assert etree.fromstring(data).find(q("Header")).findtext(q("Sequence")) == "1"
    f = tmp_path / "twelve.xml"
    f.write_bytes(sealed(data))
    v = ingest([f], county).verified[0]
    assert v.status == "rejected" and "注释" in v.message and v.sequence != 1
    assert _stored(county) == 0


def test_a_comment_in_created_rejects_that_file_and_the_rest_of_the_batch_goes_in(school, export, county, tmp_path):
    """The defect: a comment inside ``<Created>`` crashed verify and aborted the whole batch."""
    first = export()
    roll_call(school, "四年级(1)班", TODAY, {school.students["四年级(1)班"][1]: "absent"})
    second = export()
    plain = opened(first.path)
    created = bundle_root(first.path).find(q("Header")).findtext(q("Created"))
    bad = plain.replace(f"<Created>{created}</Created>".encode(), f"<Created>{created[:10]}<!-- x -->{created[10:]}</Created>".encode())
    assert bad != plain
    f = tmp_path / "bad" / first.path.name
    f.parent.mkdir()
    f.write_bytes(sealed(bad))
    res = ingest([f, second.path], county)
    assert [v.status for v in res.verified] == ["rejected", "ok"]
    assert "注释" in res.verified[0].message
    assert _stored(county) == 1


@pytest.mark.parametrize("where,insert", [
    ("</Header>", b"</Header>stray text"),  # character data between elements: not in the schema
    ("<Records>", b"<?baoxue hidden?><Records>"),  # a processing instruction
    ("</Records>", b"</Records><!-- unsigned note -->"),  # a comment between elements
], ids=["text", "processing-instruction", "comment"])
def test_mixed_content_is_refused(school, export, county, tmp_path, where, insert):
    plain = opened(export().path)
    data = plain.replace(where.encode(), insert, 1)
    assert data != plain
    if insert.startswith(b"</Header>stray"):  # signed as it is: the schema (element-only content) refuses it
        data = _resign(school, etree.fromstring(data, parser=hardened_parser()))
    f = tmp_path / "mixed.xml"
    f.write_bytes(sealed(data))
    v = ingest([f], county).verified[0]
    assert v.status == "rejected" and f.name in v.message
    assert _stored(county) == 0


def test_an_unforeseen_failure_on_one_file_rejects_that_file_only(school, export, county, tmp_path, monkeypatch):
    from app.exchange import verify as verify_mod

    good = export()
    boom = tmp_path / "boom" / "baoxue-3161000123-00000-x.xml"
    boom.parent.mkdir()
    boom.write_bytes(good.path.read_bytes())
    real = verify_mod.verify_bytes

    def flaky(name, data, registry, **kw):
        if "00000" in str(name):
            raise KeyError("something nobody foresaw")
        return real(name, data, registry, **kw)

    monkeypatch.setattr(verify_mod, "verify_bytes", flaky)
    res = ingest([boom, good.path], county)
    assert [v.status for v in res.verified] == ["rejected", "ok"]
    assert "程序未预料到" in res.verified[0].message and "KeyError" in res.verified[0].message


def test_a_crlf_copy_of_bundle_1_is_bundle_1_and_bundle_2_links_to_it(school, export, county, tmp_path):
    """The defect: the chain was the raw file's SHA-256, so a CRLF copy of #1 ingested first made the real #2
    "链条断裂". Now the chain is the digest of what was signed."""
    one = export()
    roll_call(school, "四年级(1)班", TODAY, {school.students["四年级(1)班"][1]: "absent"})
    two = export()
    crlf = tmp_path / "crlf" / one.path.name
    crlf.parent.mkdir()
    crlf.write_bytes(sealed(opened(one.path).replace(b"\n", b"\r\n")))  # an unencrypted copy's lines, as a PC may
    assert keys.sha256_file(crlf) != one.sha256
    res = ingest([crlf], county)
    assert res.verified[0].status == "ok" and res.verified[0].digest == one.signed_digest
    again = ingest([one.path, two.path], county)
    assert [v.status for v in again.verified] == ["replay", "ok"], [v.message for v in again.verified]
    assert _stored(county) == 2
    # the encrypted file itself copied with CRLF line ends (its base64 lines) is the same bundle too
    crlf2 = tmp_path / "crlf2" / two.path.name
    crlf2.parent.mkdir()
    crlf2.write_bytes(two.path.read_bytes().replace(b"\n", b"\r\n"))
    assert ingest([crlf2], county).verified[0].status == "replay"


def test_a_county_database_from_before_c0009_still_chains(school, export, county, tmp_path):
    """Bundles ingested before revision c0009 have no signed digest (the county kept no files). A bundle of an older
    school program (linked by the file's SHA-256) still checks; a new one (linked by the signed digest) is accepted
    with a warning until the old file is ingested again, which records its digest."""
    from sqlalchemy import update

    one = export()
    roll_call(school, "四年级(1)班", TODAY, {school.students["四年级(1)班"][1]: "absent"})
    two = export()
    assert ingest([one.path], county).ok
    with county.engine.begin() as c:
        c.execute(update(bundle_t).values(digest=None))  # as c0009 leaves a row ingested before it
    v = verify([two.path], county)[0]
    assert v.ok and any("无法核对链条" in w for w in v.warnings)
    assert ingest([one.path], county).verified[0].status == "replay"  # recorded now
    v = verify([two.path], county)[0]
    assert v.ok and not any("无法核对链条" in w for w in v.warnings)


# --- encryption ----------------------------------------------------------------------------------------------------


def test_a_school_without_the_county_certificate_is_told_what_to_do(school, export):
    from app.data.receipt_models import CountyTrust
    from app.errors import ValidationError
    from sqlmodel import delete

    with school.transaction() as s:
        s.exec(delete(CountyTrust))
    with pytest.raises(ValidationError) as e:
        export()
    assert "county-package trust" in str(e.value) and "县级证书" in str(e.value)


def test_the_wrong_county_key_is_refused_cleanly(school, export, tmp_path, county_url):
    """A county whose keys are not the one the school encrypted to: refused, naming the certificate, nothing stored."""
    from app.exchange import county as county_mod
    from app.exchange.county_package import key_t

    other = CountyDB(county_url)
    try:
        with other.engine.begin() as c:
            c.execute(key_t.delete())  # only a key of its own
        from app.exchange.county_package import create_county_key

        create_county_key(other, "610729", "留坝县教育局", "other-county-pass", key_size=2048)
        pem = tmp_path / "school.pem"
        pem.write_text(school.key.cert_pem)
        register_certificate(other, pem)
        r = export()
        v = county_mod.ingest([r.path], other, passphrase="other-county-pass").verified[0]
        assert v.status == "rejected" and "另一张县级证书" in v.message
        v = county_mod.ingest([r.path], other, passphrase="wrong passphrase").verified[0]
        assert v.status == "rejected" and "口令不对" in v.message
        assert _stored(other) == 0
    finally:
        other.close()


@pytest.mark.parametrize("target", ["content", "key", "nonce"])
def test_tampered_ciphertext_is_refused(export, county, tmp_path, target):
    import base64

    r = export()
    root = etree.fromstring(r.path.read_bytes(), parser=hardened_parser())
    values = root.findall(f".//{{{envelope.XENC}}}CipherValue")  # the wrapped key, then the content
    el = values[1] if target in ("content", "nonce") else values[0]
    raw = bytearray(base64.b64decode("".join(el.text.split())))
    raw[0 if target == "nonce" else len(raw) // 2] ^= 0x01
    el.text = base64.b64encode(bytes(raw)).decode()
    f = tmp_path / "tampered.xml"
    f.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    v = ingest([f], county).verified[0]
    assert v.status == "rejected" and "解密" in v.message
    assert _stored(county) == 0


def test_old_unencrypted_bundles_are_accepted_until_the_school_sends_an_encrypted_one(school, export, county, tmp_path):
    one = export()
    roll_call(school, "四年级(1)班", TODAY, {school.students["四年级(1)班"][1]: "absent"})
    two = export()
    roll_call(school, "四年级(1)班", TODAY, {school.students["四年级(1)班"][2]: "absent"})
    three = export()
    plain_one, plain_three = tmp_path / "p1" / one.path.name, tmp_path / "p3" / three.path.name
    for f, r in ((plain_one, one), (plain_three, three)):
        f.parent.mkdir()
        f.write_bytes(opened(r.path))  # as an older program wrote them: signed, in clear
    assert ingest([plain_one], county).verified[0].status == "ok"
    assert ingest([two.path], county).verified[0].status == "ok"  # the school's first encrypted bundle
    v = ingest([plain_three], county).verified[0]
    assert v.status == "rejected" and "必须加密" in v.message


# --- the standard-tools recipe ---------------------------------------------------------------------------------------


def _forged_with_an_xpath_transform(school, plain: bytes, tmp_path) -> bytes:
    """A bundle signed by the school's key (here: xmlsec1 signing a template) whose Reference has an XPath transform
    that leaves the records out of what is signed — then its records changed. Valid XML Signature."""
    root = etree.fromstring(plain, parser=hardened_parser())
    root.remove(root.find(f"{{{DS_NS}}}Signature"))
    ds = DS_NS
    sig = etree.SubElement(root, f"{{{ds}}}Signature", nsmap={"ds": ds})
    info = etree.SubElement(sig, f"{{{ds}}}SignedInfo")
    etree.SubElement(info, f"{{{ds}}}CanonicalizationMethod", Algorithm=xmldsig.EXC_C14N)
    etree.SubElement(info, f"{{{ds}}}SignatureMethod", Algorithm=xmldsig.RSA_SHA256)
    ref = etree.SubElement(info, f"{{{ds}}}Reference", URI="")
    tr = etree.SubElement(ref, f"{{{ds}}}Transforms")
    etree.SubElement(tr, f"{{{ds}}}Transform", Algorithm=xmldsig.ENVELOPED)
    xp = etree.SubElement(etree.SubElement(tr, f"{{{ds}}}Transform", Algorithm="http://www.w3.org/TR/1999/REC-xpath-19991116"),
                          f"{{{ds}}}XPath", nsmap={"b": "urn:baoxue:bundle:1"})
    xp.text = "not(ancestor-or-self::b:Records)"
    etree.SubElement(tr, f"{{{ds}}}Transform", Algorithm=xmldsig.EXC_C14N)
    etree.SubElement(ref, f"{{{ds}}}DigestMethod", Algorithm=xmldsig.SHA256)
    etree.SubElement(ref, f"{{{ds}}}DigestValue")
    etree.SubElement(sig, f"{{{ds}}}SignatureValue")
    etree.SubElement(etree.SubElement(sig, f"{{{ds}}}KeyInfo"), f"{{{ds}}}X509Data")
    template = tmp_path / "template.xml"
    template.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    with school.transaction() as s:
        key_file = school.paths.keys / keys.active_key_row(s).key_file
    cert = tmp_path / "school.pem"
    cert.write_text(school.key.cert_pem)
    signed = tmp_path / "forged.xml"
    subprocess.run([XMLSEC1, "--sign", "--pkcs8-pem", f"{key_file},{cert}", "--pwd", PASSPHRASE, "--output",
                    str(signed), str(template)], check=True, capture_output=True)
    return signed.read_bytes().replace("学生1\"".encode(), "学生X\"".encode(), 1)


@pytest.mark.skipif(XMLSEC1 is None, reason="xmlsec1 (independent XML Signature tool) is not installed")
def test_the_recipe_checks_the_reference_and_the_transforms(school, export, county, tmp_path):
    r = export()
    cert = tmp_path / "school.pem"
    cert.write_text(school.key.cert_pem)
    plain = tmp_path / "plain.xml"
    plain.write_bytes(opened(r.path))
    script = str(resource("schema", "verify-bundle.sh"))
    ok = subprocess.run(["sh", script, str(cert), str(plain)], capture_output=True, text=True)
    assert ok.returncode == 0 and ok.stdout.strip() == "OK", ok.stderr
    forged = tmp_path / "forged-records.xml"
    forged.write_bytes(_forged_with_an_xpath_transform(school, plain.read_bytes(), tmp_path))
    assert "学生X".encode() in forged.read_bytes()
    # the defect: the README's recipe (xmlsec1 alone) accepts it
    old = subprocess.run([XMLSEC1, "--verify", "--trusted-pem", str(cert), str(forged)], capture_output=True, text=True)
    assert old.returncode == 0, old.stderr
    new = subprocess.run(["sh", script, str(cert), str(forged)], capture_output=True, text=True)
    assert new.returncode == 1 and "transform" in new.stderr
    f = tmp_path / "forged" / r.path.name
    f.parent.mkdir()
    f.write_bytes(sealed(forged.read_bytes()))
    v = ingest([f], county).verified[0]
    assert v.status == "rejected" and "变换" in v.message
    # and a changed record under the profile's own signature: both refuse
    tampered = tmp_path / "tampered.xml"
    tampered.write_bytes(plain.read_bytes().replace("学生1\"".encode(), "学生X\"".encode(), 1))
    assert subprocess.run(["sh", script, str(cert), str(tampered)], capture_output=True).returncode == 1


def test_our_signer_writes_what_signxml_writes(school, export):
    """The bundle signer (app.exchange.xmldsig, no copies of the document) gives signxml's bytes for the profile,
    and signxml verifies what it writes."""
    from signxml import DigestAlgorithm, SignatureMethod, XMLSigner
    from signxml.algorithms import SignatureConstructionMethod, CanonicalizationMethod

    with school.transaction() as s:
        row = keys.active_key_row(s)
        private = keys.load_private_key(school.paths, row, PASSPHRASE)
    cert = keys.load_cert(row.cert_pem)
    root = bundle_root(export().path)
    root.remove(root.find(f"{{{DS_NS}}}Signature"))
    theirs = XMLSigner(method=SignatureConstructionMethod.enveloped, signature_algorithm=SignatureMethod.RSA_SHA256,
                       digest_algorithm=DigestAlgorithm.SHA256,
                       c14n_algorithm=CanonicalizationMethod.EXCLUSIVE_XML_CANONICALIZATION_1_0).sign(root, key=private,
                                                                                                     cert=[cert])
    ours = sign(root, private, cert)
    assert ours == etree.tostring(theirs, xml_declaration=True, encoding="UTF-8")
    result = XMLVerifier().verify(ours, x509_cert=cert)
    assert result.signed_data == xmldsig.c14n(root)
