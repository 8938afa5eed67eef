"""The Windows installer script, checked without Windows (compiling for real: `make installer-check`)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("check_iss", ROOT / "installer" / "check_iss.py")
check_iss = importlib.util.module_from_spec(spec)
sys.modules["check_iss"] = check_iss  # before running it: its dataclasses look their module up
spec.loader.exec_module(check_iss)


@pytest.fixture(scope="module")
def assets():
    sys.path.insert(0, str(ROOT / "installer"))
    import build_assets

    return build_assets.write_all()


def test_the_script_is_well_formed_and_consistent_before_the_build(assets):
    assert check_iss.problems(with_dist=False) == []


def test_the_version_comes_from_the_package(assets):
    from app import __version__

    text = assets["version_iss"].read_text(encoding="utf-8")
    assert f'#define AppVersion "{__version__}"' in text
    vi = assets["version_info"].read_text(encoding="utf-8")
    assert f"StringStruct('ProductVersion', '{__version__}')" in vi
    major, minor, patch = (int(x) for x in __version__.split(".")[:3])
    assert f"filevers=({major}, {minor}, {patch}, 0)" in vi


def test_the_icon_is_a_real_multi_size_ico(assets):
    from PIL import Image

    with Image.open(assets["icon"]) as ico:
        assert ico.format == "ICO"
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])


def test_a_broken_script_is_caught(tmp_path, monkeypatch):
    (tmp_path / "installer" / "languages").mkdir(parents=True)
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text((ROOT / "app" / "__init__.py").read_text(encoding="utf-8"))
    text = (ROOT / "installer" / "baoxue.iss").read_text(encoding="utf-8")
    text = text.replace("AppId={{6F1C2B7E", "AppId={{NOT-A-GUID").replace('Name: "en"; MessagesFile',
                                                                             'Name: "en" MessagesFile')
    text += "\n[Bogus]\nx\n"
    (tmp_path / "installer" / "baoxue.iss").write_text(text, encoding="utf-8")
    (tmp_path / "installer" / "languages" / "ChineseSimplified.isl").write_text("[Messages]\n", encoding="utf-8")
    found = "\n".join(check_iss.problems(with_dist=True, root=tmp_path))
    for expected in ("unknown section [Bogus]", "AppId is not a fixed GUID", "malformed entry",
                     "version.iss: missing", "matches nothing", "not UTF-8 with a BOM"):
        assert expected in found


def test_the_chinese_language_file_keeps_placeholders_and_access_keys(tmp_path):
    isl = ROOT / "installer" / "languages" / "ChineseSimplified.isl"
    messages = check_iss.isl_messages(isl)
    assert len(messages) >= 278  # every [Messages] and [CustomMessages] entry of Inno Setup 6.4's Default.isl
    assert messages["ButtonNext"] == "下一步(&N) >" and "%1" in messages["SetupWindowTitle"]
    assert (ROOT / "installer" / "languages" / "LICENSE-ChineseSimplified.txt").is_file()
    # the checker itself catches a lost placeholder or access key
    english = tmp_path / "Default.isl"
    english.write_text("[Messages]\nSetupWindowTitle=Setup - %1\nButtonNext=&Next >\nNew=Only in English\n",
                       encoding="utf-8")
    bad = tmp_path / "bad.isl"
    bad.write_bytes(b"\xef\xbb\xbf" + "[Messages]\nSetupWindowTitle=安装\nButtonNext=下一步 >\n".encode("utf-8"))
    found = "\n".join(check_iss.isl_problems(bad, english))
    assert "SetupWindowTitle changes the placeholders" in found
    assert "ButtonNext loses or adds the access key" in found
    assert "message New not translated" in found


def test_every_inno_message_is_translated_when_inno_setup_is_at_hand():
    default = check_iss.INNO_DIR / "Default.isl"
    if not default.is_file():
        pytest.skip("Inno Setup's Default.isl is fetched by `make installer-tools` (npm package innosetup)")
    assert check_iss.isl_problems(ROOT / "installer" / "languages" / "ChineseSimplified.isl", default) == []
