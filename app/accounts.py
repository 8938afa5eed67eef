"""Accounts: the users, their passwords and roles (the roles and permissions are in :mod:`app.access`).

Passwords are stored as salted scrypt hashes (``hashlib.scrypt``, memory-hard
and slow on purpose). Every service takes an :class:`Actor` and checks the
permission it needs here, so a rule holds whether it is called from a window,
the CLI or a test.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlmodel import Session, col, select

from app import audit
from app.access import (  # noqa: F401  (re-exported: the services import them from here)
    PERMISSION_LABELS,
    PERMISSIONS,
    ROLES,
    SYSTEM,
    Actor,
    can_edit_class,
    can_view_class,
    grants_table,
    require,
    require_class_edit,
    require_class_view,
)
from app.data import keyring
from app.data.models import AuditEntry, SchoolClass, TeachingAssignment, User
from app.errors import NotFound, PermissionDenied, ValidationError
from app.fields import clean as clean_field

MIN_PASSWORD_LENGTH = 6

# scrypt cost: n=2**15, r=8 → about 32 MiB and ~0.1 s per hash on a school PC.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**15, 8, 1


# --- passwords ------------------------------------------------------------------


def _hash_with_secret(password: str) -> tuple[str, bytes]:
    """The stored hash (scrypt's first 32 bytes) and the secret that wraps the database key (the last 32,
    :mod:`app.data.keyring`): one scrypt call for both."""
    salt = secrets.token_bytes(16)
    out = keyring.scrypt64(password, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
    return keyring.format_hash(_SCRYPT_N, _SCRYPT_R, _SCRYPT_P, salt, out[:32]), out[32:]


def hash_password(password: str) -> str:
    return _hash_with_secret(password)[0]


def _check(password: str, stored: str) -> bytes | None:
    """scrypt's 64 bytes when ``password`` matches ``stored`` (None when it does not)."""
    fields = keyring.parse_hash(stored)
    if fields is None or len(fields.digest) != 32:
        return None
    try:
        out = keyring.scrypt64(password, fields.salt, fields.n, fields.r, fields.p)
    except ValueError:
        return None
    return out if hmac.compare_digest(out[:32], fields.digest) else None


def verify_password(password: str, stored: str) -> bool:
    return _check(password, stored) is not None


def _set_password(session: Session, user: User, password: str) -> None:
    """A new hash, and the account's wrapper of the database key with it (same transaction)."""
    user.password_hash, secret = _hash_with_secret(password)
    _stage_wrapper(session, user, secret)


def _stage_wrapper(session: Session, user: User, secret: bytes | None) -> None:
    """The account opens the database (active: from the password's ``secret``, else the stored hash) or not."""
    key = keyring.key_of(session)
    if key is None:
        return
    made = keyring.account_wrapper(key, user.username, user.password_hash, secret) if user.active else None
    keyring.stage_account(session, user.username, [made] if made else [])


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("密码", "accounts.needs_least_characters", min_password_length=MIN_PASSWORD_LENGTH)
    if password.isspace():
        raise ValidationError("密码", "common.cannot_spaces")


# --- accounts -------------------------------------------------------------------


def parse_roles(roles: str | set[str] | frozenset[str] | list[str]) -> frozenset[str]:
    items = [r.strip() for r in roles.split(",")] if isinstance(roles, str) else list(roles)
    items = [r for r in items if r]
    unknown = [r for r in items if r not in ROLES]
    if unknown:
        raise ValidationError("角色", "accounts.unknown_role_choose",
                                    unknown=', '.join(unknown),
                                    roles=', '.join(ROLES))
    if not items:
        raise ValidationError("角色", "accounts.needs_least_one_role")
    return frozenset(items)


def _classes_of_staff(session: Session, staff_id: int | None) -> frozenset[int]:
    if staff_id is None:
        return frozenset()
    headed = session.exec(select(SchoolClass.id).where(SchoolClass.head_teacher_id == staff_id)).all()
    taught = session.exec(select(TeachingAssignment.class_id).where(TeachingAssignment.staff_id == staff_id)).all()
    return frozenset(headed) | frozenset(taught)


# --- what the audit chain says about an account ----------------------------------------------------

#: the audit entries that set an account's roles or its active flag (their ``after`` holds the new value);
#: ``account.baseline`` is written once by migration 0018 with what the account held when the chain began
STATE_ACTIONS = ("account.create", "account.roles", "account.active", "account.baseline")


@dataclass(frozen=True)
class AuditedAccount:
    """An account's roles and active flag as the newest chained entries set them (None: no entry to trust)."""

    roles: frozenset[str] | None
    active: bool | None
    #: an entry that sets them but no longer matches the chain (edited outside the program)
    tampered: bool = False


