"""county exchange: signing keys, exported bundles, roster state sent

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('exchange_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('algorithm', sa.String(length=16), nullable=False),
    sa.Column('cert_pem', sa.String(), nullable=False),
    sa.Column('key_file', sa.String(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('retired_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('replaces_id', sa.Integer(), nullable=True),
    sa.Column('endorsement', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], name=op.f('fk_exchange_key_created_by_user_account')),
    sa.ForeignKeyConstraint(['replaces_id'], ['exchange_key.id'], name=op.f('fk_exchange_key_replaces_id_exchange_key')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_key')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_exchange_key_fingerprint'))
    )
    with op.batch_alter_table('exchange_key', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_key_status'), ['status'], unique=False)

    op.create_table('exchange_export',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('roster_mode', sa.String(length=8), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('prev_sha256', sa.String(length=64), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content_digest', sa.String(length=64), nullable=False),
    sa.Column('supersedes', sa.Integer(), nullable=True),
    sa.Column('superseded_by', sa.Integer(), nullable=True),
    sa.Column('key_fingerprint', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('exported_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['exported_by'], ['user_account.id'], name=op.f('fk_exchange_export_exported_by_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_export')),
    sa.UniqueConstraint('sequence', name=op.f('uq_exchange_export_sequence')),
    sa.UniqueConstraint('sha256', name=op.f('uq_exchange_export_sha256'))
    )
    with op.batch_alter_table('exchange_export', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_export_period_start'), ['period_start'], unique=False)

    op.create_table('exchange_roster_state',
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('student_number', sa.String(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('student_id', name=op.f('pk_exchange_roster_state'))
    )


def downgrade() -> None:
    op.drop_table('exchange_roster_state')
    with op.batch_alter_table('exchange_export', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exchange_export_period_start'))

    op.drop_table('exchange_export')
    with op.batch_alter_table('exchange_key', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exchange_key_status'))

    op.drop_table('exchange_key')
