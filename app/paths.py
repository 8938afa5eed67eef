"""Where data lives: one place decides every path.

Order of precedence for the data directory: the ``--data-dir`` option, the
``BAOXUE_DATA_DIR`` environment variable, then the platform's user data
directory (``platformdirs``). The demo school always lives in a directory of
its own (``demo_data_dir()``), never beside a real school's database.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "baoxue"
APP_AUTHOR = "Baoxue"
ENV_DATA_DIR = "BAOXUE_DATA_DIR"
DB_FILENAME = "baoxue.sqlite3"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def demo_data_dir() -> Path:
    """The demo school's own directory (a sibling of the real one, never inside it)."""
    return Path(platformdirs.user_data_dir(APP_NAME + "-demo", APP_AUTHOR, roaming=False))


def resolve_data_dir(cli_value: str | os.PathLike | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class DataPaths:
    """All files of one school's data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def logs(self) -> Path:
        return self.root / "logs"


def resources_dir() -> Path:
    """The shipped ``resources/`` folder (fonts, translations, schema, templates).

    Looked up from ``BAOXUE_RESOURCES``, a frozen (PyInstaller) bundle, then the
    source tree beside the package.
    """
    env = os.environ.get("BAOXUE_RESOURCES")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
