"""The county's check of a bundle: safe parsing, the schema, the signature, the chain.

Every rejection names the file and the reason in Chinese. Order of checks:

1. the file itself: empty, too big, not UTF-8 XML, a DOCTYPE or ENTITY declaration
   (external entities, entity expansion — refused before parsing, and the parser
   resolves no entity, loads no DTD and touches no network anyway);
2. well-formed XML (a truncated file fails here) with no comment and no processing instruction
   (the signature does not cover them: ``<Sequence>1<!-- -->2</Sequence>`` must not be read as 1);
   an encrypted file (:mod:`app.exchange.envelope`) is decrypted with the county's key and its
   content checked the same way; then the namespace and ``schemaVersion``;
3. the XSD (``resources/schema/baoxue-bundle-1.xsd``; no character data between elements);
4. the signature (:mod:`app.exchange.xmldsig`, one fixed profile): exactly one enveloped ``ds:Signature``
   over the whole document (``URI=""``, exactly the enveloped and exclusive-c14n transforms), RSA/ECDSA with
   SHA-256, checked with the certificate *registered at the county* for the school named in the header —
   a certificate embedded in the file
   is only used to find which registered certificate applies; an unregistered school,
   a certificate of another school or a swapped certificate is refused. A new key is
   accepted only when the key-change notice carries a valid endorsement by the school's
   registered key;
5. the header and the records are read from the signed content (the tree whose canonical form was
   digested, its signature removed), the counts checked against the records;
6. the chain (:func:`verify_files`), by the digest of what was signed (not the file's bytes):
   a sequence number seen before with the same digest
   is a *replay* (nothing to do), with another digest a *fork*; a previous-digest that
   does not match the bundle before it is a fork; a missing predecessor is a *gap*
   (a warning: the bundle is accepted and the gap stays visible until it is filled);
7. the school's audit chain (schema 1.4, read from the signed content): a bundle whose chain
   does not run through the head the bundle before it carried means the school's history was
   rewritten in between, and one whose chain did not check out at the school means entries
   were edited there — both are warnings (the data is still accepted and the county follows up).
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

import logging

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from lxml import etree
from sqlalchemy.exc import DBAPIError

from app.exchange import envelope, xmldsig
from app.exchange import keys as keys_mod
from app.exchange import bundle as _bundle  # noqa: F401 — registers the record kinds (KINDS) the county reads
from app.exchange.schema import KINDS, MAX_BUNDLE_BYTES, NS, SUPPORTED_VERSIONS, AuditChain, q, xml_schema

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoredBundle:
    """A bundle the county holds, as the chain checks see it."""

    sha256: str  # of the file ingested
    prev_sha256: str  # its PreviousDigest
    digest: str | None  # of what its signature covers (None: ingested by a program before c0009)
    encrypted: bool = False

    def ids(self) -> set[str]:
        """What a later bundle's PreviousDigest may name it by: the signed digest (since c0009), or the file's
        SHA-256 (what schools wrote before; still valid for a bundle exported by an older program)."""
        return {self.sha256} | ({self.digest} if self.digest else set())


class Registry(Protocol):
    """What verification needs to know from the county database (see :class:`app.exchange.county.CountyDB`)."""

    def certs_for(self, school_code: str) -> dict[str, x509.Certificate]: ...  # fingerprint → certificate
    def school_of_fingerprint(self, fingerprint: str) -> str | None: ...
    def bundle_at(self, school_code: str, sequence: int) -> StoredBundle | None: ...
    def sequences(self, school_code: str) -> set[int]: ...
    def encrypted_before(self, school_code: str, sequence: int) -> bool: ...  # an encrypted bundle below sequence
    def audit_chain_at(self, school_code: str, sequence: int) -> AuditChain | None: ...


class KeyringUnavailable(Exception):
    """The county's private keys cannot be had (no key, no or a wrong passphrase); the text says what to do."""


class Keyring(Protocol):
    """The county's private keys for encrypted bundles (see :class:`app.exchange.county.CountyKeyring`)."""

    def private_keys(self) -> dict[str, rsa.RSAPrivateKey]: ...  # certificate fingerprint → key


