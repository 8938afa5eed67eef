"""The database key and who can open it: the keyring file beside the encrypted school database.

The school database is a SQLCipher file (AES-256 pages with an HMAC each) opened with a random
256-bit key used raw (no passphrase stretching at every connection). The key is never stored in
clear: ``baoxue-keys.json`` beside the database holds it *wrapped* (AES-256-GCM) once per active
account and once for the recovery key. The file is read before the database is opened (the login
comes first); nothing in it opens the database without a password or the recovery key.

An account's wrapper
    KEK = HKDF-SHA256(scrypt(password, salt, n, r, p)[32:64]), where salt and cost are those of
    the account's password hash (:mod:`app.accounts`): the same scrypt call gives the 32 bytes the
    hash keeps (the first half) and the KEK's secret (the second half, stored nowhere), so a login
    costs one scrypt. The file keeps the salt and cost, never a digest.
    A database encrypted from an older plain one only has the stored hashes, not the passwords:
    its accounts get a wrapper from the hash's digest (``"kind": "hash"``) until their first
    login replaces it with a password wrapper. Such a wrapper is only as safe as the copies of
    the old plain database (which held that digest): README says to delete them.
The recovery wrapper
    KEK = HKDF-SHA256(the recovery key's 160 random bits): printed once for the principal.

Every wrapper's AES-GCM associated data names the format, the key's id and the account, so a
wrapper cannot be moved to another account or another database.

Wrappers change in the operation that changes the account (:func:`stage_account`), and the file
is written so that at every moment both the committed and the pending state open the database:
before the commit the file holds the old wrappers *and* the new ones, after the commit only the
new ones, after a rollback only the old ones. A crash in between leaves both; the next opening
(:func:`reconcile`) keeps only those that match the database's accounts. Nobody is ever locked out.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from app.errors import BaoxueError, PermissionDenied
from app.files import write_atomically
from app.messages import msg
from app.paths import DataPaths

log = logging.getLogger(__name__)

FORMAT = "baoxue-keyring-1"
KEYRING_FILE = "baoxue-keys.json"
KEY_BYTES = 32
RECOVERY_BYTES = 20  # 160 bits: 32 base-32 characters, read out and typed in groups of four
_SCRYPT_MAXMEM = 128 * 1024 * 1024
_INFO_PENDING = "baoxue.keyring.pending"
_INFO_LISTENING = "baoxue.keyring.listening"
_INFO_SCHOOL = "baoxue.keyring.school"
#: keys opened in this process: (data folder, key id) → key (a window reopening its database after a restore)
_REMEMBERED: dict[tuple[Path, str], bytes] = {}


class KeyringError(BaoxueError):
    """The keyring file is missing or damaged; the message says what to restore."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    return base64.b64decode(str(text), validate=True)


# --- scrypt and the password hash's fields (app.accounts stores and checks the hash) --------------


def scrypt64(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    """scrypt's 64 bytes: the first 32 are what the password hash keeps, the last 32 the KEK's secret."""
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_SCRYPT_MAXMEM, dklen=64)


@dataclass(frozen=True)
class HashFields:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes


def parse_hash(stored: str) -> HashFields | None:
    """The fields of ``scrypt$n$r$p$salt$digest`` (None when it is not one)."""
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return None
        return HashFields(int(n), int(r), int(p), _unb64(salt_b64), _unb64(digest_b64))
    except (ValueError, TypeError, AttributeError):
        return None


def format_hash(n: int, r: int, p: int, salt: bytes, digest: bytes) -> str:
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


# --- the file --------------------------------------------------------------------------------------


