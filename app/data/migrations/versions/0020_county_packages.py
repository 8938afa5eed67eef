"""county packages: the county's certificate, the packages imported, the receipts of exported bundles

Revision ID: 0020
Revises: 0019
"""
from alembic import op
import sqlalchemy as sa


revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('exchange_receipt',
    sa.Column('export_sequence', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('ingested_on', sa.Date(), nullable=False),
    sa.Column('package_sequence', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('export_sequence', name=op.f('pk_exchange_receipt'))
    )
    op.create_table('county_package_import',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('prev_sha256', sa.String(length=64), nullable=False),
    sa.Column('county_fingerprint', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('imported_by', sa.Integer(), nullable=True),
    sa.Column('file_name', sa.String(), nullable=False),
    sa.Column('receipts', sa.Integer(), nullable=False),
    sa.Column('set_aside', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['imported_by'], ['user_account.id'], name=op.f('fk_county_package_import_imported_by_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_county_package_import')),
    sa.UniqueConstraint('sequence', name=op.f('uq_county_package_import_sequence')),
    sa.UniqueConstraint('sha256', name=op.f('uq_county_package_import_sha256'))
    )
    op.create_table('county_trust',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('county_code', sa.String(length=6), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('cert_pem', sa.String(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('registered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('registered_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['registered_by'], ['user_account.id'], name=op.f('fk_county_trust_registered_by_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_county_trust')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_county_trust_fingerprint'))
    )


def downgrade() -> None:
    op.drop_table('county_trust')
    op.drop_table('county_package_import')
    op.drop_table('exchange_receipt')
