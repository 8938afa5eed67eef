"""national holiday table loaded from a file; where a child in a case is now (去向)

Revision ID: 0010
Revises: 0015
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('national_holiday',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('loaded_by', sa.Integer(), nullable=True),
    sa.Column('loaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['loaded_by'], ['user_account.id'], name=op.f('fk_national_holiday_loaded_by_user_account')),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_national_holiday'))
    )
    op.create_index(op.f('ix_national_holiday_year'), 'national_holiday', ['year'], unique=False)
    with op.batch_alter_table('absence_case') as batch:
        batch.add_column(sa.Column('whereabouts', sa.String(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('absence_case') as batch:
        batch.drop_column('whereabouts')
    op.drop_index(op.f('ix_national_holiday_year'), table_name='national_holiday')
    op.drop_table('national_holiday')