@dataclass
class Keyring:
    key_id: str
    school: dict = field(default_factory=dict)  # code, name, is_demo: shown before the login (not secret)
    accounts: dict[str, list[dict]] = field(default_factory=dict)  # user name → wrappers
    recovery: dict | None = None

    def as_json(self) -> dict:
        return {"format": FORMAT, "key_id": self.key_id, "school": self.school,
                "accounts": {u: w for u, w in sorted(self.accounts.items()) if w}, "recovery": self.recovery}

    @property
    def openable(self) -> bool:
        """Anyone at all can open the database (an account wrapper or the recovery key)."""
        return bool(self.recovery) or any(self.accounts.values())


def keyring_path(paths: DataPaths) -> Path:
    return paths.root / KEYRING_FILE


def read(paths: DataPaths) -> Keyring | None:
    path = keyring_path(paths)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise KeyringError("data.key_file_database_cannot_read", path=path, exc=exc) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("accounts"), dict):
        raise KeyringError("data.key_file_database_has_wrong", path=path)
    return Keyring(key_id=str(data.get("key_id", "")), school=dict(data.get("school") or {}),
                   accounts={str(u): list(w) for u, w in data["accounts"].items() if isinstance(w, list)},
                   recovery=data.get("recovery") if isinstance(data.get("recovery"), dict) else None)


def shared_folder(folder: Path) -> bool:
    """A data folder shared by every account of the PC (the set-group-id folder app.paths makes)."""
    try:
        return bool(folder.stat().st_mode & stat.S_ISGID)
    except OSError:
        return False


def private_mode(folder: Path) -> int:
    """0600 for the files of a data folder (0660 in one shared by every account of the PC)."""
    return 0o660 if shared_folder(folder) else 0o600


def restrict(path: Path) -> None:
    """Make ``path`` owner-only (POSIX; on Windows the data folder's inherited ACL decides, see README)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, private_mode(path.parent) if path.is_file() else
                 (0o2770 if shared_folder(path) else 0o700))


def write(paths: DataPaths, ring: Keyring) -> None:
    """Write the keyring atomically (temporary file, fsync, rename), owner-only."""
    body = json.dumps(ring.as_json(), ensure_ascii=False, indent=1).encode("utf-8")
    write_atomically(keyring_path(paths), lambda fh: fh.write(body), what=msg("files.database_key_file"),
                     mode=private_mode(paths.root))


# --- keys, ids and wrapping -----------------------------------------------------------------------


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_id(key: bytes) -> str:
    """A name for the key that reveals nothing of it."""
    return hmac.new(key, b"baoxue key id", hashlib.sha256).hexdigest()[:16]


def passphrase_of(key: bytes) -> str:
    """SQLCipher's raw-key syntax (``x'<hex>'``: the key is used as it is, no KDF at each connection)."""
    return f"x'{key.hex()}'"


def key_of(bind: Engine | Connection | Session) -> bytes | None:
    """The database key of an engine (or connection, session) opened on an encrypted file; None otherwise."""
    if isinstance(bind, Session):
        bind = bind.get_bind()
    engine = getattr(bind, "engine", bind)
    if engine.url.get_driver_name() != "pysqlcipher" or not engine.url.password:
        return None
    pw = engine.url.password
    return bytes.fromhex(pw[2:-1]) if pw.startswith("x'") else None


def paths_of(bind: Engine | Connection | Session) -> DataPaths | None:
    if isinstance(bind, Session):
        bind = bind.get_bind()
    engine = getattr(bind, "engine", bind)
    name = engine.url.database
    if engine.dialect.name != "sqlite" or not name or name == ":memory:" or name.startswith("file:"):
        return None
    return DataPaths(Path(name).resolve().parent)


def _kek(secret: bytes, purpose: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode("utf-8")).derive(secret)


def _seal(kek: bytes, plain: bytes, aad: str) -> dict:
    nonce = secrets.token_bytes(12)
    return {"nonce": _b64(nonce), "ct": _b64(AESGCM(kek).encrypt(nonce, plain, aad.encode("utf-8")))}


