"""each bundle's signed digest and whether it came encrypted (issue #14 items 3–4)

``county_bundle.digest``: SHA-256 of what the school's signature covers (the ``DigestValue``) — the bundle's identity
in the chain since this revision, so that a copy of a file whose bytes changed on the way (CRLF line ends) is the
same bundle. Bundles ingested before this revision keep NULL: the county did not keep their files, so the digest
cannot be computed here. A later bundle that links to one of them by its file's SHA-256 (what schools wrote before)
still checks; one that links by the signed digest gets a warning until the old bundle's file is ingested once more
(a replay, which then records the digest).

``county_bundle.encrypted``: the file came encrypted to the county's certificate; after a school's first encrypted
bundle, its later unencrypted ones are refused. Old rows: false.

Revision ID: c0009
Revises: c0006
"""
from alembic import op
import sqlalchemy as sa


revision = 'c0009'
down_revision = 'c0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN on both engines (no table rebuild: a county database of many years stays as it is)
    op.add_column('county_bundle', sa.Column('digest', sa.String(length=64), nullable=True))
    op.add_column('county_bundle', sa.Column('encrypted', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_index('ux_county_bundle_digest', 'county_bundle', ['digest'], unique=True)


def downgrade() -> None:
    op.drop_index('ux_county_bundle_digest', table_name='county_bundle')
    with op.batch_alter_table('county_bundle') as batch:
        batch.drop_column('encrypted')
        batch.drop_column('digest')
