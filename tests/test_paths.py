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


# --- the data-folder choice: this Windows user, or everyone on this PC ------------------------


def _no_override(monkeypatch, tmp_path):
    monkeypatch.delenv("BAOXUE_DATA_DIR", raising=False)
    monkeypatch.setenv("BAOXUE_MACHINE_DIR", str(tmp_path / "machine"))


def test_nothing_chosen_is_the_user_folder_and_asks(monkeypatch, tmp_path):
    _no_override(monkeypatch, tmp_path)
    assert paths.chosen_scope() is None
    assert paths.resolve_data_dir() == paths.default_data_dir()
    assert paths.needs_location_choice()


def test_everyone_is_remembered_for_this_user_and_found_by_the_others(monkeypatch, tmp_path):
    _no_override(monkeypatch, tmp_path)
    assert paths.remember_scope("machine") == tmp_path / "machine" / "data"
    assert paths.resolve_data_dir() == tmp_path / "machine" / "data"
    assert not paths.needs_location_choice()
    # another Windows account: its own profile is empty, the machine-wide marker decides
    other = tmp_path / "other-user"
    monkeypatch.setenv("HOME", str(other))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(other / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(other / ".local" / "share"))
    assert not paths.user_location_file().exists()
    assert paths.chosen_scope() == "machine"
    assert paths.resolve_data_dir() == tmp_path / "machine" / "data"
    assert not paths.needs_location_choice()


def test_only_me_wins_over_the_machine_marker(monkeypatch, tmp_path):
    _no_override(monkeypatch, tmp_path)
    paths.remember_scope("machine")
    paths.remember_scope("user")
    assert paths.resolve_data_dir() == paths.default_data_dir()
    assert paths.chosen_scope() == "user"


def test_option_and_environment_still_override_the_choice(monkeypatch, tmp_path):
    _no_override(monkeypatch, tmp_path)
    paths.remember_scope("machine")
    assert paths.resolve_data_dir(str(tmp_path / "cli")) == (tmp_path / "cli").resolve()
    monkeypatch.setenv("BAOXUE_DATA_DIR", str(tmp_path / "env"))
    assert paths.resolve_data_dir() == (tmp_path / "env").resolve()
    assert paths.resolve_data_dir(str(tmp_path / "cli")) == (tmp_path / "cli").resolve()
    assert not paths.needs_location_choice(str(tmp_path / "cli"))


def test_a_school_set_up_before_the_choice_existed_stays_and_is_not_asked(monkeypatch, tmp_path):
    _no_override(monkeypatch, tmp_path)
    paths.default_data_dir().mkdir(parents=True)
    (paths.default_data_dir() / paths.DB_FILENAME).write_bytes(b"")
    assert not paths.needs_location_choice()
    assert paths.resolve_data_dir() == paths.default_data_dir()


def test_the_installer_marker_with_a_bom_and_a_broken_file(monkeypatch, tmp_path):
    _no_override(monkeypatch, tmp_path)
    marker = paths.machine_location_file()
    marker.parent.mkdir(parents=True)
    marker.write_text('{"scope": "machine"}', encoding="utf-8-sig")  # Inno Setup's SaveStringToFile may add a BOM
    assert paths.chosen_scope() == "machine"
    marker.write_text("{not json", encoding="utf-8")
    assert paths.chosen_scope() is None
    marker.write_text('{"scope": "everyone"}', encoding="utf-8")
    assert paths.chosen_scope() is None


def test_a_machine_folder_that_cannot_be_made_is_refused_in_chinese(monkeypatch, tmp_path):
    from app.errors import BaoxueError

    _no_override(monkeypatch, tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("BAOXUE_MACHINE_DIR", str(blocker / "machine"))
    import pytest

    with pytest.raises(BaoxueError, match="所有用户共用的数据目录"):
        paths.remember_scope("machine")
    assert paths.chosen_scope() is None  # nothing remembered


def test_machine_dir_per_platform(monkeypatch):
    monkeypatch.delenv("BAOXUE_MACHINE_DIR", raising=False)
    monkeypatch.setattr(paths.sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", r"D:\ProgramData")
    assert str(paths.machine_dir()).replace("/", "\\").endswith(r"D:\ProgramData\Baoxue")
    monkeypatch.setattr(paths.sys, "platform", "linux")
    assert paths.machine_dir() == Path("/var/lib/baoxue")
    assert paths.machine_data_dir() == Path("/var/lib/baoxue/data")


def test_resources_folder_can_be_pointed_elsewhere(monkeypatch, tmp_path):
    monkeypatch.setenv("BAOXUE_RESOURCES", str(tmp_path))
    assert paths.resources_dir() == tmp_path
