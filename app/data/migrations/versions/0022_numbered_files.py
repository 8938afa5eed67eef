"""numbered files: the journal of files being written and the counters of numbers issued

A numbered file (a county bundle, a batch of numbered pledges) is written under a temporary name
while the journal row says how far it got; a crash leaves the row, and the next start finishes
the rename or cleans up. The counter keeps the last pledge number issued, so a number reserved
for a print that never finished is never issued again.

Revision ID: 0022
Revises: 0027
"""
from alembic import op
import sqlalchemy as sa


revision = '0022'
down_revision = '0027'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'file_journal',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('target', sa.String(), nullable=False),
        sa.Column('part', sa.String(), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('note', sa.String(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_file_journal')),
    )
    op.create_table(
        'number_counter',
        sa.Column('name', sa.String(length=32), nullable=False),
        sa.Column('last', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_number_counter')),
    )


def downgrade() -> None:
    op.drop_table('number_counter')
    op.drop_table('file_journal')