def _unseal(kek: bytes, sealed: dict, aad: str) -> bytes | None:
    try:
        return AESGCM(kek).decrypt(_unb64(sealed["nonce"]), _unb64(sealed["ct"]), aad.encode("utf-8"))
    except (InvalidTag, KeyError, ValueError, TypeError):
        return None


def seal_secret(key: bytes, purpose: str, plain: bytes) -> str:
    """Another secret (the audit chain's key) kept under the database key: one line of text."""
    sealed = _seal(_kek(key, "baoxue secret|" + purpose), plain, f"{FORMAT}|secret|{purpose}")
    return f"{FORMAT} {sealed['nonce']} {sealed['ct']}\n"


def is_sealed(text_: str) -> bool:
    return text_.startswith(FORMAT + " ")


def unseal_secret(key: bytes, purpose: str, text_: str) -> bytes | None:
    parts = text_.split()
    if len(parts) != 3 or parts[0] != FORMAT:
        return None
    return _unseal(_kek(key, "baoxue secret|" + purpose), {"nonce": parts[1], "ct": parts[2]},
                   f"{FORMAT}|secret|{purpose}")


def _aad(kid: str, who: str) -> str:
    return f"{FORMAT}|{kid}|{who}"


def account_wrapper(key: bytes, username: str, stored_hash: str, secret: bytes | None = None) -> dict | None:
    """The wrapper of ``key`` for an account: from the password's scrypt second half (``secret``,
    :func:`scrypt64`) when the password is known, else from the stored hash's digest."""
    fields = parse_hash(stored_hash)
    if fields is None:
        return None
    kind = "password" if secret is not None else "hash"
    material = secret if secret is not None else fields.digest
    wrapper = {"kind": kind, "n": fields.n, "r": fields.r, "p": fields.p, "salt": _b64(fields.salt)}
    wrapper.update(_seal(_kek(material, f"baoxue account|{kind}|{username}"), key, _aad(key_id(key), username)))
    return wrapper


def _try_account(ring: Keyring, username: str, wrapper: dict, computed: dict) -> bytes | None:
    try:
        params = (int(wrapper["n"]), int(wrapper["r"]), int(wrapper["p"]), _unb64(wrapper["salt"]))
    except (KeyError, ValueError, TypeError):
        return None
    out = computed.get(params)
    if out is None:
        return None
    material = out[32:] if wrapper.get("kind") == "password" else out[:32]
    return _unseal(_kek(material, f"baoxue account|{wrapper.get('kind')}|{username}"), wrapper,
                   _aad(ring.key_id, username))


def unwrap_with_password(ring: Keyring, username: str, password: str) -> bytes:
    """The database key from an account's password; PermissionDenied (the login's words) when it does not open."""
    wrappers = ring.accounts.get(username) or []
    if not wrappers:
        raise PermissionDenied(
            "data.user_name_password_wrong_if", username=username)
    computed: dict = {}
    for w in wrappers:  # one scrypt per distinct salt (a pending password change has two)
        try:
            params = (int(w["n"]), int(w["r"]), int(w["p"]), _unb64(w["salt"]))
        except (KeyError, ValueError, TypeError):
            continue
        if params not in computed:
            try:
                computed[params] = scrypt64(password, params[3], *params[:3])
            except ValueError:
                continue
        key = _try_account(ring, username, w, computed)
        if key is not None and key_id(key) == ring.key_id:
            return key
    raise PermissionDenied("common.user_name_password_wrong")


# --- the recovery key ----------------------------------------------------------------------------


def new_recovery_code() -> str:
    """160 random bits as 32 base-32 characters (A–Z, 2–7) in eight groups of four; a typed 0, 1 or 8 is read as O, I, B."""
    raw = secrets.token_bytes(RECOVERY_BYTES)
    code = base64.b32encode(raw).decode("ascii")
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def _recovery_bytes(code: str) -> bytes | None:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")  # what a reader may type instead
    if len(cleaned) != RECOVERY_BYTES * 8 // 5:
        return None
    try:
        return base64.b32decode(cleaned)
    except (ValueError, TypeError):
        return None


