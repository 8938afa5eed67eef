"""The Chinese translation is complete and current: every string of the UI has its Chinese text."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET

import pytest

from app.ui import i18n


def _messages(path):
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            out[(name, msg.findtext("source"))] = None if tr is None else (tr.text or "")
    return out


def test_every_chinese_string_is_translated():
    missing = i18n.untranslated("zh_CN")
    assert missing == [], "untranslated (run `python -m app.ui.i18n sync` after adding to a TSV):\n" + "\n".join(
        f"{c}\t{s}" for c, s in missing)


def test_ts_files_hold_every_string_of_the_code(tmp_path):
    """A string added to the code but not to the .ts would show in English in a Chinese UI."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run([i18n.qt_tool("pyside6-lupdate"), *map(str, i18n.ui_sources()), "-no-obsolete",
                    "-source-language", "en", "-target-language", "zh_CN", "-ts", str(fresh)],
                   check=True, capture_output=True)
    in_code = set(_messages(fresh))
    committed = set(_messages(i18n.ts_path("zh_CN")))
    assert in_code - committed == set(), "run `python -m app.ui.i18n sync`"


_PLACEHOLDER = re.compile(r"%[0-9Ln]+|\{[a-z_0-9]*\}")


@pytest.mark.parametrize("lang", ["zh_CN"])
def test_translations_keep_the_placeholders(lang):
    for (ctx, src), text in _messages(i18n.ts_path(lang)).items():
        if text:
            assert sorted(_PLACEHOLDER.findall(src)) == sorted(_PLACEHOLDER.findall(text)), (ctx, src, text)
