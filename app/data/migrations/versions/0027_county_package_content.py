"""county package 1.1 at the school: the transfers the county named, the settings it offered and the decision;
the lasting records (bundle 1.5) the county holds

Revision ID: 0027
Revises: 0020
"""
from alembic import op
import sqlalchemy as sa


revision = '0027'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('county_package_import') as batch:
        batch.add_column(sa.Column('arrivals', sa.JSON(), nullable=False, server_default='[]'))
        batch.add_column(sa.Column('unseen', sa.JSON(), nullable=False, server_default='[]'))
        batch.add_column(sa.Column('offered', sa.JSON(), nullable=False, server_default='{}'))
        batch.add_column(sa.Column('settings_state', sa.String(length=10), nullable=False, server_default=''))
        batch.add_column(sa.Column('settings_by', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('settings_at', sa.DateTime(timezone=True), nullable=True))
        batch.create_foreign_key(batch.f('fk_county_package_import_settings_by_user_account'), 'user_account',
                                 ['settings_by'], ['id'])


    op.create_table('exchange_lasting_state',
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('rkey', sa.String(length=200), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'rkey', name=op.f('pk_exchange_lasting_state'))
    )


def downgrade() -> None:
    op.drop_table('exchange_lasting_state')
    with op.batch_alter_table('county_package_import') as batch:
        batch.drop_constraint(batch.f('fk_county_package_import_settings_by_user_account'), type_='foreignkey')
        for name in ('settings_at', 'settings_by', 'settings_state', 'offered', 'unseen', 'arrivals'):
            batch.drop_column(name)
