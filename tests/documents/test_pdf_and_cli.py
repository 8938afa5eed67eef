"""The PDF foundation (font coverage, atomic output) and the ``baoxue print`` commands."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest
from sqlmodel import select

from app.data.document_models import Pledge
from tests.conftest import TODAY
from tests.documents.conftest import C3, assert_font_embedded, needs_poppler, pdf_pages, pdf_text, squash

ROOT = Path(__file__).resolve().parents[2]


def test_every_fixed_character_we_print_is_in_the_shipped_font():
    """A character missing from WenQuanYi Micro Hei would print as an empty box."""
    from reportlab.pdfbase import pdfmetrics

    from app.documents.pdf import register_fonts

    cmap = pdfmetrics.getFont(register_fonts()).face.charToGlyph
    sources = list((ROOT / "app" / "documents").glob("*.py")) + list((ROOT / "resources" / "templates").glob("*.txt"))
    missing = {}
    for path in sources:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".py":  # only what is inside string literals can be printed
            text = "".join(re.findall(r'"[^"\n]*"', text))
        for ch in set(text):
            if ord(ch) > 127 and ord(ch) not in cmap:
                missing.setdefault(ch, path.name)
    assert not missing, f"characters the font cannot draw: {missing}"


def test_atomic_output_removes_the_temp_file_on_failure(tmp_path):
    from app.documents.pdf import atomic_output

    out = tmp_path / "x.pdf"
    with pytest.raises(RuntimeError):
        with atomic_output(out) as tmp:
            tmp.write_bytes(b"half")
            raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []
    out.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_output(out) as tmp:
            raise RuntimeError("boom")
    assert out.read_bytes() == b"old"  # an earlier file is not touched by a failed run


def _parser():
    from app.cli import build_parser
    from app.documents.cli import add_print_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "print" not in sub.choices:  # until the integrator wires it into build_parser
        common = argparse.ArgumentParser(add_help=False)
        common.add_argument("--data-dir", metavar="DIR")
        login = argparse.ArgumentParser(add_help=False)
        login.add_argument("--user", required=True)
        add_print_parser(sub, [common, login])
    return parser


def cli(*argv) -> int:
    parser = _parser()
    args = parser.parse_args(list(argv))
    return args.func(args)


@needs_poppler
def test_cli_prints_pledges_marks_returns_and_lists_missing(docs, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BAOXUE_PASSWORD", "registrar-pass")
    d = ["--data-dir", str(docs.paths.root), "--user", "reg", "--date", TODAY.isoformat()]
    out = tmp_path / "class.pdf"
    assert cli("print", "pledges", "--class", str(docs.class_ids[C3]), "--out", str(out), *d) == 0
    text = capsys.readouterr().out
    assert "4 份责任书" in text and "王三" in text  # the student without a guardian is named
    assert pdf_pages(out) == 8
    assert_font_embedded(out)
    with docs.session() as s:
        numbers = [p.number for p in s.exec(select(Pledge).order_by(Pledge.id))]
    assert cli("print", "return", numbers[0], "JZ2026-999999-0", *d) == 1
    text = capsys.readouterr().out
    assert f"已登记收回:{numbers[0]}" in text and "错误" in text
    assert cli("print", "missing", *d) == 0
    text = capsys.readouterr().out
    assert "打印 4 份,收回 1 份" in text and numbers[3] in text and numbers[0] not in text


@needs_poppler
def test_cli_forms(docs, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BAOXUE_PASSWORD", "principal-pass")
    d = ["--data-dir", str(docs.paths.root), "--user", "boss", "--date", "2026-11-24"]
    for argv, expect in [
        (["inspection"], "合计"),
        (["weekly", "--notes", "无"], "控辍保学工作周报"),
        (["roll", "--all"], "学生花名册"),
        (["home-visit", "--copies", "2"], "学生家访记录表"),
        (["home-visit", "--student", str(docs.ids["李二"])], "李建国"),
        (["return-notice", "--student", str(docs.ids["张一"]), "--deadline", "2026-12-04"], "2026年12月4日前"),
        (["transfer", "--student", str(docs.ids["李二"]), "--to-school", "长安镇中心小学"], "长安镇中心小学"),
        (["suspension", "--student", str(docs.ids["赵四"]), "--reason", "住院治疗"], "住院治疗"),
        (["preview", "--kind", "teacher"], "王老师"),
    ]:
        out = tmp_path / f"{argv[0]}.pdf"
        assert cli("print", *argv, "--out", str(out), *d) == 0, argv
        assert expect in squash(pdf_text(out)), argv
        assert f"已生成 {out}" in capsys.readouterr().out
