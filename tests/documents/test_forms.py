"""Official forms: each one generated from the database, its text extracted and checked."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlmodel import select

from app.data.models import AbsenceAlert, AuditEntry
from app.documents import forms
from app.errors import PermissionDenied, ValidationError
from tests.conftest import TODAY
from tests.documents.conftest import (
    C3,
    C4,
    TUE,
    assert_font_embedded,
    needs_poppler,
    pdf_pages,
    pdf_text,
    run,
    squash,
)

pytestmark = needs_poppler


def check_page_furniture(path, pages: int) -> str:
    assert pdf_pages(path) == pages
    assert_font_embedded(path)
    text = squash(pdf_text(path))
    assert text.count("测试县第一小学") >= pages  # the school's name on every page
    assert f"第{pages}页共{pages}页" in text
    return text


def test_blank_and_filled_home_visit_record(docs, tmp_path):
    r = run(docs, "wang", forms.print_home_visit, tmp_path / "blank.pdf", copies=3, today=TODAY)
    assert r.pages == 3
    text = check_page_furniture(tmp_path / "blank.pdf", 3)
    assert text.count("学生家访记录表") >= 3 and "家庭基本情况" in text and "□入户家访" in text
    fields = forms.HomeVisitFields(student_name="张一", class_name=C3, sex="男", address="马道镇马道村",
                                   contact_phone="张大山(父亲)13912345678", visit_date=TUE, visit_time=time(16, 30),
                                   form="in_person", visitors="王老师、村干部刘主任", guardian_met="张大山",
                                   guardian_relation="父亲", family_situation="父母在家务农,家有四口人",
                                   purpose="核实缺勤原因", student_condition="在家帮忙干农活",
                                   problems="家长未请假", measures="明天送孩子到校,班主任每天电话跟进",
                                   guardian_opinion="同意明天送孩子到校")
    r = run(docs, "wang", forms.print_home_visit, tmp_path / "filled.pdf", fields=fields, today=TODAY)
    text = check_page_furniture(tmp_path / "filled.pdf", 1)
    for value in ("张一", "马道镇马道村", "2026年11月24日16:30", "■入户家访", "王老师、村干部刘主任",
                  "父母在家务农，家有四口人", "明天送孩子到校，班主任每天电话跟进", "同意明天送孩子到校"):
        assert value in text, value


def test_home_visit_prefilled_from_the_student_record(docs, tmp_path):
    run(docs, "wang", forms.print_home_visit, tmp_path / "pre.pdf", student_id=docs.ids["李二"], today=TODAY)
    text = squash(pdf_text(tmp_path / "pre.pdf"))
    assert "李二" in text and "李建国（父亲）13700001111" in text and "周秀英（母亲）13700002222" in text
    with pytest.raises(PermissionDenied):  # 李老师 does not teach 三年级(1)班
        run(docs, "li", forms.print_home_visit, tmp_path / "no.pdf", student_id=docs.ids["李二"], today=TODAY)


def test_absence_report_filled_from_the_alert(docs, tmp_path):
    with docs.session() as s:
        alert = s.exec(select(AbsenceAlert)).one()
    details = forms.AbsenceReportDetails(reference="马中小字〔2026〕5号", report_date=date(2026, 11, 26),
                                         reason="家长带孩子外出务工", whereabouts="广东东莞",
                                         actions_taken="11月25日班主任王老师入户家访,未见到学生",
                                         reporter="王老师", reporter_phone="13800138000")
    r = run(docs, "boss", forms.print_absence_report, tmp_path / "report.pdf", alert.id, details=details,
            today=TODAY)
    text = check_page_furniture(tmp_path / "report.pdf", r.pages)
    for value in ("关于学生张一无故缺勤预警情况的报告", "马道镇人民政府、留坝县教育局：", "三年级（1）班学生张一",
                  "2026年11月23日", "2026年11月24日", "共2个上学日", "张大山", "13912345678", "广东东莞",
                  "马中小字〔2026〕5号", "11月25日班主任王老师入户家访", "2026年11月26日", "特此报告"):
        assert value in text, value
    with docs.session() as s:
        e = s.exec(select(AuditEntry).where(AuditEntry.action == "document.print")).one()
        assert e.entity == "absence_alert" and "张一" in e.summary


def test_return_notice_with_receipt(docs, tmp_path):
    with docs.session() as s:
        alert = s.exec(select(AbsenceAlert)).one()
    f = forms.ReturnNoticeFields(deadline=date(2026, 12, 4), reference="马政发〔2026〕18号",
                                 issued_on=date(2026, 11, 27))
    run(docs, "boss", forms.print_return_notice, tmp_path / "notice.pdf", alert_id=alert.id, fields=f, today=TODAY)
    text = check_page_furniture(tmp_path / "notice.pdf", 1)
    for value in ("限期返校通知书", "张大山（学生张一的监护人）", "自2026年11月23日起", "于2026年12月4日前送子女",
                  "马道镇人民政府（盖章）", "马政发〔2026〕18号", "回执", "义务教育法"):
        assert value in text, value
    with pytest.raises(ValidationError, match="返校期限"):
        run(docs, "boss", forms.print_return_notice, tmp_path / "x.pdf", student_id=docs.ids["张一"],
            fields=forms.ReturnNoticeFields(deadline=date(2026, 11, 1)), today=TODAY)


def test_weekly_report_from_the_figures(docs, tmp_path):
    r = run(docs, "boss", forms.print_period_report, tmp_path / "weekly.pdf", TUE, notes="本周无新增辍学。")
    text = check_page_furniture(tmp_path / "weekly.pdf", r.pages)
    assert "控辍保学工作周报" in text and "新增缺勤预警" in text and "本周无新增辍学。" in text
    assert "张一" in text  # the child behind the new alert is named
    assert "本校在校学生6名" in text
    p = forms.PeriodFigures("2026年11月控辍保学月报", date(2026, 11, 1), date(2026, 11, 30), "monthly",
                            [forms.FigureRow("劝返复学", 3, "甲、乙、丙")], enrolled=600)
    run(docs, "boss", forms.print_period_report, tmp_path / "monthly.pdf", TODAY, figures=p)
    text = squash(pdf_text(tmp_path / "monthly.pdf"))
    assert "控辍保学工作月报" in text and "2026年11月30日" in text and "本校在校学生600名" in text
    row = next(line for line in pdf_text(tmp_path / "monthly.pdf", layout=True).splitlines() if "劝返复学" in line)
    assert row.split() == ["1", "劝返复学", "3", "甲、乙、丙"]


def test_inspection_sheet_enrolled_against_present(docs, tmp_path):
    rows = run(docs, "boss", forms.inspection_rows, TUE)
    by = {r.class_name: r for r in rows}
    assert (by[C3].enrolled, by[C3].present) == (4, 3) and "张一(旷课(无故缺勤))" in by[C3].absent_names
    assert (by[C4].enrolled, by[C4].present) == (2, 1) and "刘六(病假)" in by[C4].absent_names
    run(docs, "boss", forms.print_inspection_sheet, tmp_path / "insp.pdf", TUE)
    text = check_page_furniture(tmp_path / "insp.pdf", 1)
    assert "核查日期：2026年11月24日" in text
    lines = pdf_text(tmp_path / "insp.pdf", layout=True).splitlines()
    c3 = next(line for line in lines if "三年级（1）班" in line).split()  # printed with full-width brackets
    assert c3[:6] == ["1", "三年级（1）班", "王老师", "4", "3", "1"] and c3[6].startswith("张一")
    total = next(line for line in lines if "合计" in line).split()
    assert total == ["合计", "6", "4", "2"]
    rows = run(docs, "boss", forms.inspection_rows, date(2026, 11, 27))
    assert all(r.enrolled is None for r in rows)
    with pytest.raises(PermissionDenied):
        run(docs, "wang", forms.inspection_rows, TUE)
    assert run(docs, "wang", forms.inspection_rows, TUE, docs.class_ids[C3])[0].present == 3


def test_class_roll(docs, tmp_path):
    r = run(docs, "reg", forms.print_class_roll, tmp_path / "roll.pdf", all_classes=True, today=TODAY)
    assert r.pages == 2  # one class per page
    p1 = squash(pdf_text(tmp_path / "roll.pdf", page=1))
    assert "测试县第一小学三年级（1）班学生花名册" in p1 and "班主任：王老师" in p1
    for name in ("张一", "李二", "王三", "赵四"):
        assert name in p1
    assert "未登记" in p1  # 王三 has no guardian
    assert "陈五" not in p1 and "陈五" in squash(pdf_text(tmp_path / "roll.pdf", page=2))
    assert_font_embedded(tmp_path / "roll.pdf")
    with pytest.raises(PermissionDenied):
        run(docs, "wang", forms.print_class_roll, tmp_path / "x.pdf", class_id=docs.class_ids[C4], today=TODAY)


def test_transfer_and_suspension_forms(docs, tmp_path):
    f = forms.TransferFields(to_school="东莞市长安镇中心小学", to_county="广东省东莞市", to_grade="三年级",
                             reason="随父母外出务工就读", reference="ZX2026-03")
    run(docs, "reg", forms.print_transfer_form, tmp_path / "transfer.pdf", docs.ids["李二"], f, today=TODAY)
    text = check_page_furniture(tmp_path / "transfer.pdf", 1)
    for value in ("义务教育阶段学生转学联系表", "李二", "东莞市长安镇中心小学", "广东省东莞市", "随父母外出务工就读",
                  "转出学校意见", "转入地教育行政部门意见", "李建国（父亲）", "ZX2026-03", "2026年11月27日"):
        assert value in text, value
    s = forms.SuspensionFields(reason="因病需长期住院治疗", start=date(2026, 12, 1), end=date(2027, 7, 10),
                               proof="汉中市中心医院诊断证明")
    run(docs, "reg", forms.print_suspension_form, tmp_path / "susp.pdf", docs.ids["赵四"], s, today=TODAY)
    text = check_page_furniture(tmp_path / "susp.pdf", 1)
    for value in ("义务教育阶段学生休学审批表", "赵四", "因病需长期住院治疗", "2026年12月1日至2027年7月10日",
                  "汉中市中心医院诊断证明", "赵奶奶（祖母）", "教育行政部门"):
        assert value in text, value
    with pytest.raises(ValidationError, match="休学期限"):
        run(docs, "reg", forms.print_suspension_form, tmp_path / "x.pdf", docs.ids["赵四"],
            forms.SuspensionFields(start=date(2027, 1, 1), end=date(2026, 1, 1)), today=TODAY)
