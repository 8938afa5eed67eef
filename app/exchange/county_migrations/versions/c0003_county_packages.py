"""county packages: the county's signing key, the packages sent to each school (app.exchange.county_package)

Revision ID: c0003
Revises: c0002
"""
from alembic import op
import sqlalchemy as sa


revision = 'c0003'
down_revision = 'c0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('county_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('county_code', sa.String(length=6), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('cert_pem', sa.Text(), nullable=False),
    sa.Column('key_pem', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_county_key')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_county_key_fingerprint'))
    )
    op.create_table('county_package',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('school_code', sa.String(length=10), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('prev_sha256', sa.String(length=64), nullable=False),
    sa.Column('receipts_digest', sa.String(length=64), nullable=False),
    sa.Column('receipts', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_county_package')),
    sa.UniqueConstraint('school_code', 'sequence', name=op.f('uq_county_package_school_code_sequence')),
    sa.UniqueConstraint('sha256', name=op.f('uq_county_package_sha256'))
    )


def downgrade() -> None:
    op.drop_table('county_package')
    op.drop_table('county_key')
