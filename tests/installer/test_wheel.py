"""`pip install .` gives a working program: the wheel carries resources/ with the compiled translations."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "--disable-pip-version-check",
                    "-w", str(out), str(ROOT)], check=True, capture_output=True, timeout=600)
    (found,) = out.glob("baoxue-*.whl")
    return found


@pytest.mark.slow
def test_the_wheel_carries_every_resource_and_the_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {p.relative_to(ROOT / "resources").as_posix() for p in (ROOT / "resources").rglob("*")
               if p.is_file() and p.suffix != ".qm"}
    assert {f"app/resources/{n}" for n in shipped} <= names
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        assert f"app/resources/translations/{ts.stem}.qm" in names  # compiled at build time
    assert "app/data/migrations/env.py" in names
    assert any(n.startswith("app/data/migrations/versions/") for n in names)
    assert "app/exchange/county_migrations/env.py" in names
    assert any(n.startswith("app/exchange/county_migrations/versions/c0") for n in names)


@pytest.mark.slow
def test_the_installed_package_finds_its_resources_and_speaks_chinese(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from app import paths
root = paths.resources_dir()
assert Path(sys.argv[1]) in root.parents, root
for part in (("fonts", "wqy-microhei.ttc"), ("schema", "baoxue-bundle-1.xsd"), ("templates", "pledge_teacher_parent.txt")):
    assert paths.resource(*part).is_file(), part
from PySide6.QtCore import QCoreApplication, QTranslator
app = QCoreApplication([])
t = QTranslator()
assert t.load(str(paths.resource("translations", "baoxue_zh_CN.qm")))
print(t.translate("WelcomePage", "Welcome to Baoxue"))
"""
    p = subprocess.run([sys.executable, "-c", code, str(site)], cwd=tmp_path, capture_output=True, text=True,
                       timeout=120)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "欢迎使用保学"
