"""The ``baoxue`` command: the GUI by default, and subcommands for scripted work.

Every subcommand calls the same services as the windows. Commands that change
data log in like the GUI: ``--user NAME`` with the password from the
``BAOXUE_PASSWORD`` environment variable or a prompt (never an argument).
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from datetime import date
from pathlib import Path
from typing import Callable

from app import __version__
from app.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    data_paths,
    error_line,
    login,
    open_db,
    out,
    password,
    progress_printer,
    set_language,
)
from app.errors import BaoxueError, ValidationError
from app.paths import DataPaths, demo_data_dir, resolve_data_dir


def ensure_streams() -> None:
    """Give ``sys.stdout``/``sys.stderr`` a home when the program has none.

    A windowed Windows program (PyInstaller ``console=False``, ``pythonw``) starts with both set
    to ``None``: every ``write`` would raise. They go to ``console.log`` in the user's log folder
    (or nowhere, when even that cannot be opened), so messages are kept for a problem report.
    """
    if sys.stdout is not None and sys.stderr is not None:
        return
    stream = None
    try:
        from app.paths import log_dir

        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stream = open(folder / "console.log", "a", encoding="utf-8", errors="replace", buffering=1)
    except OSError:
        stream = open(os.devnull, "w", encoding="utf-8")
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream


# --- subcommands ------------------------------------------------------------------


def cmd_gui(args) -> int:
    from app import qt_libs

    libs = qt_libs.check()
    if not libs.ok:  # say what is missing instead of Qt's "Could not load the Qt platform plugin xcb"
        sys.stderr.write(qt_libs.message(libs))
        return EXIT_ERROR
    from app.ui.app import main_gui

    code = main_gui(args.data_dir, args.lang, demo=getattr(args, "demo", False),
                    smoke_exit_ms=getattr(args, "smoke_exit_after_ms", None), county=getattr(args, "county", None))
    # Everything is saved and the database closed by now. PySide6 can crash while the interpreter
    # tears down the last Qt objects after a long session (a refcount bug in the binding), which
    # Windows would show as an error dialog: leave without that teardown.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def cmd_demo(args) -> int:
    from app.demo import build_demo
    from app.instance_lock import lock_folder

    root = Path(args.data_dir).expanduser().resolve() if args.data_dir else demo_data_dir()
    lock_folder(root)  # --replace on a demo school open in a window would pull it from under it
    info = build_demo(DataPaths(root), students=args.students, seed=args.seed, replace=args.replace,
                      progress=progress_printer("正在生成演示学校"))
    out(f"演示学校已生成:{info.school_name}({info.students} 名学生,{info.classes} 个班级,{info.staff} 名教职工)")
    out(f"数据目录:{info.data_dir}")
    out("演示账户(密码均为下列密码):")
    for username, roles, secret in info.accounts[:8]:
        out(f"  {username:<16} {roles:<16} 密码 {secret}")
    if len(info.accounts) > 8:
        out(f"  ……另有 {len(info.accounts) - 8} 个教师账户,密码相同")
    from app.exchange.keys import DEMO_KEY_PASSPHRASE

    out(f"数据包签名密钥口令:{DEMO_KEY_PASSPHRASE}(导出时设置环境变量 BAOXUE_KEY_PASSPHRASE)")
    out(f"打开:baoxue --data-dir \"{info.data_dir}\"")
    return EXIT_OK


def cmd_roster_template(args) -> int:
    from app.students.roster_export import write_template

    write_template(Path(args.file))
    out(f"已写入名册模板:{args.file}")
    return EXIT_OK


def cmd_roster_import(args) -> int:
    from app.students.roster_import import import_roster

    db = open_db(args)
    actor = login(db, args)
    mapping = _column_choices(args.map) if args.map else None
    plan, result = import_roster(db, actor, Path(args.file), dry_run=args.dry_run, mapping=mapping,
                                 progress=progress_printer("正在检查名册"))
    for u in plan.columns:
        if u.ignored or u.source not in ("template",):
            out(f"列:{u}")
    for w in plan.warnings:
        out(f"提示:{w}")
    if plan.errors:
        out(f"发现 {len(plan.errors)} 处错误({len({e.row for e in plan.errors})} 行),未导入任何数据:")
        for e in plan.errors:
            out(f"  第 {e.row} 行  [{e.column}]  {e.value!s:<20}  {e.reason}")
        return EXIT_ERROR
    out(f"共 {plan.total_rows} 行:新增 {len(plan.creates)},更新 {len(plan.updates)},无变化 {len(plan.unchanged)},"
         f"新建班级 {len(plan.new_classes)}")
    if args.dry_run:
        out("试运行(--dry-run):没有写入数据库。")
    elif result is not None:
        out(f"已导入:新增 {result.created},更新 {result.updated}。")
    return EXIT_OK


def _column_choices(items: list[str]) -> dict[str, str | None]:
    """``--map 列名=模板列`` (``列名=`` or ``列名=-``: not imported) → the import's column mapping."""
    out: dict[str, str | None] = {}
    for item in items:
        header, sep, target = item.partition("=")
        if not sep or not header.strip():
            raise ValidationError("--map", "cli.should_written_column_template_column", item=item)
        target = target.strip()
        out[header.strip()] = None if target in ("", "-", "不导入") else target
    return out


