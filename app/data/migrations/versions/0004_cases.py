"""case file: cases, contacts, reports, persuasion

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('absence_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=True),
    sa.Column('alert_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(), nullable=False),
    sa.Column('assigned_staff_id', sa.Integer(), nullable=True),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=True),
    sa.Column('reported_on', sa.Date(), nullable=True),
    sa.Column('notice_issued_on', sa.Date(), nullable=True),
    sa.Column('notice_deadline', sa.Date(), nullable=True),
    sa.Column('notice_issuer', sa.String(), nullable=False),
    sa.Column('notice_reference', sa.String(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('outcome', sa.String(), nullable=False),
    sa.Column('outcome_note', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['alert_id'], ['absence_alert.id'], name=op.f('fk_absence_case_alert_id_absence_alert')),
    sa.ForeignKeyConstraint(['assigned_staff_id'], ['staff.id'], name=op.f('fk_absence_case_assigned_staff_id_staff')),
    sa.ForeignKeyConstraint(['class_id'], ['school_class.id'], name=op.f('fk_absence_case_class_id_school_class')),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_absence_case_student_id_student')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_absence_case')),
    sa.UniqueConstraint('alert_id', name=op.f('uq_absence_case_alert_id'))
    )
    op.create_index(op.f('ix_absence_case_assigned_staff_id'), 'absence_case', ['assigned_staff_id'], unique=False)
    op.create_index('ix_absence_case_student_stage', 'absence_case', ['student_id', 'stage'], unique=False)
    op.create_table('case_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('report_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('recipients', sa.String(), nullable=False),
    sa.Column('reference', sa.String(), nullable=False),
    sa.Column('content', sa.String(), nullable=False),
    sa.Column('recorded_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['absence_case.id'], name=op.f('fk_case_report_case_id_absence_case')),
    sa.ForeignKeyConstraint(['recorded_by'], ['user_account.id'], name=op.f('fk_case_report_recorded_by_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_report'))
    )
    op.create_index(op.f('ix_case_report_case_id'), 'case_report', ['case_id'], unique=False)
    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('contact_date', sa.Date(), nullable=False),
    sa.Column('contact_time', sa.Time(), nullable=True),
    sa.Column('form', sa.String(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('companions', sa.String(), nullable=False),
    sa.Column('address', sa.String(), nullable=False),
    sa.Column('guardian_met', sa.String(), nullable=False),
    sa.Column('guardian_relation', sa.String(), nullable=False),
    sa.Column('family_situation', sa.String(), nullable=False),
    sa.Column('purpose', sa.String(), nullable=False),
    sa.Column('student_condition', sa.String(), nullable=False),
    sa.Column('problems', sa.String(), nullable=False),
    sa.Column('measures', sa.String(), nullable=False),
    sa.Column('guardian_opinion', sa.String(), nullable=False),
    sa.Column('recorded_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['absence_case.id'], name=op.f('fk_contact_case_id_absence_case')),
    sa.ForeignKeyConstraint(['recorded_by'], ['user_account.id'], name=op.f('fk_contact_recorded_by_user_account')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_contact_staff_id_staff')),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_contact_student_id_student')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    op.create_index(op.f('ix_contact_case_id'), 'contact', ['case_id'], unique=False)
    op.create_index(op.f('ix_contact_contact_date'), 'contact', ['contact_date'], unique=False)
    op.create_index('ix_contact_student_day', 'contact', ['student_id', 'contact_date'], unique=False)
    op.create_table('persuasion_attempt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('attempt_date', sa.Date(), nullable=False),
    sa.Column('participants', sa.JSON(), nullable=False),
    sa.Column('actions', sa.String(), nullable=False),
    sa.Column('result', sa.String(), nullable=False),
    sa.Column('recorded_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['absence_case.id'], name=op.f('fk_persuasion_attempt_case_id_absence_case')),
    sa.ForeignKeyConstraint(['recorded_by'], ['user_account.id'], name=op.f('fk_persuasion_attempt_recorded_by_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persuasion_attempt'))
    )
    op.create_index(op.f('ix_persuasion_attempt_case_id'), 'persuasion_attempt', ['case_id'], unique=False)
    op.create_table('persuasion_ledger',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('student_id', sa.Integer(), nullable=False),
    sa.Column('dropout_on', sa.Date(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=False),
    sa.Column('reason_left', sa.String(), nullable=False),
    sa.Column('whereabouts', sa.String(), nullable=False),
    sa.Column('responsible_staff_id', sa.Integer(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('result', sa.String(), nullable=False),
    sa.Column('recorded_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['absence_case.id'], name=op.f('fk_persuasion_ledger_case_id_absence_case')),
    sa.ForeignKeyConstraint(['recorded_by'], ['user_account.id'], name=op.f('fk_persuasion_ledger_recorded_by_user_account')),
    sa.ForeignKeyConstraint(['responsible_staff_id'], ['staff.id'], name=op.f('fk_persuasion_ledger_responsible_staff_id_staff')),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_persuasion_ledger_student_id_student')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persuasion_ledger')),
    sa.UniqueConstraint('case_id', name=op.f('uq_persuasion_ledger_case_id'))
    )
    op.create_index(op.f('ix_persuasion_ledger_student_id'), 'persuasion_ledger', ['student_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_persuasion_ledger_student_id'), table_name='persuasion_ledger')
    op.drop_table('persuasion_ledger')
    op.drop_index(op.f('ix_persuasion_attempt_case_id'), table_name='persuasion_attempt')
    op.drop_table('persuasion_attempt')
    op.drop_index('ix_contact_student_day', table_name='contact')
    op.drop_index(op.f('ix_contact_contact_date'), table_name='contact')
    op.drop_index(op.f('ix_contact_case_id'), table_name='contact')
    op.drop_table('contact')
    op.drop_index(op.f('ix_case_report_case_id'), table_name='case_report')
    op.drop_table('case_report')
    op.drop_index('ix_absence_case_student_stage', table_name='absence_case')
    op.drop_index(op.f('ix_absence_case_assigned_staff_id'), table_name='absence_case')
    op.drop_table('absence_case')
