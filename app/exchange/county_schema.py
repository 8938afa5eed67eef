"""The county database's schema under Alembic: its own migration tree, ``app/exchange/county_migrations``.

:func:`upgrade` runs when a county database is opened (:class:`app.exchange.county.CountyDB`):

* an empty database is built by running every revision;
* a database made before the county had migrations (``metadata.create_all``: ``county_meta`` holds
  ``schema_version`` 1, no version table) is stamped at :data:`LEGACY_REVISION` — exactly what that
  program created — and upgraded from there;
* a database at an older revision is upgraded; at a revision this program does not know (written by a newer
  Baoxue) it is refused;
* a SQLite file that already held data is copied beside itself first (``<name>-<time>-before-<rev>.sqlite3``);
  on PostgreSQL the upgrade is one transaction (DDL is transactional there), so it is applied whole or not at all.

Two processes opening the same empty or older database at once upgrade it once: the check and the upgrade run in
one transaction under the database's lock (PostgreSQL: an advisory lock; SQLite: ``BEGIN IMMEDIATE``, which
:class:`~app.exchange.county.CountyDB` issues for every transaction). Opening a database already at the head reads
one row and does not load Alembic.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

from app.data import db as db_module
from app.data.db import backup_file
from app.errors import BaoxueError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "county_migrations"
VERSION_TABLE = "county_alembic_version"
#: the revision whose tables are those ``create_all`` made before the county had migrations
LEGACY_REVISION = "c0001"
#: the key the county's schema lock takes on PostgreSQL (pg_advisory_xact_lock)
SCHEMA_LOCK = 20261117


class CountySchemaTooNew(BaoxueError):
    """The county database was written by a newer Baoxue."""


def alembic_config(connection: Connection | None = None):
    from alembic.config import Config  # loaded only when a migration has to run

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def quick_head_revision() -> str | None:
    """The county's head read from its revision files without loading Alembic."""
    return db_module.quick_head_revision(MIGRATIONS_DIR / "versions")


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(c: Connection) -> str | None:
    """The revision stamped in the database (``None``: no version table yet). Checks the table exists first:
    on PostgreSQL a failed statement would spoil the transaction it runs in."""
    if not inspect(c).has_table(VERSION_TABLE):
        return None
    rows = c.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    return rows[0][0] if len(rows) == 1 else None


def _legacy_version(c: Connection) -> int | None:
    """``county_meta.schema_version`` of a database made before Alembic (``None``: not such a database)."""
    if not inspect(c).has_table("county_meta"):
        return None
    value = c.exec_driver_sql("SELECT value FROM county_meta WHERE key = 'schema_version'").scalar()
    return int(value) if value is not None and str(value).isdigit() else 1


def _sqlite_file(engine: Engine) -> Path | None:
    if engine.dialect.name != "sqlite":
        return None
    name = engine.url.database
    return Path(name) if name and name != ":memory:" else None


def _lock(c: Connection) -> None:
    if c.dialect.name == "postgresql":
        c.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SCHEMA_LOCK})")


def upgrade(engine: Engine) -> str | None:
    """Bring the county database to the head revision (see the module's text). Returns the revision it was at
    before (``None``: it was new), or the head when nothing had to be done."""
    head = quick_head_revision()
    with engine.connect() as c:
        current = current_revision(c)
        has_data = inspect(c).has_table("county_bundle")
    if current is not None and current == head:
        return current
    file = _sqlite_file(engine)
    if file is not None and has_data and file.exists() and file.stat().st_size > 0:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        backup_file(file, file.with_name(f"{file.stem}-{stamp}-before-{head or 'head'}{file.suffix}"))
    from alembic import command

    with engine.begin() as c:
        _lock(c)
        current = current_revision(c)  # again, under the lock: another process may have done it meanwhile
        if current is not None and current == head:
            return current
        known = known_revisions()
        if current is not None and current not in known:
            raise CountySchemaTooNew("exchange.schema_version_county_database_newer", current=current)
        cfg = alembic_config(c)
        before = current
        if current is None:
            legacy = _legacy_version(c)
            if legacy is not None:
                if legacy > 1:
                    raise CountySchemaTooNew("exchange.county_database_made_newer_baoxue", legacy=legacy)
                command.stamp(cfg, LEGACY_REVISION)
                before = LEGACY_REVISION
        command.upgrade(cfg, "head")
    return before
