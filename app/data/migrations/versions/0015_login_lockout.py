"""login lockout: accounts locked for a while after repeated wrong passwords

Revision ID: 0015
Revises: 0008
"""
from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('user_account') as batch:
        batch.add_column(sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('user_account') as batch:
        batch.drop_column('locked_until')
