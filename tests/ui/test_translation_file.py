"""A missing .qm is never silently English: it is built from the .ts, or the program says so."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.paths import resources_dir
from app.ui import app as ui_app


def _resources_without_qm(tmp_path: Path, keep_ts: bool = True) -> Path:
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy, ignore=shutil.ignore_patterns("*.qm", *(() if keep_ts else ("*.ts",))))
    return copy


def test_a_missing_qm_is_built_from_the_ts(monkeypatch, tmp_path, qapp):
    monkeypatch.setenv("BAOXUE_RESOURCES", str(_resources_without_qm(tmp_path)))
    qm = ui_app.translation_file("zh_CN")
    assert qm is not None and qm.is_file() and "cache" in str(qm).lower()
    installed = ui_app.install_translator(qapp, "zh_CN")
    try:
        assert installed
        assert qapp.translate("WelcomePage", "Welcome to Baoxue") == "欢迎使用保学"
    finally:
        ui_app.install_translator(qapp, "en")


def test_with_neither_qm_nor_ts_the_program_warns(monkeypatch, tmp_path, qapp, capsys):
    monkeypatch.setenv("BAOXUE_RESOURCES", str(_resources_without_qm(tmp_path, keep_ts=False)))
    assert ui_app.translation_file("zh_CN") is None
    try:
        ui_app.install_translator(qapp, "zh_CN")
        err = capsys.readouterr().err
        assert "baoxue_zh_CN.qm" in err and "界面将显示为英文" in err
    finally:
        ui_app.install_translator(qapp, "en")