def audited_account(session: Session, user_id: int) -> AuditedAccount:
    """Roles and active flag from the newest audit entries that set them, each checked against the chain.

    Permissions are read from here, never from the ``user_account`` row alone: a row edited with a
    SQLite tool changes nothing, and an entry edited to match it no longer matches the chain."""
    entries = session.exec(select(AuditEntry).where(
        AuditEntry.entity == "user_account", AuditEntry.entity_id == user_id,
        col(AuditEntry.action).in_(STATE_ACTIONS)).order_by(col(AuditEntry.id).desc())).all()
    found: dict[str, Any] = {}
    for e in entries:
        after = e.after if isinstance(e.after, dict) else {}
        wanted = [k for k in ("roles", "active") if k in after and k not in found]
        if not wanted:
            continue
        if not audit.verify_entry(session, e):
            return AuditedAccount(None, None, tampered=True)
        for k in wanted:
            found[k] = after[k]
        if len(found) == 2:
            break
    roles = found.get("roles")
    return AuditedAccount(frozenset(r for r in str(roles).split(",") if r) if roles is not None else None,
                          bool(found["active"]) if "active" in found else None)


def _unverifiable(username: str, audited: AuditedAccount) -> PermissionDenied:
    why = "设置它的操作日志条目与日志链对不上" if audited.tampered else "操作日志中没有设置它的记录"
    return PermissionDenied(
        "accounts.roles_account_cannot_verified_database", username=username, why=why)


def check_accounts(session: Session) -> list[str]:
    """Accounts whose row disagrees with the audit chain (for ``baoxue db check``), in plain words."""
    problems = []
    for user in session.exec(select(User).order_by(User.id)):
        audited = audited_account(session, user.id)
        if audited.roles is None:
            why = ("设置角色的操作日志条目与日志链对不上(它或它前面的条目被改动或删除过)" if audited.tampered
                   else "操作日志中没有设置角色的记录")
            problems.append(f"账户 {user.username}:{why},该账户不能登录")
            continue
        row_roles = frozenset(r for r in user.roles.split(",") if r)
        if row_roles != audited.roles:
            problems.append(f"账户 {user.username}:数据库中的角色({','.join(sorted(row_roles))})与操作日志最后记录的"
                            f"({','.join(sorted(audited.roles))})不一致,可能被直接改动过;登录时只按操作日志的角色")
        if audited.active is not None and bool(user.active) != audited.active:
            problems.append(f"账户 {user.username}:数据库中的“{'启用' if user.active else '停用'}”与操作日志最后记录的"
                            f"“{'启用' if audited.active else '停用'}”不一致,可能被直接改动过")
    return problems


def actor_for(session: Session, user) -> Actor:
    """The actor of an account, with the roles the audit chain gives it (see :func:`audited_account`)."""
    return _actor(session, user, audited_account(session, user.id))


def _actor(session: Session, user, audited: AuditedAccount) -> Actor:
    if audited.roles is None:
        raise _unverifiable(user.username, audited)
    return Actor(
        user_id=user.id,
        username=user.username,
        roles=audited.roles,
        staff_id=user.staff_id,
        class_ids=_classes_of_staff(session, user.staff_id),
        display_name=user.display_name or user.username,
    )


def actor_named(session: Session, username: str) -> Actor:
    """The actor of an existing account (e.g. the first admin, right after the school is set up)."""
    user = session.exec(select(User).where(User.username == username)).first()
    if user is None:
        raise NotFound("accounts.there_no_user", username=username)
    return actor_for(session, user)


#: consecutive wrong passwords before an account is locked, the first lock and the longest one
LOCKOUT_AFTER = 5
LOCKOUT_FIRST_MINUTES = 1
LOCKOUT_MAX_MINUTES = 60


