"""Drafts of unsaved forms: what a user typed into a home visit or a request survives a crash.

A dialog that can hold a long text (the case file's home visit, a request, a leave) keeps what is
typed in it, as it is typed, in one small file per user and per record in the school's data folder
(``drafts/``), and offers it back the next time the same user opens the same record's dialog; the
file is removed when the form is saved or the user discards it. A draft is never part of the
database or of its transaction: it is the user's unsaved typing, not a record.

The database is encrypted at rest, and a draft of a child's home visit is as private as the case
file itself, so a draft is never written in clear: its JSON is sealed (AES-256-GCM,
:func:`app.data.keyring.seal_secret`) under a key derived from the open database's key, and the
sealing names the user, the kind and the record, so a draft cannot be moved to another user's or
another record's name. The file's name is an HMAC of the same three under the database key: it
says nothing of who or which child. A plain (unencrypted) database gets no drafts at all: there is
no key to seal them with. A draft that cannot be opened (damaged, truncated, sealed under another
key after a restore) is ignored with a line in the log and removed, never a crash.

Files are written atomically (:func:`app.files.write_bytes_atomically`), owner-only. No Qt here:
the dialogs' side (which fields, when to save, the question) is :mod:`app.ui.drafts`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from app.data.keyring import key_of, private_mode, restrict, seal_secret, unseal_secret
from app.files import WriteFailed, write_bytes_atomically

log = logging.getLogger(__name__)

FOLDER = "drafts"
SUFFIX = ".draft"
VERSION = 1


@dataclass(frozen=True)
class DraftStore:
    """The drafts of one user in one school's data folder (``key`` None: a plain database, no drafts)."""

    root: Path
    key: bytes | None
    user: str

    @classmethod
    def for_database(cls, db, user_id: int | None, username: str = "") -> DraftStore:
        """The store of the user ``user_id`` (or ``username``) beside the open database ``db``."""
        return cls(Path(db.paths.root) / FOLDER, key_of(db.engine),
                   str(user_id) if user_id is not None else "login:" + username)

    @property
    def enabled(self) -> bool:
        return self.key is not None

    def _purpose(self, kind: str, record: str) -> str:
        return f"draft|{self.user}|{kind}|{record}"

    def path(self, kind: str, record: str) -> Path:
        """The draft's file; its name reveals neither the user nor the record."""
        name = hmac.new(self.key or b"", self._purpose(kind, record).encode("utf-8"), hashlib.sha256).hexdigest()
        return self.root / (name[:32] + SUFFIX)

    def save(self, kind: str, record: str, values: dict) -> bool:
        """Keep ``values`` (plain JSON data) as the draft; False when it could not be written (logged)."""
        if self.key is None:
            return False
        body = json.dumps({"v": VERSION, "kind": kind, "record": record, "values": values},
                          ensure_ascii=False, sort_keys=True).encode("utf-8")
        sealed = seal_secret(self.key, self._purpose(kind, record), body).encode("ascii")
        try:
            if not self.root.is_dir():
                self.root.mkdir(parents=True, exist_ok=True)
                restrict(self.root)  # owner-only, like the key files
            write_bytes_atomically(self.path(kind, record), sealed, what="草稿", mode=private_mode(self.root.parent))
        except (WriteFailed, OSError) as exc:  # a full disk must not stop the typing: the draft is a safety net
            log.warning("draft %s %s not written: %s", kind, record, exc)
            return False
        return True

    def load(self, kind: str, record: str) -> dict | None:
        """The draft's values, or None: none kept, or one that cannot be read (logged, then removed)."""
        if self.key is None:
            return None
        path = self.path(kind, record)
        try:
            text = path.read_text(encoding="ascii")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("draft %s ignored: cannot be read (%s)", path.name, exc)
            return None
        plain = unseal_secret(self.key, self._purpose(kind, record), text)
        data = None
        if plain is not None:
            try:
                data = json.loads(plain.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                data = None
        if not (isinstance(data, dict) and data.get("v") == VERSION and data.get("kind") == kind
                and data.get("record") == record and isinstance(data.get("values"), dict)):
            log.warning("draft %s ignored and removed: damaged or sealed under another key", path.name)
            self.discard(kind, record)
            return None
        return data["values"]

    def discard(self, kind: str, record: str) -> None:
        """Remove the draft (saved, or thrown away by the user); nothing kept is not an error."""
        if self.key is None:
            return
        try:
            self.path(kind, record).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("draft %s %s not removed: %s", kind, record, exc)


__all__ = ["FOLDER", "DraftStore"]
