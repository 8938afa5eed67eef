"""Writing many rows at once into the county database: no statement per row.

* :func:`upsert` — insert or update (the newer sequence wins): on PostgreSQL the rows are copied (``COPY … FROM
  STDIN``) into a temporary table of the session, then merged with one ``INSERT … SELECT … ON CONFLICT DO UPDATE``
  (through the driver an ``executemany`` would be one statement per row, pipelined); on SQLite one prepared
  ``INSERT … ON CONFLICT`` stepped over the rows in C (``executemany``);
* :func:`insert_rows` — plain inserts: ``COPY`` on PostgreSQL, ``executemany`` on SQLite.

On SQLite each statement is compiled once per process (kept by what it is made of: compiling it for every file was a
sixth of an ingest's CPU time) and its rows go to the driver's ``executemany`` as plain tuples (JSON already serialised
as the engine stores it, dates as ISO text): SQLAlchemy's per-row parameter processing was a third of it (#18).

Both run on the connection of the caller's transaction. Multi-row ``VALUES`` statements were measured slower on
both engines (SQLAlchemy compiles each one).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Callable

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


#: the JSON text COPY sends (as ``json.dumps(value, ensure_ascii=False)`` wrote it; one encoder, not one per value)
_COPY_JSON = json.JSONEncoder(ensure_ascii=False).encode


def _copy(c: Connection, table: Table, target: str, rows: list[dict]) -> list[str]:
    columns = list(rows[0])
    get = itemgetter(*columns) if len(columns) > 1 else (lambda r: (r[columns[0]],))
    as_json = [i for i, k in enumerate(columns) if isinstance(table.c[k].type, JSON)]
    cursor = c.connection.dbapi_connection.cursor()
    try:
        with cursor.copy(f"COPY {target} ({', '.join(map(_q, columns))}) FROM STDIN") as copy:
            for r in rows:
                values = list(get(r))
                for i in as_json:
                    values[i] = _COPY_JSON(values[i])
                copy.write_row(values)
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
    columns = tuple(rows[0])
    key = ("upsert", table, columns, keys, update, newer)
    if key not in _PREPARED:
        stmt = sqlite_insert(table)
        _PREPARED[key] = _prepare(c, stmt.on_conflict_do_update(
            index_elements=[table.c[k] for k in keys], set_={k: stmt.excluded[k] for k in update},
            where=table.c[newer] <= stmt.excluded[newer]), table, columns)
    _sqlite_many(c, _PREPARED[key], rows)


def insert_rows(c: Connection, table: Table, rows: list[dict]) -> None:
    """Plain inserts of ``rows`` (dicts with the same keys)."""
    if not rows:
        return
    if c.dialect.name == "postgresql":
        _copy(c, table, _q(table.name), rows)
    else:
        columns = tuple(rows[0])
        key = ("insert", table, columns)
        if key not in _PREPARED:
            _PREPARED[key] = _prepare(c, insert(table), table, columns)
        _sqlite_many(c, _PREPARED[key], rows)


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


@dataclass(frozen=True)
class _Prepared:
    """A bulk statement compiled once for SQLite: its SQL, how a row dict becomes its parameter tuple."""

    sql: str
    get: Callable[[dict], tuple]
    converted: tuple[tuple[int, Callable], ...]  # (position, converter) of the values sqlite3 cannot take as they are


#: the bulk statements compiled so far, by what they are made of (a handful: one per table and statement kind)
_PREPARED: dict[tuple, _Prepared] = {}


def _prepare(c: Connection, stmt, table: Table, columns: tuple[str, ...]) -> _Prepared:
    compiled = stmt.compile(dialect=c.dialect, column_keys=list(columns))
    order = compiled.positiontup
    one = itemgetter(*order)
    get = one if len(order) > 1 else (lambda r: (one(r),))
    converted = tuple((i, f) for i, f in enumerate(_converter(table.c[k].type) for k in order) if f is not None)
    return _Prepared(str(compiled), get, converted)


def _sqlite_many(c: Connection, prepared: _Prepared, rows: list[dict]) -> None:
    """The rows given to sqlite3's ``executemany`` of the prepared statement, as tuples."""
    get, converted = prepared.get, prepared.converted
    if not converted:
        params = [get(r) for r in rows]
    else:
        params = []
        for r in rows:
            values = list(get(r))
            for i, f in converted:
                if values[i] is not None:
                    values[i] = f(values[i])
            params.append(tuple(values))
    c.exec_driver_sql(prepared.sql, params)
