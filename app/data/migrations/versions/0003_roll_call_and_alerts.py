"""roll call and alerts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 17:25:34.480493
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attendance_sheet',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('session', sa.String(length=3), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('enrolled', sa.Integer(), nullable=False),
    sa.Column('present', sa.Integer(), nullable=False),
    sa.Column('taken_by', sa.Integer(), nullable=True),
    sa.Column('taken_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revised_by', sa.Integer(), nullable=True),
    sa.Column('revised_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['class_id'], ['school_class.id'], name=op.f('fk_attendance_sheet_class_id_school_class')),
    sa.ForeignKeyConstraint(['revised_by'], ['user_account.id'], name=op.f('fk_attendance_sheet_revised_by_user_account')),
    sa.ForeignKeyConstraint(['taken_by'], ['user_account.id'], name=op.f('fk_attendance_sheet_taken_by_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_sheet')),
    sa.UniqueConstraint('class_id', 'day', 'session', name=op.f('uq_attendance_sheet_class_id_day_session'))
    )
    with op.batch_alter_table('attendance_sheet', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_sheet_day'), ['day'], unique=False)

    op.create_table('absence_alert',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=True),
    sa.Column('first_absent_day', sa.Date(), nullable=False),
    sa.Column('last_absent_day', sa.Date(), nullable=False),
    sa.Column('days_absent', sa.Float(), nullable=False),
    sa.Column('level', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('raised_on', sa.Date(), nullable=False),
    sa.Column('cleared_on', sa.Date(), nullable=True),
    sa.Column('cleared_reason', sa.String(), nullable=False),
    sa.Column('visit_due', sa.Date(), nullable=False),
    sa.Column('report_due', sa.Date(), nullable=False),
    sa.Column('assigned_staff_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['assigned_staff_id'], ['staff.id'], name=op.f('fk_absence_alert_assigned_staff_id_staff')),
    sa.ForeignKeyConstraint(['class_id'], ['school_class.id'], name=op.f('fk_absence_alert_class_id_school_class')),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_absence_alert_student_id_student')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_absence_alert'))
    )
    with op.batch_alter_table('absence_alert', schema=None) as batch_op:
        batch_op.create_index('ix_absence_alert_student_status', ['student_id', 'status'], unique=False)

    op.create_table('leave',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('start_day', sa.Date(), nullable=False),
    sa.Column('start_session', sa.String(length=3), nullable=False),
    sa.Column('end_day', sa.Date(), nullable=False),
    sa.Column('end_session', sa.String(length=3), nullable=False),
    sa.Column('reason', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('reference', sa.String(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], name=op.f('fk_leave_created_by_user_account')),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_leave_student_id_student')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leave'))
    )
    with op.batch_alter_table('leave', schema=None) as batch_op:
        batch_op.create_index('ix_leave_student_start', ['student_id', 'start_day'], unique=False)

    op.create_table('attendance_mark',
    sa.Column('sheet_id', sa.Integer(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('mark', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('leave_id', sa.Integer(), nullable=True),
    sa.Column('typed_mark', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['leave_id'], ['leave.id'], name=op.f('fk_attendance_mark_leave_id_leave')),
    sa.ForeignKeyConstraint(['sheet_id'], ['attendance_sheet.id'], name=op.f('fk_attendance_mark_sheet_id_attendance_sheet'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_attendance_mark_student_id_student')),
    sa.PrimaryKeyConstraint('sheet_id', 'student_id', name=op.f('pk_attendance_mark'))
    )
    with op.batch_alter_table('attendance_mark', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_mark_leave_id'), ['leave_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_mark_student_id'), ['student_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('attendance_mark', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_mark_student_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_mark_leave_id'))

    op.drop_table('attendance_mark')
    with op.batch_alter_table('leave', schema=None) as batch_op:
        batch_op.drop_index('ix_leave_student_start')

    op.drop_table('leave')
    with op.batch_alter_table('absence_alert', schema=None) as batch_op:
        batch_op.drop_index('ix_absence_alert_student_status')

    op.drop_table('absence_alert')
    with op.batch_alter_table('attendance_sheet', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_sheet_day'))

    op.drop_table('attendance_sheet')
