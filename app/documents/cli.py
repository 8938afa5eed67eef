"""``baoxue print …``: pledges, their returns, and the official forms, for registrars who script.

The integrator wires it from :func:`app.cli.build_parser`::

    from app.documents.cli import add_print_parser
    add_print_parser(sub, [common, login])

Every command logs in like the others (``--user``, password from ``BAOXUE_PASSWORD``),
runs one transaction per operation, and prints a Chinese summary. Progress of long
batches goes to stderr when it is a terminal.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.cli.common import EXIT_ERROR, EXIT_OK, error_line, login, open_db, out, progress_printer
from app.documents import forms, pledge_records, pledges
from app.documents.ledgers import print_monthly_ledgers
from app.errors import BaoxueError

KIND_ALIASES = {"parent": "teacher_parent", "teacher": "principal_teacher", "principal": "bureau_principal"}


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写成 YYYY-MM-DD,而不是“{text}”") from None


def _session(args):
    db = open_db(args)
    actor = login(db, args)
    return db, actor


def _done(result) -> int:
    out(f"已生成 {result.path}({result.pages} 页):{result.title}")
    return EXIT_OK


def cmd_pledges(args) -> int:
    db, actor = _session(args)
    kind = KIND_ALIASES[args.kind]
    with db.transaction() as s:
        r = pledges.print_pledges(s, actor, Path(args.out), kind=kind, class_id=args.class_id,
                                  all_classes=args.all, today=args.date, skip_returned=not args.reprint_returned,
                                  progress=progress_printer("正在生成责任书"))
    out(f"已生成 {r.path}:{r.count} 份责任书(每份两联,共 {r.pages} 页),编号 {r.numbers[0]} 至 {r.numbers[-1]}")
    if r.without_guardian:
        out(f"以下 {len(r.without_guardian)} 名学生没有登记监护人,未生成家长责任书,请补充后再打印:")
        for m in r.without_guardian:
            out(f"  {m.class_name}  {m.student_name}(学生编号 {m.student_id})")
    if r.classes_without_head:
        out(f"以下班级没有班主任,未生成责任书:{'、'.join(r.classes_without_head)}")
    return EXIT_OK


def cmd_preview(args) -> int:
    db, actor = _session(args)
    with db.transaction() as s:
        r = pledges.preview_template(s, actor, KIND_ALIASES[args.kind], Path(args.out), today=args.date)
    return _done(r)


def cmd_return(args) -> int:
    db, actor = _session(args)
    failed = 0
    for number in args.numbers:  # one transaction per pledge: one bad number does not undo the others
        try:
            with db.transaction() as s:
                r = pledge_records.mark_returned(s, actor, number, signed=not args.unsigned, day=args.date)
            out(r.message)
        except BaoxueError as exc:
            failed += 1
            out(error_line(exc))
    return EXIT_ERROR if failed else EXIT_OK


def cmd_missing(args) -> int:
    db, actor = _session(args)
    with db.transaction() as s:
        rows = pledge_records.return_status(s, actor, kind=KIND_ALIASES[args.kind], class_id=args.class_id,
                                     today=args.date)
    if not rows:
        out("尚未打印责任书。")
    for r in rows:
        out(f"{r.class_name}:打印 {r.printed} 份,收回 {r.returned} 份(未签字 {r.unsigned}),未收回 {len(r.missing)} 份")
        for m in r.missing:
            who = f"{m.student_name} 家长 {m.party_b}" if m.student_name else m.party_b
            out(f"  {m.number}  {who}  {m.phone}")
    return EXIT_OK


def cmd_home_visit(args) -> int:
    db, actor = _session(args)
    with db.transaction() as s:
        r = forms.print_home_visit(s, actor, Path(args.out), student_id=args.student, contact_id=args.contact,
                                   copies=args.copies, today=args.date)
    return _done(r)


def cmd_absence_report(args) -> int:
    db, actor = _session(args)
    details = forms.AbsenceReportDetails(reference=args.reference, report_date=args.date or date.today(),
                                         reason=args.reason, whereabouts=args.whereabouts,
                                         actions_taken=args.actions, next_steps=args.next_steps,
                                         reporter=args.reporter, reporter_phone=args.phone)
    with db.transaction() as s:
        r = forms.print_absence_report(s, actor, Path(args.out), args.alert, details=details, today=args.date)
    return _done(r)


def cmd_return_notice(args) -> int:
    db, actor = _session(args)
    fields = forms.ReturnNoticeFields(deadline=args.deadline, issuer=args.issuer, reference=args.reference,
                                      issued_on=args.date)
    with db.transaction() as s:
        r = forms.print_return_notice(s, actor, Path(args.out), fields=fields, student_id=args.student,
                                      alert_id=args.alert, today=args.date)
    return _done(r)


def cmd_weekly(args) -> int:
    db, actor = _session(args)
    with db.transaction() as s:
        r = forms.print_period_report(s, actor, Path(args.out), args.date or date.today(), notes=args.notes)
    return _done(r)


def cmd_monthly_ledgers(args) -> int:
    db, actor = _session(args)
    with db.transaction() as s:
        r = print_monthly_ledgers(s, actor, Path(args.out), args.month, today=args.date)
    return _done(r)


def cmd_inspection(args) -> int:
    db, actor = _session(args)
    with db.transaction() as s:
        r = forms.print_inspection_sheet(s, actor, Path(args.out), args.date or date.today(),
                                         class_id=args.class_id)
    return _done(r)


def cmd_roll(args) -> int:
    db, actor = _session(args)
    with db.transaction() as s:
        r = forms.print_class_roll(s, actor, Path(args.out), class_id=args.class_id, all_classes=args.all,
                                   today=args.date, progress=progress_printer("正在生成花名册"))
    return _done(r)


def cmd_transfer(args) -> int:
    db, actor = _session(args)
    fields = forms.TransferFields(to_school=args.to_school, to_county=args.to_county, to_grade=args.to_grade,
                                  reason=args.reason, reference=args.reference)
    with db.transaction() as s:
        r = forms.print_transfer_form(s, actor, Path(args.out), args.student, fields, today=args.date)
    return _done(r)


def cmd_suspension(args) -> int:
    db, actor = _session(args)
    fields = forms.SuspensionFields(reason=args.reason, start=args.start, end=args.end, proof=args.proof,
                                    reference=args.reference)
    with db.transaction() as s:
        r = forms.print_suspension_form(s, actor, Path(args.out), args.student, fields, today=args.date)
    return _done(r)


def add_print_parser(subparsers, common_parents: list[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add ``print`` with its actions to ``baoxue``'s subparsers; ``common_parents`` = [--data-dir, --user]."""
    p = subparsers.add_parser("print", help="打印责任书和各类表格(PDF),登记责任书收回")
    ps = p.add_subparsers(title="打印命令", metavar="WHAT", required=True)

    def action(name: str, help_text: str, func, *, out: bool = True):
        a = ps.add_parser(name, parents=common_parents, help=help_text)
        if out:
            a.add_argument("--out", required=True, metavar="FILE.pdf", help="输出文件(.pdf)")
        a.add_argument("--date", type=_day, help="按哪一天(默认今天),YYYY-MM-DD")
        a.set_defaults(func=func)
        return a

    def scope(a, required=True):
        g = a.add_mutually_exclusive_group(required=required)
        g.add_argument("--class", dest="class_id", type=int, metavar="ID", help="班级编号")
        g.add_argument("--all", action="store_true", help="全校")

    kinds = list(KIND_ALIASES)
    a = action("pledges", "打印责任书:每位监护人(或班主任、校长)一份,一式两联,带编号和条码", cmd_pledges)
    scope(a, required=False)
    a.add_argument("--kind", choices=kinds, default="parent",
                   help="parent 家长责任书(默认);teacher 校长—班主任;principal 教育局—校长")
    a.add_argument("--reprint-returned", action="store_true", help="已收回的也重新打印(默认跳过)")

    a = action("preview", "责任书模板样张(不登记编号)", cmd_preview)
    a.add_argument("--kind", choices=kinds, default="parent")

    a = action("return", "登记收回的责任书(输入或扫描编号,可多个)", cmd_return, out=False)
    a.add_argument("numbers", nargs="+", metavar="NUMBER", help="责任书编号,如 JZ2026-000123-7")
    a.add_argument("--unsigned", action="store_true", help="收回但家长未签字")

    a = action("missing", "各班责任书收回情况和未收回名单", cmd_missing, out=False)
    a.add_argument("--class", dest="class_id", type=int, metavar="ID")
    a.add_argument("--kind", choices=kinds, default="parent")

    a = action("home-visit", "学生家访记录表(空白,或按学生/家访记录填好)", cmd_home_visit)
    g = a.add_mutually_exclusive_group()
    g.add_argument("--student", type=int, metavar="ID", help="预填该学生的信息")
    g.add_argument("--contact", type=int, metavar="ID", help="按已登记的家访记录填写")
    a.add_argument("--copies", type=int, default=1, help="份数(空白表常用)")

    a = action("absence-report", "学生缺勤情况报告(报乡镇人民政府和县教育局)", cmd_absence_report)
    a.add_argument("--alert", type=int, required=True, metavar="ID", help="缺勤预警编号")
    for opt, text in (("--reference", "文号"), ("--reason", "缺勤原因"), ("--whereabouts", "学生现在何处"),
                      ("--actions", "已采取的措施"), ("--next-steps", "下一步工作"), ("--reporter", "报告人"),
                      ("--phone", "报告人电话")):
        a.add_argument(opt, default="", help=text)

    a = action("return-notice", "限期返校通知书(含回执)", cmd_return_notice)
    g = a.add_mutually_exclusive_group(required=True)
    g.add_argument("--alert", type=int, metavar="ID")
    g.add_argument("--student", type=int, metavar="ID")
    a.add_argument("--deadline", type=_day, required=True, help="返校期限 YYYY-MM-DD")
    a.add_argument("--issuer", default="", help="发文单位(默认:本乡镇人民政府)")
    a.add_argument("--reference", default="", help="文号")

    a = action("weekly", "控辍保学周报(或月报,按策略设置)", cmd_weekly)
    a.add_argument("--notes", default="", help="情况说明")

    a = action("monthly-ledgers", "月报告台账:疑似辍学、辍学、劝返复学台账(2024 年起学校一月一报告)",
               cmd_monthly_ledgers)
    a.add_argument("--month", required=True, metavar="YYYY-MM", help="报告月份,如 2026-11")

    a = action("inspection", "在校情况核查表(各班在册与实到人数)", cmd_inspection)
    a.add_argument("--class", dest="class_id", type=int, metavar="ID")

    a = action("roll", "学生花名册", cmd_roll)
    scope(a)

    a = action("transfer", "转学联系表", cmd_transfer)
    a.add_argument("--student", type=int, required=True, metavar="ID")
    a.add_argument("--to-school", required=True, help="转入学校")
    a.add_argument("--to-county", default="", help="转入地(省、市、县)")
    a.add_argument("--to-grade", default="", help="转入年级")
    a.add_argument("--reason", default="", help="转学原因")
    a.add_argument("--reference", default="", help="编号")

    a = action("suspension", "休学审批表", cmd_suspension)
    a.add_argument("--student", type=int, required=True, metavar="ID")
    a.add_argument("--reason", default="", help="休学原因")
    a.add_argument("--start", type=_day, help="休学开始 YYYY-MM-DD")
    a.add_argument("--end", type=_day, help="休学结束 YYYY-MM-DD")
    a.add_argument("--proof", default="", help="证明材料")
    a.add_argument("--reference", default="", help="编号")
    return p


__all__ = ["KIND_ALIASES", "add_print_parser"]