@dataclass
class Verified:
    """The result of checking one file."""

    file: Path
    status: str = "rejected"  # ok | replay | rejected
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sha256: str = ""  # of the file as it came (encrypted or not)
    #: SHA-256 of what the signature covers (its DigestValue, hex): the bundle's identity in the chain
    digest: str = ""
    encrypted: bool = False
    school_code: str = ""
    school_name: str = ""
    county_code: str = ""
    county_name: str = ""
    sequence: int = 0
    prev_sha256: str = ""
    supersedes: int | None = None
    start: date | None = None
    end: date | None = None
    rhythm: str = ""
    created: datetime | None = None
    roster_mode: str = ""
    fingerprint: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    #: kind → [(attributes, ((child tag, attributes), …))] of the *signed* content
    records: dict[str, list[tuple[dict[str, str], tuple[tuple[str, dict[str, str]], ...]]]] = field(default_factory=dict)
    #: the certificate to register on ingest (a new key endorsed by the registered one)
    endorsed_cert_pem: str | None = None
    #: the school's audit chain as the signed header gives it (None: a bundle older than 1.4)
    audit_chain: AuditChain | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def reject(self, reason: str) -> "Verified":
        self.errors.append(reason)
        self.status = "rejected"
        return self

    @property
    def message(self) -> str:
        head = {"ok": "通过", "replay": "重复(已收到过,不会重复导入)", "rejected": "拒绝"}[self.status]
        who = f"学校 {self.school_code} 第 {self.sequence} 号" if self.school_code else ""
        lines = [f"{self.file.name}:{head}" + (f"({who},{self.start}–{self.end})" if who else "")]
        lines += [f"  错误:{e}" for e in self.errors]
        lines += [f"  注意:{w}" for w in self.warnings]
        return "\n".join(lines)


# --- one file ---------------------------------------------------------------------------------------------


