"""The pledge batch prints exactly what the reference layout prints (issue #18).

The batch has its own fast renderer (each distinct paragraph laid out once, both copies from one
layout, the fixed text drawn once as a form). The reference is the plain platypus story of every
copy (``pledges._render_story``): the same batch is printed both ways, each in a copy of the demo
school's database so both get the same numbers, and the two files must give the same text
page by page (``pdftotext``, plain and ``-layout``) and the same pixels.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from app.accounts import SYSTEM
from app.data import keyring
from app.data.db import backup_file, open_database
from app.data.models import Guardian, SchoolClass
from app.documents import pledge_records, pledges
from app.paths import DataPaths
from tests.documents.conftest import needs_poppler

pytestmark = needs_poppler

TODAY = date(2026, 9, 7)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo school's roster (200 students, nine classes, guardians as the demo gives them)."""
    from app.demo import build_demo
    from app.paths import DataPaths

    paths = DataPaths(tmp_path_factory.mktemp("pledge-layout") / "data")
    build_demo(paths, students=200, seed=2026, today=TODAY, activity=False)
    db = open_database(paths)
    yield db
    db.close()


def _pages(path: Path, *, layout: bool) -> list[str]:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(path), "-"]
    text = subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")
    return text.split("\f")


def _pixels(path: Path, first: int, last: int, out: Path) -> list[bytes]:
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-f", str(first), "-l", str(last), str(path), str(out)],
                   check=True)
    return [p.read_bytes() for p in sorted(out.parent.glob(out.name + "*.pgm"))]


def _print_both(db, monkeypatch, tmp_path: Path, prepare=None, **kw):
    """Print the same batch with the renderer in use and with the reference, each in a copy of ``db``."""
    results = []
    for name, draw in (("fast", pledges._draw), ("reference", pledges._draw_story)):
        copy = DataPaths(Path(tempfile.mkdtemp(prefix=f"db-{name}-", dir=tmp_path)))
        key = keyring.key_of(db.engine)  # the school's file is encrypted: the copy keeps its key and keyring
        backup_file(db.paths.database, copy.database, key)
        shutil.copy2(keyring.keyring_path(db.paths), keyring.keyring_path(copy))
        shutil.copytree(db.paths.keys, copy.keys)  # the audit log's key
        school = open_database(copy, key=key)
        try:
            with monkeypatch.context() as m:
                m.setattr(pledges, "_draw", draw)
                with school.transaction() as s:
                    if prepare is not None:
                        prepare(s)
                    r = pledges.print_pledges(s, SYSTEM, tmp_path / f"{name}.pdf", today=TODAY, **kw)
        finally:
            school.close()
        results.append(r)
    fast, ref = results
    assert fast.numbers == ref.numbers and fast.pages == ref.pages == 2 * fast.count
    return tmp_path / "fast.pdf", tmp_path / "reference.pdf", fast


def _assert_same(fast: Path, ref: Path, tmp_path: Path, pages: int) -> None:
    for layout in (False, True):
        a, b = _pages(fast, layout=layout), _pages(ref, layout=layout)
        assert len(a) == len(b) == pages + 1  # pdftotext ends every page with a form feed
        for i, (x, y) in enumerate(zip(a, b), start=1):
            assert x == y, f"page {i} differs ({'layout' if layout else 'plain'} text)"
    last = min(pages, 4)
    assert _pixels(fast, 1, last, tmp_path / "fast-px") == _pixels(ref, 1, last, tmp_path / "ref-px")


def _two_classes(db) -> list[int]:
    with db.session() as s:
        return [c.id for c in s.exec(select(SchoolClass).where(SchoolClass.active == True)  # noqa: E712
                                     .order_by(SchoolClass.grade_level, SchoolClass.name)).all()[:2]]


def test_parent_pledges_of_demo_classes_print_the_same_text_as_the_reference(demo, monkeypatch, tmp_path):
    for cid in _two_classes(demo):
        fast, ref, r = _print_both(demo, monkeypatch, tmp_path, class_id=cid)
        assert r.count > 10
        _assert_same(fast, ref, tmp_path, r.pages)


def test_teacher_and_bureau_pledges_print_the_same_text_as_the_reference(demo, monkeypatch, tmp_path):
    fast, ref, r = _print_both(demo, monkeypatch, tmp_path, kind="principal_teacher", all_classes=True)
    assert r.count == 9
    _assert_same(fast, ref, tmp_path, r.pages)
    fast, ref, r = _print_both(demo, monkeypatch, tmp_path, kind="bureau_principal")
    _assert_same(fast, ref, tmp_path, r.pages)


def test_edited_text_long_names_and_missing_phones_print_the_same_as_the_reference(demo, monkeypatch, tmp_path):
    """A school's own text: per-pupil values in the title and a heading, a body long enough to be shrunk
    onto one sheet; guardians with a long name and without a phone."""
    cid = _two_classes(demo)[1]
    title, body = pledge_records.default_template("teacher_parent")
    extra = "\n".join(f"{n}. 班主任每周与{{家长姓名}}联系一次,了解{{学生姓名}}在家学习和生活情况,做好记录。"
                      for n in range(6, 16))
    body = body.replace("四、考核与责任追究", extra + "\n四、{学生姓名}同学的考核与责任追究")

    def prepare(s):
        pledge_records.save_template(s, SYSTEM, "teacher_parent", title="{学生姓名}同学" + title, body=body)
        guardians = s.exec(select(Guardian).order_by(Guardian.id)).all()
        for g in guardians[::3]:
            g.phone = ""
        for g in guardians[1::5]:
            g.name = "欧阳" + g.name + "(外出务工,委托祖父母监护)"
        s.flush()

    fast, ref, r = _print_both(demo, monkeypatch, tmp_path, prepare=prepare, class_id=cid)
    _assert_same(fast, ref, tmp_path, r.pages)
    first = "".join(_pages(fast, layout=False)[0].split())
    assert "15.班主任每周与" in first and "乙方（家长/监护人）签字" in first  # shrunk onto the one sheet


def test_preview_is_the_same_as_the_reference(demo, monkeypatch, tmp_path):
    paths = []
    for name, render in (("fast", pledges._render), ("reference", pledges._render_story)):
        with monkeypatch.context() as m:
            m.setattr(pledges, "_render", render)
            with demo.session() as s:
                paths.append(pledges.preview_template(s, SYSTEM, "teacher_parent", tmp_path / f"{name}.pdf",
                                                      today=TODAY).path)
    _assert_same(paths[0], paths[1], tmp_path, 2)
