"""Subcommands of the exchange: ``baoxue export``, ``baoxue key …``, ``baoxue county …``.

Wired into :func:`app.cli.build_parser` with ``add_exchange_parsers(sub, common, login, opens)``.
The key passphrase comes from the environment variable ``BAOXUE_KEY_PASSPHRASE`` (or a
prompt on a terminal) — never from a command-line argument.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path

from app.cli import common as cli_common
from app.errors import BaoxueError, ValidationError
from app.exchange.keys import ENV_PASSPHRASE

ENV_OLD_PASSPHRASE = "BAOXUE_OLD_KEY_PASSPHRASE"


def _passphrase(env: str = ENV_PASSPHRASE, prompt: str = "签名密钥口令: ", required: bool = True) -> str | None:
    value = os.environ.get(env)
    if value is None and sys.stdin is not None and sys.stdin.isatty():
        value = getpass.getpass(prompt)
    if value is None and required:
        raise BaoxueError("exchange.set_environment_variable_give_passphrase", env=env)
    return value


def _county_db(args):
    from app.exchange.county import CountyDB
    from app.paths import resolve_data_dir

    return CountyDB(args.db or (resolve_data_dir(getattr(args, "data_dir", None)) / "county.sqlite3"))


def cmd_export(args) -> int:
    from app.exchange.export import export_bundle, parse_period

    db = cli_common.open_db(args)
    actor = cli_common.login(db, args)
    passphrase = _passphrase()
    with db.transaction() as s:
        period = parse_period(args.period, s)
        r = export_bundle(s, actor, db.paths, out_dir=Path(args.out), passphrase=passphrase, period=period,
                          full_roster=args.full_roster)
    cli_common.out(r.summary)
    cli_common.out(f"文件:{r.path}")
    cli_common.out(f"SHA-256:{r.sha256}(清单 {r.manifest.name})")
    if r.key_change:
        cli_common.out("本数据包告知县里:学校已更换签名密钥。")
    return cli_common.EXIT_OK


def cmd_export_history(args) -> int:
    from app.exchange.export import export_history

    db = cli_common.open_db(args)
    actor = cli_common.login(db, args)
    with db.transaction() as s:
        rows = export_history(s, actor)
    for r in rows:
        sup = f" 替代第{r.supersedes}号" if r.supersedes else ""
        gone = f" 已被第{r.superseded_by}号替代" if r.superseded_by else ""
        got = f"  {r.receipt_label}" + (f" {r.received_on}" if r.received_on else "") if r.receipt_label else ""
        cleared = "" if r.copy_kept else "  文件副本已清理(县里已确认接收;如需再报,请重新导出该时段)"
        cli_common.out(f"{r.sequence:>5}  {r.start}–{r.end}  {r.created_at:%Y-%m-%d %H:%M}  {r.roster_mode:<7} "
                 f"{r.sha256[:16]}…{sup}{gone}{got}{cleared}")
    cli_common.out(f"共 {len(rows)} 个数据包")
    return cli_common.EXIT_OK


def cmd_key_create(args) -> int:
    from app.exchange import keys

    db = cli_common.open_db(args)
    actor = cli_common.login(db, args)
    passphrase = _passphrase(prompt="为新密钥设置口令(至少 8 个字符): ")
    with db.transaction() as s:
        keys.create_key(s, actor, db.paths, passphrase)
    with db.transaction() as s:
        cli_common.out(keys.fingerprint_sheet(s, db.paths))
    return cli_common.EXIT_OK


def cmd_key_show(args) -> int:
    from app.exchange import keys

    db = cli_common.open_db(args)
    with db.transaction() as s:
        cli_common.out(keys.fingerprint_sheet(s, db.paths))
        if args.cert:
            path = keys.export_certificate(s, db.paths, Path(args.cert))
            cli_common.out(f"证书已写入 {path}(交县教育局登记)")
    return cli_common.EXIT_OK


def cmd_key_replace(args) -> int:
    from app.exchange import keys

    db = cli_common.open_db(args)
    actor = cli_common.login(db, args)
    new = _passphrase(prompt="新密钥口令: ")
    old = _passphrase(ENV_OLD_PASSPHRASE, "旧密钥口令(用于背书新证书,不知道可直接回车): ", required=False) or None
    with db.transaction() as s:
        info = keys.replace_key(s, actor, db.paths, new, old_passphrase=old)
    with db.transaction() as s:
        cli_common.out(keys.fingerprint_sheet(s, db.paths))
    cli_common.out("旧密钥已存档。下一个数据包会告知县里" + ("(新证书已由旧密钥背书)。" if info.endorsed
                                                 else ";请把新证书交县里重新登记。"))
    return cli_common.EXIT_OK


def cmd_county_register(args) -> int:
    from app.exchange.county import check_certificates, register_certificate

    if len(args.cert) > 1 and (args.school or args.fingerprint):
        raise ValidationError("参数", "exchange.school_fingerprint_can_used_register")
    db = _county_db(args)
    files = [Path(f) for f in args.cert]
    if len(files) > 1:
        check_certificates(files)  # all or nothing: a bad file among many registers none
    for f in files:
        r = register_certificate(db, f, school_code=args.school, expected_fingerprint=args.fingerprint)
        cli_common.out(("该证书已登记过:" if r.already else "已登记:") + f"学校 {r.school_code},指纹 {r.fingerprint_grouped}({f.name})")
    return cli_common.EXIT_OK


def _county_passphrase():
    """The county key's passphrase, asked (environment, else a prompt) only when an encrypted bundle is met."""
    return lambda: _passphrase(prompt="县级密钥口令(解密加密的数据包): ", required=False)


