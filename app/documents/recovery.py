"""The recovery key sheet (数据库恢复密钥单): printed once for the principal, kept locked away from the PC.

The code opens the encrypted school database when every password is forgotten
(:func:`app.accounts.reset_with_recovery`). It is written only where the user says (a USB stick to
print from, a printer's folder), never into the data folder: a sheet beside the database would open it.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm

from app.documents.pdf import Spacer, content_width, form_table, para, styles, write_pdf
from app.errors import ValidationError
from app.paths import DataPaths

TITLE = "数据库恢复密钥单"


def _inside(folder: Path, target: Path) -> bool:
    try:
        target.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def write_recovery_sheet(out: str | os.PathLike, paths: DataPaths, *, school_name: str, school_code: str,
                         code: str, made_at: datetime | None = None) -> Path:
    """The A4 sheet with the recovery key ``code``, what it is for and how to use it; returns its path."""
    target = Path(out).expanduser()
    if _inside(paths.root, target):
        raise ValidationError("保存位置", "documents.recovery_key_sheet_cannot_saved", root=paths.root)
    made_at = made_at or datetime.now()
    st = styles()
    big = st.title.clone("bx-recovery-code", fontSize=20, leading=30)
    width = content_width()
    story = [
        para(TITLE, st.title),
        para(f"{school_name}(学校标识码 {school_code})", st.subtitle),
        Spacer(1, 4 * mm),
        para("本校的保学数据库和它的备份是加密的。忘记了所有账户的密码时,用下面的恢复密钥打开数据库,并给一个账户设置新密码。"
             "恢复密钥只显示这一次,程序里不保存它。", st.body),
        Spacer(1, 6 * mm),
        form_table([[para("恢复密钥", st.label)], [para(code, big)]], [width], header_rows=1),
        Spacer(1, 6 * mm),
        para("怎样使用", st.heading),
        para("1. 打开保学,在登录窗口点“用恢复密钥…”;\n"
             "2. 输入上面的恢复密钥(字母不分大小写,横线可以不输),选一个账户并输入两遍新密码;\n"
             "3. 用新密码登录。命令行:baoxue db recover --user 用户名(恢复密钥取自环境变量 BAOXUE_RECOVERY_KEY 或提示输入)。",
             st.body_plain),
        Spacer(1, 4 * mm),
        para("保管要求", st.heading),
        para("• 由校长锁在柜子里保管,不要和电脑、U 盘放在一起,不要拍照或存进电脑;\n"
             "• 拿到它的人可以打开全校学生的数据:丢失或泄露时,请管理员立即在保学中制作新的恢复密钥(旧的随即作废),"
             "并销毁这张单子;\n"
             "• 从备份恢复时,备份当时有效的恢复密钥和密码仍能打开那个备份。", st.body_plain),
        Spacer(1, 8 * mm),
        para(f"制作时间:{made_at:%Y-%m-%d %H:%M}      校长签收:____________", st.body_plain),
    ]
    path, _pages = write_pdf(target, story, school_name=school_name, doc_title=TITLE)
    return path


__all__ = ["TITLE", "write_recovery_sheet"]