def cmd_roster_export(args) -> int:
    from app.students.roster_export import export_roster

    db = open_db(args)
    actor = login(db, args)
    with db.transaction() as s:
        n = export_roster(s, actor, Path(args.file))
    out(f"已导出 {n} 名学生到 {args.file}")
    return EXIT_OK


def cmd_db_check(args) -> int:
    from app import accounts, audit, field_check
    from app.data.db import check_database

    db = open_db(args, lock=False)
    r = check_database(db)
    out(f"数据库:{db.paths.database}")
    out(f"完整性检查:{r.integrity}")
    out(f"结构版本:{r.revision}(本程序最新 {r.head})")
    out(f"外键错误:{r.foreign_key_errors}")
    chain, problems, stored = None, [], []
    if r.integrity == "ok" and r.revision == r.head:
        with db.session() as s:
            chain = audit.verify_chain(s)
            if not chain.problem:
                problems = accounts.check_accounts(s)
            stored = field_check.stored_problems(s)
        out(f"操作日志:{chain.text}")
        for p in problems:
            out(f"账户:{p}")
        out(f"填写规则:{'所有内容都符合' if not stored else f'{len(stored)} 处内容不符合现在的填写规则'}")
        for p in stored:
            out(f"  {p.message}")
    ok = r.ok and chain is not None and chain.ok and not problems
    if ok and stored:
        out("结论:数据库正常,但上面列出的内容是旧版本保存的、不符合现在的填写规则,导出数据包和名册前"
            "请在学生信息(或学校、班级、教职工设置)中逐条改正")
        return EXIT_ERROR
    out("结论:正常" if ok else "结论:有问题。请从 backups 目录中的备份恢复(baoxue db restore 备份文件,"
        "或在窗口中选 文件 → 从备份恢复…),或联系技术支持")
    return EXIT_OK if ok else EXIT_ERROR


def cmd_db_backup(args) -> int:
    from app.backup import create_backup

    db = open_db(args, lock=False)  # safe beside a running window: the database is read with SQLite's backup API
    db.close()  # its key stays known to this process: the backup's copy is encrypted with it
    info = create_backup(db.paths, Path(args.file).expanduser().resolve())
    out(f"已备份到 {info.path}({info.path.stat().st_size / 1e6:.1f} MB,已核对每个文件的校验值)")
    for line in info.summary_lines():
        out(f"  {line}")
    return EXIT_OK


def cmd_db_verify_backup(args) -> int:
    from app.backup import read_backup

    info = read_backup(Path(args.file).expanduser())
    out(f"备份文件:{info.path}")
    for line in info.summary_lines():
        out(f"  {line}")
    out("结论:完整(每个文件都与备份清单的校验值相符)" if info.kind == "full" else "结论:数据库完整")
    return EXIT_OK


def _confirmed(question: str) -> bool:
    if sys.stdin is None or not sys.stdin.isatty():
        raise BaoxueError("cli.restore_replaces_all_current_data")
    sys.stdout.write(question + " [y/N] ")
    sys.stdout.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes", "是")