class AccountLocked(PermissionDenied):
    """Too many wrong passwords: the account waits ``wait_seconds`` (or an admin unlocks it)."""

    def __init__(self, username: str, wait_seconds: int):
        self.username, self.wait_seconds = username, wait_seconds
        minutes = max(1, -(-wait_seconds // 60))
        super().__init__("accounts.locked", username=username, minutes=minutes)


def _utc(moment: datetime | None) -> datetime:
    """An aware UTC time (a naive one is taken as UTC; None is now)."""
    moment = moment or datetime.now(timezone.utc)
    return moment.astimezone(timezone.utc) if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def lock_minutes(failed_logins: int) -> int:
    """How long the account waits after ``failed_logins`` consecutive failures (0: not locked)."""
    if failed_logins < LOCKOUT_AFTER:
        return 0
    return min(LOCKOUT_MAX_MINUTES, LOCKOUT_FIRST_MINUTES * 2 ** (failed_logins - LOCKOUT_AFTER))


def _record_failure(session: Session, user_id: int, now: datetime) -> None:
    """Count a wrong password and audit it in a transaction of its own.

    The caller's transaction is rolled back with the failed login, so the count
    is written through a second session on the same engine and committed here.
    """
    with Session(session.get_bind(), expire_on_commit=False) as own:
        user = own.get(User, user_id)
        if user is None:
            return
        user.failed_logins += 1
        minutes = lock_minutes(user.failed_logins)
        user.locked_until = now + timedelta(minutes=minutes) if minutes else None
        own.add(user)
        summary = f"{user.username} 登录失败(密码错误,连续第 {user.failed_logins} 次)"
        if minutes:
            summary += f",账户锁定 {minutes} 分钟"
        audit.record(own, None, "account.login_failed", "user_account", user.id, summary=summary,
                     after={"failed_logins": user.failed_logins,
                            "locked_until": user.locked_until.isoformat() if user.locked_until else None})
        own.commit()


def authenticate(session: Session, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """Check a login; on success update the last login time. Raises PermissionDenied.

    A wrong password is counted and audited even though the caller's transaction
    rolls back; after :data:`LOCKOUT_AFTER` in a row the account is locked for a
    time that doubles with each further failure (:func:`lock_minutes`), and while
    locked the password is not even checked. An admin can :func:`unlock_user`.
    """
    now = _utc(now)
    user = session.exec(select(User).where(User.username == username.strip())).first()
    if user is not None and user.locked_until is not None and _utc(user.locked_until) > now:
        raise AccountLocked(user.username, int((_utc(user.locked_until) - now).total_seconds()))
    checked = _check(password, user.password_hash) if user is not None and user.active else None
    if checked is None:
        if user is not None and user.active:
            _record_failure(session, user.id, now)
        raise PermissionDenied("common.user_name_password_wrong")
    audited = audited_account(session, user.id)
    if audited.active is False:  # deactivated, and the row switched back on by hand
        raise PermissionDenied("common.user_name_password_wrong")
    paths = keyring.paths_of(session)
    if paths is not None and keyring.key_of(session) is not None and \
            keyring.wrapper_kind(paths, user.username) != "password":
        _stage_wrapper(session, user, checked[32:])  # made from the stored hash (encrypted from a plain database)
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = datetime.now(timezone.utc)
    session.add(user)
    actor = _actor(session, user, audited)
    audit.record(session, actor, "account.login", "user_account", user.id, summary=f"{user.username} 登录")
    return actor


def unlock_user(session: Session, actor: Actor, user_id: int) -> "UserInfo":
    """The admin lifts a lockout (and clears the count of wrong passwords)."""
    require(actor, "account.manage")
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("accounts.account_does_not_exist", user_id=user_id)
    before = {"failed_logins": user.failed_logins,
              "locked_until": user.locked_until.isoformat() if user.locked_until else None}
    user.failed_logins = 0
    user.locked_until = None
    session.add(user)
    audit.record(session, actor, "account.unlock", "user_account", user.id, before=before,
                 after={"failed_logins": 0, "locked_until": None}, summary=f"解除账户 {user.username} 的锁定")
    return _info(user)


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    roles: frozenset[str]
    staff_id: int | None
    active: bool
    last_login_at: datetime | None
    failed_logins: int = 0
    locked_until: datetime | None = None

    def locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and _utc(self.locked_until) > _utc(now)


def _info(u) -> UserInfo:
    return UserInfo(u.id, u.username, u.display_name, frozenset(u.roles.split(",")), u.staff_id, u.active,
                    u.last_login_at, u.failed_logins, u.locked_until)


def create_user(
    session: Session,
    actor: Actor,
    username: str,
    password: str,
    roles,
    *,
    display_name: str = "",
    staff_id: int | None = None,
    must_change_password: bool = False,
) -> UserInfo:
    require(actor, "account.manage")
    username = username.strip()
    if not username or len(username) > 32 or any(c.isspace() for c in username):
        raise ValidationError("用户名", "accounts.cannot_empty_contain_spaces_most")
    if session.exec(select(User).where(User.username == username)).first():
        raise ValidationError("用户名", "accounts.already_taken", username=username)
    check_password_strength(password)
    role_set = parse_roles(roles)
    user = User(
        username=username,
        display_name=clean_field("account.display_name", display_name),
        staff_id=staff_id,
        password_hash="",
        roles=",".join(sorted(role_set)),
        must_change_password=must_change_password,
    )
    _set_password(session, user, password)
    session.add(user)
    session.flush()
    audit.record(session, actor, "account.create", "user_account", user.id, after=audit.snapshot(user),
                 summary=f"新建账户 {username}({'、'.join(ROLES[r] for r in sorted(role_set))})")
    return _info(user)


def set_roles(session: Session, actor: Actor, user_id: int, roles) -> UserInfo:
    require(actor, "account.manage")
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("accounts.account_does_not_exist", user_id=user_id)
    role_set = parse_roles(roles)
    if user.id == actor.user_id and "admin" not in role_set:
        raise ValidationError("角色", "accounts.cannot_remove_own_system_administrator")
    before = audit.snapshot(user)
    user.roles = ",".join(sorted(role_set))
    session.add(user)
    audit.record(session, actor, "account.roles", "user_account", user.id, before=before,
                 after=audit.snapshot(user), summary=f"修改 {user.username} 的角色")
    return _info(user)


def set_active(session: Session, actor: Actor, user_id: int, active: bool) -> UserInfo:
    require(actor, "account.manage")
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("accounts.account_does_not_exist", user_id=user_id)
    if user.id == actor.user_id and not active:
        raise ValidationError("账户", "accounts.cannot_deactivate_account_using")
    before = audit.snapshot(user)
    user.active = active
    _stage_wrapper(session, user, None)  # inactive: its wrapper goes; active again: one from its hash
    session.add(user)
    audit.record(session, actor, "account.active", "user_account", user.id, before=before,
                 after=audit.snapshot(user), summary=f"{'启用' if active else '停用'}账户 {user.username}")
    return _info(user)


def change_password(session: Session, actor: Actor, user_id: int, new_password: str,
                    old_password: str | None = None) -> None:
    """Users change their own password (old one required); admins reset anyone's."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("accounts.account_does_not_exist", user_id=user_id)
    if user.id == actor.user_id:
        if old_password is None or not verify_password(old_password, user.password_hash):
            raise ValidationError("原密码", "accounts.wrong")
    else:
        require(actor, "account.manage")
    check_password_strength(new_password)
    _set_password(session, user, new_password)
    user.must_change_password = user.id != actor.user_id
    user.failed_logins = 0
    user.locked_until = None
    session.add(user)
    audit.record(session, actor, "account.password", "user_account", user.id, summary=f"修改 {user.username} 的密码")


# --- the database's recovery key (app.data.keyring) -----------------------------------------------

#: who a password reset with the recovery key is recorded as
RECOVERY_ACTOR = Actor(user_id=None, username="恢复密钥", roles=frozenset())


def make_recovery_key(session: Session, actor: Actor) -> str:
    """A new recovery key for the encrypted database (the previous one stops working); shown once, to print
    for the principal. The code itself is never stored: only the database key wrapped by it."""
    require(actor, "recovery.key")
    code = keyring.new_recovery_code()
    keyring.set_recovery(session, code)
    audit.record(session, actor, "recovery.key", "school", None,
                 summary="制作新的数据库恢复密钥(之前的恢复密钥作废)")
    return code


def has_recovery_key(session: Session) -> bool:
    paths = keyring.paths_of(session)
    return paths is not None and keyring.key_of(session) is not None and keyring.has_recovery(paths)


def reset_with_recovery(session: Session, code: str, username: str, new_password: str) -> UserInfo:
    """Set an account's password when nobody remembers one: the database was opened with the recovery key
    ``code`` (checked again here). The lockout is lifted; audited as done with the recovery key."""
    if not keyring.opened_with_recovery(session, code):
        raise PermissionDenied("accounts.recovery_key_wrong_type_again")
    user = session.exec(select(User).where(User.username == username.strip())).first()
    if user is None or not user.active:
        raise ValidationError("用户名", "accounts.there_no_active_account", strip=username.strip())
    check_password_strength(new_password)
    _set_password(session, user, new_password)
    user.must_change_password = False
    user.failed_logins = 0
    user.locked_until = None
    session.add(user)
    audit.record(session, RECOVERY_ACTOR, "account.recover", "user_account", user.id,
                 summary=f"用恢复密钥重设 {user.username} 的密码")
    return _info(user)


def list_users(session: Session, actor: Actor) -> list[UserInfo]:
    require(actor, "account.manage")
    return [_info(u) for u in session.exec(select(User).order_by(User.username))]


def has_any_user(session: Session) -> bool:
    return session.exec(select(User.id).limit(1)).first() is not None
