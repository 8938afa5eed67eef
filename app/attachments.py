"""Scanned proof (medical certificates, death certificates, transfer forms): checked, stored, read back.

Only JPG, PNG and PDF are accepted, up to :data:`MAX_BYTES`. The content is
identified by its first bytes (magic numbers), never by the name alone: a file
whose content is not what its extension says is refused with both named, so a
renamed Word document or a photo called ``.pdf`` never lands in the record.

Files live under the data directory (:attr:`app.paths.DataPaths.attachments`),
in a folder per first two hex digits of their SHA-256, named
``<sha256>.<ext>`` — content-addressed: the same scan attached twice is stored
once, a file can be verified against the hash recorded in the database, and a
file name chosen by the user never becomes a path. A file is written (to a
temporary name, then renamed) before the database row that refers to it is
committed; when that transaction rolls back, the file stays as an unreferenced
copy, harmless and removable by :func:`unreferenced`.

No database access here: :mod:`app.approvals` records the rows and checks who
may attach and view.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from app.errors import NotFound, ValidationError
from app.paths import DataPaths

MAX_BYTES = 10 * 1024 * 1024  # 10 MB: a phone photo or a multi-page scan at 300 dpi

#: type key → (extensions, media type, label)
TYPES: dict[str, tuple[tuple[str, ...], str, str]] = {
    "jpg": ((".jpg", ".jpeg"), "image/jpeg", "JPG 图片"),
    "png": ((".png",), "image/png", "PNG 图片"),
    "pdf": ((".pdf",), "application/pdf", "PDF 文件"),
}
MEDIA_TYPES: dict[str, str] = {v[1]: k for k, v in TYPES.items()}

_MAGIC: list[tuple[bytes, str]] = [
    (b"\xff\xd8\xff", "jpg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"%PDF-", "pdf"),
]
# What other common files look like, to tell the user what they chose instead.
_OTHER_MAGIC: list[tuple[bytes, str]] = [
    (b"PK\x03\x04", "Office 文档或压缩包(docx/xlsx/zip)"),
    (b"\xd0\xcf\x11\xe0", "旧版 Office 文档(doc/xls)"),
    (b"GIF8", "GIF 图片"),
    (b"BM", "BMP 图片"),
    (b"II*\x00", "TIFF 图片"),
    (b"MM\x00*", "TIFF 图片"),
    (b"RIFF", "WEBP 图片或音视频文件"),
    (b"Rar!", "RAR 压缩包"),
    (b"MZ", "Windows 程序"),
]


@dataclass(frozen=True)
class CheckedFile:
    """A file that passed every check, ready to store."""

    filename: str
    type: str  # a TYPES key
    media_type: str
    size: int
    sha256: str
    data: bytes


def sniff(data: bytes) -> str | None:
    """The TYPES key the content really is, from its magic bytes, or None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _describe_other(data: bytes) -> str:
    for magic, label in _OTHER_MAGIC:
        if data.startswith(magic):
            return label
    return "无法识别的文件"


def type_of_name(filename: str) -> str | None:
    ext = Path(filename).suffix.lower()
    for kind, (exts, _media, _label) in TYPES.items():
        if ext in exts:
            return kind
    return None


def _human_size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


def check(filename: str, data: bytes) -> CheckedFile:
    """Refuse a file that is empty, too big, of another type, or whose content does not match its extension."""
    name = Path((filename or "").replace("\\", "/")).name.strip()
    if not name:
        raise ValidationError("附件", "attachments.choose_file_upload")
    kind = type_of_name(name)
    if kind is None:
        raise ValidationError("附件", "attachments.not_accepted_type_file_jpg", name=name)
    if not data:
        raise ValidationError("附件", "attachments.empty_file_0_bytes_scan", name=name)
    if len(data) > MAX_BYTES:
        raise ValidationError("附件", "attachments.over_limit_scan_lower_resolution",
                                    name=name,
                                    human_size=_human_size(len(data)),
                                    human_size2=_human_size(MAX_BYTES))
    real = sniff(data)
    if real is None:
        raise ValidationError("附件", "attachments.has_extension_but_content_upload",
                                    name=name,
                                    types=TYPES[kind][2],
                                    describe_other=_describe_other(data))
    if real != kind:
        raise ValidationError("附件", "attachments.has_extension_but_content_really",
                                    name=name,
                                    types=TYPES[kind][2],
                                    types2=TYPES[real][2],
                                    types3=TYPES[real][0][0])
    return CheckedFile(name, kind, TYPES[kind][1], len(data), hashlib.sha256(data).hexdigest(), data)


def read_source(path: str | os.PathLike) -> tuple[str, bytes]:
    """Read a file the user picked (name, bytes), refusing a too-big one before reading it whole."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError("附件", "attachments.over_limit_scan_lower_resolution_2",
                                        p_name=p.name,
                                        human_size=_human_size(size),
                                        human_size2=_human_size(MAX_BYTES))
        return p.name, p.read_bytes()
    except FileNotFoundError:
        raise ValidationError("附件", "attachments.file_cannot_found", p=p) from None
    except IsADirectoryError:
        raise ValidationError("附件", "attachments.folder_choose_file", p=p) from None
    except PermissionError:
        raise ValidationError("附件", "attachments.no_permission_read", p=p) from None


def path_for(paths: DataPaths, sha256: str, media_type: str) -> Path:
    kind = MEDIA_TYPES.get(media_type)
    if kind is None or len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValidationError("附件", "attachments.attachment_record_wrong", sha256=sha256[:12], media_type=media_type)
    return paths.attachments / sha256[:2] / f"{sha256}{TYPES[kind][0][0]}"


def store(paths: DataPaths, checked: CheckedFile) -> Path:
    """Write the file under its hash (atomically); an identical file already there is kept."""
    target = path_for(paths, checked.sha256, checked.media_type)
    if target.exists() and target.stat().st_size == checked.size:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".upload-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(checked.data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def read(paths: DataPaths, sha256: str, media_type: str) -> bytes:
    """The stored file, verified against its recorded hash (a changed or damaged file is refused)."""
    target = path_for(paths, sha256, media_type)
    try:
        data = target.read_bytes()
    except FileNotFoundError:
        raise NotFound("attachments.attachment_file_not_data_folder", target_name=target.name) from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ValidationError("附件", "attachments.content_attachment_file_does_not", target_name=target.name)
    return data


def unreferenced(paths: DataPaths, known: Iterable[str]) -> list[Path]:
    """Stored files whose hash no row refers to (left by a rolled-back upload)."""
    keep = set(known)
    root = paths.attachments
    if not root.exists():
        return []
    return sorted(p for p in root.glob("??/*") if p.is_file() and p.stem not in keep and not p.name.startswith("."))


__all__ = ["CheckedFile", "MAX_BYTES", "MEDIA_TYPES", "TYPES", "check", "path_for", "read", "read_source", "sniff",
           "store", "type_of_name", "unreferenced"]
