"""Alembic environment of the county database (its own tree, apart from the school's ``app/data/migrations``).

Run by :func:`app.exchange.county_schema.upgrade` on the connection it hands over in
``config.attributes["connection"]``, inside the transaction that holds the database's lock (PostgreSQL: an
advisory lock; SQLite: the write lock of ``BEGIN IMMEDIATE``), so two processes opening an empty or older
database at once upgrade it once. The version is kept in ``county_alembic_version``.
"""

from alembic import context

from app.exchange import county_package  # noqa: F401 - its tables (county_key, county_package) join the metadata
from app.exchange.county import county_metadata

VERSION_TABLE = "county_alembic_version"

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise SystemExit("the county database is upgraded when it is opened (baoxue county … --db URL), not by hand")
    context.configure(connection=connection, target_metadata=county_metadata, version_table=VERSION_TABLE,
                      render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported")
run_migrations_online()
