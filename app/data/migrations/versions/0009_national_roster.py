"""national roster fields: 学籍号 optional (待注册学籍), 联系电话, 随班就读, the 2024 focus groups,
the household's 脱贫户/防返贫监测 status, and whether a family member is a guardian

Revision ID: 0009
Revises: 0010
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0010'
branch_labels = None
depends_on = None

_FLAGS = ('inclusive_class', 'de_facto_unsupported', 'hardship_child', 'case_involved')


def upgrade() -> None:
    with op.batch_alter_table('student') as batch:
        batch.alter_column('student_number', existing_type=sa.String(), nullable=True)
        batch.add_column(sa.Column('phone', sa.String(), nullable=False, server_default=''))
        for name in _FLAGS:
            batch.add_column(sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column('household_status', sa.String(length=10), nullable=False, server_default=''))
    with op.batch_alter_table('guardian') as batch:
        batch.add_column(sa.Column('is_guardian', sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table('guardian') as batch:
        batch.drop_column('is_guardian')
    with op.batch_alter_table('student') as batch:
        batch.drop_column('household_status')
        for name in reversed(_FLAGS):
            batch.drop_column(name)
        batch.drop_column('phone')
        # student_number stays nullable: pupils waiting for their 学籍号 must not be lost on a downgrade
