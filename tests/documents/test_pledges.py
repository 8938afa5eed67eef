"""Pledges: templates with placeholders, batch printing with numbers, return tracking."""

from __future__ import annotations

import os
from datetime import date

import pytest
from sqlmodel import func, select

from app.data.document_models import Pledge, PledgeBatch, PledgeTemplate
from app.data.models import AuditEntry
from app.documents import pledge_records, pledges
from app.documents.pdf import Cancelled
from app.errors import NotFound, PermissionDenied, ValidationError
from tests.conftest import TODAY
from tests.documents.conftest import (
    C3,
    C4,
    assert_font_embedded,
    needs_poppler,
    pdf_pages,
    pdf_text,
    run,
    squash,
)

pytestmark = needs_poppler


def count(db, model) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(model)).one()


# --- templates ---------------------------------------------------------------------------------


def test_default_templates_use_only_their_allowed_placeholders():
    for kind in pledge_records.KINDS:
        title, body = pledge_records.default_template(kind)
        pledge_records.check_text(kind, title, "标题")
        pledge_records.check_text(kind, body, "正文")
        assert "{学年}" in title
        assert "义务教育法" in body and "未成年人保护法" in body
    _, parent = pledge_records.default_template("teacher_parent")
    for name in ("{学生姓名}", "{班级}", "{家长姓名}", "{联系电话}", "{巩固率目标}"):
        assert name in parent


def test_saving_a_template_with_an_unknown_placeholder_is_refused_naming_it(school_db):
    with pytest.raises(ValidationError) as e:
        run(school_db, "boss", pledge_records.save_template, "teacher_parent", title="{学年}责任书",
            body="学生{学生姓名}的家长{家长名字}保证……")
    assert "{家长名字}" in str(e.value) and "{家长姓名}" in str(e.value)  # names it and lists the right one
    with pytest.raises(ValidationError) as e:
        run(school_db, "boss", pledge_records.save_template, "bureau_principal", title="责任书", body="家长{家长姓名}")
    assert "{家长姓名}" in str(e.value) and "不能使用" in str(e.value)
    with pytest.raises(ValidationError) as e:
        run(school_db, "boss", pledge_records.save_template, "teacher_parent", title="责任书", body="第一行\n学生{学生姓名")
    assert "第 2 行" in str(e.value)
    assert count(school_db, PledgeTemplate) == 0


def test_template_save_is_audited_and_permission_checked(school_db):
    with pytest.raises(PermissionDenied):
        run(school_db, "wang", pledge_records.save_template, "teacher_parent", title="x", body="y")
    info = run(school_db, "boss", pledge_records.save_template, "teacher_parent", title="{学年}家长承诺书",
               body="一、承诺\n我是{学生姓名}的家长{家长姓名},保证孩子不辍学。", retention_target="99.5%")
    assert not info.is_default and info.retention_target == "99.5%"
    with school_db.session() as s:
        e = s.exec(select(AuditEntry).where(AuditEntry.action == "pledge_template.save")).one()
        assert e.username == "boss" and "家长承诺书" in e.after["title"]
    with pytest.raises(ValidationError, match="巩固率目标"):
        run(school_db, "boss", pledge_records.save_template, "teacher_parent", title="x", body="y", retention_target="很高")
    back = run(school_db, "boss", pledge_records.reset_template, "teacher_parent")
    assert back.is_default


def test_preview_renders_one_sample_with_the_edited_text(school_db, tmp_path):
    out = tmp_path / "preview.pdf"
    r = run(school_db, "boss", pledges.preview_template, "teacher_parent", out,
            body="一、承诺\n{学校}学生{学生姓名}的家长{家长姓名}承诺,巩固率{巩固率目标}。", today=TODAY)
    assert r.pages == 2 == pdf_pages(out)  # two copies, one page each
    text = squash(pdf_text(out))
    assert "测试县第一小学学生张小明的家长张建国承诺，巩固率99.8%" in text
    assert "甲方留存" in text and "乙方留存" in text
    assert count(school_db, Pledge) == 0  # a preview records nothing
    assert_font_embedded(out)
    with pytest.raises(ValidationError, match="未知的占位符"):
        run(school_db, "boss", pledges.preview_template, "teacher_parent", tmp_path / "x.pdf", body="{某某}")


# --- printing --------------------------------------------------------------------------------