def cmd_county_verify(args) -> int:
    from app.exchange.county import verify

    results = verify([Path(f) for f in args.files], _county_db(args), passphrase=_county_passphrase())
    for v in results:
        cli_common.out(v.message)
    return cli_common.EXIT_OK if all(v.status != "rejected" for v in results) else cli_common.EXIT_ERROR


def cmd_county_ingest(args) -> int:
    from app.exchange.county import ingest

    res = ingest([Path(f) for f in args.files], _county_db(args), passphrase=_county_passphrase())
    for v in res.verified:
        cli_common.out(v.message)
    cli_common.out(f"导入 {len(res.ingested)} 个,重复 {len(res.replays)} 个,拒绝 {len(res.rejected)} 个。")
    return cli_common.EXIT_OK if res.ok else cli_common.EXIT_ERROR


def _week(text: str):
    try:
        if ".." in text:
            a, b = text.split("..")
            return date.fromisoformat(a.strip()), date.fromisoformat(b.strip())
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"应写成 YYYY-MM-DD(该周任一天)或 YYYY-MM-DD..YYYY-MM-DD,而不是“{text}”") from None


def _date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写成 YYYY-MM-DD,而不是“{text}”") from None


def cmd_county_quarterly(args) -> int:
    from app.exchange.quarterly import quarterly_report, write_quarterly

    report = quarterly_report(_county_db(args), args.quarter, today=args.date, due_day=args.due_day)
    out = write_quarterly(report, Path(args.out))
    cli_common.out(f"{report.title}:台账学生 {len(report.children)} 人,已返校 {len(report.returned)} 人,"
             f"仍未返校 {len(report.still_out)} 人;未按月报告的学校 {len(report.not_reporting)} 所。已写入 {out}")
    for s in report.not_reporting:
        cli_common.out(f"  未报:{s.name}({s.code}){'、'.join(s.missing)}")
    return cli_common.EXIT_OK


def cmd_county_report(args) -> int:
    from app.exchange.county_views import county_view, write_county_report

    view = county_view(_county_db(args), args.week or date.today(), report_weekday=args.report_weekday,
                       transfer_days=args.transfer_days, due_day=args.due_day, today=args.date)
    out = write_county_report(view, Path(args.out))
    groups = len(view.summary.counties)
    cli_common.out(f"{view.summary.title}:{len(view.summary.rows)} 所学校" + (f"({groups} 个县区)" if groups > 1 else "")
                   + f";未报送 {len(view.silent)} 所;本周转出学生 {len(view.children_out)} 人;"
                   f"在途转学 {len(view.in_flight)} 人(超过 {view.transfer_days} 个上学日 {len(view.overdue)} 人);"
                   f"季度复核仍未返校 {len(view.quarterly.still_out)} 人。已写入 {out}")
    for s in view.silent:
        cli_common.out(f"  未报送:{s.name}({s.code}),最近 {s.last_label}")
    for t in view.overdue:
        cli_common.out(f"  人籍分离:{t.name}({t.number}){t.left_on} 转出 {t.school_name},{t.school_days} 个上学日未到任何学校")
    return cli_common.EXIT_OK


def cmd_county_key_create(args) -> int:
    from app.exchange.county_package import create_county_key

    k = create_county_key(_county_db(args), args.county, args.name,
                          _passphrase(prompt="为县级签名密钥设置口令(至少 8 个字符): "))
    cli_common.out(f"已生成县级签名密钥:{k.name}({k.county_code})\n证书指纹(SHA-256):{k.fingerprint_grouped}")
    return cli_common.EXIT_OK


