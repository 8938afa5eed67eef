"""the head of each school's audit chain as each bundle carried it (bundle schema 1.4, issue #14)

A county database made by the program of schema 1.4 before the county had migrations already has the
table (``create_all`` made it) and is stamped at c0001: the table is then kept as it is.

Revision ID: c0004
Revises: c0003
"""
from alembic import op
import sqlalchemy as sa


revision = 'c0004'
down_revision = 'c0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if 'county_audit_chain' in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table('county_audit_chain',
    sa.Column('school_code', sa.String(length=10), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('head_id', sa.Integer(), nullable=False),
    sa.Column('head_hash', sa.String(length=64), nullable=False),
    sa.Column('since_id', sa.Integer(), nullable=True),
    sa.Column('since_hash', sa.String(length=64), nullable=True),
    sa.Column('verified', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('school_code', 'sequence', name=op.f('pk_county_audit_chain'))
    )


def downgrade() -> None:
    op.drop_table('county_audit_chain')
