"""Attachments: JPG/PNG/PDF only, content sniffed, size limit, stored by SHA-256 and verified when read."""

from __future__ import annotations

import hashlib

import pytest

from app import attachments as att
from app.errors import NotFound, ValidationError
from app.paths import DataPaths

JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 50
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 50
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"0" * 50


@pytest.mark.parametrize("name, data, kind, media", [
    ("诊断证明.jpg", JPG, "jpg", "image/jpeg"), ("scan.JPEG", JPG, "jpg", "image/jpeg"),
    ("photo.png", PNG, "png", "image/png"), ("死亡证明.PDF", PDF, "pdf", "application/pdf"),
])
def test_accepted_files(name, data, kind, media):
    c = att.check(name, data)
    assert (c.type, c.media_type, c.size, c.sha256) == (kind, media, len(data), hashlib.sha256(data).hexdigest())


@pytest.mark.parametrize("name, data, words", [
    ("证明.pdf", PNG, "内容其实是 PNG 图片"),
    ("证明.jpg", PDF, "内容其实是 PDF 文件"),
    ("证明.pdf", b"PK\x03\x04" + b"\x00" * 10, "Office 文档"),
    ("证明.png", b"hello world", "无法识别"),
    ("证明.docx", b"PK\x03\x04", "只接受 JPG、PNG 图片或 PDF"),
    ("证明", PDF, "只接受"),
    ("证明.pdf", b"", "空文件"),
    ("", PDF, "请选择"),
])
def test_refused_files_say_why(name, data, words):
    with pytest.raises(ValidationError, match=words):
        att.check(name, data)


def test_size_limit(tmp_path):
    big = PDF + b"0" * att.MAX_BYTES
    with pytest.raises(ValidationError, match="超过 10.0 MB"):
        att.check("big.pdf", big)
    f = tmp_path / "big.pdf"
    f.write_bytes(big)
    with pytest.raises(ValidationError, match="超过"):
        att.read_source(f)
    with pytest.raises(ValidationError, match="找不到"):
        att.read_source(tmp_path / "missing.pdf")


def test_path_components_of_the_name_are_dropped():
    assert att.check("C:\\Users\\x\\..\\证明.pdf", PDF).filename == "证明.pdf"
    assert att.check("../../etc/passwd.png", PNG).filename == "passwd.png"


def test_store_is_content_addressed_and_read_verifies_the_hash(tmp_path):
    paths = DataPaths(tmp_path)
    c = att.check("a.png", PNG)
    p1 = att.store(paths, c)
    p2 = att.store(paths, att.check("same-content.png", PNG))
    assert p1 == p2 == paths.attachments / c.sha256[:2] / f"{c.sha256}.png"
    assert att.read(paths, c.sha256, c.media_type) == PNG
    p1.write_bytes(PNG + b"tampered")
    with pytest.raises(ValidationError, match="SHA-256 不符"):
        att.read(paths, c.sha256, c.media_type)
    p1.unlink()
    with pytest.raises(NotFound, match="不在数据目录"):
        att.read(paths, c.sha256, c.media_type)
    with pytest.raises(ValidationError):
        att.path_for(paths, "../" * 20, "image/png")


def test_unreferenced_files(tmp_path):
    paths = DataPaths(tmp_path)
    a, b = att.check("a.png", PNG), att.check("b.pdf", PDF)
    att.store(paths, a)
    pb = att.store(paths, b)
    assert att.unreferenced(paths, [a.sha256]) == [pb]
    assert att.unreferenced(DataPaths(tmp_path / "none"), []) == []
