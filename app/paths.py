"""Where data lives: one place decides every path.

Order of precedence for the school's data directory:

1. the ``--data-dir`` option;
2. the ``BAOXUE_DATA_DIR`` environment variable;
3. the choice made at first run (or by the installer), remembered in ``location.json``:
   the Windows user's own one (``user_config_dir``) is looked at first, then the machine-wide
   one (``machine_dir()/location.json``, written when "everyone on this PC" was chosen, so every
   Windows account of the school finds the same data):

   - ``"user"``    → the platform's per-user data directory (``default_data_dir()``);
   - ``"machine"`` → the machine-wide folder ``machine_data_dir()``: ``%ProgramData%\\Baoxue\\data``
     on Windows, ``/var/lib/baoxue/data`` elsewhere (``BAOXUE_MACHINE_DIR`` moves the machine
     folder, for tests and for Linux systems that keep it elsewhere);
4. nothing chosen: the per-user directory (a school set up before the choice existed stays put).

The demo school always lives in a directory of its own (``demo_data_dir()``), never beside a
real school's database. No Qt here: the window, the CLI and the tests share these rules.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app.errors import BaoxueError
from app.shipped import resource, resources_dir  # noqa: F401  (where the shipped files are: app.shipped)

APP_NAME = "baoxue"
APP_AUTHOR = "Baoxue"
ENV_DATA_DIR = "BAOXUE_DATA_DIR"
ENV_MACHINE_DIR = "BAOXUE_MACHINE_DIR"
DB_FILENAME = "baoxue.sqlite3"
LOCATION_FILE = "location.json"
SCOPE_USER, SCOPE_MACHINE = "user", "machine"
SCOPES = (SCOPE_USER, SCOPE_MACHINE)


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def demo_data_dir() -> Path:
    """The demo school's own directory (a sibling of the real one, never inside it)."""
    return Path(platformdirs.user_data_dir(APP_NAME + "-demo", APP_AUTHOR, roaming=False))


def log_dir() -> Path:
    """The program's log folder (``baoxue.log``, ``crash.log``, ``console.log``): per user, not per school.

    ``%LOCALAPPDATA%\\Baoxue\\baoxue\\Logs`` on Windows, ``~/.local/state/baoxue/log`` on Linux.
    """
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def ui_settings_file() -> Path:
    """This user's window settings (``ui.json``: language and the like)."""
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR, roaming=False)) / "ui.json"


def machine_dir() -> Path:
    """The machine-wide Baoxue folder shared by every account of this PC."""
    env = os.environ.get(ENV_MACHINE_DIR)
    if env:
        return Path(env).expanduser().resolve()
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData") / APP_AUTHOR
    return Path("/var/lib") / APP_NAME


def machine_data_dir() -> Path:
    """The school's data when "everyone on this PC" was chosen."""
    return machine_dir() / "data"


def user_location_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR, roaming=False)) / LOCATION_FILE


def machine_location_file() -> Path:
    return machine_dir() / LOCATION_FILE


def _read_scope(path: Path) -> str | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))  # the installer may write a BOM
    except (OSError, ValueError):
        return None
    scope = data.get("scope") if isinstance(data, dict) else None
    return scope if scope in SCOPES else None


def chosen_scope() -> str | None:
    """The remembered choice: this user's own file first, then the machine-wide one; None if never chosen."""
    return _read_scope(user_location_file()) or _read_scope(machine_location_file())


def data_dir_for(scope: str) -> Path:
    return machine_data_dir() if scope == SCOPE_MACHINE else default_data_dir()


def resolve_data_dir(cli_value: str | os.PathLike | None = None) -> Path:
    """The data directory in force (see the module's docstring for the order)."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    scope = chosen_scope()
    return data_dir_for(scope) if scope else default_data_dir()


def needs_location_choice(cli_value: str | os.PathLike | None = None) -> bool:
    """Ask "this user or everyone?" only when nothing decides: no option, no variable, no remembered
    choice, and no school already in the per-user folder (that school stays where it is)."""
    if cli_value or os.environ.get(ENV_DATA_DIR) or chosen_scope():
        return False
    return not (default_data_dir() / DB_FILENAME).exists()


def _write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)


def share_with_all_users(folder: Path, run=subprocess.run) -> None:
    """Let every account of the PC change the files of ``folder`` (Windows: the Users group, inherited).

    Files a user creates under %ProgramData% are otherwise read-only for the other accounts. The
    folder's creator owns it, so no administrator rights are needed. Elsewhere: group- and
    world-writable (the administrator who made /var/lib/baoxue decides who reaches it).
    """
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows
        # S-1-5-32-545 is BUILTIN\Users whatever the Windows display language
        run(["icacls", str(folder), "/grant", "*S-1-5-32-545:(OI)(CI)M", "/T", "/Q"],
            capture_output=True, check=False)
    else:
        folder.chmod(0o2777)


def remember_scope(scope: str) -> Path:
    """Remember the choice and return the data directory it gives.

    "machine" also writes the machine-wide marker so the school's other Windows accounts find the
    shared folder; a machine folder that cannot be made or written is refused with what to do.
    """
    if scope not in SCOPES:
        raise ValueError(scope)
    if scope == SCOPE_MACHINE:
        folder = machine_data_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _write_json(machine_location_file(), {"scope": SCOPE_MACHINE})
            share_with_all_users(machine_dir())
        except OSError as exc:
            raise BaoxueError(
                "paths.data_folder_shared_all_users", folder=folder, strerror=exc.strerror or exc) from exc
    _write_json(user_location_file(), {"scope": scope})
    return data_dir_for(scope)


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


