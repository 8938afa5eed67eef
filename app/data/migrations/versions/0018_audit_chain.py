"""the tamper-evident audit log: every entry chained to the one before it by a keyed hash
(app.audit), the existing entries chained in order, a baseline entry of every account's roles and
active flag (logins read them from the chain), and the chain's head recorded with each bundle

Revision ID: 0018
Revises: 0009
"""
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa

from app import audit


revision = '0018'
down_revision = '0009'
branch_labels = None
depends_on = None

_entries = sa.table(
    'audit_entry', sa.column('id', sa.Integer()), sa.column('at', sa.DateTime()), sa.column('user_id', sa.Integer()),
    sa.column('username', sa.String()), sa.column('action', sa.String()), sa.column('entity', sa.String()),
    sa.column('entity_id', sa.Integer()), sa.column('summary', sa.String()), sa.column('before', sa.JSON()),
    sa.column('after', sa.JSON()), sa.column('chain_hash', sa.String()))
_users = sa.table('user_account', sa.column('id', sa.Integer()), sa.column('username', sa.String()),
                  sa.column('roles', sa.String()), sa.column('active', sa.Boolean()))


def upgrade() -> None:
    with op.batch_alter_table('audit_entry') as batch:
        batch.add_column(sa.Column('chain_hash', sa.String(length=64), nullable=True))
    with op.batch_alter_table('exchange_export') as batch:
        batch.add_column(sa.Column('audit_head_id', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('audit_head_hash', sa.String(length=64), nullable=False, server_default=''))
    conn = op.get_bind()
    users = conn.execute(sa.select(_users).order_by(_users.c.id)).all()
    if not users and conn.execute(sa.select(_entries.c.id).limit(1)).first() is None:
        return  # a new database: the key is made by its first entry
    key = audit.chain_key(conn, create=True)
    previous_id, previous = 0, None
    rows = conn.execute(sa.select(_entries).order_by(_entries.c.id)).all()
    for e in rows:
        previous = audit.link_hash(key, previous, audit.canonical(e.id, e.at, e.user_id, e.username, e.action,
                                                                  e.entity, e.entity_id, e.summary, e.before, e.after))
        conn.execute(sa.update(_entries).where(_entries.c.id == e.id).values(chain_hash=previous))
        previous_id = e.id
    now = datetime.now(timezone.utc)
    for u in users:
        previous_id += 1
        after = {"roles": u.roles, "active": bool(u.active)}
        summary = f"操作日志开始签名:记下账户 {u.username} 当时的角色和状态"
        previous = audit.link_hash(key, previous, audit.canonical(previous_id, now, None, "system", "account.baseline",
                                                                  "user_account", u.id, summary, None, after))
        conn.execute(sa.insert(_entries).values(id=previous_id, at=now, user_id=None, username="system",
                                                action="account.baseline", entity="user_account", entity_id=u.id,
                                                summary=summary, before=None, after=after, chain_hash=previous))


def downgrade() -> None:
    with op.batch_alter_table('exchange_export') as batch:
        batch.drop_column('audit_head_hash')
        batch.drop_column('audit_head_id')
    with op.batch_alter_table('audit_entry') as batch:
        batch.drop_column('chain_hash')
