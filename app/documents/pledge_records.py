"""Responsibility pledges (责任书, domain.md §2 item 2, §7) without printing them: kinds, templates, numbers, returns.

What the documents page lists and records — the kinds and their placeholders, the editable templates, the
pledge numbers and the returned copies — needs no PDF: this module does not load ReportLab, so the page opens
without it (bench_foundation's "open the documents page"). The batches themselves are drawn by
:mod:`app.documents.pledges`, which the page loads when the user prints.

Kinds (the education line of the 七长 chain):

* ``bureau_principal`` — county education bureau ↔ principal (one per school);
* ``principal_teacher`` — principal ↔ class teacher (one per class with a head teacher);
* ``teacher_parent`` — school/class teacher ↔ parent: one per guardian on file, pre-filled
  with the student's name and class and the guardian's name, relation and phone.

Templates: the text is stored in ``pledge_template`` (no row = the shipped default in
``resources/templates/pledge_<kind>.txt``). Placeholders are ``{名称}``; each kind
allows the common ones plus its own (:data:`KINDS`); saving a text with an unknown
placeholder or a stray brace is refused, naming it.

Numbers: ``JZ2026-000123-7`` (kind prefix, school-year start, row id, check digit); a typed or
scanned number is read back by :func:`normalize_number`, its typing mistakes caught by the check digit.

Returns: the copy handed back is marked by typing or scanning its number
(:func:`mark_returned`, idempotent, audited). :func:`return_status` lists per class
what was printed, returned and what is still missing; a pledge reprinted for the same
person counts once (the returned copy, else the newest).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlmodel import Session, col, select

from app import audit, fields
from app.accounts import Actor, require
from app.data.document_models import Pledge, PledgeTemplate
from app.data.models import SchoolClass
from app.documents import can_print_class, require_print_class, school_context
from app.errors import NotFound, PermissionDenied, ValidationError
from app.messages import Label
from app.paths import resource

# --- kinds and placeholders ---------------------------------------------------------------

COMMON_PLACEHOLDERS: dict[str, str] = {
    "学校": "学校名称",
    "学年": "学年,如 2026-2027学年",
    "县区": "县(区)名称",
    "乡镇": "乡镇名称",
    "校长": "校长姓名",
    "教育局": "县(区)教育局",
    "乡镇政府": "乡镇人民政府",
    "巩固率目标": "巩固率目标,如 99.8%",
}


@dataclass(frozen=True)
class KindSpec:
    key: str
    label: str
    prefix: str
    party_a_label: str
    party_b_label: str
    placeholders: dict[str, str]
    sign_a: tuple[str, ...]
    sign_b: tuple[str, ...]


KINDS: dict[str, KindSpec] = {
    "teacher_parent": KindSpec(
        "teacher_parent", "家长责任书(学校—家长)", "JZ", "甲方(学校)", "乙方(家长/监护人)",
        {"学生姓名": "学生姓名", "班级": "班级", "班主任": "班主任姓名", "家长姓名": "家长(监护人)姓名",
         "关系": "与学生关系", "联系电话": "家长联系电话"},
        ("甲方(盖章):", "班主任(签字):"), ("乙方(家长/监护人)签字:", "联系电话:")),
    "principal_teacher": KindSpec(
        "principal_teacher", "班主任责任书(校长—班主任)", "JS", "甲方(学校)", "乙方(班主任)",
        {"教师姓名": "班主任姓名", "班级": "班级", "学生人数": "本班在册学生数"},
        ("甲方(盖章):", "校长(签字):"), ("乙方(班主任)签字:", "联系电话:")),
    "bureau_principal": KindSpec(
        "bureau_principal", "校长责任书(教育局—校长)", "XZ", "甲方(教育局)", "乙方(学校)",
        {"学生人数": "全校在册学生数"},
        ("甲方(盖章):", "局长(签字):"), ("乙方(盖章):", "校长(签字):")),
}
PREFIX_KIND = {k.prefix: k.key for k in KINDS.values()}

_PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")
MAX_TITLE, MAX_BODY = 60, 8000


def kind_spec(kind: str) -> KindSpec:
    spec = KINDS.get(kind)
    if spec is None:
        raise ValidationError("责任书类别", "documents.unknown_pledge_kind", kind=kind, choices=list(KINDS))
    return spec


def allowed_placeholders(kind: str) -> dict[str, str]:
    return {**COMMON_PLACEHOLDERS, **kind_spec(kind).placeholders}


def placeholders_in(text: str) -> list[str]:
    return _PLACEHOLDER_RE.findall(text or "")


def check_text(kind: str, text: str, label: str) -> None:
    """Refuse unknown placeholders (named) and unpaired braces."""
    allowed = allowed_placeholders(kind)
    unknown = []
    for name in placeholders_in(text):
        if name not in allowed and name not in unknown:
            unknown.append(name)
    if unknown:
        others = [u for u in unknown if u in _all_placeholders()]
        braced = ["{" + u + "}" for u in unknown]
        choices = ["{" + a + "}" for a in allowed]
        if others:
            raise ValidationError(label, "documents.placeholders_of_other_kind", unknown=braced, choices=choices,
                                  kind=Label("pledge_kind", kind, kind_spec(kind).label))
        raise ValidationError(label, "documents.unknown_placeholders", unknown=braced, choices=choices)
    stripped = _PLACEHOLDER_RE.sub("", text or "")
    if "{" in stripped or "}" in stripped:
        line = next(i for i, ln in enumerate((text or "").splitlines(), 1)
                    if "{" in _PLACEHOLDER_RE.sub("", ln) or "}" in _PLACEHOLDER_RE.sub("", ln))
        raise ValidationError(label, "documents.line_has_unpaired_brace_placeholder", line=line)


def _all_placeholders() -> set[str]:
    out = set(COMMON_PLACEHOLDERS)
    for k in KINDS.values():
        out |= set(k.placeholders)
    return out


def fill(text: str, values: dict[str, str]) -> str:
    """Replace ``{名称}`` by its value (unknown names are left as written)."""
    return _PLACEHOLDER_RE.sub(lambda m: str(values.get(m.group(1), m.group(0))), text)


# --- templates ----------------------------------------------------------------------------

DEFAULT_RETENTION = "99.8%"


@dataclass(frozen=True)
class TemplateInfo:
    kind: str
    label: str
    title: str
    body: str
    retention_target: str
    is_default: bool
    placeholders: dict[str, str]


def default_template(kind: str) -> tuple[str, str]:
    """(title, body) of the shipped text."""
    kind_spec(kind)
    path = resource("templates", f"pledge_{kind}.txt")
    text = path.read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    return title.strip(), body.strip("\n")


def get_template(session: Session, kind: str) -> TemplateInfo:
    spec = kind_spec(kind)
    row = session.exec(select(PledgeTemplate).where(PledgeTemplate.kind == kind)).first()
    if row is None:
        title, body = default_template(kind)
        return TemplateInfo(kind, spec.label, title, body, DEFAULT_RETENTION, True, allowed_placeholders(kind))
    return TemplateInfo(kind, spec.label, row.title, row.body, row.retention_target, False,
                        allowed_placeholders(kind))


def list_templates(session: Session) -> list[TemplateInfo]:
    return [get_template(session, k) for k in KINDS]


_TARGET_RE = re.compile(r"^\d{1,3}(\.\d{1,2})?%$")


def save_template(session: Session, actor: Actor, kind: str, *, title: str, body: str,
                  retention_target: str = DEFAULT_RETENTION) -> TemplateInfo:
    """Store the edited text of one kind; refused when a placeholder is unknown."""
    require(actor, "documents.templates")
    kind_spec(kind)
    title = fields.text(title, "责任书标题", required=True, limit=MAX_TITLE, multiline=False)
    body = fields.text(body, "责任书正文", required=True, limit=MAX_BODY)
    retention_target = unicodedata.normalize("NFKC", retention_target or "").strip()
    if not _TARGET_RE.match(retention_target) or float(retention_target[:-1]) > 100:
        raise ValidationError("巩固率目标", "documents.should_percentage_such_99_8", retention_target=retention_target)
    check_text(kind, title, "责任书标题")
    check_text(kind, body, "责任书正文")
    row = session.exec(select(PledgeTemplate).where(PledgeTemplate.kind == kind)).first()
    before = audit.snapshot(row, ["title", "body", "retention_target"]) if row else None
    if row is None:
        row = PledgeTemplate(kind=kind, title=title, body=body)
    row.title, row.body, row.retention_target = title, body, retention_target
    row.updated_by, row.updated_at = actor.user_id, datetime.now(timezone.utc)
    session.add(row)
    session.flush()
    audit.record(session, actor, "pledge_template.save", "pledge_template", row.id, before=before,
                 after=audit.snapshot(row, ["title", "body", "retention_target"]),
                 summary=f"修改{KINDS[kind].label}模板")
    return get_template(session, kind)


def reset_template(session: Session, actor: Actor, kind: str) -> TemplateInfo:
    """Back to the shipped text."""
    require(actor, "documents.templates")
    kind_spec(kind)
    row = session.exec(select(PledgeTemplate).where(PledgeTemplate.kind == kind)).first()
    if row is not None:
        before = audit.snapshot(row, ["title", "body", "retention_target"])
        session.delete(row)
        audit.record(session, actor, "pledge_template.reset", "pledge_template", row.id, before=before,
                     summary=f"{KINDS[kind].label}模板恢复为默认文本", changed_only=False)
    return get_template(session, kind)


def classes_in_scope(session: Session, actor: Actor, class_id: int | None, all_classes: bool) -> list[SchoolClass]:
    if all_classes == (class_id is not None):
        raise ValidationError("范围", "documents.name_one_class_class_id")
    if all_classes:
        require(actor, "documents.print_all")
        return list(session.exec(select(SchoolClass).where(SchoolClass.active == True)  # noqa: E712
                                 .order_by(SchoolClass.grade_level, SchoolClass.name)))
    c = session.get(SchoolClass, class_id)
    if c is None:
        raise NotFound("common.class_does_not_exist", class_id=class_id)
    require_print_class(actor, c.id, c.name)
    return [c]



# --- numbers ------------------------------------------------------------------------------

_NUMBER_RE = re.compile(r"^([A-Z]{2})(\d{4})-?(\d{6,})-?(\d)$")


def _check_digit(digits: str) -> str:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def make_number(kind: str, year: int, seq: int) -> str:
    body = f"{year:04d}{seq:06d}"
    return f"{kind_spec(kind).prefix}{year:04d}-{seq:06d}-{_check_digit(body)}"


def normalize_number(text: str) -> str:
    """The canonical form of a typed or scanned number; a typing mistake is caught by the check digit."""
    raw = unicodedata.normalize("NFKC", text or "").strip().upper().replace(" ", "").replace("—", "-")
    m = _NUMBER_RE.match(raw)
    if not m:
        raise ValidationError("责任书编号", "documents.not_pledge_number_number_looks", strip=text.strip())
    prefix, year, seq, check = m.groups()
    if prefix not in PREFIX_KIND:
        raise ValidationError("责任书编号", "documents.start_not_kind_pledge_jz", strip=text.strip(), prefix=prefix)
    if _check_digit(year + seq) != check:
        raise ValidationError("责任书编号", "documents.check_digit_does_not_match", strip=text.strip())
    return f"{prefix}{year}-{int(seq):06d}-{check}"


def school_year_start(school_year: str) -> int:
    m = re.match(r"(\d{4})", school_year)
    return int(m.group(1)) if m else date.today().year


#: the series of :func:`app.numbered_files.reserve_numbers` the pledge numbers (and row ids) are issued from
PLEDGE_SERIES = "pledge"


def number_id(number: str) -> int:
    """The row id a pledge number carries (its serial part)."""
    return int(_NUMBER_RE.match(number).group(3))


# --- returns --------------------------------------------------------------------------------

STATUS_LABELS = {"printed": "已打印,未收回", "returned": "已收回(已签字)", "returned_unsigned": "已收回(未签字)"}


@dataclass(frozen=True)
class PledgeRow:
    id: int
    number: str
    kind: str
    school_year: str
    class_id: int | None
    class_name: str
    student_id: int | None
    student_name: str
    party_b: str
    phone: str
    printed_at: datetime
    returned_on: date | None
    signed: bool

    @property
    def status(self) -> str:
        if self.returned_on is None:
            return "printed"
        return "returned" if self.signed else "returned_unsigned"

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def _row(p: Pledge, class_name: str) -> PledgeRow:
    return PledgeRow(p.id, p.number, p.kind, p.school_year, p.class_id, class_name or "", p.student_id,
                     p.student_name, p.party_b, p.party_b_phone, p.printed_at, p.returned_on, p.signed)


@dataclass(frozen=True)
class ReturnResult:
    pledge: PledgeRow
    already_returned: bool

    @property
    def message(self) -> str:
        p = self.pledge
        who = f"{p.student_name}({p.class_name})家长 {p.party_b}" if p.student_name else p.party_b
        if self.already_returned:
            return f"{p.number} 已于 {p.returned_on} 登记收回({who}),无需重复登记"
        return f"已登记收回:{p.number} {who}"


def _can_handle(actor: Actor, class_id: int | None) -> bool:
    return actor.has("documents.print_all") or (class_id is not None and can_print_class(actor, class_id))


def mark_returned(session: Session, actor: Actor, number: str, *, signed: bool = True,
                  day: date | None = None) -> ReturnResult:
    """Record that the signed copy of a pledge came back (typed or scanned number). Idempotent."""
    canonical = normalize_number(number)
    p = session.exec(select(Pledge).where(Pledge.number == canonical)).first()
    if p is None:
        raise NotFound("documents.there_no_pledge_numbered_check", canonical=canonical)
    if not _can_handle(actor, p.class_id):
        raise PermissionDenied("documents.may_not_record_can_record", canonical=canonical)
    class_name = session.get(SchoolClass, p.class_id).name if p.class_id else ""
    if p.returned_on is not None:
        if signed and not p.signed:  # the unsigned copy came back again, now signed
            before = audit.snapshot(p, ["signed"])
            p.signed = True
            session.add(p)
            audit.record(session, actor, "pledge.signed", "pledge", p.id, before=before,
                         after=audit.snapshot(p, ["signed"]), summary=f"责任书 {p.number} 补签")
            return ReturnResult(_row(p, class_name), False)
        return ReturnResult(_row(p, class_name), True)
    before = audit.snapshot(p, ["returned_on", "signed"])
    p.returned_on = day or date.today()
    p.signed = signed
    p.returned_by, p.returned_at = actor.user_id, datetime.now(timezone.utc)
    session.add(p)
    audit.record(session, actor, "pledge.return", "pledge", p.id, before=before,
                 after=audit.snapshot(p, ["returned_on", "signed"]),
                 summary=f"收回责任书 {p.number}({p.student_name or p.party_b}{'' if signed else ',未签字'})")
    return ReturnResult(_row(p, class_name), False)


def list_pledges(session: Session, actor: Actor, *, kind: str | None = None, class_id: int | None = None,
                 school_year: str | None = None, only_missing: bool = False) -> list[PledgeRow]:
    stmt = (select(Pledge, SchoolClass.name).join(SchoolClass, Pledge.class_id == SchoolClass.id, isouter=True))
    if kind:
        stmt = stmt.where(Pledge.kind == kind)
    if class_id is not None:
        stmt = stmt.where(Pledge.class_id == class_id)
    if school_year:
        stmt = stmt.where(Pledge.school_year == school_year)
    if not actor.has("documents.print_all"):
        stmt = stmt.where(col(Pledge.class_id).in_(sorted(actor.class_ids) or [-1]))
    rows = [_row(p, cn) for p, cn in session.exec(stmt.order_by(Pledge.id))]
    rows = _current(rows)
    if only_missing:
        rows = [r for r in rows if r.returned_on is None]
    return rows


def _current(rows: list[PledgeRow]) -> list[PledgeRow]:
    """One pledge per person and school year: the returned one, else the newest."""
    best: dict[tuple, PledgeRow] = {}
    for r in rows:
        key = (r.kind, r.school_year, r.student_id, r.party_b, r.class_id)
        cur = best.get(key)
        if cur is None or (cur.returned_on is None and (r.returned_on is not None or r.id > cur.id)):
            best[key] = r
    return sorted(best.values(), key=lambda r: r.id)


@dataclass(frozen=True)
class ClassReturnSummary:
    class_id: int | None
    class_name: str
    printed: int
    returned: int
    unsigned: int
    missing: tuple[PledgeRow, ...]

    @property
    def return_rate(self) -> float:
        return self.returned / self.printed if self.printed else 0.0


def return_status(session: Session, actor: Actor, *, kind: str = "teacher_parent", class_id: int | None = None,
                  school_year: str | None = None, today: date | None = None) -> list[ClassReturnSummary]:
    """Per class: pledges printed, returned, returned unsigned, and the missing ones (who, which number)."""
    kind_spec(kind)
    if class_id is not None and not _can_handle(actor, class_id):
        raise PermissionDenied("documents.may_not_see_which_pledges")
    year = school_year or school_context(session, today or date.today()).school_year
    rows = list_pledges(session, actor, kind=kind, class_id=class_id, school_year=year)
    groups: dict[int | None, list[PledgeRow]] = {}
    for r in rows:
        groups.setdefault(r.class_id, []).append(r)
    out = []
    for cid, rs in groups.items():
        out.append(ClassReturnSummary(cid, rs[0].class_name or "(全校)", len(rs),
                                      sum(1 for r in rs if r.returned_on is not None),
                                      sum(1 for r in rs if r.returned_on is not None and not r.signed),
                                      tuple(r for r in rs if r.returned_on is None)))
    return sorted(out, key=lambda x: x.class_name)


__all__ = ["COMMON_PLACEHOLDERS", "ClassReturnSummary", "KINDS", "KindSpec", "PLEDGE_SERIES", "PledgeRow",
           "ReturnResult", "STATUS_LABELS", "TemplateInfo", "allowed_placeholders", "check_text", "classes_in_scope",
           "default_template", "fill", "get_template", "kind_spec", "list_pledges", "list_templates", "make_number",
           "mark_returned", "normalize_number", "number_id", "placeholders_in", "reset_template", "return_status",
           "save_template", "school_year_start"]
