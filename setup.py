"""The wheel carries resources/ (font, bundle schema, templates, translations with their .qm).

Everything else is in pyproject.toml. ``resources/`` stays at the top of the source tree (the
tests, the spec and the tools find it there); building the package copies it into the wheel as
``app/resources``, where :func:`app.paths.resources_dir` looks when the program is installed.
The compiled ``.qm`` translations are built from the ``.ts`` sources here when Qt's
``lrelease`` is at hand (PySide6 installed, as with `make`); without it the ``.qm`` files built
by ``make translations`` are taken; with neither the build stops: a wheel without them would
show the program in English without a word.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"


def _lrelease():
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    return str(exe) if exe.exists() else shutil.which("pyside6-lrelease")


def _run_lrelease(tool: str, ts: Path, qm: Path) -> bool:
    # pip's isolated build environment puts its own site on PYTHONPATH, which would hide PySide6
    # from the pyside6-lrelease script of the environment it was found in.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONNOUSERSITE", "PYTHONHOME")}
    done = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], env=env, capture_output=True)
    return done.returncode == 0 and qm.is_file()


def compile_translations(out_dir: Path) -> list[Path]:
    tool = _lrelease()
    built = []
    for ts in sorted((RESOURCES / "translations").glob("*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        prebuilt = ts.with_suffix(".qm")
        if tool and _run_lrelease(tool, ts, qm):
            pass
        elif prebuilt.is_file() and prebuilt.stat().st_mtime >= ts.stat().st_mtime:
            shutil.copy2(prebuilt, qm)
        else:
            raise SystemExit(f"cannot build {qm.name}: no pyside6-lrelease and no up-to-date {prebuilt}; "
                             "run `make translations` first")
        built.append(qm)
    return built


class BuildWithResources(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):  # an editable install reads resources/ in place
            return
        dest = Path(self.build_lib) / "app" / "resources"
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(RESOURCES, dest, ignore=shutil.ignore_patterns("*.qm", "__pycache__"))
        compile_translations(dest / "translations")


setup(cmdclass={"build_py": BuildWithResources})
