"""The one XML Signature profile of the bundles, signed and checked on the tree itself (no copies, no re-parse).

The profile (``resources/schema/README.md``, "Signature") is fixed: one enveloped ``ds:Signature``, the last child of
the root, with exactly

* ``SignedInfo/CanonicalizationMethod`` = exclusive c14n 1.0 (``xml-exc-c14n#``), no parameters;
* ``SignedInfo/SignatureMethod`` = RSA-SHA256 (ECDSA-SHA256 is read too);
* one ``Reference URI=""`` whose ``Transforms`` are exactly the enveloped-signature transform, then exclusive c14n
  (nothing else: an XPath or XSLT transform, a second reference or a reference to a part of the file is refused),
  ``DigestMethod`` SHA-256;
* ``KeyInfo/X509Data/X509Certificate`` with the signer's certificate.

:func:`sign` writes what signxml's ``XMLSigner`` writes for that profile, byte for byte (a test compares them), without
signxml's serialise-and-parse copies of the whole document. :func:`verify` checks it with one exclusive
canonicalisation of the document: the digest of what was signed (``DigestValue``) is ``SHA-256(c14n)``, and the tree it
was computed from is what the caller reads. That is safe because the caller refuses every node that c14n drops or
that would make the tree read differently from its canonical form (comments, processing instructions, DTDs: see
:func:`markup_outside_the_profile`).

Why not signxml for this: its verifier serialises and parses a bundle five times around its one canonicalisation, and
accepts any transform chain (the reader must then check the references itself). General XML Signature stays with
signxml (the county packages).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.hazmat.primitives.serialization import Encoding
from lxml import etree

DS_NS = "http://www.w3.org/2000/09/xmldsig#"
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"
SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"
RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"


def _ds(tag: str) -> str:
    return f"{{{DS_NS}}}{tag}"


class ProfileError(ValueError):
    """The signature is not the bundle profile (its structure, algorithms, references or transforms)."""


class DigestMismatch(ValueError):
    """The signed content changed after signing."""


class BadSignature(ValueError):
    """The signature value does not verify with the given certificate."""


class CertificateNotValid(ValueError):
    """The certificate is outside its validity period."""


def c14n(node) -> bytes:
    """Exclusive canonicalisation 1.0 without comments (the profile's one algorithm)."""
    return etree.tostring(node, method="c14n", exclusive=True, with_comments=False)


def _pem_body(cert: x509.Certificate) -> str:
    """The certificate's base64 as signxml writes it in ``X509Certificate`` (the PEM lines, no header)."""
    lines = cert.public_bytes(Encoding.PEM).decode("ascii").strip().splitlines()
    return "\n".join(lines[1:-1]) + "\n"


def sign(root: etree._Element, key: rsa.RSAPrivateKey, cert: x509.Certificate) -> bytes:
    """Append the profile's enveloped signature to ``root`` (in place); returns the digest of what was signed
    (SHA-256 of the canonical document without the signature: the ``DigestValue``)."""
    digest = hashlib.sha256(c14n(root)).digest()
    sig = etree.SubElement(root, _ds("Signature"), nsmap={"ds": DS_NS})
    info = etree.SubElement(sig, _ds("SignedInfo"), nsmap={"ds": DS_NS})
    etree.SubElement(info, _ds("CanonicalizationMethod"), Algorithm=EXC_C14N)
    etree.SubElement(info, _ds("SignatureMethod"), Algorithm=RSA_SHA256)
    ref = etree.SubElement(info, _ds("Reference"), URI="")
    transforms = etree.SubElement(ref, _ds("Transforms"))
    etree.SubElement(transforms, _ds("Transform"), Algorithm=ENVELOPED)
    etree.SubElement(transforms, _ds("Transform"), Algorithm=EXC_C14N)
    etree.SubElement(ref, _ds("DigestMethod"), Algorithm=SHA256)
    etree.SubElement(ref, _ds("DigestValue")).text = base64.b64encode(digest).decode("ascii")
    value = etree.SubElement(sig, _ds("SignatureValue"))
    signed = c14n(info)
    signature = key.sign(signed, padding.PKCS1v15(), hashes.SHA256())
    try:  # never a signature that does not verify with the certificate it names (a damaged or foreign key)
        cert.public_key().verify(signature, signed, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        sig.getparent().remove(sig)
        raise BadSignature("the new signature does not verify with the certificate (key and certificate differ, "
                           "or the key is damaged)") from None
    value.text = base64.b64encode(signature).decode("ascii")
    data = etree.SubElement(etree.SubElement(sig, _ds("KeyInfo")), _ds("X509Data"))
    etree.SubElement(data, _ds("X509Certificate")).text = _pem_body(cert)
    return digest


def signed_digest(root: etree._Element) -> str:
    """The hex SHA-256 of what ``root``'s signature covers (its ``DigestValue``; not checked here): the bundle's
    identity in the chain, the same for every copy of the file however its line ends or its signature's spacing
    were changed on the way."""
    dv = root.find(f"{_ds('Signature')}/{_ds('SignedInfo')}/{_ds('Reference')}/{_ds('DigestValue')}")
    if dv is None:
        raise ProfileError("没有签名摘要(DigestValue)")
    return _b64(dv, "DigestValue ").hex()


# --- checking ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignatureParts:
    """The parts of a profile signature, read before the certificate is chosen."""

    element: etree._Element
    signed_info: etree._Element
    method: str
    digest: bytes  # the DigestValue
    value: bytes  # the SignatureValue
    certificate_b64: str  # the embedded X509Certificate


def markup_outside_the_profile(tree: etree._ElementTree) -> str | None:
    """What in a parsed file canonicalisation would drop or read differently — a comment, a processing instruction,
    a DTD — as a Chinese phrase, or None. The file must be parsed keeping them (``remove_comments=False``,
    ``remove_pis=False``)."""
    root = tree.getroot()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None or tree.docinfo.externalDTD is not None:
        return "文件含有 DTD"
    outside = list(root.itersiblings(preceding=True)) + list(root.itersiblings())
    for node in outside + list(root.iter(etree.Comment, etree.ProcessingInstruction, etree.Entity)):
        if isinstance(node, etree._Comment):
            return f"第 {node.sourceline} 行有注释 <!--…-->"
        if isinstance(node, etree._ProcessingInstruction):
            return f"第 {node.sourceline} 行有处理指令 <?{node.target}…?>"
        return f"第 {node.sourceline} 行有实体引用"
    return None


def _only(parent: etree._Element, tag: str, what: str) -> etree._Element:
    found = [c for c in parent if c.tag == _ds(tag)]
    if len(found) != 1:
        raise ProfileError(f"{what}应有且只有一个 ds:{tag}")
    return found[0]


def _no_children(el: etree._Element, what: str) -> None:
    if len(el) or (el.text or "").strip():
        raise ProfileError(f"{what}不应带参数")


def _b64(el: etree._Element, what: str) -> bytes:
    try:
        return base64.b64decode("".join((el.text or "").split()), validate=True)
    except ValueError:
        raise ProfileError(f"{what}不是 base64") from None


def signature_parts(root: etree._Element, methods: frozenset[str] = frozenset({RSA_SHA256, ECDSA_SHA256})
                    ) -> SignatureParts:
    """Check that ``root`` carries exactly the profile's signature and return its parts (ProfileError if not)."""
    sigs = [c for c in root.iter(_ds("Signature"))]
    if len(sigs) != 1 or root[-1] is not sigs[0]:
        raise ProfileError("应有且只有一个 ds:Signature,位于数据包末尾")
    sig = sigs[0]
    children = [etree.QName(c).localname if c.tag is not etree.Comment else "#comment" for c in sig]
    if children != ["SignedInfo", "SignatureValue", "KeyInfo"]:
        raise ProfileError(f"ds:Signature 应依次含 SignedInfo、SignatureValue、KeyInfo,而不是 {'、'.join(children) or '空'}")
    info = sig[0]
    if [etree.QName(c).localname for c in info] != ["CanonicalizationMethod", "SignatureMethod", "Reference"]:
        raise ProfileError("ds:SignedInfo 应依次含 CanonicalizationMethod、SignatureMethod 和一个 Reference")
    cm, sm, ref = info
    if cm.get("Algorithm") != EXC_C14N:
        raise ProfileError(f"规范化方法应为排他规范化 {EXC_C14N},而不是 {cm.get('Algorithm')}")
    _no_children(cm, "CanonicalizationMethod ")
    if sm.get("Algorithm") not in methods:
        raise ProfileError(f"签名算法 {sm.get('Algorithm')} 不被接受(应为 RSA-SHA256)")
    _no_children(sm, "SignatureMethod ")
    if ref.get("URI") != "" or set(ref.attrib) != {"URI"}:
        raise ProfileError("签名没有覆盖整个数据包(Reference URI 应为空串,不带其他属性)")
    if [etree.QName(c).localname for c in ref] != ["Transforms", "DigestMethod", "DigestValue"]:
        raise ProfileError("ds:Reference 应依次含 Transforms、DigestMethod、DigestValue")
    transforms, dm, dv = ref
    algorithms = [t.get("Algorithm") for t in transforms]
    if [t.tag for t in transforms] != [_ds("Transform")] * 2 or algorithms != [ENVELOPED, EXC_C14N]:
        raise ProfileError("签名的变换(Transforms)应恰好是“封装签名”加“排他规范化”,而不是 "
                           + "、".join(a or "?" for a in algorithms) + "(其他变换可能把部分内容排除在签名之外)")
    for t in transforms:
        _no_children(t, "Transform ")
    if dm.get("Algorithm") != SHA256:
        raise ProfileError(f"摘要算法应为 SHA-256,而不是 {dm.get('Algorithm')}")
    _no_children(dm, "DigestMethod ")
    digest = _b64(dv, "DigestValue ")
    if len(digest) != 32:
        raise ProfileError("DigestValue 不是 SHA-256 摘要")
    certs = sig[2].findall(f"{_ds('X509Data')}/{_ds('X509Certificate')}")
    if len(sig[2]) != 1 or len(certs) != 1:
        raise ProfileError("KeyInfo 应带有且只带有一张证书(X509Data/X509Certificate)")
    return SignatureParts(sig, info, sm.get("Algorithm"), digest, _b64(sig[1], "SignatureValue "),
                          "".join((certs[0].text or "").split()))


def _check_value(parts: SignatureParts, cert: x509.Certificate) -> None:
    key = cert.public_key()
    data = c14n(parts.signed_info)
    try:
        if parts.method == RSA_SHA256 and isinstance(key, rsa.RSAPublicKey):
            key.verify(parts.value, data, padding.PKCS1v15(), hashes.SHA256())
        elif parts.method == ECDSA_SHA256 and isinstance(key, ec.EllipticCurvePublicKey):
            n = (key.curve.key_size + 7) // 8
            if len(parts.value) != 2 * n:
                raise InvalidSignature
            der = encode_dss_signature(int.from_bytes(parts.value[:n], "big"), int.from_bytes(parts.value[n:], "big"))
            key.verify(der, data, ec.ECDSA(hashes.SHA256()))
        else:
            raise InvalidSignature
    except InvalidSignature:
        raise BadSignature("signature value") from None


def verify(root: etree._Element, parts: SignatureParts, cert: x509.Certificate, *,
           now: datetime | None = None) -> bytes:
    """Check the signature of ``parts`` (from :func:`signature_parts`) with ``cert`` and the digest of the document;
    the signature element is removed from ``root`` (the enveloped transform), so ``root`` is then exactly the signed
    content. Returns the canonical signed content (its SHA-256 is ``parts.digest``)."""
    now = now or datetime.now(timezone.utc)
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        raise CertificateNotValid(f"{cert.not_valid_before_utc:%Y-%m-%d}–{cert.not_valid_after_utc:%Y-%m-%d}")
    _check_value(parts, cert)
    sig = parts.element
    if sig.tail:  # the enveloped transform removes the element, not the text after it (as signxml and xmlsec do)
        before = sig.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + sig.tail
        else:
            root.text = (root.text or "") + sig.tail
    root.remove(sig)
    content = c14n(root)
    if hashlib.sha256(content).digest() != parts.digest:
        raise DigestMismatch("digest")
    return content
