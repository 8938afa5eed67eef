"""Bundles encrypted to the county's certificate: W3C XML Encryption 1.1, AES-256-GCM under RSA-OAEP.

As ODK encrypts a submission to the form's public key, the school encrypts each signed bundle to the certificate of
its county (the one it registered with ``baoxue county-package trust``): the file on the USB stick is one
``xenc:EncryptedData`` element, whose plaintext is the signed ``Bundle`` element::

    <xenc:EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" MimeType="text/xml">
      <xenc:EncryptionMethod Algorithm="http://www.w3.org/2009/xmlenc11#aes256-gcm"/>
      <ds:KeyInfo>
        <xenc:EncryptedKey>
          <xenc:EncryptionMethod Algorithm="http://www.w3.org/2009/xmlenc11#rsa-oaep">
            <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
            <xenc11:MGF Algorithm="http://www.w3.org/2009/xmlenc11#mgf1sha256"/>
          </xenc:EncryptionMethod>
          <ds:KeyInfo><ds:KeyName>(SHA-256 fingerprint of the county certificate, hex)</ds:KeyName></ds:KeyInfo>
          <xenc:CipherData><xenc:CipherValue>(the AES key, RSA-OAEP encrypted)</xenc:CipherValue></xenc:CipherData>
        </xenc:EncryptedKey>
      </ds:KeyInfo>
      <xenc:CipherData><xenc:CipherValue>(12-byte nonce ‖ ciphertext ‖ 16-byte tag)</xenc:CipherValue></xenc:CipherData>
    </xenc:EncryptedData>

A fresh random 256-bit key and nonce per bundle; AES-GCM authenticates the ciphertext (any change is refused). The
bundle inside is signed *before* it is encrypted, so the county verifies the school's signature on the decrypted
content exactly as on an unencrypted bundle. Only the county's private key opens it: nothing in the file is readable
without it (the file name and the manifest beside it give the school code, the sequence and the period, no pupil).

Only the ``cryptography`` library is used (the constructions are its AES-GCM and RSA-OAEP); the format is the W3C
one, so a standard tool with the county's key can decrypt it too (``xmlsec1`` 1.3 or later: 1.2 knows RSA-OAEP only
with SHA-1; ``resources/schema/README.md``).
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from lxml import etree

XENC = "http://www.w3.org/2001/04/xmlenc#"
XENC11 = "http://www.w3.org/2009/xmlenc11#"
DS = "http://www.w3.org/2000/09/xmldsig#"
TYPE_ELEMENT = XENC + "Element"
AES256_GCM = XENC11 + "aes256-gcm"
RSA_OAEP = XENC11 + "rsa-oaep"
SHA256 = XENC + "sha256"
MGF1_SHA256 = XENC11 + "mgf1sha256"
NONCE_BYTES, TAG_BYTES = 12, 16
_OAEP = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def _x(tag: str, ns: str = XENC) -> str:
    return f"{{{ns}}}{tag}"


class NotForThisKey(ValueError):
    """The bundle was encrypted to another certificate (``fingerprint``: the one it names)."""

    def __init__(self, fingerprint: str):
        super().__init__(fingerprint)
        self.fingerprint = fingerprint


class Damaged(ValueError):
    """The encrypted file is not the format above, or was changed (the key or the content does not decrypt)."""


def is_encrypted(root: etree._Element) -> bool:
    return root.tag == _x("EncryptedData")


@dataclass(frozen=True)
class Sealing:
    """What makes one encrypted file from its plaintext: the AES key, the nonce and that key wrapped to the county
    (RSA-OAEP is randomised: the wrapped key is kept, not made again). With them :func:`seal` gives the same bytes."""

    key: bytes
    nonce: bytes
    wrapped_key: bytes


def encrypt(plaintext: bytes, cert: x509.Certificate, fingerprint: str) -> bytes:
    """``plaintext`` (a serialised element) encrypted to ``cert``'s RSA key; the file's bytes."""
    return encrypt_sealed(plaintext, cert, fingerprint)[0]


def encrypt_sealed(plaintext: bytes, cert: x509.Certificate, fingerprint: str) -> tuple[bytes, Sealing]:
    """:func:`encrypt`, and the sealing that writes the same file again from the plaintext (:func:`seal`)."""
    public = cert.public_key()
    if not isinstance(public, rsa.RSAPublicKey):
        raise ValueError("the county certificate has no RSA key")
    key, nonce = AESGCM.generate_key(bit_length=256), os.urandom(NONCE_BYTES)
    sealing = Sealing(key, nonce, public.encrypt(key, _OAEP))
    return seal(plaintext, sealing, fingerprint), sealing


def seal(plaintext: bytes, sealing: Sealing, fingerprint: str) -> bytes:
    """The encrypted file of ``plaintext`` under ``sealing``: the same bytes for the same inputs."""
    sealed = sealing.nonce + AESGCM(sealing.key).encrypt(sealing.nonce, plaintext, None)
    root = etree.Element(_x("EncryptedData"), nsmap={"xenc": XENC, "ds": DS, "xenc11": XENC11},
                         Type=TYPE_ELEMENT, MimeType="text/xml")
    etree.SubElement(root, _x("EncryptionMethod"), Algorithm=AES256_GCM)
    ek = etree.SubElement(etree.SubElement(root, _x("KeyInfo", DS)), _x("EncryptedKey"))
    method = etree.SubElement(ek, _x("EncryptionMethod"), Algorithm=RSA_OAEP)
    etree.SubElement(method, _x("DigestMethod", DS), Algorithm=SHA256)
    etree.SubElement(method, _x("MGF", XENC11), Algorithm=MGF1_SHA256)
    etree.SubElement(etree.SubElement(ek, _x("KeyInfo", DS)), _x("KeyName", DS)).text = fingerprint
    etree.SubElement(etree.SubElement(ek, _x("CipherData")), _x("CipherValue")).text = _b64(sealing.wrapped_key)
    etree.SubElement(etree.SubElement(root, _x("CipherData")), _x("CipherValue")).text = _b64(sealed)
    etree.indent(root, space=" ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def _b64(data: bytes) -> str:
    text = base64.b64encode(data).decode("ascii")
    return "\n" + "\n".join(text[i:i + 76] for i in range(0, len(text), 76)) + "\n"


@dataclass(frozen=True)
class Envelope:
    """The parts of an encrypted file, checked against the format above."""

    recipient: str  # the KeyName: fingerprint of the certificate it was encrypted to
    wrapped_key: bytes
    sealed: bytes  # nonce ‖ ciphertext ‖ tag


def _one(parent: etree._Element, tag: str) -> etree._Element:
    found = [c for c in parent if c.tag == tag]
    if len(found) != 1:
        raise Damaged(f"{etree.QName(parent).localname} 应有且只有一个 {etree.QName(tag).localname}")
    return found[0]


#: the ASCII characters ``str.split()`` takes for white space (the line breaks of a CipherValue)
_ASCII_SPACE = b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"


def _value(el: etree._Element) -> bytes:
    text = el.text or ""
    try:
        try:  # white space dropped in one pass over the bytes, not a list of 76-character lines joined again
            compact = text.encode("ascii").translate(None, _ASCII_SPACE)
        except UnicodeEncodeError:  # not base64 anyway, unless only its white space is not ASCII
            compact = "".join(text.split())
        return base64.b64decode(compact, validate=True)
    except ValueError:
        raise Damaged("CipherValue 不是 base64") from None


def read(root: etree._Element) -> Envelope:
    """The envelope's parts (Damaged when the algorithms or the structure are not the ones above)."""
    if root.get("Type") != TYPE_ELEMENT:
        raise Damaged("EncryptedData 的 Type 应为 Element")
    if _one(root, _x("EncryptionMethod")).get("Algorithm") != AES256_GCM:
        raise Damaged("内容加密算法应为 AES-256-GCM")
    ek = _one(_one(root, _x("KeyInfo", DS)), _x("EncryptedKey"))
    method = _one(ek, _x("EncryptionMethod"))
    if (method.get("Algorithm") != RSA_OAEP or _one(method, _x("DigestMethod", DS)).get("Algorithm") != SHA256
            or _one(method, _x("MGF", XENC11)).get("Algorithm") != MGF1_SHA256):
        raise Damaged("密钥封装算法应为 RSA-OAEP(SHA-256,MGF1-SHA256)")
    name = (_one(_one(ek, _x("KeyInfo", DS)), _x("KeyName", DS)).text or "").strip().upper()
    sealed = _value(_one(_one(root, _x("CipherData")), _x("CipherValue")))
    if len(sealed) < NONCE_BYTES + TAG_BYTES:
        raise Damaged("密文太短")
    return Envelope(name, _value(_one(_one(ek, _x("CipherData")), _x("CipherValue"))), sealed)


def decrypt(env: Envelope, keys: dict[str, rsa.RSAPrivateKey]) -> bytes:
    """The plaintext, with the private key (fingerprint → key) the envelope names; NotForThisKey if none of ``keys``,
    Damaged if the wrapped key or the content does not decrypt (changed, or not made for this key)."""
    key = keys.get(env.recipient)
    if key is None:
        raise NotForThisKey(env.recipient)
    try:
        aes = key.decrypt(env.wrapped_key, _OAEP)
    except ValueError:
        raise Damaged("加密密钥无法解开") from None
    if len(aes) != 32:
        raise Damaged("加密密钥长度不对")
    try:
        return AESGCM(aes).decrypt(env.sealed[:NONCE_BYTES], env.sealed[NONCE_BYTES:], None)
    except InvalidTag:
        raise Damaged("密文被改动过(认证标签不符)") from None
