"""The demo school's county: its certificate registered at the school, its key in the demo's county database.

The key is shipped (``resources/demo/demo-county.key.pem``, encrypted with the public demo passphrase): the demo's
bundles are encrypted to the county like a real school's, and the county side of the demo (``baoxue county ingest
--data-dir <demo>`` with ``BAOXUE_KEY_PASSPHRASE=baoxue-demo-key``) opens them. The certificate is made from the key
the same way every time (fixed serial number and validity, deterministic RSA signature), so every process makes the
same certificate — the school's registered one and the county's agree without being copied.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from functools import lru_cache

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from sqlalchemy import insert, select
from sqlmodel import Session

from app.accounts import Actor
from app.exchange import keys as keys_mod
from app.paths import resource

KEY_FILE = ("demo", "demo-county.key.pem")
#: the demo's and the tests' counties (GB/T 2260) and their education bureaus
OFFICES = {"610729": "留坝县教育局", "610728": "镇巴县教育局", "610730": "佛坪县教育局"}


def key_pem() -> bytes:
    return resource(*KEY_FILE).read_bytes()


@lru_cache(maxsize=1)
def private_key() -> rsa.RSAPrivateKey:
    return serialization.load_pem_private_key(key_pem(), keys_mod.DEMO_KEY_PASSPHRASE.encode("utf-8"))


@lru_cache(maxsize=None)
def certificate(county_code: str = "610729") -> x509.Certificate:
    """The demo county's certificate for ``county_code`` (the same bytes in every process)."""
    key = private_key()
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, OFFICES.get(county_code, f"{county_code} 教育局")),
                      x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"county {county_code}"),
                      x509.NameAttribute(NameOID.COMMON_NAME, f"baoxue demo county {county_code}")])
    serial = int.from_bytes(hashlib.sha256(f"baoxue-demo-county:{county_code}".encode()).digest()[:16], "big") >> 1
    return (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(serial)
            .not_valid_before(datetime(2025, 1, 1, tzinfo=timezone.utc))
            .not_valid_after(datetime(2045, 1, 1, tzinfo=timezone.utc))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=True,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))


def trust(session: Session, actor: Actor, county_code: str = "610729") -> None:
    """Register the demo county's certificate at the school (as the administrator does with a real one)."""
    from app.exchange.receipts import register_county

    register_county(session, actor, certificate(county_code).public_bytes(serialization.Encoding.PEM))


def install(county_db, county_codes=tuple(OFFICES)) -> None:
    """Put the demo county's key (one row per county's certificate, not the active signing key of the county
    package) into a county database, so that it opens bundles encrypted to those certificates."""
    from app.exchange.county_package import key_t

    with county_db.engine.begin() as c:
        have = set(c.execute(select(key_t.c.fingerprint)).scalars())
        for code in county_codes:
            cert = certificate(code)
            fp = keys_mod.fingerprint_hex(cert)
            if fp not in have:
                c.execute(insert(key_t).values(county_code=code, name=OFFICES.get(code, ""), fingerprint=fp,
                                               cert_pem=keys_mod.cert_pem(cert), key_pem=key_pem().decode("ascii"),
                                               status="retired", created_at=datetime.now(timezone.utc)))