def recovery_wrapper(key: bytes, code: str) -> dict:
    raw = _recovery_bytes(code)
    if raw is None:
        raise ValueError("not a recovery code")
    return _seal(_kek(raw, "baoxue recovery"), key, _aad(key_id(key), "<recovery>"))


def unwrap_with_recovery(ring: Keyring, code: str) -> bytes:
    raw = _recovery_bytes(code)
    if raw is None:
        raise PermissionDenied("data.recovery_key_has_wrong_format")
    if not ring.recovery:
        raise PermissionDenied("data.database_has_no_recovery_key")
    key = _unseal(_kek(raw, "baoxue recovery"), ring.recovery, _aad(ring.key_id, "<recovery>"))
    if key is None or key_id(key) != ring.key_id:
        raise PermissionDenied("data.recovery_key_wrong_type_again")
    return key


def set_recovery(session: Session, code: str) -> None:
    """The recovery key ``code`` opens the session's database from now on (the one before no longer does).

    Written at once, before the operation commits: the new code is shown only after the commit, so a
    failure in between leaves a code nobody saw — the accounts still open the database, and a new one
    is made again."""
    key, paths = key_of(session), paths_of(session)
    if key is None or paths is None:
        raise BaoxueError("data.database_not_encrypted_needs_no")
    sealed = recovery_wrapper(key, code)

    def put(ring: Keyring) -> None:
        ring.recovery = sealed
    _rewrite(paths, put)


def has_recovery(paths: DataPaths) -> bool:
    ring = read(paths)
    return bool(ring and ring.recovery)


def opened_with_recovery(session: Session, code: str) -> bool:
    """``code`` is the recovery key of the session's database (the proof a password reset by recovery needs)."""
    key, paths = key_of(session), paths_of(session)
    ring = read(paths) if paths is not None else None
    if key is None or ring is None:
        return False
    try:
        return unwrap_with_recovery(ring, code) == key
    except PermissionDenied:
        return False


# --- keys remembered in this process ----------------------------------------------------------------


def remember(paths: DataPaths, key: bytes) -> None:
    _REMEMBERED[(paths.root.resolve(), key_id(key))] = key


def remembered(paths: DataPaths, ring: Keyring) -> bytes | None:
    return _REMEMBERED.get((paths.root.resolve(), ring.key_id))


def remembered_keys() -> list[tuple[tuple[Path, str], bytes]]:
    return list(_REMEMBERED.items())


def forget_all() -> None:
    _REMEMBERED.clear()


# --- wrappers change with the accounts, in the same operation -------------------------------------


def _rewrite(paths: DataPaths, change) -> None:
    ring = read(paths)
    if ring is None:
        raise KeyringError("data.key_file_database_missing_restore", keyring_path=keyring_path(paths))
    change(ring)
    write(paths, ring)


def stage_account(session: Session, username: str, wrappers: list[dict]) -> None:
    """The account ``username`` opens the database with ``wrappers`` once the session commits.

    Written now as the old wrappers plus the new ones (both states open the database); after the
    commit only the new ones stay, after a rollback only the old ones. No-op on a plain database."""
    key = key_of(session)
    paths = paths_of(session)
    if key is None or paths is None:
        return
    _listen(session)
    pending: dict = session.info.setdefault(_INFO_PENDING, {})
    old_holder: list = []

    def add(ring: Keyring) -> None:
        old = ring.accounts.get(username, [])
        old_holder.append(pending[username][0] if username in pending else list(old))
        ring.accounts[username] = old + [w for w in wrappers if w not in old]

    _rewrite(paths, add)
    pending[username] = (old_holder[0], wrappers, paths)


def _listen(session: Session) -> None:
    if not session.info.get(_INFO_LISTENING):
        session.info[_INFO_LISTENING] = True  # for the session's life (a listener cannot go while it runs)
        event.listen(session, "after_commit", _after_commit)
        event.listen(session, "after_rollback", _after_rollback)


