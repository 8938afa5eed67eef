"""the county under Alembic: schema_version 2 (an older program refuses the file), pupils found by 学籍号 across schools

``county_meta.schema_version`` is what the program before Alembic checked: at 2 it refuses to open this database
("由更新版本的保学建立") instead of writing into a schema it does not know. The index on ``county_student.number``
serves the cross-school views (a child transferred out of one school and seen at another).

Revision ID: c0002
Revises: c0001
"""
from alembic import op
import sqlalchemy as sa


revision = 'c0002'
down_revision = 'c0001'
branch_labels = None
depends_on = None

_meta = sa.table('county_meta', sa.column('key', sa.String), sa.column('value', sa.String))


def upgrade() -> None:
    with op.batch_alter_table('county_student', schema=None) as batch_op:
        batch_op.create_index('ix_county_student_number', ['number'], unique=False)
    op.execute(_meta.delete().where(_meta.c.key == 'schema_version'))
    op.bulk_insert(_meta, [{'key': 'schema_version', 'value': '2'}])


def downgrade() -> None:
    op.execute(_meta.update().where(_meta.c.key == 'schema_version').values(value='1'))
    with op.batch_alter_table('county_student', schema=None) as batch_op:
        batch_op.drop_index('ix_county_student_number')
