"""Fixtures of the documents tests: a school with guardians, roll calls and an alert; PDF readers."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import TODAY, make_student_input

MON = date(2026, 11, 23)
TUE, WED, THU = MON + timedelta(days=1), MON + timedelta(days=2), MON + timedelta(days=3)
C3, C4 = "三年级(1)班", "四年级(1)班"

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
                                   reason="poppler-utils (pdftotext, pdffonts) is not installed: "
                                          "apt-get install poppler-utils")


def pdf_text(path: Path, *, layout: bool = False, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else [])
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run(args + [str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def squash(text: str) -> str:
    """Text without whitespace (CJK lines wrap anywhere, so compare without line breaks)."""
    return "".join(text.split())


#: half-width punctuation next to a Chinese character (or one across a single space): not on official paper
HALF_WIDTH_NEXT_TO_CJK = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef] ?[,:;?!()\"]|[,:;?!()\"] ?[\u4e00-\u9fff]")


def assert_official_punctuation(path: Path) -> str:
    """Fails on a half-width , : ; ? ! ( ) or " beside Chinese text anywhere in the PDF (issue #15 item 7)."""
    text = pdf_text(path)
    bad = [line for line in text.splitlines() if HALF_WIDTH_NEXT_TO_CJK.search(line)]
    assert not bad, f"half-width punctuation in Chinese text of {path.name}: {bad[:8]}"
    return text


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    rows = []
    for line in out[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: the flags are the 5th–3rd fields from the end
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def assert_font_embedded(path: Path) -> None:
    fonts = pdf_fonts(path)
    assert fonts, "no font in the PDF"
    assert all(f["emb"] == "yes" for f in fonts), fonts
    assert any("WenQuanYiMicroHei" in f["name"] for f in fonts), fonts


NAMES = ["张一", "李二", "王三", "赵四", "陈五", "刘六"]


@pytest.fixture
def docs(school_db):
    """三年级(1)班: 4 students, one with two guardians, one with none; 四年级(1)班: 2 students.

    张一 (三年级) absent Monday and Tuesday: an absence alert is raised.
    """
    from app import attendance as att
    from app.students import GuardianInput, create_student

    db = school_db
    c3, c4 = db.class_ids[C3], db.class_ids[C4]
    admin = db.actors["admin"]
    ids = {}
    with db.transaction() as s:
        ids["张一"] = create_student(s, admin, make_student_input(c3, name="张一", seq=3), today=TODAY)
        ids["李二"] = create_student(s, admin, make_student_input(
            c3, name="李二", seq=5, guardians=[GuardianInput("李建国", "father", "13700001111", True),
                                              GuardianInput("周秀英", "mother", "13700002222", False, True,
                                                            "广东东莞")]), today=TODAY)
        ids["王三"] = create_student(s, admin, make_student_input(c3, name="王三", seq=7, guardians=[]), today=TODAY)
        ids["赵四"] = create_student(s, admin, make_student_input(
            c3, name="赵四", seq=9, guardians=[GuardianInput("赵奶奶", "grandmother_p", "13600003333", True)]),
            today=TODAY)
        ids["陈五"] = create_student(s, admin, make_student_input(c4, name="陈五", seq=11), today=TODAY)
        ids["刘六"] = create_student(s, admin, make_student_input(c4, name="刘六", seq=13), today=TODAY)
    for d in (MON, TUE):
        with db.transaction() as s:
            rc = att.open_roll_call(s, db.actors["wang"], c3, d, "day", today=d)
            att.submit_roll_call(s, db.actors["wang"], c3, d, "day", {ids["张一"]: ("absent", "")}, rc.revision,
                                 today=d)
    with db.transaction() as s:
        rc = att.open_roll_call(s, db.actors["li"], c4, TUE, "day", today=TUE)
        att.submit_roll_call(s, db.actors["li"], c4, TUE, "day", {ids["刘六"]: ("sick_leave", "发烧")}, rc.revision,
                             today=TUE)
    db.ids = ids
    return db


def run(db, who, fn, *args, **kw):
    with db.transaction() as s:
        return fn(s, db.actors[who], *args, **kw)
