"""approvals: requests, steps, attachments

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('approval_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=True),
    sa.Column('class_id', sa.Integer(), nullable=True),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('outcome', sa.JSON(), nullable=True),
    sa.Column('approver_role', sa.String(length=16), nullable=False),
    sa.Column('needs_county', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('acknowledged_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['school_class.id'], name=op.f('fk_approval_request_class_id_school_class')),
    sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], name=op.f('fk_approval_request_created_by_user_account')),
    sa.ForeignKeyConstraint(['decided_by'], ['user_account.id'], name=op.f('fk_approval_request_decided_by_user_account')),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_approval_request_student_id_student')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_request'))
    )
    with op.batch_alter_table('approval_request', schema=None) as batch_op:
        batch_op.create_index('ix_approval_request_state_kind', ['state', 'kind'], unique=False)
        batch_op.create_index('ix_approval_request_student_state', ['student_id', 'state'], unique=False)

    op.create_table('approval_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('from_state', sa.String(length=16), nullable=True),
    sa.Column('to_state', sa.String(length=16), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('comment', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['approval_request.id'], name=op.f('fk_approval_step_request_id_approval_request'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_approval_step_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_step'))
    )
    with op.batch_alter_table('approval_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_step_request_id'), ['request_id'], unique=False)

    op.create_table('approval_attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(), nullable=False),
    sa.Column('media_type', sa.String(length=32), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('uploaded_by', sa.Integer(), nullable=True),
    sa.Column('uploaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['approval_request.id'], name=op.f('fk_approval_attachment_request_id_approval_request'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['uploaded_by'], ['user_account.id'], name=op.f('fk_approval_attachment_uploaded_by_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_attachment')),
    sa.UniqueConstraint('request_id', 'sha256', name=op.f('uq_approval_attachment_request_id_sha256'))
    )
    with op.batch_alter_table('approval_attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_attachment_request_id'), ['request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_approval_attachment_sha256'), ['sha256'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('approval_attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_approval_attachment_request_id'))

    op.drop_table('approval_attachment')
    with op.batch_alter_table('approval_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_step_request_id'))

    op.drop_table('approval_step')
    with op.batch_alter_table('approval_request', schema=None) as batch_op:
        batch_op.drop_index('ix_approval_request_student_state')
        batch_op.drop_index('ix_approval_request_state_kind')

    op.drop_table('approval_request')
