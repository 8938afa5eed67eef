"""Issue #15 item 7: official papers use full-width punctuation in their Chinese text.

Every kind of paper the school prints is made from the database — with what a teacher typed
carrying half-width commas, colons and brackets, as a PC's keyboard gives them — its text is
extracted with pdftotext, and no half-width , : ; ? ! ( ) " may stand beside a Chinese character.
Numbers, dates, times, codes and Latin text keep theirs. (The county's papers are checked in
tests/exchange, the monthly ledgers in tests/test_monthly.py, the recovery sheet in
tests/data/test_encryption.py.)
"""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlmodel import select

from app.data.models import AbsenceAlert
from app.documents import forms, pledges
from app.documents.pdf import official, official_markup
from tests.conftest import TODAY
from tests.documents.conftest import C3, TUE, assert_official_punctuation, needs_poppler, run, squash

TYPED = "父母在家务农,家有四口人:爷爷(70岁)、奶奶;问:能否送孩子回校?答:能!"


def _alert_id(db) -> int:
    with db.session() as s:
        return s.exec(select(AbsenceAlert)).one().id


PAPERS = {
    "home visit, blank": lambda db, out: run(db, "wang", forms.print_home_visit, out, copies=1, today=TODAY),
    "home visit, filled": lambda db, out: run(db, "wang", forms.print_home_visit, out, fields=forms.HomeVisitFields(
        student_name="张一", class_name=C3, sex="男", address="马道镇马道村(三组)",
        contact_phone="张大山(父亲)13912345678", visit_date=TUE, visit_time=time(16, 30), form="in_person",
        visitors="王老师, 村干部刘主任", guardian_met="张大山", guardian_relation="父亲", family_situation=TYPED,
        purpose="核实缺勤原因", student_condition="在家帮忙干农活", problems="家长未请假",
        measures="明天送孩子到校,班主任每天电话跟进", guardian_opinion="同意"), today=TODAY),
    "home visit, from the record": lambda db, out: run(db, "wang", forms.print_home_visit, out,
                                                       student_id=db.ids["李二"], today=TODAY),
    "absence report": lambda db, out: run(db, "boss", forms.print_absence_report, out, _alert_id(db),
                                          details=forms.AbsenceReportDetails(
                                              reference="马中小字〔2026〕5号", report_date=date(2026, 11, 26),
                                              reason="家长带孩子外出务工(广东)", whereabouts="广东东莞",
                                              actions_taken=TYPED, reporter="王老师", reporter_phone="13800138000"),
                                          today=TODAY),
    "return notice": lambda db, out: run(db, "boss", forms.print_return_notice, out, alert_id=_alert_id(db),
                                         fields=forms.ReturnNoticeFields(deadline=date(2026, 12, 4),
                                                                         reference="马政发〔2026〕18号",
                                                                         school_contact="王老师:13800138000"),
                                         today=TODAY),
    "weekly report": lambda db, out: run(db, "boss", forms.print_period_report, out, TUE, notes=TYPED),
    "inspection sheet": lambda db, out: run(db, "boss", forms.print_inspection_sheet, out, TUE),
    "class roll": lambda db, out: run(db, "reg", forms.print_class_roll, out, all_classes=True, today=TODAY),
    "transfer form": lambda db, out: run(db, "reg", forms.print_transfer_form, out, db.ids["李二"],
                                         forms.TransferFields(to_school="东莞市长安镇中心小学", to_county="广东省东莞市",
                                                              to_grade="三年级", reason="随父母外出务工(打工)就读",
                                                              reference="ZX2026-03"), today=TODAY),
    "suspension form": lambda db, out: run(db, "reg", forms.print_suspension_form, out, db.ids["赵四"],
                                           forms.SuspensionFields(reason="因病:需长期住院治疗", start=date(2026, 12, 1),
                                                                  end=date(2027, 7, 10), proof="汉中市中心医院诊断证明"),
                                           today=TODAY),
    "parent pledges": lambda db, out: run(db, "wang", pledges.print_pledges, out, class_id=db.class_ids[C3],
                                          today=TODAY),
    "teacher pledges": lambda db, out: run(db, "boss", pledges.print_pledges, out, kind="principal_teacher",
                                           all_classes=True, today=TODAY),
    "bureau pledge": lambda db, out: run(db, "boss", pledges.print_pledges, out, kind="bureau_principal",
                                         today=TODAY),
    "pledge sample of an edited text": lambda db, out: run(
        db, "boss", pledges.preview_template, "teacher_parent", out, title="{学年}家长(监护人)责任书",
        body="{学校}(甲方)与{家长姓名}(乙方)签订本责任书:保证孩子按时到校,不辍学!", today=TODAY),
}


@needs_poppler
@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_every_printed_paper_uses_full_width_punctuation_in_chinese(docs, tmp_path, kind):
    out = tmp_path / "paper.pdf"
    PAPERS[kind](docs, out)
    text = squash(assert_official_punctuation(out))
    assert "第1页" in text  # the page furniture is there: the text was really extracted


@needs_poppler
def test_what_a_teacher_typed_is_printed_with_full_width_punctuation_and_numbers_keep_theirs(docs, tmp_path):
    out = tmp_path / "visit.pdf"
    PAPERS["home visit, filled"](docs, out)
    text = squash(assert_official_punctuation(out))
    assert "父母在家务农，家有四口人：爷爷（70岁）、奶奶；问：能否送孩子回校？答：能！" in text
    assert "16:30" in text and "三年级（1）班" in text and "张大山（父亲）13912345678" in text


@pytest.mark.parametrize("plain, printed", [
    ("依法保障,确保入学", "依法保障，确保入学"),
    ("{学校}(甲方)与家长(监护人)(乙方)", "{学校}（甲方）与家长（监护人）（乙方）"),
    ("三年级(1)班", "三年级（1）班"),
    ("时间:16:30", "时间：16:30"),
    ("日期: 2026-11-26", "日期：2026-11-26"),
    ("共1,200人,其中", "共1,200人，其中"),
    ('他说"不想上学",怎么办?!', "他说“不想上学”，怎么办？！"),
    ("张三 (男)", "张三（男）"),
    ("(ID 3), Baoxue 2.0: ok?", "(ID 3), Baoxue 2.0: ok?"),
    ("ZX2026-03", "ZX2026-03"),
    ("第 3 页  共 5 页", "第 3 页  共 5 页"),
])
def test_official_punctuation_of_plain_text(plain, printed):
    assert official(plain) == printed


def test_official_punctuation_leaves_tags_and_entities_alone():
    assert (official_markup('<b>姓名</b>:张三<br/>校长(签字):<u>&nbsp;&nbsp;</u><font size="9">注:&amp;</font>')
            == '<b>姓名</b>：张三<br/>校长（签字）：<u>&nbsp;&nbsp;</u><font size="9">注：&amp;</font>')