def cmd_county_key_show(args) -> int:
    from app.exchange.county_package import county_certificate

    k = county_certificate(_county_db(args))
    cli_common.out(f"{k.name}({k.county_code})\n证书指纹(SHA-256):{k.fingerprint_grouped}")
    if args.cert:
        Path(args.cert).write_text(k.cert_pem, encoding="ascii")
        cli_common.out(f"证书已写入 {args.cert}(交各校登记:baoxue county-package trust)")
    return cli_common.EXIT_OK


def cmd_county_package(args) -> int:
    from app.exchange.county_package import write_packages

    written = write_packages(_county_db(args), Path(args.out), _passphrase(prompt="县级签名密钥口令: "),
                             school_code=args.school, transfer_days=args.transfer_days)
    for w in written:
        cli_common.out(f"{w.school_name}({w.school_code}):" + (
            f"第 {w.sequence} 号回执包,{w.receipts} 个数据包,{w.path}" if w.sequence else "没有新的回执,未生成"))
    cli_common.out(f"生成 {sum(1 for w in written if w.sequence)} 个回执包。")
    return cli_common.EXIT_OK


def cmd_county_package_trust(args) -> int:
    from app.exchange.receipts import register_county

    db = cli_common.open_db(args)
    actor = cli_common.login(db, args)
    with db.transaction() as s:
        c = register_county(s, actor, Path(args.cert).read_bytes(), expected_fingerprint=args.fingerprint)
    cli_common.out(("该证书已登记过:" if c.already else "已登记县级证书:") + f"{c.name}({c.county_code}),"
                   f"指纹 {c.fingerprint_grouped}")
    return cli_common.EXIT_OK


def cmd_county_package_import(args) -> int:
    from app.exchange.receipts import import_package

    db = cli_common.open_db(args)
    actor = cli_common.login(db, args)
    settings = "apply" if args.apply_settings else "decline" if args.decline_settings else "ask"
    for f in args.files:
        with db.transaction() as s:
            cli_common.out(import_package(s, actor, Path(f), settings=settings).summary)
    return cli_common.EXIT_OK


def cmd_county_package_settings(args) -> int:
    from app.exchange import county_offer

    db = cli_common.open_db(args)
    actor = cli_common.login(db, args)
    with db.transaction() as s:
        if args.apply:
            done = county_offer.apply_offer(s, actor)
            cli_common.out(f"已采用第 {done.package_sequence} 号县级回执包中县里的设置:")
        elif args.decline:
            done = county_offer.decline_offer(s, actor)
            cli_common.out(f"未采用第 {done.package_sequence} 号县级回执包中县里的设置(保留本校的设置):")
        else:
            done = county_offer.pending_offer(s)
            if done is None:
                cli_common.out("没有待确认的县里设置。")
                return cli_common.EXIT_OK
            cli_common.out(f"第 {done.package_sequence} 号县级回执包中县里的设置,确认后生效(--apply 采用,--decline 不采用):")
    for line in done.lines:
        cli_common.out(f"  {line}")
    return cli_common.EXIT_OK


def cmd_county_policy(args) -> int:
    from app import policy as policy_mod
    from app.exchange.county_settings import county_policy, set_policy

    db = _county_db(args)
    values = {}
    for item in args.set or []:
        name, sep, value = item.partition("=")
        if not sep:
            raise ValidationError("--set", "exchange.should_written_name_value_example", item=item)
        values[name.strip()] = value
    stored = set_policy(db, values, clear=tuple(args.clear or ())) if (values or args.clear) else county_policy(db)
    if not stored:
        cli_common.out("县里没有设置任何策略(各校用自己的设置)。")
    for name, value in stored.items():
        cli_common.out(f"{policy_mod.LABELS[name]}({name}):{value}")
    return cli_common.EXIT_OK


def cmd_county_holidays(args) -> int:
    from app.exchange.county_settings import county_holidays, load_holiday_file

    db = _county_db(args)
    if args.file:
        hf = load_holiday_file(db, Path(args.file), expected_year=args.year)
        cli_common.out(f"已载入 {hf.year} 年国家节假日:放假 {len(hf.holidays)} 天,调休上班 {len(hf.workdays)} 天;"
                       "此后生成的回执包都带上它,各校确认后采用")
    years = county_holidays(db)
    if not years:
        cli_common.out("县里没有载入节假日表。")
    for year, days in years.items():
        cli_common.out(f"{year} 年:放假 {sum(d.kind == 'holiday' for d in days)} 天,"
                       f"调休上班 {sum(d.kind == 'workday' for d in days)} 天")
    return cli_common.EXIT_OK