def test_parent_pledges_for_a_class_are_filled_numbered_and_recorded(docs, tmp_path):
    out = tmp_path / "pledges.pdf"
    r = run(docs, "wang", pledges.print_pledges, out, class_id=docs.class_ids[C3], today=TODAY)
    # 张一 (1 guardian), 李二 (2), 赵四 (1): 4 pledges, two copies each, one page per copy
    assert r.count == 4 and len(set(r.numbers)) == 4
    assert r.pages == 8 == pdf_pages(out)
    assert [m.student_name for m in r.without_guardian] == ["王三"]  # listed, not skipped silently
    assert_font_embedded(out)
    pages = [squash(pdf_text(out, page=p)) for p in range(1, 9)]
    for number in r.numbers:
        both = [p for p in pages if number in p]
        assert len(both) == 2 and "甲方留存" in both[0] and "乙方留存" in both[1]
    li = [p for p in pages if "周秀英" in p]
    assert len(li) == 2
    assert "李二" in li[0] and "三年级（1）班" in li[0] and "13700002222" in li[0] and "母亲" in li[0]
    assert "2026-2027学年控辍保学家长（监护人）责任书" in li[0]
    assert "测试县第一小学" in li[0] and "王老师" in li[0]
    assert "第1页共8页" in pages[0] and "第8页共8页" in pages[7]
    assert not any("{" in p for p in pages)  # every placeholder filled
    with docs.session() as s:
        rows = s.exec(select(Pledge).order_by(Pledge.id)).all()
        assert [p.number for p in rows] == list(r.numbers)
        assert {p.party_b for p in rows} == {"张大山", "李建国", "周秀英", "赵奶奶"}
        assert all(p.returned_on is None and p.school_year == "2026-2027学年" for p in rows)
        batch = s.get(PledgeBatch, r.batch_id)
        assert batch.count == 4 and batch.created_by == docs.actors["wang"].user_id
        e = s.exec(select(AuditEntry).where(AuditEntry.action == "pledge.print")).one()
        assert e.after["count"] == 4 and e.after["without_guardian"] == [docs.ids["王三"]]


def test_whole_school_needs_the_office_and_covers_every_class(docs, tmp_path):
    with pytest.raises(PermissionDenied):
        run(docs, "wang", pledges.print_pledges, tmp_path / "a.pdf", all_classes=True, today=TODAY)
    with pytest.raises(PermissionDenied):  # not her class
        run(docs, "wang", pledges.print_pledges, tmp_path / "a.pdf", class_id=docs.class_ids[C4], today=TODAY)
    r = run(docs, "reg", pledges.print_pledges, tmp_path / "all.pdf", all_classes=True, today=TODAY)
    assert r.count == 6 and r.pages == 12
    text = squash(pdf_text(tmp_path / "all.pdf"))
    assert "陈五" in text and "刘六" in text and "四年级（1）班" in text
    assert not (tmp_path / "a.pdf").exists()


def test_teacher_and_bureau_pledges(docs, tmp_path):
    r = run(docs, "boss", pledges.print_pledges, tmp_path / "t.pdf", kind="principal_teacher", all_classes=True,
            today=TODAY)
    assert r.count == 2 and all(n.startswith("JS2026-") for n in r.numbers)
    text = squash(pdf_text(tmp_path / "t.pdf"))
    assert "乙方（班主任）：王老师" in text and "乙方（班主任）：李老师" in text
    assert "三年级（1）班在册学生4名" in text
    r = run(docs, "boss", pledges.print_pledges, tmp_path / "b.pdf", kind="bureau_principal", today=TODAY)
    assert r.count == 1 and r.pages == 2
    text = squash(pdf_text(tmp_path / "b.pdf"))
    assert "甲方（教育局）：留坝县教育局" in text and "在册学生6名" in text and "马道镇人民政府" in text


def test_a_class_whose_students_have_no_guardian_is_refused_with_their_names(docs, tmp_path):
    from app import students

    with docs.transaction() as s:
        for name in ("张一", "李二", "赵四"):
            inp = students.input_of(s, docs.actors["admin"], docs.ids[name])
            inp.guardians = []
            students.update_student(s, docs.actors["admin"], docs.ids[name], inp, today=TODAY)
    with pytest.raises(ValidationError) as e:
        run(docs, "wang", pledges.print_pledges, tmp_path / "x.pdf", class_id=docs.class_ids[C3], today=TODAY)
    for name in ("张一", "李二", "王三", "赵四"):
        assert name in str(e.value)
    assert not (tmp_path / "x.pdf").exists() and count(docs, Pledge) == 0