def cmd_db_restore(args) -> int:
    from app.backup import (
        check_restorable,
        read_backup,
        restore_backup,
        restore_warnings,
    )

    paths = data_paths(args)
    credentials = None
    if args.user:  # the current database opened first (its key: the copy kept before the restore is encrypted)
        credentials = (args.user, password(args))
        try:
            open_db(args).close()
        except BaoxueError as exc:
            out(f"注意:当前数据库没有打开({exc});恢复前它的文件会原样保存。")
    info = read_backup(Path(args.file).expanduser())
    current = check_restorable(info, paths)
    out(f"备份文件:{info.path}")
    for line in info.summary_lines():
        out(f"  {line}")
    if current.school is not None:
        out(f"将替换数据目录 {paths.root} 中 {current.school.name} 的当前数据;当前数据会先备份到 {paths.backups}。")
    elif current.error:
        out(f"数据目录 {paths.root} 中的数据库无法读取({current.error});它的文件会原样保存在 {paths.backups}。")
    for warning in restore_warnings(info, current):
        out(f"注意:{warning}")
    if not args.yes and not _confirmed("确定要恢复这个备份吗?"):
        out("没有恢复,数据没有改动。")
        return EXIT_ERROR
    result = restore_backup(paths, info.path, expected=info, credentials=credentials)
    out(f"已从 {info.path.name} 恢复到 {paths.root}。")
    if result.kept:
        out(f"恢复前的数据已备份为 {result.kept}(需要时可以用它恢复回去)。")
    if result.kept_files:
        out(f"恢复前的文件原样保存在 {result.kept_files}。")
    if result.migrated_from:
        out(f"备份的数据库结构版本 {result.migrated_from} 较旧,已升级到本程序的版本。")
    return EXIT_OK


def cmd_db_encrypt(args) -> int:
    from app.data.db import database_state, encrypt_database, plain_backups
    from app.instance_lock import lock_folder

    paths = data_paths(args)
    lock_folder(paths.root)
    state = database_state(paths)
    if state == "new":
        out(f"数据目录 {paths.root} 里还没有数据库;新建的数据库一开始就是加密的。")
        return EXIT_OK
    if state == "plain":
        result = encrypt_database(paths)
        out(f"已加密数据库 {paths.database}(SQLCipher,AES-256)。加密前的副本:{result.backup}")
        out("每个启用的账户仍用原来的密码登录。请管理员或校长登录后制作恢复密钥:baoxue db recovery-key --user 用户名 --out 文件.pdf")
    else:
        out(f"数据库 {paths.database} 已经是加密的。")
    left = plain_backups(paths)
    if left and args.delete_plain_backups:
        db = open_db(args)  # who deletes them logs in (and the encrypted database is proven to open first)
        actor = login(db, args)
        db.close()
        for p in left:
            p.unlink()
        out(f"{actor.username} 删除了 {len(left)} 个未加密的旧备份。")
    elif left:
        out(f"backups 目录中还有 {len(left)} 个未加密的备份(旧版本或加密前留下的),丢了电脑时它们会泄露数据:")
        for p in left:
            out(f"  {p}")
        out("确认加密后的数据库能正常打开后,请删除它们:baoxue db encrypt --delete-plain-backups --user 用户名")
    return EXIT_OK


def _new_password(args) -> str:
    value = os.environ.get("BAOXUE_NEW_PASSWORD")
    if value is not None:
        return value
    first = password(args, "新密码", env="_BAOXUE_NEW_1")
    if password(args, "再输入一遍新密码", env="_BAOXUE_NEW_2") != first:
        raise ValidationError("新密码", "cli.two_entries_do_not_match")
    return first


def cmd_db_recover(args) -> int:
    from app.accounts import reset_with_recovery
    from app.data.db import unlock_with_recovery
    from app.instance_lock import lock_folder

    paths = data_paths(args)
    lock_folder(paths.root)
    code = password(args, "恢复密钥(打印的恢复密钥单上,每 4 个一组)", env="BAOXUE_RECOVERY_KEY")
    db = unlock_with_recovery(paths, code)
    try:
        new = _new_password(args)
        with db.transaction() as s:
            info = reset_with_recovery(s, code, args.user, new)
    finally:
        db.close()
    out(f"已用恢复密钥重设账户 {info.username} 的密码,请用新密码登录。恢复密钥仍然有效;如果它可能被别人看到过,"
        f"请登录后制作新的:baoxue db recovery-key --user {info.username} --out 文件.pdf")
    return EXIT_OK


def cmd_db_recovery_key(args) -> int:
    from app.accounts import make_recovery_key
    from app.documents.recovery import write_recovery_sheet
    from app.school import get_school

    db = open_db(args)
    actor = login(db, args)
    target = Path(args.out).expanduser().resolve()
    with db.transaction() as s:
        school = get_school(s)
        code = make_recovery_key(s, actor)
    db.close()
    path = write_recovery_sheet(target, db.paths, school_name=school.name, school_code=school.code, code=code)
    out(f"新的恢复密钥(之前的已作废):{code}")
    out(f"恢复密钥单:{path} —— 打印后交校长锁好保管,然后删除这个文件。")
    return EXIT_OK


