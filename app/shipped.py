"""Where the shipped files are (``resources/``): fonts, translations, messages, schema, templates.

A module of its own, below :mod:`app.errors` (the error messages are read from ``resources/messages``),
so that the core modules can find the resources without importing each other in a circle;
:mod:`app.paths` re-exports both functions.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path


def resources_dir() -> Path:
    """The shipped ``resources/`` folder (fonts, translations, schema, templates).

    Looked up from ``BAOXUE_RESOURCES``, a frozen (PyInstaller) bundle, the installed
    package (the wheel carries them as ``app/resources``, see setup.py), then the source tree
    beside the package. Found once per setting: a message rendered for each of thousands of
    pupils asks for it each time, and the lookup resolves paths on disk.
    """
    return _found(os.environ.get("BAOXUE_RESOURCES") or None, getattr(sys, "_MEIPASS", None))


@lru_cache(maxsize=8)
def _found(env: str | None, frozen: str | None) -> Path:
    if env:
        return Path(env)
    if frozen:
        return Path(frozen) / "resources"
    installed = Path(__file__).resolve().parent / "resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return _joined(resources_dir(), parts)


@lru_cache(maxsize=256)
def _joined(root: Path, parts: tuple[str, ...]) -> Path:
    return root.joinpath(*parts)
