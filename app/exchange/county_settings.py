"""What the county decides for its schools and sends them in the county package (1.1): policy settings and the
holiday table of years the program lacks.

* :func:`set_policy` — ``baoxue county policy --set report_rhythm=monthly …``: the settings of
  :data:`app.exchange.package_format.COUNTY_POLICY` (report rhythm and due day, weekday of the weekly report, the
  home-visit deadline, the school days a transfer may stay unconfirmed), checked with the school's own rules
  (:func:`app.policy.check`) so that a school never receives a value it would refuse;
  :func:`county_policy` reads them (only the settings the county set are sent).
* :func:`load_holiday_file` — ``baoxue county holidays FILE``: one year's official holidays in the school's file
  format (:mod:`app.holidays`, every row checked, the whole file refused on any error), replacing that year;
  :func:`county_holidays` reads every year loaded.

Every package written afterwards carries them; the school applies them only when it confirms
(:mod:`app.exchange.county_offer`). Tables (revision ``c0005``): ``county_policy``, ``county_holiday``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Column, Date, DateTime, Integer, String, Table, delete, insert, select

from app import policy as policy_mod
from app.exchange import package_format as fmt
from app.exchange.county import CountyDB, county_metadata
from app.holidays import HolidayFile, read_holiday_file

policy_t = Table("county_policy", county_metadata,
                 Column("name", String(40), primary_key=True),
                 Column("value", String(20), nullable=False),
                 Column("updated_at", DateTime(timezone=True), nullable=False))
holiday_t = Table("county_holiday", county_metadata,
                  Column("day", Date, primary_key=True),
                  Column("year", Integer, nullable=False, index=True),
                  Column("kind", String(8), nullable=False),
                  Column("name", String(60), nullable=False),
                  Column("source", String(300), nullable=False),
                  Column("loaded_at", DateTime(timezone=True), nullable=False))


def _now() -> datetime:
    return datetime.now(timezone.utc)


def checked_policy(values: dict[str, str], base: policy_mod.Policy | None = None) -> policy_mod.Policy:
    """``base`` (default: the program's defaults) with the county's ``values``, checked by the school's rules."""
    return policy_mod.check(replace(base or policy_mod.Policy(),
                                    **{k: fmt.policy_value(k, v) for k, v in values.items()}))


def county_policy(db: CountyDB) -> dict[str, str]:
    with db.engine.connect() as c:
        return dict(c.execute(select(policy_t.c.name, policy_t.c.value)).all())


def set_policy(db: CountyDB, values: dict[str, str], *, clear: tuple[str, ...] = ()) -> dict[str, str]:
    """Set (or ``clear``) county policy settings; all checked together before any is stored."""
    for name in clear:
        fmt.policy_value(name, "0")  # an unknown name is refused
    current = county_policy(db)
    new = {k: v for k, v in {**current, **{k: str(v).strip() for k, v in values.items()}}.items() if k not in clear}
    checked = checked_policy(new)
    stored = {k: str(getattr(checked, k)) for k in new}
    with db.engine.begin() as c:
        c.execute(delete(policy_t))
        if stored:
            c.execute(insert(policy_t), [{"name": k, "value": v, "updated_at": _now()} for k, v in stored.items()])
    return stored


def load_holiday_file(db: CountyDB, path: str | Path, *, expected_year: int | None = None) -> HolidayFile:
    """Check one year's holiday file and store it in place of that year's earlier one."""
    hf = read_holiday_file(path, expected_year=expected_year)
    source = f"{hf.name} sha256:{hf.sha256[:16]}"
    with db.engine.begin() as c:
        c.execute(delete(holiday_t).where(holiday_t.c.year == hf.year))
        c.execute(insert(holiday_t), [{"day": d.day, "year": hf.year, "kind": d.kind, "name": d.name[:60],
                                       "source": source, "loaded_at": _now()} for d in hf.days])
    return hf


def county_holidays(db: CountyDB) -> dict[int, list[fmt.HolidayDay]]:
    out: dict[int, list[fmt.HolidayDay]] = {}
    with db.engine.connect() as c:
        for r in c.execute(select(holiday_t).order_by(holiday_t.c.day)):
            out.setdefault(r.year, []).append(fmt.HolidayDay(r.day, r.kind, r.name))
    return out
