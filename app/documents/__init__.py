"""Printed documents (issue 6): responsibility pledges and the official forms, as A4 PDF.

* :mod:`app.documents.pdf` — the shipped Chinese font, styles, page template (school
  name, "第 N 页 共 M 页"), atomic output and progress/cancel.
* :mod:`app.documents.pledge_records` — pledge kinds, templates (editable, with placeholders),
  numbers and return tracking, without ReportLab;
* :mod:`app.documents.pledges` — batch printing with pledge numbers and barcodes.
* :mod:`app.documents.form_fields` — the list of official forms and what is typed on them, without
  ReportLab;
* :mod:`app.documents.forms` — home-visit record, absence report, deadline-to-return
  notice, weekly/monthly report, inspection sheet, class roll, transfer contact form,
  suspension approval form.

Only the printing modules (``pdf``, ``pledges``, ``forms``, ``ledgers``, ``recovery``) import ReportLab
(~100 ms to load): the documents page lists, records and edits with the others and loads a printing
module on the worker that prints (bench_foundation's "open the documents page").
* :mod:`app.documents.cli` — ``baoxue print …``.

Permissions (``documents.*``) are in the one table, :data:`app.access.PERMISSIONS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from app.accounts import Actor
from app.data.models import School, SchoolYear
from app.errors import NotFound, PermissionDenied

def can_print_class(actor: Actor, class_id: int | None) -> bool:
    if actor.has("documents.print_all"):
        return True
    return actor.has("documents.print_class") and class_id is not None and class_id in actor.class_ids


def require_print_class(actor: Actor, class_id: int | None, class_name: str = "该班") -> None:
    if not can_print_class(actor, class_id):
        raise PermissionDenied("documents.may_not_print_papers_can", class_name=class_name, username=actor.username)


@dataclass(frozen=True)
class SchoolContext:
    """What every document prints about the school."""

    name: str
    code: str
    county_name: str
    township: str
    address: str
    phone: str
    principal_name: str
    school_year: str

    @property
    def bureau(self) -> str:
        return f"{self.county_name}教育局" if self.county_name else "县(区)教育局"

    @property
    def township_government(self) -> str:
        return f"{self.township}人民政府" if self.township else "乡(镇)人民政府"


def school_year_name(session: Session, day: date) -> str:
    """The school year containing ``day``; else the latest one before it; else worked out from the date."""
    years = session.exec(select(SchoolYear).order_by(SchoolYear.start_date)).all()
    for y in years:
        if y.start_date <= day <= y.end_date:
            return y.name
    before = [y for y in years if y.start_date <= day]
    if before:
        return before[-1].name
    start = day.year if day.month >= 8 else day.year - 1
    return f"{start}-{start + 1}学年"


def school_context(session: Session, day: date | None = None) -> SchoolContext:
    s = session.exec(select(School).order_by(School.id)).first()
    if s is None:
        raise NotFound("documents.no_school_set_up_yet")
    return SchoolContext(s.name, s.code, s.county_name, s.township, s.address, s.phone, s.principal_name,
                         school_year_name(session, day or date.today()))


@dataclass(frozen=True)
class DocumentResult:
    """A written PDF."""

    path: Path
    pages: int
    title: str


__all__ = ["DocumentResult", "SchoolContext", "can_print_class",
           "require_print_class", "school_context", "school_year_name"]
