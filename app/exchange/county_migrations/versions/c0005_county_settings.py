"""the county's own settings for its schools: the policy it decides, the holiday tables it loaded (package 1.1)

Revision ID: c0005
Revises: c0004
"""
from alembic import op
import sqlalchemy as sa


revision = 'c0005'
down_revision = 'c0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('county_policy',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('value', sa.String(length=20), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_county_policy'))
    )
    op.create_table('county_holiday',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('loaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_county_holiday'))
    )
    op.create_index('ix_county_holiday_year', 'county_holiday', ['year'])


def downgrade() -> None:
    op.drop_index('ix_county_holiday_year', table_name='county_holiday')
    op.drop_table('county_holiday')
    op.drop_table('county_policy')