def cmd_students(args) -> int:
    from app import students

    db = open_db(args)
    actor = login(db, args)
    with db.transaction() as s:
        rows = students.search(s, actor, args.query or "", limit=args.limit)
    if args.json:
        out(json.dumps([{"id": r.id, "name": r.name, "class": r.class_name, "student_number": r.student_number,
                          "status": r.status, "focus": list(r.focus)} for r in rows], ensure_ascii=False, indent=1))
    else:
        for r in rows:
            out(f"{r.id:>6}  {r.name:<6} {r.sex_label}  {r.class_name:<12} {r.student_number}  {r.status_label}"
                 f"  {r.focus_label}")
        out(f"共 {len(rows)} 名")
    return EXIT_OK


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写成 YYYY-MM-DD,而不是“{text}”") from None


def cmd_alerts(args) -> int:
    from app import cases, school_calendar
    from app.attendance import alerts

    db = open_db(args)
    actor = login(db, args)
    day = args.date or date.today()
    with db.transaction() as s:
        alerts.recompute_all(s, day, actor=actor)  # days may have passed since the program last ran
        rows = cases.alerts_report(s, actor, day)
        warning = school_calendar.calendar_warning(s, day)
    if warning is not None:
        text = f"注意:{warning.message}\n      {warning.action}"
        if args.json:
            sys.stderr.write(text + "\n")  # stdout stays the JSON list
        else:
            out(text + "\n")
    out(cases.report_json(rows) if args.json else cases.format_alerts_report(rows, day))
    return EXIT_OK


def cmd_calendar_import(args) -> int:
    from app import holidays, school_calendar

    db = open_db(args)
    actor = login(db, args)
    with db.transaction() as s:
        preview = holidays.import_holiday_file(s, actor, Path(args.file), dry_run=args.dry_run,
                                               expected_year=args.year)
        warning = school_calendar.calendar_warning(s)
    out(("检查通过(未写入):" if args.dry_run else "已载入:") + preview.summary())
    for line in preview.differences[:20]:
        out(f"  {line}")
    if not args.dry_run:
        out("缺勤预警已按新的校历重新计算。")
    if warning is not None:
        out(f"仍缺:{warning.message}")
    return EXIT_OK


def cmd_calendar_status(args) -> int:
    from app import holidays, school_calendar

    db = open_db(args)
    with db.transaction() as s:
        cal = school_calendar.load_calendar(s)
        loaded = holidays.loaded_years(s)
        warning = school_calendar.coverage_warning(cal, args.date or date.today())
    first, last = school_calendar.national_data_years()
    out(f"内置国家节假日表(chinesecalendar):{first}–{last} 年")
    for y in loaded:
        out(f"已载入文件:{y.year} 年,放假 {y.holidays} 天,调休上班 {y.workdays} 天({y.source})")
    if warning is None:
        out("当前学期和下一学期的节假日安排都已知。")
    else:
        out(f"注意:{warning.message}\n      {warning.action}")
    return EXIT_OK


def cmd_weekly(args) -> int:
    from sqlmodel import select

    from app import weekly
    from app.data.models import Student

    db = open_db(args)
    actor = login(db, args)
    day = args.date or date.today()
    with db.transaction() as s:
        report = weekly.report_for(s, actor, day)
        ids = {i for f in report.figures for i in f.student_ids}
        names = {i: n for i, n in s.exec(select(Student.id, Student.name).where(Student.id.in_(ids))).all()} if ids else {}
    if args.json:
        out(json.dumps(report.as_dict(), ensure_ascii=False, indent=1, default=str))
    else:
        out(weekly.format_report(report, names))
    return EXIT_OK