#: a DOCTYPE or ENTITY declaration, in any case (searched in place: no upper-cased copy of the file)
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _first_markup_is_safe(data: bytes) -> str | None:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:4] in (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00"):
        return "文件不是 UTF-8 编码(数据包一律为 UTF-8),拒绝"
    if _DECLARATION.search(data):
        return "文件含有 DOCTYPE 或 ENTITY 声明。数据包从不使用它们;这可能是外部实体或实体膨胀攻击,拒绝"
    return None


def _parser() -> etree.XMLParser:
    """The hardened parser keeping comments and processing instructions, so that they can be refused."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_blank_text=False, remove_comments=False, remove_pis=False,
                           collect_ids=False)


def _parse(v: Verified, data: bytes) -> etree._Element | None:
    """The file as one tree, or None (rejected): size, encoding, no DTD/entities, well-formed, and nothing that the
    signature's canonical form leaves out (comments, processing instructions) — what is read is then exactly what
    was signed (a comment splitting ``<Sequence>1<!-- -->2</Sequence>`` is not read as 1 nor as 12: it is refused)."""
    if not data.strip():
        v.reject("文件是空的(可能复制未完成),请让学校重新导出")
        return None
    if len(data) > MAX_BUNDLE_BYTES:
        v.reject(f"文件太大({len(data) // 2**20} MB,上限 {MAX_BUNDLE_BYTES // 2**20} MB),不是正常的数据包")
        return None
    bad = _first_markup_is_safe(data)
    if bad:
        v.reject(bad)
        return None
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError as exc:
        v.reject(f"不是完整的 XML(文件可能被截断或损坏):{exc.msg}(第 {exc.lineno} 行)。请让学校重新导出或重新复制")
        return None
    extra = xmldsig.markup_outside_the_profile(root.getroottree())
    if extra:
        v.reject(f"{extra}。保学数据包从不含注释、处理指令或 DTD;签名不覆盖这些内容,按它们读出的数据可能与学校签名的不一致,"
                 "拒绝。请让学校重新导出,或重新复制原文件")
        return None
    return root


def _check_bundle(v: Verified, root: etree._Element) -> bool:
    qn = etree.QName(root)
    if qn.localname != "Bundle" or qn.namespace != NS:
        v.reject(f"不是保学数据包:根元素是 {{{qn.namespace or ''}}}{qn.localname},应为 {{{NS}}}Bundle"
                 "(命名空间不对,可能是其他程序的文件或不兼容的格式版本)")
        return False
    version = root.get("schemaVersion")
    if version not in SUPPORTED_VERSIONS:
        v.reject(f"数据包格式版本 {version!r} 不受支持(本程序读取 {', '.join(sorted(SUPPORTED_VERSIONS))})。"
                 "如学校用了更新的保学,请升级县里的程序")
        return False
    schema = xml_schema()
    if not schema.validate(root):
        errs = [f"第 {e.line} 行:{e.message}" for e in list(schema.error_log)[:3]]
        v.reject("不符合数据包格式(XSD 校验失败):" + ";".join(errs))
        return False
    return True


def _decrypt(v: Verified, root: etree._Element, keyring: Keyring | None) -> bytes | None:
    """The signed bundle inside an encrypted file (:mod:`app.exchange.envelope`), or None (rejected)."""
    v.encrypted = True
    try:
        env = envelope.read(root)
    except envelope.Damaged as e:
        v.reject(f"加密数据包的格式不对({e}):文件可能被改动或损坏。请让学校重新导出,或重新复制原文件")
        return None
    if keyring is None:
        v.reject("这是加密给县里的数据包,检查它需要县级密钥:请设置环境变量 BAOXUE_KEY_PASSPHRASE(县级密钥口令)后重试")
        return None
    try:
        keys = keyring.private_keys()
    except KeyringUnavailable as e:
        v.reject(str(e))
        return None
    try:
        return envelope.decrypt(env, keys)
    except envelope.NotForThisKey as e:
        v.reject(f"这个数据包是加密给另一张县级证书的(指纹 {keys_mod.group_fingerprint(e.fingerprint)[:23]}…),"
                 "本县的密钥打不开:学校登记的县级证书不是本县现在的证书。请学校核对后用 baoxue county-package trust "
                 "登记本县证书,再重新导出")
    except envelope.Damaged as e:
        v.reject(f"无法解密:{e}。文件在途中被改动或损坏,请让学校重新导出,或重新复制原文件")
    return None


def _header(v: Verified, root: etree._Element) -> None:
    h = root.find(q("Header"))
    school = h.find(q("School"))
    v.school_code, v.school_name = school.get("code"), school.get("name")
    v.county_code, v.county_name = school.get("countyCode"), school.get("countyName") or ""
    period = h.find(q("Period"))
    v.start, v.end, v.rhythm = date.fromisoformat(period.get("from")), date.fromisoformat(period.get("to")), period.get("rhythm")
    v.sequence = int(h.findtext(q("Sequence")))
    v.prev_sha256 = (h.findtext(q("PreviousDigest")) or "").strip().lower()
    sup = h.findtext(q("Supersedes"))
    v.supersedes = int(sup) if sup else None
    v.created = datetime.fromisoformat(h.findtext(q("Created")).strip().replace("Z", "+00:00"))
    v.roster_mode = h.findtext(q("RosterMode")).strip()
    v.counts = {c.get("kind"): int(c.get("n")) for c in h.find(q("Counts"))}


def _embedded_cert(v: Verified, parts: xmldsig.SignatureParts) -> x509.Certificate | None:
    try:
        return keys_mod.load_cert(base64.b64decode(parts.certificate_b64, validate=True))
    except Exception:  # noqa: BLE001 — any decoding problem is a broken certificate
        v.reject("签名中的证书无法读取(已损坏)")
        return None


def _choose_cert(v: Verified, root: etree._Element, embedded: x509.Certificate, registry: Registry) -> x509.Certificate | None:
    fp = keys_mod.fingerprint_hex(embedded)
    v.fingerprint = fp
    registered = registry.certs_for(v.school_code)
    owner = registry.school_of_fingerprint(fp)
    if owner is not None and owner != v.school_code:
        v.reject(f"签名证书登记在学校 {owner} 名下,而数据包自称来自学校 {v.school_code}:拒绝(可能是冒用)")
        return None
    if fp in registered:
        return registered[fp]
    if not registered:
        v.reject(f"学校 {v.school_code}({v.school_name})尚未在县里登记签名证书。请核对学校提供的证书指纹"
                 f"({keys_mod.group_fingerprint(fp)[:23]}…)后执行 baoxue county register 登记")
        return None
    kc = root.find(f"{q('Header')}/{q('KeyChange')}")
    if kc is not None and kc.get("newFingerprint") == fp and kc.get("previousFingerprint") in registered:
        old = registered[kc.get("previousFingerprint")]
        if kc.get("endorsement") and keys_mod.check_endorsement(old, v.school_code, fp, kc.get("endorsement")):
            v.warnings.append(f"学校更换了签名密钥;新证书(指纹 {keys_mod.group_fingerprint(fp)[:23]}…)已由已登记的旧证书背书,"
                              "导入时将自动登记")
            v.endorsed_cert_pem = keys_mod.cert_pem(embedded)
            return embedded
        v.reject("学校声明更换了签名密钥,但新证书没有旧密钥的有效背书。请向学校核对新证书指纹后手工登记"
                 f"(指纹 {keys_mod.group_fingerprint(fp)})")
        return None
    v.reject(f"签名证书(指纹 {keys_mod.group_fingerprint(fp)[:23]}…)与县里为学校 {v.school_code} 登记的证书不符:"
             "证书可能被替换。如学校确实更换了密钥,请核对指纹后登记新证书")
    return None


def _records(v: Verified, signed_root: etree._Element) -> None:
    recs = signed_root.find(q("Records"))
    for kind in KINDS.values():
        section = recs.find(q(kind.section))
        items = []
        if section is not None:
            for el in section.iterchildren(q(kind.element)):
                # most records have no child element (len() is 0): no walk, no QName for them; dict(items()) is
                # half the time of dict(attrib) (one call, not a lookup per attribute). Tuples, not lists: a tuple of
                # text is dropped from the collector's watch at its first pass, so a bundle's records held until they
                # are stored do not set off full collections of the whole heap (they were a tenth of an ingest)
                children = tuple([(etree.QName(c).localname, dict(c.items())) for c in el.iterchildren(etree.Element)]) \
                    if len(el) else ()
                items.append((dict(el.items()), children))
        v.records[kind.name] = items
        if v.counts.get(kind.name, 0) != len(items):
            v.reject(f"头部记录数与内容不符:{kind.label} 声明 {v.counts.get(kind.name, 0)} 条,实际 {len(items)} 条")


def _audit_chain(v: Verified, signed_root: etree._Element) -> None:
    el = signed_root.find(f"{q('Header')}/{q('AuditChain')}")
    if el is None:
        return
    since = el.get("sinceId")
    v.audit_chain = AuditChain(int(el.get("headId")), el.get("headHash"), int(since) if since else None,
                               el.get("sinceHash"), el.get("verified") in ("true", "1"))
    if not v.audit_chain.verified:
        v.warnings.append("学校的操作日志校验不通过:自上一个数据包以来,学校数据库里的操作日志被直接改动过(或删掉了上一包的链头)。"
                          "请学校运行 baoxue db check,查明是哪一条")


def verify_bytes(name: str | Path, data: bytes, registry: Registry, *, keyring: Keyring | None = None) -> Verified:
    """Check one bundle's bytes (without the chain, see :func:`verify_files`); an encrypted bundle is opened with
    ``keyring`` (the county's keys) first.

    One parse, one canonicalisation: the signature is checked on the parsed tree (:mod:`app.exchange.xmldsig`), whose
    signature element is then removed — the header and the records are read from exactly the content whose digest
    was signed."""
    v = Verified(file=Path(name), sha256=hashlib.sha256(data).hexdigest())
    root = _parse(v, data)
    if root is None:
        return v
    if envelope.is_encrypted(root):
        plaintext = _decrypt(v, root, keyring)
        if plaintext is None:
            return v
        root = _parse(v, plaintext)
        if root is None:
            return v
    if not _check_bundle(v, root):
        return v
    try:
        parts = xmldsig.signature_parts(root)
    except xmldsig.ProfileError as e:
        return v.reject(f"签名格式不符合要求:{e}。请让学校重新导出")
    school = root.find(f"{q('Header')}/{q('School')}")
    v.school_code, v.school_name = school.get("code"), school.get("name")  # to choose the registered certificate
    embedded = _embedded_cert(v, parts)
    if embedded is None:
        return v
    cert = _choose_cert(v, root, embedded, registry)
    if cert is None:
        return v
    try:
        xmldsig.verify(root, parts, cert)
    except xmldsig.DigestMismatch:
        return v.reject("签名验证失败:数据包的内容在签名后被改动过(摘要不符)。请让学校重新导出,或重新复制原文件")
    except xmldsig.BadSignature:
        return v.reject("签名验证失败:签名本身不对(被改动过或已损坏),不是用学校登记的密钥签的。请让学校重新导出")
    except xmldsig.CertificateNotValid as e:
        return v.reject(f"签名证书已过期或尚未生效(有效期 {e})。请向学校核对证书,必要时重新登记")
    v.digest = parts.digest.hex()
    _header(v, root)  # root is now the signed content (the signature removed, nothing outside the c14n)
    _records(v, root)
    _audit_chain(v, root)
    if not v.errors:
        v.status = "ok"
    return v


def verify_file(path: Path, registry: Registry, *, keyring: Keyring | None = None) -> Verified:
    """Check one file; whatever goes wrong with it is its rejection, never the batch's end."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            return Verified(file=path).reject(f"文件太大({size // 2**20} MB),不是正常的数据包")
        data = path.read_bytes()
    except OSError as exc:
        return Verified(file=path).reject(f"无法读取文件:{exc.strerror or exc}")
    try:
        return verify_bytes(path, data, registry, keyring=keyring)
    except DBAPIError:
        raise  # the county database went away: the caller stops the batch and says so
    except Exception as exc:  # noqa: BLE001 — one file's unforeseen problem rejects that file, the others go on
        log.exception("county verify %s", path.name)
        return Verified(file=path, sha256=hashlib.sha256(data).hexdigest()).reject(
            f"无法检查这个文件(程序未预料到的内容:{type(exc).__name__}),未导入;同一批的其他文件照常处理。"
            "请让学校重新导出,并把这个文件交技术支持")


# --- the chain -------------------------------------------------------------------------------------------


def _ids(v: Verified) -> set[str]:
    return {v.sha256, v.digest} - {""}


def _same(stored: StoredBundle, v: Verified) -> bool:
    """Whether a stored bundle is ``v`` again: the same signed content (any copy of the file), or — for a bundle
    stored before the county recorded signed digests — the same file."""
    return stored.digest == v.digest if stored.digest else stored.sha256 == v.sha256


def check_chain(results: list[Verified], registry: Registry) -> list[Verified]:
    """Name replays, forks and gaps, against the county database and the other files checked with them.

    A bundle is identified by the digest of what its school signed (:attr:`Verified.digest`), not by the file's
    bytes: a copy of bundle 1 whose line ends were changed to CRLF on the way is bundle 1 again (a replay), and
    bundle 2 still links to it."""
    batch: dict[tuple[str, int], Verified] = {}
    for v in sorted((r for r in results if r.status == "ok"), key=lambda r: (r.school_code, r.sequence)):
        key = (v.school_code, v.sequence)
        stored = registry.bundle_at(*key)
        twin = batch.get(key)
        if stored is not None and _same(stored, v):
            v.status = "replay"
            v.warnings.append(f"重放:第 {v.sequence} 号数据包已导入过(同一内容),不会重复计算")
            continue
        if twin is not None and twin.digest == v.digest:
            v.status = "replay"
            v.warnings.append(f"重放:与 {twin.file.name} 是同一个数据包")
            continue
        if stored is not None or twin is not None:
            other = twin.file.name if twin is not None else f"县里已导入的文件(摘要 {(stored.digest or stored.sha256)[:12]}…)"
            v.reject(f"分叉:学校 {v.school_code} 的第 {v.sequence} 号已有另一份内容不同的数据包({other})。"
                     "同一序号出现两份,请与学校核实哪一份是真的")
            continue
        if v.sequence == 1:
            if v.prev_sha256:
                v.reject("链条错误:第 1 号数据包不应有上一包摘要")
                continue
        else:
            prev_key = (v.school_code, v.sequence - 1)
            before = registry.bundle_at(*prev_key)
            before_ids = before.ids() if before else (_ids(batch[prev_key]) if prev_key in batch else None)
            if before_ids is None:
                v.warnings.append(f"缺号:尚未收到学校 {v.school_code} 的第 {v.sequence - 1} 号数据包(已接收本包,请向学校索取缺少的包)")
            elif v.prev_sha256 not in before_ids:
                if before is not None and before.digest is None:
                    v.warnings.append(f"无法核对链条:县里的第 {v.sequence - 1} 号是旧版县级程序导入的,没有记下它签名内容的摘要。"
                                      f"请把学校第 {v.sequence - 1} 号数据包的原文件再导入一次(不会重复计算),补记后即可核对")
                else:
                    v.reject(f"分叉:本包声明的上一包摘要与已收到的第 {v.sequence - 1} 号不符,链条断裂。请与学校核实")
                    continue
        after = registry.bundle_at(v.school_code, v.sequence + 1)
        if after is not None and after.prev_sha256 not in _ids(v):
            v.reject(f"分叉:已收到的第 {v.sequence + 1} 号声明的上一包不是本包。请与学校核实")
            continue
        if v.supersedes is not None and v.supersedes >= v.sequence:
            v.reject(f"头部错误:第 {v.sequence} 号不能替代第 {v.supersedes} 号(只能替代更早的包)")
            continue
        if not v.encrypted and _sent_encrypted_before(v, batch, registry):
            v.reject(f"学校 {v.school_code} 已开始加密发送数据包,此后的数据包必须加密:这一份没有加密(可能是旧版本程序导出的,"
                     "或在途中被解密后另存)。请学校用当前版本重新导出")
            continue
        _check_audit_chain(v, batch, registry)
        batch[key] = v
    # gaps that remain (older missing numbers) are named once per school
    for school in {v.school_code for v in batch.values()}:
        have = registry.sequences(school) | {s for (c, s) in batch if c == school}
        missing = sorted(set(range(1, max(have) + 1)) - have)
        if missing:
            last = max((v for v in batch.values() if v.school_code == school), key=lambda r: r.sequence)
            text = f"学校 {school} 缺少第 {'、'.join(map(str, missing[:20]))}{' 等' if len(missing) > 20 else ''} 号数据包"
            if not any(text in w for w in last.warnings):
                last.warnings.append(text)
    return results


def _sent_encrypted_before(v: Verified, batch: dict[tuple[str, int], Verified], registry: Registry) -> bool:
    """Whether the county holds (or this batch has) an encrypted bundle of ``v``'s school with a lower sequence:
    from a school's first encrypted bundle on, its unencrypted ones are refused (older ones still fill gaps)."""
    if any(b.encrypted and c == v.school_code and s < v.sequence for (c, s), b in batch.items()):
        return True
    return registry.encrypted_before(v.school_code, v.sequence)


def _extends(later: AuditChain, earlier: AuditChain) -> bool:
    """Whether ``later``'s chain runs through ``earlier``'s head."""
    return later.since_id == earlier.head_id and later.since_hash == earlier.head_hash


def _check_audit_chain(v: Verified, batch: dict[tuple[str, int], Verified], registry: Registry) -> None:
    """Warn when the school's audit chain was rewritten between this bundle and a neighbour the county has
    (received before, or in the same batch) — both must carry a chain (schema 1.4)."""
    def chain_at(sequence: int) -> AuditChain | None:
        twin = batch.get((v.school_code, sequence))
        return twin.audit_chain if twin is not None else registry.audit_chain_at(v.school_code, sequence)

    before, after = chain_at(v.sequence - 1), chain_at(v.sequence + 1)
    for earlier, later, seq in ((before, v.audit_chain, v.sequence - 1), (v.audit_chain, after, v.sequence)):
        if earlier is not None and later is not None and not _extends(later, earlier):
            v.warnings.append(
                f"历史被改写:学校 {v.school_code} 第 {seq + 1} 号数据包的操作日志没有接着第 {seq} 号数据包的链头"
                f"(第 {earlier.head_id} 条,校验值 {earlier.head_hash[:12]}…)。两包之间学校的操作日志被重写、删减或换了密钥,"
                "请到学校核查")


def verify_files(files: list[Path], registry: Registry, *, keyring: Keyring | None = None) -> list[Verified]:
    """Check files one by one, then their chain; the result is in the order given."""
    return check_chain([verify_file(Path(f), registry, keyring=keyring) for f in files], registry)
