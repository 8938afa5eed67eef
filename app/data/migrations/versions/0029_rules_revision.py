"""a token that changes with the calendar and the policy (issue #18: the roll-call save)

``data_revision`` holds one row per group of tables, ``rules`` for the calendar (``school_year``, ``term``,
``calendar_day``, ``national_holiday``) and the policy (``setting`` where ``key = 'policy'``). Triggers give
it a new random token with every insert, update or delete there, in the same statement: the calendar and
the policy made from the rows are kept under their token (app.school_calendar.load_calendar,
app.policy.load) and one small read replaces reading and rebuilding them in every operation.

Revision ID: 0029
Revises: 0028
"""
from alembic import op
import sqlalchemy as sa


revision = '0029'
down_revision = '0028'
branch_labels = None
depends_on = None

RULES_TABLES = ("school_year", "term", "calendar_day", "national_holiday")
NEW_TOKEN = "UPDATE data_revision SET token = lower(hex(randomblob(16))) WHERE name = 'rules'"


def _triggers():
    for table in RULES_TABLES:
        for event in ("insert", "update", "delete"):
            yield f"rules_{table}_{event}", table, event, ""
    for event, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
        when = f"WHEN {row}.key = 'policy'" + (" OR OLD.key = 'policy'" if event == "update" else "")
        yield f"rules_setting_{event}", "setting", event, when


def upgrade() -> None:
    op.create_table('data_revision',
    sa.Column('name', sa.String(length=20), nullable=False),
    sa.Column('token', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_data_revision'))
    )
    op.execute("INSERT INTO data_revision (name, token) VALUES ('rules', lower(hex(randomblob(16))))")
    for name, table, event, when in _triggers():
        op.execute(f"CREATE TRIGGER {name} AFTER {event.upper()} ON {table} {when} BEGIN {NEW_TOKEN}; END")


def downgrade() -> None:
    for name, _table, _event, _when in _triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('data_revision')
