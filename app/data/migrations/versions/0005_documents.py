"""printed documents: pledge templates, pledges and returns

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pledge_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('body', sa.String(), nullable=False),
    sa.Column('retention_target', sa.String(), nullable=False),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['updated_by'], ['user_account.id'], name=op.f('fk_pledge_template_updated_by_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pledge_template')),
    sa.UniqueConstraint('kind', name=op.f('uq_pledge_template_kind'))
    )
    op.create_table('pledge_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('school_year', sa.String(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=True),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['school_class.id'], name=op.f('fk_pledge_batch_class_id_school_class')),
    sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], name=op.f('fk_pledge_batch_created_by_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pledge_batch'))
    )
    op.create_table('pledge',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('school_year', sa.String(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=True),
    sa.Column('student_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('party_a', sa.String(), nullable=False),
    sa.Column('party_b', sa.String(), nullable=False),
    sa.Column('party_b_phone', sa.String(), nullable=False),
    sa.Column('student_name', sa.String(), nullable=False),
    sa.Column('printed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('returned_on', sa.Date(), nullable=True),
    sa.Column('signed', sa.Boolean(), nullable=False),
    sa.Column('returned_by', sa.Integer(), nullable=True),
    sa.Column('returned_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['pledge_batch.id'], name=op.f('fk_pledge_batch_id_pledge_batch')),
    sa.ForeignKeyConstraint(['class_id'], ['school_class.id'], name=op.f('fk_pledge_class_id_school_class')),
    sa.ForeignKeyConstraint(['returned_by'], ['user_account.id'], name=op.f('fk_pledge_returned_by_user_account')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_pledge_staff_id_staff')),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_pledge_student_id_student')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pledge')),
    sa.UniqueConstraint('number', name=op.f('uq_pledge_number'))
    )
    op.create_index(op.f('ix_pledge_batch_id'), 'pledge', ['batch_id'], unique=False)
    op.create_index(op.f('ix_pledge_student_id'), 'pledge', ['student_id'], unique=False)
    op.create_index('ix_pledge_class_kind', 'pledge', ['class_id', 'kind'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_pledge_class_kind', table_name='pledge')
    op.drop_index(op.f('ix_pledge_student_id'), table_name='pledge')
    op.drop_index(op.f('ix_pledge_batch_id'), table_name='pledge')
    op.drop_table('pledge')
    op.drop_table('pledge_batch')
    op.drop_table('pledge_template')