def stage_school(session: Session, *, code: str, name: str, is_demo: bool) -> None:
    """The keyring names the school (what the login shows before the password) once the session commits.

    No-op on a plain database; a rollback leaves the name it had."""
    paths = paths_of(session)
    if key_of(session) is None or paths is None:
        return
    _listen(session)
    session.info[_INFO_SCHOOL] = ({"code": code, "name": name, "is_demo": bool(is_demo)}, paths)


def _settle_school(session: Session, committed: bool) -> None:
    staged = session.info.pop(_INFO_SCHOOL, None)
    if staged is None or not committed:
        return
    school, paths = staged

    def apply(ring: Keyring) -> None:
        ring.school = school
    try:
        _rewrite(paths, apply)
    except (OSError, BaoxueError):  # the next opening writes it (reconcile)
        log.warning("keyring's school name not written; it will be at the next opening", exc_info=True)


def _settle(session: Session, committed: bool) -> None:
    _settle_school(session, committed)
    pending = session.info.pop(_INFO_PENDING, None)
    if not pending:
        return
    by_folder: dict[Path, dict] = {}
    for username, (old, new, paths) in pending.items():
        by_folder.setdefault(paths.root, {"paths": paths, "changes": {}})["changes"][username] = new if committed else old

    for item in by_folder.values():
        def apply(ring: Keyring, changes=item["changes"]) -> None:
            ring.accounts.update(changes)
        try:
            _rewrite(item["paths"], apply)
        except (OSError, BaoxueError):  # both states still open the database; reconcile() finishes it
            log.warning("keyring not settled; it will be at the next opening", exc_info=True)


def _after_commit(session: Session) -> None:
    _settle(session, True)


def _after_rollback(session: Session) -> None:
    _settle(session, False)


def reconcile(engine: Engine, *, school: dict | None = None) -> None:
    """Make the keyring match the database's accounts (after a crash between the two, or an account made
    active again): a current wrapper for every active account, none for the others; the school's name."""
    key, paths = key_of(engine), paths_of(engine)
    if key is None or paths is None:
        return
    with engine.connect() as conn:
        has_users = conn.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='user_account'")).first() is not None
        users = conn.execute(text("SELECT username, password_hash, active FROM user_account")).all() \
            if has_users else []
    ring = read(paths)
    if ring is None:
        return
    before = json.dumps(ring.as_json(), sort_keys=True)
    accounts: dict[str, list[dict]] = {}
    for username, stored, active in users:
        fields = parse_hash(stored or "")
        if not active or fields is None:
            continue
        salt = _b64(fields.salt)
        current = [w for w in ring.accounts.get(username, []) if w.get("salt") == salt]
        current.sort(key=lambda w: w.get("kind") != "password")  # the password wrapper first
        if current:
            accounts[username] = current[:1]
        else:
            made = account_wrapper(key, username, stored)
            accounts[username] = [made] if made else []
    ring.accounts = accounts
    if school is not None:
        ring.school = school
    if json.dumps(ring.as_json(), sort_keys=True) != before:
        write(paths, ring)


def wrapper_kind(paths: DataPaths, username: str) -> str | None:
    """"password", "hash" or None: what the account's current wrapper is made from."""
    ring = read(paths)
    wrappers = ring.accounts.get(username, []) if ring else []
    return wrappers[0].get("kind") if wrappers else None


__all__ = ["FORMAT", "KEYRING_FILE", "Keyring", "KeyringError", "account_wrapper", "format_hash", "key_id",
           "key_of", "new_key", "new_recovery_code", "parse_hash", "passphrase_of", "read", "reconcile",
           "recovery_wrapper", "remember", "remembered", "scrypt64", "seal_secret", "stage_account",
           "unseal_secret", "unwrap_with_password", "unwrap_with_recovery", "write"]
