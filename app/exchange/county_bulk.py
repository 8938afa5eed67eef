"""Writing many rows at once into the county database: no statement per row.

* :func:`upsert` — insert or update (the newer sequence wins): on PostgreSQL the rows are copied (``COPY … FROM
  STDIN``) into a temporary table of the session, then merged with one ``INSERT … SELECT … ON CONFLICT DO UPDATE``
  (through the driver an ``executemany`` would be one statement per row, pipelined); on SQLite one prepared
  ``INSERT … ON CONFLICT`` stepped over the rows in C (``executemany``);
* :func:`insert_rows` — plain inserts: ``COPY`` on PostgreSQL, ``executemany`` on SQLite.

On SQLite the statement is compiled once and its rows go to the driver's ``executemany`` as plain tuples (JSON
already serialised as the engine stores it, dates as ISO text): SQLAlchemy's per-row parameter processing was a third
of an ingest's CPU time (#18).

Both run on the connection of the caller's transaction. Multi-row ``VALUES`` statements were measured slower on
both engines (SQLAlchemy compiles each one).
"""

from __future__ import annotations

import json
from datetime import date
from operator import itemgetter

from sqlalchemy import JSON, Boolean, Date, DateTime, Table, insert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from app.data.db import compact_json


def dialect_insert(c: Connection):
    """The dialect's ``insert`` (with ``on_conflict_do_update`` / ``on_conflict_do_nothing``)."""
    return pg_insert if c.dialect.name == "postgresql" else sqlite_insert


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _copy(c: Connection, table: Table, target: str, rows: list[dict]) -> list[str]:
    columns = list(rows[0])
    as_json = {k for k in columns if isinstance(table.c[k].type, JSON)}
    cursor = c.connection.dbapi_connection.cursor()
    try:
        with cursor.copy(f"COPY {target} ({', '.join(map(_q, columns))}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row([json.dumps(r[k], ensure_ascii=False) if k in as_json else r[k] for k in columns])
    finally:
        cursor.close()
    return columns


def upsert(c: Connection, table: Table, rows: list[dict], *, keys: tuple[str, ...], update: tuple[str, ...],
           newer: str = "sequence") -> None:
    """Insert ``rows`` (dicts with the same keys); a row whose ``keys`` exist replaces the stored ``update`` columns
    when its ``newer`` column is not older than the stored one."""
    if not rows:
        return
    if c.dialect.name == "postgresql":
        staging = _q(f"{table.name}_incoming")
        c.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {staging} (LIKE {_q(table.name)} INCLUDING DEFAULTS) "
                          "ON COMMIT DELETE ROWS")
        columns = ", ".join(map(_q, _copy(c, table, staging, rows)))
        sets = ", ".join(f"{_q(k)} = EXCLUDED.{_q(k)}" for k in update)
        c.exec_driver_sql(f"INSERT INTO {_q(table.name)} ({columns}) SELECT {columns} FROM {staging} "
                          f"ON CONFLICT ({', '.join(map(_q, keys))}) DO UPDATE SET {sets} "
                          f"WHERE {_q(table.name)}.{_q(newer)} <= EXCLUDED.{_q(newer)}")
        return
    stmt = sqlite_insert(table)
    _sqlite_many(c, stmt.on_conflict_do_update(index_elements=[table.c[k] for k in keys],
                                               set_={k: stmt.excluded[k] for k in update},
                                               where=table.c[newer] <= stmt.excluded[newer]), table, rows)


def insert_rows(c: Connection, table: Table, rows: list[dict]) -> None:
    """Plain inserts of ``rows`` (dicts with the same keys)."""
    if not rows:
        return
    if c.dialect.name == "postgresql":
        _copy(c, table, _q(table.name), rows)
    else:
        _sqlite_many(c, insert(table), table, rows)


def _converter(kind):
    """How a value of a column type goes to sqlite3 as SQLAlchemy would store it (None: as it is)."""
    if isinstance(kind, JSON):
        return compact_json
    if isinstance(kind, DateTime):
        raise TypeError("county_bulk: datetimes go through SQLAlchemy")  # none of the bulk tables has one
    if isinstance(kind, Date):
        return date.isoformat
    if isinstance(kind, Boolean):
        return int
    return None


def _sqlite_many(c: Connection, stmt, table: Table, rows: list[dict]) -> None:
    """``stmt`` compiled once for the keys of ``rows``, the rows given to sqlite3's ``executemany`` as tuples."""
    compiled = stmt.compile(dialect=c.dialect, column_keys=list(rows[0]))
    order = compiled.positiontup
    get = itemgetter(*order)
    converted = [(i, f) for i, f in enumerate(_converter(table.c[k].type) for k in order) if f is not None]
    params = []
    for r in rows:
        values = list(get(r)) if len(order) > 1 else [get(r)]
        for i, f in converted:
            if values[i] is not None:
                values[i] = f(values[i])
        params.append(tuple(values))
    c.exec_driver_sql(str(compiled), params)
