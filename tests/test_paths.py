"""Where data lives: option > environment > platform default; demo kept apart."""

from __future__ import annotations

from pathlib import Path

from app import paths


def test_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("BAOXUE_DATA_DIR", str(tmp_path / "env"))
    assert paths.resolve_data_dir(str(tmp_path / "cli")) == (tmp_path / "cli").resolve()
    assert paths.resolve_data_dir(None) == (tmp_path / "env").resolve()
    monkeypatch.delenv("BAOXUE_DATA_DIR")
    assert paths.resolve_data_dir(None) == paths.default_data_dir()


def test_tests_never_touch_the_real_profile():
    home = Path.home()
    assert "pytest" in str(home) or "home" in home.name
    assert str(paths.default_data_dir()).startswith(str(home))


def test_demo_dir_is_apart_from_the_real_one():
    real, demo = paths.default_data_dir(), paths.demo_data_dir()
    assert real != demo
    assert real not in demo.parents and demo not in real.parents


def test_resources_are_found():
    assert paths.resource("fonts", "wqy-microhei.ttc").is_file()
