"""Who may do what: roles, the one permission table, the actor every service takes.

The bottom of the house (it imports nothing of the program): every service checks the permission
it needs with :func:`require` or :meth:`Actor.has`, so a rule holds whether it is called from a
window, the command line or a test. :mod:`app.accounts` manages the users who hold the roles.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.errors import PermissionDenied
from app.messages import label, label_table, labels, msg

ROLES: dict[str, str] = {
    "teacher": "任课教师",
    "class_teacher": "班主任",
    "registrar": "学籍管理员",
    "principal": "校长",
    "admin": "系统管理员",
}

# permission → roles that hold it for the whole school
PERMISSIONS: dict[str, frozenset[str]] = {
    "student.view_all": frozenset({"registrar", "principal", "admin"}),
    "student.edit_all": frozenset({"registrar", "admin"}),
    "student.edit_own_class": frozenset({"teacher", "class_teacher"}),
    "student.create": frozenset({"registrar", "admin"}),
    "student.status": frozenset({"registrar", "admin"}),
    "roster.import": frozenset({"registrar", "admin"}),
    "roster.export": frozenset({"registrar", "principal", "admin"}),
    "audit.view": frozenset({"registrar", "principal", "admin"}),
    "account.manage": frozenset({"admin"}),
    "school.manage": frozenset({"registrar", "admin"}),
    "staff.manage": frozenset({"registrar", "principal", "admin"}),
    "policy.edit": frozenset({"admin"}),
    "settings.view": frozenset({"registrar", "principal", "admin"}),
    "mentor.manage": frozenset({"principal", "registrar", "admin"}),
    "documents.print_all": frozenset({"principal", "registrar", "admin"}),
    "documents.print_class": frozenset({"teacher", "class_teacher"}),
    "documents.templates": frozenset({"principal", "registrar", "admin"}),
    "approval.request": frozenset({"teacher", "class_teacher", "registrar", "admin"}),
    "approval.request_batch": frozenset({"registrar", "admin"}),
    "approval.decide": frozenset({"principal"}),
    "approval.decide_leave": frozenset({"class_teacher", "principal"}),
    "approval.report": frozenset({"registrar"}),
    "approval.view_all": frozenset({"registrar", "principal", "admin"}),
    "exchange.export": frozenset({"registrar", "admin"}),
    "exchange.key": frozenset({"admin"}),
    # roll call: teachers for the classes they teach or head, registrar and admin for every class
    "attendance.take": frozenset({"teacher", "class_teacher", "registrar", "admin"}),
    "attendance.take_all": frozenset({"registrar", "admin"}),
    "attendance.overview": frozenset({"principal", "registrar", "admin"}),
    "leave.manage": frozenset({"principal", "registrar", "admin"}),
    "alerts.view": frozenset({"teacher", "class_teacher", "registrar", "principal", "admin"}),
    # the case file of every child (the office), not only those of one's own classes or assigned
    "cases.work_all": frozenset({"principal", "registrar"}),
    # a backup is every record of the school: those who may take the roster out may take it
    "backup.create": frozenset({"registrar", "principal", "admin"}),
    "backup.restore": frozenset({"admin"}),
    "backup.settings": frozenset({"admin"}),
    "recovery.key": frozenset({"principal", "admin"}),
}

PERMISSION_LABELS: dict[str, str] = {
    "student.view_all": "查看全校学生",
    "student.edit_all": "编辑全校学生",
    "student.edit_own_class": "编辑本班学生",
    "student.create": "新增学生",
    "student.status": "变更学籍状态",
    "roster.import": "导入名册",
    "roster.export": "导出名册",
    "audit.view": "查看操作日志",
    "account.manage": "管理账户",
    "recovery.key": "制作数据库的恢复密钥",
    "school.manage": "管理学校、学年和班级",
    "staff.manage": "管理教职工",
    "policy.edit": "修改策略设置",
    "settings.view": "查看策略与校历",
    "mentor.manage": "管理帮扶教师安排",
    "documents.print_all": "打印全校责任书和表格",
    "documents.print_class": "打印本班责任书和表格",
    "documents.templates": "编辑责任书模板",
    "approval.request": "提出学籍变动和请假申请(本班)",
    "approval.request_batch": "提出整班毕业和新生转入申请",
    "approval.decide": "审批学籍变动和请假申请",
    "approval.decide_leave": "审批本班短期请假",
    "approval.report": "登记报县教育局及县教育局确认",
    "approval.view_all": "查看全校的申请",
    "exchange.export": "导出县级数据包",
    "exchange.key": "管理数据包签名密钥",
    "attendance.take": "点名(本班)",
    "attendance.take_all": "为全校各班点名",
    "attendance.overview": "查看全校点名情况",
    "leave.manage": "登记全校学生请假",
    "alerts.view": "查看缺勤预警",
    "cases.work_all": "处理全校学生的个案",
    "backup.create": "备份全部数据",
    "backup.restore": "从备份恢复全部数据",
    "backup.settings": "设置第二备份文件夹",
}

@dataclass(frozen=True)
class Actor:
    """Who is doing something: the logged-in user, with the classes they teach or head."""

    user_id: int | None
    username: str
    roles: frozenset[str]
    staff_id: int | None = None
    class_ids: frozenset[int] = field(default_factory=frozenset)
    display_name: str = ""

    def has(self, permission: str) -> bool:
        return bool(self.roles & PERMISSIONS.get(permission, frozenset()))

    @property
    def role_labels(self) -> str:
        return "、".join(ROLES[r] for r in ROLES if r in self.roles)


# The actor used by scripted, unattended system work (migrations, demo builder).
SYSTEM = Actor(user_id=None, username="system", roles=frozenset(ROLES))


def require(actor: Actor, permission: str) -> None:
    if not actor.has(permission):
        raise PermissionDenied("access.not_allowed", permission=label("permission", permission, PERMISSION_LABELS),
                               username=actor.username, roles=role_names(actor.roles))


def role_names(roles) -> list:
    """The roles' labels in ``ROLES`` order (a message parameter: 无 / none when there are none)."""
    return labels("role", [r for r in ROLES if r in roles], ROLES) or [msg("access.no_roles")]


def can_view_class(actor: Actor, class_id: int | None) -> bool:
    return actor.has("student.view_all") or (class_id is not None and class_id in actor.class_ids)


def can_edit_class(actor: Actor, class_id: int | None) -> bool:
    if actor.has("student.edit_all"):
        return True
    return actor.has("student.edit_own_class") and class_id is not None and class_id in actor.class_ids


def require_class_edit(actor: Actor, class_id: int | None, what=msg("access.this_student")) -> None:
    if not can_edit_class(actor, class_id):
        raise PermissionDenied("access.may_not_edit_can_edit", what=what)


def require_class_view(actor: Actor, class_id: int | None) -> None:
    if not can_view_class(actor, class_id):
        raise PermissionDenied("access.may_not_see_students_class")


def grants_table() -> str:
    """Markdown: each role and the permissions it holds (README's "Roles and permissions", kept true by a test)."""
    lines = ["| 角色 role | 权限 permissions |", "|---|---|"]
    for role, label in ROLES.items():
        held = [f"{PERMISSION_LABELS[p]} (`{p}`)" for p in PERMISSIONS if role in PERMISSIONS[p]]
        lines.append(f"| {label} `{role}` | {'; '.join(held) or '—'} |")
    return "\n".join(lines) + "\n"

label_table("role", ROLES)
