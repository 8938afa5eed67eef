"""each exported bundle's signed digest and the county certificate it was encrypted to (issue #14 items 3–4)

``exchange_export.signed_digest``: SHA-256 of what the bundle's signature covers (its DigestValue, hex). The next
bundle's ``PreviousDigest`` names it, so that the county's chain no longer depends on the file's bytes (a copy with
CRLF line ends is the same bundle). Bundles written before keep "": the next one still names them by the file's
SHA-256 as before, which the county holds for them.

``exchange_export.encrypted_to``: the fingerprint of the county certificate the file was encrypted to ("" for the
unencrypted bundles of earlier versions).

Revision ID: 0028
Revises: 0022
"""
from alembic import op
import sqlalchemy as sa


revision = '0028'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('exchange_export') as batch:
        batch.add_column(sa.Column('signed_digest', sa.String(length=64), nullable=False, server_default=''))
        batch.add_column(sa.Column('encrypted_to', sa.String(length=64), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('exchange_export') as batch:
        batch.drop_column('encrypted_to')
        batch.drop_column('signed_digest')