def cmd_monthly(args) -> int:
    from app import monthly

    db = open_db(args)
    actor = login(db, args)
    day = args.date or date.today()
    month = args.month or f"{day:%Y-%m}"
    with db.transaction() as s:
        report = monthly.build_report(s, actor, month, today=day)
    out(monthly.report_json(report) if args.json else monthly.format_report(report))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", help="数据目录(默认:用户数据目录,或环境变量 BAOXUE_DATA_DIR)")
    login = argparse.ArgumentParser(add_help=False)
    login.add_argument("--user", required=True, help="登录用户名(密码取自环境变量 BAOXUE_PASSWORD 或提示输入)")
    opens = argparse.ArgumentParser(add_help=False)  # commands without an account's rights that still open the database
    opens.add_argument("--user", help="加密的数据库:用这个账户的密码打开(密码取自环境变量 BAOXUE_PASSWORD 或提示输入)")

    p = argparse.ArgumentParser(prog="baoxue", parents=[common],
                                description="保学 Baoxue:控辍保学学校端(离线)。不带子命令时打开图形界面。")
    p.add_argument("--version", action="version", version=f"baoxue {__version__}")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="界面和错误消息的语言(默认中文;命令行也可用环境变量 BAOXUE_LANG)")
    p.add_argument("--demo", action="store_true", help="打开演示学校(没有时先生成)")
    p.add_argument("--county", metavar="URL", help="打开县级数据(SQLite 文件或 PostgreSQL URL):县级周汇总和跨校视图")
    p.add_argument("--smoke-exit-after-ms", type=int, help=argparse.SUPPRESS)  # installer/smoke.py
    p.set_defaults(func=cmd_gui)
    sub = p.add_subparsers(title="子命令", metavar="COMMAND")

    g = sub.add_parser("gui", parents=[common], help="打开图形界面(默认)")
    g.add_argument("--lang", choices=["zh_CN", "en"])
    g.add_argument("--demo", action="store_true")
    g.add_argument("--county", metavar="URL")
    g.add_argument("--smoke-exit-after-ms", type=int, help=argparse.SUPPRESS)
    g.set_defaults(func=cmd_gui)

    d = sub.add_parser("demo", parents=[common], help="生成演示学校(单独的数据目录,不会与真实数据混在一起)")
    d.add_argument("--students", type=int, default=600, help="学生人数(默认 600)")
    d.add_argument("--seed", type=int, default=2026, help="随机种子(相同种子生成相同学校)")
    d.add_argument("--replace", action="store_true", help="替换已有的演示学校")
    d.set_defaults(func=cmd_demo)

    r = sub.add_parser("roster", help="名册:模板、导入、导出")
    rs = r.add_subparsers(title="名册命令", metavar="ACTION", required=True)
    t = rs.add_parser("template", help="写出名册模板 .xlsx")
    t.add_argument("file", metavar="FILE.xlsx")
    t.set_defaults(func=cmd_roster_template)
    i = rs.add_parser("import", parents=[common, login], help="导入名册(.xlsx、.xls 或 .csv,UTF-8/GBK;也可以是全国学籍系统导出的学生基本信息);全部成功或全部不导入")
    i.add_argument("file", metavar="FILE")
    i.add_argument("--dry-run", action="store_true", help="只检查,列出每一处错误,不写入")
    i.add_argument("--map", action="append", metavar="列名=模板列", default=[],
                   help="说明文件中某一列是模板的哪一列(如 --map 家长手机=监护人1电话;不导入:--map 列名=);"
                        "导入成功后,表头相同的文件会按同样的选择导入")
    i.set_defaults(func=cmd_roster_import)
    e = rs.add_parser("export", parents=[common, login], help="导出名册 .xlsx")
    e.add_argument("file", metavar="FILE.xlsx")
    e.set_defaults(func=cmd_roster_export)

    st = sub.add_parser("students", parents=[common, login], help="查找学生(姓名、拼音首字母、身份证号、学籍号、班级)")
    st.add_argument("query", nargs="?", default="")
    st.add_argument("--limit", type=int, default=50)
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_students)

    al = sub.add_parser("alerts", parents=[common, login], help="列出未结的缺勤预警和个案(到期、逾期的步骤)")
    al.add_argument("--date", type=_day, help="按哪一天计算(默认今天),YYYY-MM-DD")
    al.add_argument("--json", action="store_true")
    al.set_defaults(func=cmd_alerts)

    cal = sub.add_parser("calendar", help="校历:载入国家节假日文件,查看哪些年份已知")
    cals = cal.add_subparsers(title="校历命令", metavar="ACTION", required=True)
    ci = cals.add_parser("import", parents=[common, login],
                         help="载入一年的国家法定节假日和调休上班日(CSV 或 JSON,格式见 README);全部成功或全部不载入")
    ci.add_argument("file", metavar="FILE")
    ci.add_argument("--dry-run", action="store_true", help="只检查并列出与现有安排的不同,不写入")
    ci.add_argument("--year", type=int, help="要载入的年份(文件必须是这一年的)")
    ci.set_defaults(func=cmd_calendar_import)
    cs = cals.add_parser("status", parents=[common, opens], help="哪些年份的节假日已知,当前和下一学期缺哪一年")
    cs.add_argument("--date", type=_day, help="按哪一天判断当前学期(默认今天)")
    cs.set_defaults(func=cmd_calendar_status)

    wk = sub.add_parser("weekly", parents=[common, login], help="周报(或月报)数字:新预警、家访、疑似辍学、辍学、劝返、仍未返校")
    wk.add_argument("--date", type=_day, help="报告期内的任一天(默认今天)")
    wk.add_argument("--json", action="store_true")
    wk.set_defaults(func=cmd_weekly)

    mo = sub.add_parser("monthly", parents=[common, login],
                        help="月报告台账(2024 年起学校一月一报告):疑似辍学、辍学、劝返复学,逐个学生")
    mo.add_argument("--month", metavar="YYYY-MM", help="报告月份(默认本月)")
    mo.add_argument("--date", type=_day, help="按哪一天的情况(默认今天),YYYY-MM-DD")
    mo.add_argument("--json", action="store_true")
    mo.set_defaults(func=cmd_monthly)

    from app.documents.cli import add_print_parser
    from app.exchange.cli import add_exchange_parsers

    add_print_parser(sub, [common, login])
    add_exchange_parsers(sub, common, login, opens)

    dbp = sub.add_parser("db", help="数据库:检查、备份、恢复")
    dbs = dbp.add_subparsers(title="数据库命令", metavar="ACTION", required=True)
    c = dbs.add_parser("check", parents=[common, opens], help="完整性和结构版本检查")
    c.set_defaults(func=cmd_db_check)
    b = dbs.add_parser("backup", parents=[common, opens],
                       help="完整备份(数据库、附件、签名密钥、设置)到一个文件;窗口开着时也可以")
    b.add_argument("file", metavar="FILE", help="备份文件,例如 E:\\baoxue-备份.zip")
    b.set_defaults(func=cmd_db_backup)
    vb = dbs.add_parser("verify-backup", help="检查备份文件是否完整,并列出其中的学校、时间和数量")
    vb.add_argument("file", metavar="FILE")
    vb.set_defaults(func=cmd_db_verify_backup)
    rs = dbs.add_parser("restore", parents=[common, opens],
                        help="从备份恢复全部数据(先核对备份,当前数据先备份);须关闭保学窗口")
    rs.add_argument("file", metavar="FILE")
    rs.add_argument("--yes", action="store_true", help="不再询问,直接恢复")
    rs.set_defaults(func=cmd_db_restore)
    en = dbs.add_parser("encrypt", parents=[common, opens],
                        help="加密旧版本留下的未加密数据库(先备份;新版本第一次打开时也会自动加密)")
    en.add_argument("--delete-plain-backups", action="store_true",
                    help="删除 backups 目录中未加密的旧备份(需 --user 登录)")
    en.set_defaults(func=cmd_db_encrypt)
    rc = dbs.add_parser("recover", parents=[common],
                        help="忘记了所有密码:用打印的恢复密钥打开数据库,给一个账户设置新密码")
    rc.add_argument("--user", required=True, help="要设置新密码的账户(恢复密钥取自 BAOXUE_RECOVERY_KEY 或提示输入,"
                                                 "新密码取自 BAOXUE_NEW_PASSWORD 或提示输入两遍)")
    rc.set_defaults(func=cmd_db_recover)
    rk = dbs.add_parser("recovery-key", parents=[common, login],
                        help="制作新的恢复密钥(之前的作废)并写出恢复密钥单 PDF(校长或管理员)")
    rk.add_argument("--out", required=True, metavar="FILE.pdf", help="恢复密钥单,保存到 U 盘等数据目录以外的地方")
    rk.set_defaults(func=cmd_db_recovery_key)
    return p


def main(argv: list[str] | None = None) -> int:
    ensure_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    from app.logs import configure_logging

    configure_logging()
    log = logging.getLogger("app.cli")
    set_language(getattr(args, "lang", None))
    log.info("baoxue %s: %s", __version__, getattr(args.func, "__name__", "?").removeprefix("cmd_"))
    try:
        return args.func(args)
    except BaoxueError as exc:
        log.info("refused: %s", exc)
        sys.stderr.write(error_line(exc) + "\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("已中断\n")
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
