"""compact JSON: the JSON columns stored as UTF-8 text without escapes and spaces (the audit log's size)

The engine now writes JSON compactly (``app.data.db.compact_json``): a Chinese character as its 3
UTF-8 bytes rather than a 6-byte ``\\uXXXX`` escape, no space after ``,`` and ``:``. This revision
rewrites the values stored before it the same way, so a school's existing audit log shrinks too
(the freed pages are reused by what the school writes next). The values read back the same: there is
nothing to undo on a downgrade.

Revision ID: 0019
Revises: 0009
"""
import json

from alembic import op
import sqlalchemy as sa


revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None

#: every JSON column of the school's database at this revision
JSON_COLUMNS = [("setting", "value"), ("audit_entry", "before"), ("audit_entry", "after"),
                ("exchange_export", "counts"), ("approval_request", "details"), ("approval_request", "outcome"),
                ("persuasion_attempt", "participants")]
BATCH = 2000


def _compact(text: str) -> str:
    return json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))


def upgrade() -> None:
    conn = op.get_bind()
    tables = set(sa.inspect(conn).get_table_names())
    for table, column in JSON_COLUMNS:
        if table not in tables:
            continue
        last = 0
        while True:
            rows = conn.exec_driver_sql(
                f'SELECT rowid, "{column}" FROM "{table}" WHERE rowid > ? AND "{column}" IS NOT NULL '
                f"ORDER BY rowid LIMIT {BATCH}", (last,)).fetchall()
            if not rows:
                break
            last = rows[-1][0]
            changed = [(new, rowid) for rowid, text in rows if (new := _compact(text)) != text]
            if changed:
                conn.exec_driver_sql(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', changed)


def downgrade() -> None:
    pass  # the compact values are the same JSON: nothing to undo
