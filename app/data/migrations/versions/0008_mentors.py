"""mentors: assignments, plans, home teaching

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('home_teaching_enrolment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('reason', sa.String(), nullable=False),
    sa.Column('end_reason', sa.String(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], name=op.f('fk_home_teaching_enrolment_created_by_user_account')),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_home_teaching_enrolment_student_id_student')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_home_teaching_enrolment'))
    )
    op.create_index(op.f('ix_home_teaching_enrolment_student_id'), 'home_teaching_enrolment', ['student_id'], unique=False)
    op.create_table('home_teaching_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('session_date', sa.Date(), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('content', sa.String(), nullable=False),
    sa.Column('companions', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('recorded_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['recorded_by'], ['user_account.id'], name=op.f('fk_home_teaching_session_recorded_by_user_account')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_home_teaching_session_staff_id_staff')),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_home_teaching_session_student_id_student')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_home_teaching_session'))
    )
    op.create_index(op.f('ix_home_teaching_session_staff_id'), 'home_teaching_session', ['staff_id'], unique=False)
    op.create_index('ix_home_teaching_session_student_day', 'home_teaching_session', ['student_id', 'session_date'], unique=False)
    op.create_table('mentor_assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.String(), nullable=False),
    sa.Column('end_note', sa.String(), nullable=False),
    sa.Column('over_max_reason', sa.String(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_by', sa.Integer(), nullable=True),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], name=op.f('fk_mentor_assignment_created_by_user_account')),
    sa.ForeignKeyConstraint(['ended_by'], ['user_account.id'], name=op.f('fk_mentor_assignment_ended_by_user_account')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_mentor_assignment_staff_id_staff')),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_mentor_assignment_student_id_student')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentor_assignment'))
    )
    op.create_index('ix_mentor_assignment_staff_end', 'mentor_assignment', ['staff_id', 'end_date'], unique=False)
    op.create_index('ix_mentor_assignment_student_end', 'mentor_assignment', ['student_id', 'end_date'], unique=False)
    op.create_table('mentor_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('situation', sa.String(), nullable=False),
    sa.Column('risk_notes', sa.String(), nullable=False),
    sa.Column('risk_level', sa.String(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], name=op.f('fk_mentor_plan_created_by_user_account')),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_mentor_plan_student_id_student')),
    sa.ForeignKeyConstraint(['updated_by'], ['user_account.id'], name=op.f('fk_mentor_plan_updated_by_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentor_plan')),
    sa.UniqueConstraint('student_id', name=op.f('uq_mentor_plan_student_id'))
    )
    op.create_table('plan_measure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('content', sa.String(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('result', sa.String(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], name=op.f('fk_plan_measure_created_by_user_account')),
    sa.ForeignKeyConstraint(['plan_id'], ['mentor_plan.id'], name=op.f('fk_plan_measure_plan_id_mentor_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_measure'))
    )
    op.create_index(op.f('ix_plan_measure_plan_id'), 'plan_measure', ['plan_id'], unique=False)
    op.create_table('plan_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('purpose', sa.String(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('done_by', sa.Integer(), nullable=True),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], name=op.f('fk_plan_review_created_by_user_account')),
    sa.ForeignKeyConstraint(['done_by'], ['staff.id'], name=op.f('fk_plan_review_done_by_staff')),
    sa.ForeignKeyConstraint(['plan_id'], ['mentor_plan.id'], name=op.f('fk_plan_review_plan_id_mentor_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_review'))
    )
    op.create_index('ix_plan_review_done_due', 'plan_review', ['done_on', 'due_date'], unique=False)
    op.create_index(op.f('ix_plan_review_plan_id'), 'plan_review', ['plan_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_plan_review_plan_id'), table_name='plan_review')
    op.drop_index('ix_plan_review_done_due', table_name='plan_review')
    op.drop_table('plan_review')
    op.drop_index(op.f('ix_plan_measure_plan_id'), table_name='plan_measure')
    op.drop_table('plan_measure')
    op.drop_table('mentor_plan')
    op.drop_index('ix_mentor_assignment_student_end', table_name='mentor_assignment')
    op.drop_index('ix_mentor_assignment_staff_end', table_name='mentor_assignment')
    op.drop_table('mentor_assignment')
    op.drop_index('ix_home_teaching_session_student_day', table_name='home_teaching_session')
    op.drop_index(op.f('ix_home_teaching_session_staff_id'), table_name='home_teaching_session')
    op.drop_table('home_teaching_session')
    op.drop_index(op.f('ix_home_teaching_enrolment_student_id'), table_name='home_teaching_enrolment')
    op.drop_table('home_teaching_enrolment')