def add_exchange_parsers(sub, common: argparse.ArgumentParser, login: argparse.ArgumentParser,
                         opens: argparse.ArgumentParser) -> None:
    ex = sub.add_parser("export", parents=[common, login],
                        help=f"导出签名的县级数据包(密钥口令取自环境变量 {ENV_PASSPHRASE})")
    ex.add_argument("--period", default="this-week", metavar="this-week|YYYY-MM-DD..YYYY-MM-DD",
                    help="报告期(默认:策略规定的本期)")
    ex.add_argument("--out", required=True, metavar="DIR", help="写到哪个目录(如 U 盘)")
    ex.add_argument("--full-roster", action="store_true", help="附全部学生名单(默认只附变动)")
    ex.set_defaults(func=cmd_export)
    eh = sub.add_parser("exports", parents=[common, login], help="导出记录(数据包历史)")
    eh.set_defaults(func=cmd_export_history)

    k = sub.add_parser("key", help="数据包签名密钥:生成、查看指纹、更换")
    ks = k.add_subparsers(title="密钥命令", metavar="ACTION", required=True)
    kc = ks.add_parser("create", parents=[common, login], help=f"生成本校密钥和证书(口令取自 {ENV_PASSPHRASE})")
    kc.set_defaults(func=cmd_key_create)
    kw = ks.add_parser("show", parents=[common, opens], help="显示证书指纹登记单")
    kw.add_argument("--cert", metavar="FILE.pem", help="同时把证书写到文件,交县里登记")
    kw.set_defaults(func=cmd_key_show)
    kr = ks.add_parser("replace", parents=[common, login],
                       help=f"更换密钥(新口令取自 {ENV_PASSPHRASE},旧口令取自 {ENV_OLD_PASSPHRASE},可无)")
    kr.set_defaults(func=cmd_key_replace)

    county_db = argparse.ArgumentParser(add_help=False)
    county_db.add_argument("--db", metavar="URL", help="县级数据库:SQLite 文件或任意 SQLAlchemy URL(默认数据目录下 county.sqlite3)")
    c = sub.add_parser("county", help="县教育局:登记证书、验证、导入、周报汇总")
    cs = c.add_subparsers(title="县级命令", metavar="ACTION", required=True)
    cr = cs.add_parser("register", parents=[common, county_db], help="登记学校的签名证书")
    cr.add_argument("cert", nargs="+", metavar="CERT", help="一个或多个证书文件(一次登记全县的学校)")
    cr.add_argument("--school", metavar="CODE", help="学校标识码(默认取自证书)")
    cr.add_argument("--fingerprint", metavar="FP", help="学校登记单上的指纹,不一致则拒绝")
    cr.set_defaults(func=cmd_county_register)
    cv = cs.add_parser("verify", parents=[common, county_db], help="验证数据包(格式、签名、链条)")
    cv.add_argument("files", nargs="+", metavar="FILE")
    cv.set_defaults(func=cmd_county_verify)
    ci = cs.add_parser("ingest", parents=[common, county_db], help="验证并导入数据包(重复导入不改变任何数据)")
    ci.add_argument("files", nargs="+", metavar="FILE")
    ci.set_defaults(func=cmd_county_ingest)
    cp = cs.add_parser("report", parents=[common, county_db],
                       help="县级周汇总 .xlsx 或 .pdf:各校周报(按县区分组)、未报送学校、本期转出学生、在途转学、季度复核")
    cp.add_argument("--week", type=_week, metavar="DATE|FROM..TO", help="该周任一天(默认今天)或起止日期")
    cp.add_argument("--report-weekday", type=int, default=3, help="周报日,0=周一 … 6=周日(默认 3,周四)")
    cp.add_argument("--transfer-days", type=int, default=10, metavar="N",
                    help="转出后超过 N 个上学日仍未到任何学校即标出(人籍分离,默认 10)")
    cp.add_argument("--due-day", type=int, default=28, help="季度复核:学校月报告截止日(默认 28)")
    cp.add_argument("--date", type=_date_arg, help="季度复核:按哪一天判断哪些月份已到截止日(默认该周最后一天)")
    cp.add_argument("--out", required=True, metavar="FILE.xlsx|.pdf")
    cp.set_defaults(func=cmd_county_report)
    ck = cs.add_parser("key", help="县级签名密钥(签发给各校的回执包)")
    cks = ck.add_subparsers(title="密钥命令", metavar="ACTION", required=True)
    ckc = cks.add_parser("create", parents=[common, county_db], help=f"生成县级签名密钥和证书(口令取自 {ENV_PASSPHRASE})")
    ckc.add_argument("--county", required=True, metavar="CODE", help="县区代码(6 位)")
    ckc.add_argument("--name", required=True, help="单位名称,如 留坝县教育局")
    ckc.set_defaults(func=cmd_county_key_create)
    cksh = cks.add_parser("show", parents=[common, county_db], help="显示县级证书指纹")
    cksh.add_argument("--cert", metavar="FILE.pem", help="同时把证书写到文件,交各校登记")
    cksh.set_defaults(func=cmd_county_key_show)
    cpk = cs.add_parser("package", parents=[common, county_db],
                        help=f"为各校生成签名的回执包(已导入的数据包;口令取自 {ENV_PASSPHRASE})")
    cpk.add_argument("--out", required=True, metavar="DIR")
    cpk.add_argument("--school", metavar="CODE", help="只为这所学校生成")
    cpk.add_argument("--transfer-days", type=int, metavar="N",
                     help="转出后超过 N 个上学日仍未到任何学校即告知原学校(默认取县里的策略 transfer_confirm_days,否则 10)")
    cpk.set_defaults(func=cmd_county_package)
    cpo = cs.add_parser("policy", parents=[common, county_db],
                        help="县里决定的策略设置(随回执包发给各校,学校确认后采用)")
    cpo.add_argument("--set", action="append", metavar="NAME=VALUE",
                     help="report_rhythm=weekly|monthly|both、report_weekday=0..6、monthly_due_day=1..31、"
                          "home_visit_within_days=N、transfer_confirm_days=N;可多次")
    cpo.add_argument("--clear", action="append", metavar="NAME", help="不再由县里决定这一项")
    cpo.set_defaults(func=cmd_county_policy)
    cho = cs.add_parser("holidays", parents=[common, county_db],
                        help="载入某年的国家节假日文件(随回执包发给各校),或列出已载入的年份")
    cho.add_argument("file", nargs="?", metavar="FILE", help="节假日文件(.csv 或 .json,格式同 baoxue calendar import)")
    cho.add_argument("--year", type=int, help="文件应为哪一年")
    cho.set_defaults(func=cmd_county_holidays)
    cq = cs.add_parser("quarterly", parents=[common, county_db],
                       help="季度复核(县区一季度一复核):各校月报告台账中的学生、已返校、仍未返校、未按月报告的学校")
    cq.add_argument("--quarter", required=True, metavar="YYYYQn", help="季度,如 2026Q4")
    cq.add_argument("--date", type=_date_arg, help="按哪一天判断哪些月份已到截止日(默认今天)")
    cq.add_argument("--due-day", type=int, default=28, help="学校月报告截止日(默认 28)")
    cq.add_argument("--out", required=True, metavar="FILE.xlsx|.pdf")
    cq.set_defaults(func=cmd_county_quarterly)

    pk = sub.add_parser("county-package", help="学校:登记县级证书、导入县里的回执包")
    pks = pk.add_subparsers(title="回执包命令", metavar="ACTION", required=True)
    pkt = pks.add_parser("trust", parents=[common, login], help="登记县教育局的证书(设置时一次)")
    pkt.add_argument("cert", metavar="CERT", help="县里提供的证书文件")
    pkt.add_argument("--fingerprint", metavar="FP", help="县里登记单上的指纹,不一致则拒绝")
    pkt.set_defaults(func=cmd_county_package_trust)
    pki = pks.add_parser("import", parents=[common, login], help="导入县里的回执包(导出记录显示“已接收”)")
    pki.add_argument("files", nargs="+", metavar="FILE")
    choice = pki.add_mutually_exclusive_group()
    choice.add_argument("--apply-settings", action="store_true",
                        help="同时采用包中县里的节假日表和策略设置(与导入同一事务;策略须管理员)")
    choice.add_argument("--decline-settings", action="store_true", help="不采用包中县里的设置,保留本校的")
    pki.set_defaults(func=cmd_county_package_import)
    pks_ = pks.add_parser("settings", parents=[common, login],
                          help="查看、采用或不采用县里发来的节假日表和策略设置")
    decide = pks_.add_mutually_exclusive_group()
    decide.add_argument("--apply", action="store_true", help="采用(节假日须学籍管理员或管理员,策略须管理员)")
    decide.add_argument("--decline", action="store_true", help="不采用,保留本校的设置")
    pks_.set_defaults(func=cmd_county_package_settings)
