"""The county's settings at the school (county package 1.1): the holiday tables and policy settings the county
sends, applied only when the school confirms.

* :func:`offer_of` — on import (:func:`app.exchange.receipts.import_package`), what of the package's settings would
  change something at the school: a holiday year whose working days differ from the table the school counts with
  (a year the program lacks, or one it has otherwise), a policy setting with another value. Each holiday year is
  checked like a holiday file (:func:`app.holidays.parse_holiday_file`), the policy with the school's own rules
  (:func:`app.policy.check`); what fails is set aside with the reason, the rest offered. The offer is kept on the
  import row (``settings_state`` ``pending``); an older pending offer is superseded.
* :func:`pending_offer` — the latest offer still waiting, with a line in Chinese per change (what the exchange page
  and ``baoxue county-package settings`` list before the school confirms).
* :func:`apply_offer` — the school confirms: every holiday year is loaded (:func:`app.holidays.load_holidays`) and
  the policy saved (:func:`app.policy.save`), each with its own audit entry and the alerts worked out again, and one
  audit entry of the decision; all in the caller's transaction (one transaction: all of it or nothing). Holidays
  need ``school.manage``, policy ``policy.edit`` (the administrator).
* :func:`decline_offer` — the school keeps its own settings (audited); the next package offers them again only if
  they changed at the county.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timezone

from sqlmodel import Session, col, select

from app import audit
from app import policy as policy_mod
from app.access import Actor, require
from app.data.receipt_models import CountyPackageImport
from app.errors import ValidationError
from app.exchange import package_format as fmt
from app.holidays import FORMAT, HolidayFile, differences, load_holidays, parse_holiday_file, year_table

PENDING, APPLIED, DECLINED, SUPERSEDED = "pending", "applied", "declined", "superseded"
RHYTHM_TEXT = {"weekly": "每周", "monthly": "每月", "both": "每周 + 每月台账"}
WEEKDAY_TEXT = "一二三四五六日"


@dataclass(frozen=True)
class Offer:
    import_id: int
    package_sequence: int
    holidays: dict[int, list[list[str]]]  # year → [[day, kind, name] …]
    policy: dict[str, str]
    lines: tuple[str, ...]  # what would change, in Chinese

    @property
    def needs(self) -> tuple[str, ...]:
        """The permissions applying it takes."""
        return tuple(p for p, wanted in (("school.manage", self.holidays), ("policy.edit", self.policy)) if wanted)


def _holiday_file(package_sequence: int, year: int, days: list) -> HolidayFile:
    """The county's table of one year, checked like a holiday file (:class:`app.holidays.HolidayFileError`)."""
    data = json.dumps({"format": FORMAT, "year": year,
                       "days": [{"date": str(d[0]), "kind": d[1], "name": d[2]} for d in days]},
                      ensure_ascii=False).encode("utf-8")
    return parse_holiday_file(data, f"县级回执包第 {package_sequence} 号({year} 年节假日)", expected_year=year)


def _value_text(name: str, value) -> str:
    if name == "report_rhythm":
        return RHYTHM_TEXT.get(value, str(value))
    if name == "report_weekday":
        return f"周{WEEKDAY_TEXT[int(value)]}" if str(value).isdigit() and int(value) < 7 else str(value)
    return str(value)


def offer_of(session: Session, p: fmt.Package, set_aside: list[str]) -> dict:
    """What of ``p``'s settings differs from the school's: ``{"holidays": {year: days}, "policy": {name: value}}``
    (empty parts left out); what cannot be used is added to ``set_aside``."""
    out: dict = {}
    years = {}
    for year, days in sorted(p.holidays.items()):
        rows = [[d.day.isoformat(), d.kind, d.name] for d in days]
        try:
            hf = _holiday_file(p.sequence, year, rows)
        except ValidationError as exc:
            set_aside.append(f"县里的 {year} 年节假日表不能采用:{exc.reason.splitlines()[0]}"
                             + (f"({exc.reason.splitlines()[1].strip()})" if len(exc.reason.splitlines()) > 1 else ""))
            continue
        if differences(year_table(session, year), hf.as_table()):
            years[str(year)] = rows
    if years:
        out["holidays"] = years
    current = policy_mod.load(session)
    try:
        typed = {k: fmt.policy_value(k, v) for k, v in p.policy.items()}
        policy_mod.check(replace(current, **typed))
    except ValidationError as exc:
        set_aside.append(f"县里的策略设置不能采用({exc.field}):{exc.reason}")
        typed = {}
    changed = {k: p.policy[k] for k, v in typed.items() if getattr(current, k) != v}
    if changed:
        out["policy"] = changed
    return out


