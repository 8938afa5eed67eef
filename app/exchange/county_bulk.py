"""Writing many rows at once into the county database: no statement per row.

* :func:`upsert` — insert or update (the newer sequence wins): on PostgreSQL the rows are copied (``COPY … FROM
  STDIN``) into a temporary table of the session, then merged with one ``INSERT … SELECT … ON CONFLICT DO UPDATE``
  (through the driver an ``executemany`` would be one statement per row, pipelined); on SQLite one prepared
  ``INSERT … ON CONFLICT`` stepped over the rows in C (``executemany``);
* :func:`insert_rows` — plain inserts: ``COPY`` on PostgreSQL, ``executemany`` on SQLite.

On SQLite each statement is compiled once per process (kept by what it is made of: compiling it for every file was a
sixth of an ingest's CPU time) and its rows go to the driver's ``executemany`` as plain tuples: SQLAlchemy's per-row
parameter processing was a third of it (#18). The caller builds the rows as the driver takes them — JSON serialised
as the engine stores it (:func:`json_text`), dates as ISO text — so no value is converted a second time.

Both run on the connection of the caller's transaction. Multi-row ``VALUES`` statements were measured slower on
both engines (SQLAlchemy compiles each one).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from operator import itemgetter
from typing import Callable

from sqlalchemy import DateTime, Table, insert
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

Columns = tuple[str, ...]


def json_text(c: Connection) -> Callable[[object], str]:
    """How a JSON value goes into this engine's rows (what :func:`upsert` and :func:`insert_rows` take): the compact
    text SQLite's JSON columns hold (:func:`app.data.db.compact_json`), or the text COPY sends PostgreSQL."""
    return _COPY_JSON if c.dialect.name == "postgresql" else compact_json


def _copy(c: Connection, target: str, columns: Columns, rows: list[tuple]) -> None:
    cursor = c.connection.dbapi_connection.cursor()
    try:
        with cursor.copy(f"COPY {target} ({', '.join(map(_q, columns))}) FROM STDIN") as copy:
            write = copy.write_row
            for r in rows:
                write(r)
    finally:
        cursor.close()


def upsert(c: Connection, table: Table, columns: Columns, rows: list[tuple], *, keys: Columns, update: Columns,
           newer: str = "sequence", scope: tuple[str, str] | None = None, stored: set | None = None) -> None:
    """Insert ``rows`` (tuples of the values of ``columns`` in that order, as the driver takes them: JSON as
    :func:`json_text` writes it, dates as ISO text); a row whose ``keys`` exist replaces the
    stored ``update`` columns when its ``newer`` column is not older than the stored one.

    ``scope``: (column, value) that every row has and that no other transaction writes while this one runs (the
    county's school, whose row the ingest holds locked). On PostgreSQL the keys stored under it are read first (one
    query) and the rows none of them names are copied straight into the table: only the others go through the
    staging table and the merge (a school's first roster is all new rows; the merge was most of its ingest on the
    server, #18). ``stored``: those keys (without the scope's column: a value, or a tuple of several) when the caller
    has just read them under the same lock — they are not read a second time."""
    if not rows:
        return
    if c.dialect.name == "postgresql":
        if scope is not None:
            rows, new = _split_new(c, table, columns, rows, keys, scope, stored)
            if new:
                _copy(c, _q(table.name), columns, new)
            if not rows:
                return
        staging = _q(f"{table.name}_incoming")
        c.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {staging} (LIKE {_q(table.name)} INCLUDING DEFAULTS) "
                          "ON COMMIT DELETE ROWS")
        _copy(c, staging, columns, rows)
        names = ", ".join(map(_q, columns))
        sets = ", ".join(f"{_q(k)} = EXCLUDED.{_q(k)}" for k in update)
        c.exec_driver_sql(f"INSERT INTO {_q(table.name)} ({names}) SELECT {names} FROM {staging} "
                          f"ON CONFLICT ({', '.join(map(_q, keys))}) DO UPDATE SET {sets} "
                          f"WHERE {_q(table.name)}.{_q(newer)} <= EXCLUDED.{_q(newer)}")
        return
    key = ("upsert", table, columns, keys, update, newer)
    if key not in _PREPARED:
        stmt = sqlite_insert(table)
        _PREPARED[key] = _prepare(c, stmt.on_conflict_do_update(
            index_elements=[table.c[k] for k in keys], set_={k: stmt.excluded[k] for k in update},
            where=table.c[newer] <= stmt.excluded[newer]), table, columns)
    _sqlite_many(c, _PREPARED[key], rows)


def _split_new(c: Connection, table: Table, columns: Columns, rows: list[tuple], keys: Columns,
               scope: tuple[str, str], stored: set | None) -> tuple[list[tuple], list[tuple]]:
    """(rows whose key is stored under ``scope``, rows whose key is not). Rows that repeat a key among themselves all
    stay with the merge (which refuses them as it always did)."""
    column, value = scope
    at = columns.index(column)
    if any(r[at] != value for r in rows):
        raise ValueError(f"county_bulk.upsert: a row outside its scope {column} = {value!r}")
    rest = [k for k in keys if k != column]
    get = itemgetter(*(columns.index(k) for k in rest)) if len(rest) > 1 else (lambda r, i=columns.index(rest[0]): r[i])
    if stored is None:
        stored = {r[0] if len(rest) == 1 else tuple(r) for r in c.exec_driver_sql(
            f"SELECT {', '.join(map(_q, rest))} FROM {_q(table.name)} WHERE {_q(column)} = %s", (value,))}
    stored_rows, new = [], []
    for r in rows:
        (stored_rows if get(r) in stored else new).append(r)
    if len({get(r) for r in new}) != len(new):
        return rows, []
    return stored_rows, new


def insert_rows(c: Connection, table: Table, columns: Columns, rows: list[tuple]) -> None:
    """Plain inserts of ``rows`` (tuples of the values of ``columns``, in that order, as for :func:`upsert`)."""
    if not rows:
        return
    if c.dialect.name == "postgresql":
        _copy(c, _q(table.name), columns, rows)
    else:
        key = ("insert", table, columns)
        if key not in _PREPARED:
            _PREPARED[key] = _prepare(c, insert(table), table, columns)
        _sqlite_many(c, _PREPARED[key], rows)


@dataclass(frozen=True)
class _Prepared:
    """A bulk statement compiled once for SQLite: its SQL, where its parameters are in a row's tuple."""

    sql: str
    order: tuple[int, ...] | None  # the row's positions in the statement's parameter order (None: the same order)


#: the bulk statements compiled so far, by what they are made of (a handful: one per table and statement kind)
_PREPARED: dict[tuple, _Prepared] = {}


def _prepare(c: Connection, stmt, table: Table, columns: Columns) -> _Prepared:
    for k in columns:
        if isinstance(table.c[k].type, DateTime):
            raise TypeError("county_bulk: datetimes go through SQLAlchemy")  # none of the bulk tables has one
    compiled = stmt.compile(dialect=c.dialect, column_keys=list(columns))
    order = tuple(columns.index(k) for k in compiled.positiontup)
    return _Prepared(str(compiled), None if order == tuple(range(len(columns))) else order)


def _sqlite_many(c: Connection, prepared: _Prepared, rows: list[tuple]) -> None:
    """The rows given to sqlite3's ``executemany`` of the prepared statement (reordered if it must be)."""
    if prepared.order is not None:
        rows = [tuple([r[i] for i in prepared.order]) for r in rows]
    c.exec_driver_sql(prepared.sql, rows)