def test_cancel_leaves_no_file_no_numbers(docs, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "cancel.pdf"
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 2

    with pytest.raises(Cancelled):
        run(docs, "reg", pledges.print_pledges, out, all_classes=True, today=TODAY, progress=progress)
    assert seen == [(1, 6), (2, 6)]
    assert not out.exists() and os.listdir(folder) == []  # no half file, no temp file
    assert count(docs, Pledge) == 0 and count(docs, PledgeBatch) == 0
    ok = []
    r = run(docs, "reg", pledges.print_pledges, out, all_classes=True, today=TODAY,
            progress=lambda d, t: ok.append(d) or True)
    assert ok == [1, 2, 3, 4, 5, 6] and r.count == 6 and out.exists()


def test_unwritable_output_gives_a_clear_message(docs, tmp_path, monkeypatch):
    with pytest.raises(ValidationError, match="不存在"):
        run(docs, "reg", pledges.print_pledges, tmp_path / "nope" / "x.pdf", all_classes=True, today=TODAY)
    with pytest.raises(ValidationError, match="文件夹"):
        run(docs, "reg", pledges.print_pledges, tmp_path, all_classes=True, today=TODAY)
    with pytest.raises(ValidationError, match=r"\.pdf 结尾"):
        run(docs, "reg", pledges.print_pledges, tmp_path / "x.docx", all_classes=True, today=TODAY)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # running as root: simulate what a read-only USB stick does
            import app.documents.pdf as pdf

            def denied(*a, **k):
                raise PermissionError(13, "Permission denied")

            monkeypatch.setattr(pdf, "open", denied, raising=False)
        with pytest.raises(ValidationError, match="不能在.*locked.*写入.*另选保存位置"):
            run(docs, "reg", pledges.print_pledges, locked / "x.pdf", all_classes=True, today=TODAY)
    finally:
        locked.chmod(0o700)
    assert count(docs, Pledge) == 0


# --- numbers and returns -------------------------------------------------------------------------


def test_numbers_carry_a_check_digit():
    n = pledge_records.make_number("teacher_parent", 2026, 123)
    assert pledge_records.normalize_number(n) == n
    assert pledge_records.normalize_number(" " + n.lower().replace("-", "") + " ") == n  # scanned/typed loosely
    assert pledge_records.normalize_number(n.replace("-", "-").upper().translate(str.maketrans("0123456789JZ", "０１２３４５６７８９ＪＺ"))) == n
    wrong = n[:-3] + str((int(n[-3]) + 1) % 10) + n[-2:]
    with pytest.raises(ValidationError, match="校验位"):
        pledge_records.normalize_number(wrong)
    with pytest.raises(ValidationError, match="不是责任书编号"):
        pledge_records.normalize_number("hello")


def test_marking_returned_is_idempotent_audited_and_missing_are_listed(docs, tmp_path):
    r = run(docs, "wang", pledges.print_pledges, tmp_path / "p.pdf", class_id=docs.class_ids[C3], today=TODAY)
    first = r.numbers[0]
    res = run(docs, "wang", pledge_records.mark_returned, first.replace("-", ""), day=TODAY)
    assert not res.already_returned and res.pledge.returned_on == TODAY and res.pledge.signed
    again = run(docs, "wang", pledge_records.mark_returned, first, day=date(2026, 11, 30))
    assert again.already_returned and again.pledge.returned_on == TODAY and "无需重复" in again.message
    with docs.session() as s:
        assert len(s.exec(select(AuditEntry).where(AuditEntry.action == "pledge.return")).all()) == 1
    run(docs, "boss", pledge_records.mark_returned, r.numbers[1], signed=False, day=TODAY)
    (summary,) = run(docs, "boss", pledge_records.return_status, class_id=docs.class_ids[C3], today=TODAY)
    assert (summary.printed, summary.returned, summary.unsigned) == (4, 2, 1)
    assert [m.number for m in summary.missing] == list(r.numbers[2:])
    assert {m.party_b for m in summary.missing} | {"张大山"} >= {m.party_b for m in summary.missing}
    # unknown number
    unknown = pledge_records.make_number("teacher_parent", 2026, 999)
    with pytest.raises(NotFound, match=unknown):
        run(docs, "boss", pledge_records.mark_returned, unknown)
    # another class's teacher cannot mark it
    with pytest.raises(PermissionDenied):
        run(docs, "li", pledge_records.mark_returned, r.numbers[2])
    # reprinting skips the returned ones; missing is not counted twice
    r2 = run(docs, "wang", pledges.print_pledges, tmp_path / "p2.pdf", class_id=docs.class_ids[C3], today=TODAY)
    assert r2.count == 2
    (summary,) = run(docs, "boss", pledge_records.return_status, class_id=docs.class_ids[C3], today=TODAY)
    assert summary.printed == 4 and len(summary.missing) == 2
    assert {m.number for m in summary.missing} == set(r2.numbers)


def test_the_count_of_returned_not_printed_again_is_the_batchs_own(docs, tmp_path):
    """The defect: after printing one class the page said "103 already returned" — the whole school's count."""
    r = run(docs, "reg", pledges.print_pledges, tmp_path / "all.pdf", all_classes=True, today=TODAY)
    with docs.session() as s:
        c4_numbers = [p.number for p in s.exec(select(Pledge).where(Pledge.class_id == docs.class_ids[C4]))]
        c3_numbers = [n for n in r.numbers if n not in c4_numbers]
    for number in c4_numbers + c3_numbers[:1]:
        run(docs, "reg", pledge_records.mark_returned, number, day=TODAY)
    again = run(docs, "wang", pledges.print_pledges, tmp_path / "c3.pdf", class_id=docs.class_ids[C3], today=TODAY)
    assert again.skipped_returned == 1, "one of 三年级(1)班's came back; 四年级(1)班's are not this batch's"
    assert again.count == len(c3_numbers) - 1
