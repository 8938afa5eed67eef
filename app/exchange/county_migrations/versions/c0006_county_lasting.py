"""lasting records (mentor assignments, bundle schema 1.5): one row per record and school, the highest sequence
wins — the county stores changes, not weekly copies. What earlier bundles stored as period records is moved here
(the version of the highest sequence of the bundles not superseded).

Revision ID: c0006
Revises: c0005
"""
import json

from alembic import op
import sqlalchemy as sa


revision = 'c0006'
down_revision = 'c0005'
branch_labels = None
depends_on = None

LASTING = ('mentor_assignment',)


def upgrade() -> None:
    lasting = op.create_table('county_lasting',
    sa.Column('school_code', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('rkey', sa.String(length=200), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('school_code', 'kind', 'rkey', name=op.f('pk_county_lasting'))
    )
    op.create_index('ix_county_lasting_kind_day', 'county_lasting', ['kind', 'day'])
    bind = op.get_bind()
    record = sa.table('county_record', sa.column('id'), sa.column('bundle_id'), sa.column('school_code'),
                      sa.column('kind'), sa.column('rkey'), sa.column('day'), sa.column('data', sa.JSON()))
    bundle = sa.table('county_bundle', sa.column('id'), sa.column('sequence'), sa.column('superseded_by'))
    best = {}
    rows = bind.execute(sa.select(record.c.school_code, record.c.kind, record.c.rkey, record.c.day, record.c.data,
                                  bundle.c.sequence)
                        .join(bundle, bundle.c.id == record.c.bundle_id)
                        .where(record.c.kind.in_(LASTING), bundle.c.superseded_by.is_(None)))
    for school, kind, rkey, day, data, seq in rows:
        key = (school, kind, rkey)
        if key not in best or seq > best[key]['sequence']:
            best[key] = {'school_code': school, 'kind': kind, 'rkey': rkey, 'day': day,
                         'data': json.loads(data) if isinstance(data, str) else data, 'sequence': seq}
    if best:
        op.bulk_insert(lasting, list(best.values()))
    bind.execute(sa.delete(record).where(record.c.kind.in_(LASTING)))


def downgrade() -> None:
    op.drop_index('ix_county_lasting_kind_day', table_name='county_lasting')
    op.drop_table('county_lasting')
