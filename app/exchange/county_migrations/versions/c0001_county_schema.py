"""the county schema as ``metadata.create_all`` made it before the county had migrations

A county database made by that older program (``county_meta.schema_version`` = 1, no
``county_alembic_version``) is stamped at this revision when it is opened, then upgraded.

Revision ID: c0001
Revises:
"""
from alembic import op
import sqlalchemy as sa


revision = 'c0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('county_bundle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('school_code', sa.String(length=10), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('prev_sha256', sa.String(length=64), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('supersedes', sa.Integer(), nullable=True),
    sa.Column('superseded_by', sa.Integer(), nullable=True),
    sa.Column('roster_mode', sa.String(length=8), nullable=False),
    sa.Column('key_fingerprint', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_county_bundle')),
    sa.UniqueConstraint('school_code', 'sequence', name=op.f('uq_county_bundle_school_code_sequence')),
    sa.UniqueConstraint('sha256', name=op.f('uq_county_bundle_sha256'))
    )
    op.create_table('county_cert',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('school_code', sa.String(length=10), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('cert_pem', sa.Text(), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('via', sa.String(length=120), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('registered_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_county_cert')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_county_cert_fingerprint'))
    )
    with op.batch_alter_table('county_cert', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_county_cert_school_code'), ['school_code'], unique=False)

    op.create_table('county_class',
    sa.Column('school_code', sa.String(length=10), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('grade', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('school_code', 'key', name=op.f('pk_county_class'))
    )
    op.create_table('county_meta',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_county_meta'))
    )
    op.create_table('county_school',
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('county_code', sa.String(length=6), nullable=False),
    sa.Column('county_name', sa.String(length=100), nullable=False),
    sa.Column('last_sequence', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_county_school'))
    )
    op.create_table('county_student',
    sa.Column('school_code', sa.String(length=10), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('class_key', sa.String(length=40), nullable=True),
    sa.Column('grade', sa.Integer(), nullable=False),
    sa.Column('removed', sa.Boolean(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('school_code', 'number', name=op.f('pk_county_student'))
    )
    op.create_table('county_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bundle_id', sa.Integer(), nullable=False),
    sa.Column('school_code', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('rkey', sa.String(length=200), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['bundle_id'], ['county_bundle.id'], name=op.f('fk_county_record_bundle_id_county_bundle'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_county_record'))
    )
    with op.batch_alter_table('county_record', schema=None) as batch_op:
        batch_op.create_index('ix_county_record_bundle_id', ['bundle_id'], unique=False)
        batch_op.create_index('ix_county_record_kind_day', ['kind', 'day'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('county_record', schema=None) as batch_op:
        batch_op.drop_index('ix_county_record_kind_day')
        batch_op.drop_index('ix_county_record_bundle_id')

    op.drop_table('county_record')
    op.drop_table('county_student')
    op.drop_table('county_school')
    op.drop_table('county_meta')
    op.drop_table('county_class')
    with op.batch_alter_table('county_cert', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_county_cert_school_code'))

    op.drop_table('county_cert')
    op.drop_table('county_bundle')