def describe(session: Session, offered: dict) -> tuple[str, ...]:
    lines = []
    for year, rows in sorted(offered.get("holidays", {}).items()):
        table = {date.fromisoformat(d): (k, n) for d, k, n in rows}
        diffs = differences(year_table(session, int(year)), table)
        holidays = sorted({n for k, n in table.values() if k == "holiday"})
        lines.append(f"{year} 年国家节假日:放假 {sum(k == 'holiday' for k, _n in table.values())} 天,"
                     f"调休上班 {sum(k == 'workday' for k, _n in table.values())} 天({'、'.join(holidays)}),"
                     f"与本校现用的日历有 {len(diffs)} 天不同" + (f",如 {diffs[0]}" if diffs else ""))
    current = policy_mod.load(session)
    for name, value in offered.get("policy", {}).items():
        lines.append(f"{policy_mod.LABELS[name]}:{_value_text(name, getattr(current, name))} → {_value_text(name, value)}")
    return tuple(lines)


def offer(session: Session, row: CountyPackageImport, offered: dict) -> bool:
    """Keep ``offered`` on the import row as pending (an older pending offer is superseded) — unless the school
    declined the very same settings last time. Returns whether it is offered."""
    if not offered:
        return False
    last = session.exec(select(CountyPackageImport).where(col(CountyPackageImport.settings_state).in_(
        [APPLIED, DECLINED])).order_by(col(CountyPackageImport.sequence).desc())).first()
    if last is not None and last.settings_state == DECLINED and last.offered == offered:
        return False
    for old in session.exec(select(CountyPackageImport).where(CountyPackageImport.settings_state == PENDING)):
        if old.id != row.id:
            old.settings_state = SUPERSEDED
            session.add(old)
    row.offered, row.settings_state = offered, PENDING
    session.add(row)
    return True


def pending_offer(session: Session) -> Offer | None:
    row = session.exec(select(CountyPackageImport).where(CountyPackageImport.settings_state == PENDING)
                       .order_by(col(CountyPackageImport.sequence).desc())).first()
    if row is None:
        return None
    holidays = {int(y): rows for y, rows in row.offered.get("holidays", {}).items()}
    return Offer(row.id, row.sequence, holidays, dict(row.offered.get("policy", {})), describe(session, row.offered))


def _decide(session: Session, actor: Actor, state: str) -> tuple[CountyPackageImport, Offer]:
    found = pending_offer(session)
    if found is None:
        raise ValidationError("县里的设置", "exchange.there_no_county_settings_waiting")
    row = session.get(CountyPackageImport, found.import_id)
    row.settings_state, row.settings_by, row.settings_at = state, actor.user_id, datetime.now(timezone.utc)
    session.add(row)
    return row, found


def apply_offer(session: Session, actor: Actor, *, today: date | None = None) -> Offer:
    """The school confirms the county's settings waiting (see the module's text)."""
    found = pending_offer(session)
    if found is None:
        raise ValidationError("县里的设置", "exchange.there_no_county_settings_waiting")
    for permission in found.needs:
        require(actor, permission)
    row, found = _decide(session, actor, APPLIED)
    before = asdict(policy_mod.load(session))
    for year, rows in sorted(found.holidays.items()):
        load_holidays(session, actor, _holiday_file(found.package_sequence, year, rows), today=today)
    if found.policy:
        policy_mod.save(session, actor, today=today,
                        **{k: fmt.policy_value(k, v) for k, v in found.policy.items()})
    audit.record(session, actor, "exchange.county_settings", "county_package_import", row.id,
                 before={"policy": {k: before[k] for k in found.policy}},
                 after={"policy": found.policy, "holiday_years": sorted(found.holidays), "decision": APPLIED},
                 summary=f"采用第 {found.package_sequence} 号县级回执包中县里的设置:" + ";".join(found.lines))
    return found


def decline_offer(session: Session, actor: Actor) -> Offer:
    """The school keeps its own settings (audited)."""
    require(actor, "exchange.export")
    row, found = _decide(session, actor, DECLINED)
    audit.record(session, actor, "exchange.county_settings", "county_package_import", row.id,
                 after={"policy": found.policy, "holiday_years": sorted(found.holidays), "decision": DECLINED},
                 summary=f"不采用第 {found.package_sequence} 号县级回执包中县里的设置:" + ";".join(found.lines))
    return found
