"""The county's holiday table and policy on the return path (issue 17 item 3): the county decides report rhythm and
due day, the weekday of the weekly report, the home-visit deadline and the transfer limit, and loads holiday years
the program lacks; its packages carry them; the school applies them only when it confirms (audited, one
transaction), or declines them. County on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlmodel import select as sm_select

from app import policy as policy_mod
from app.data.models import AuditEntry, NationalHoliday
from app.data.receipt_models import CountyPackageImport
from app.errors import PermissionDenied, ValidationError
from app.exchange import county_offer
from app.exchange import package_format as fmt
from app.exchange.county import CountyDB, ingest, register_certificate
from app.exchange.county_package import create_county_key, write_packages
from app.exchange.county_settings import county_holidays, county_policy, load_holiday_file, set_policy
from app.exchange.receipts import import_package, register_county
from tests.conftest import TODAY
from tests.exchange.test_receipts import COUNTY_PASS, WEEKS, _forged

HOLIDAYS_2027 = ("date,end,kind,name,year\n2027-01-01,,holiday,元旦,2027\n2027-02-06,2027-02-12,holiday,春节,2027\n"
                 "2027-02-20,,workday,春节调休上班,2027\n")


@pytest.fixture
def county(school, county_url, tmp_path):
    db = CountyDB(county_url)
    register_certificate(db, school.key.cert_pem.encode())
    db.key = create_county_key(db, "610729", "留坝县教育局", COUNTY_PASS, key_size=2048)
    with school.transaction() as s:
        register_county(s, school.actors["admin"], db.key.cert_pem.encode(), expected_fingerprint=db.key.fingerprint)
    (tmp_path / "2027.csv").write_text(HOLIDAYS_2027, encoding="utf-8")
    yield db
    db.close()


def _package(county, tmp_path, n=[0]):
    n[0] += 1
    (w,) = [w for w in write_packages(county, tmp_path / f"back{n[0]}", COUNTY_PASS,
                                      now=datetime(2026, 11, 30, tzinfo=timezone.utc)) if w.sequence]
    return w.path


def _import(school, path, who="reg", **kw):
    with school.transaction() as s:
        return import_package(s, school.actors[who], path, today=TODAY, **kw)


def _state(school):
    with school.transaction() as s:
        p = policy_mod.load(s)
        days = len(s.exec(sm_select(NationalHoliday).where(NationalHoliday.year == 2027)).all())
        actions = [a.action for a in s.exec(sm_select(AuditEntry).order_by(AuditEntry.id))]
    return (p.report_rhythm, p.monthly_due_day, p.home_visit_within_days, days), actions


def test_the_county_sets_only_values_a_school_accepts(county, tmp_path):
    assert set_policy(county, {"report_rhythm": "monthly", "monthly_due_day": "25"}) == {
        "report_rhythm": "monthly", "monthly_due_day": "25"}
    for bad, reason in (({"report_rhythm": "daily"}, "只能是"), ({"monthly_due_day": "40"}, "1 到 31"),
                        ({"home_visit_within_days": "two"}, "应为整数"), ({"alert_after_days": "3"}, "不是县里决定的")):
        with pytest.raises(ValidationError, match=reason):
            set_policy(county, bad)
    assert county_policy(county) == {"report_rhythm": "monthly", "monthly_due_day": "25"}
    assert set_policy(county, {}, clear=("monthly_due_day",)) == {"report_rhythm": "monthly"}
    hf = load_holiday_file(county, tmp_path / "2027.csv")
    assert (hf.year, len(county_holidays(county)[2027])) == (2027, 9)


def test_settings_wait_for_the_schools_confirmation_then_apply_in_one_transaction(school, export, county, tmp_path):
    assert ingest([export(period=WEEKS[0]).path], county).ok
    set_policy(county, {"report_rhythm": "monthly", "monthly_due_day": "25", "home_visit_within_days": "2",
                        "report_weekday": "3"})  # Thursday: as the school has it already, not offered
    load_holiday_file(county, tmp_path / "2027.csv")
    before, _ = _state(school)
    got = _import(school, _package(county, tmp_path))
    assert got.received == [1] and got.settings_state == "pending"
    assert got.settings[0].startswith("2027 年国家节假日:放假 8 天,调休上班 1 天(元旦、春节)")
    assert got.settings[1:] == ("报告周期:每周 → 每月", "月报告截止日:28 → 25", "家访期限(上学日):1 → 2")
    assert _state(school)[0] == before  # nothing applied unasked
    # the registrar may not change the policy: refused, nothing changed
    with pytest.raises(PermissionDenied):
        with school.transaction() as s:
            county_offer.apply_offer(s, school.actors["reg"], today=TODAY)
    assert _state(school)[0] == before
    with school.transaction() as s:
        offer = county_offer.pending_offer(s)
        assert offer.needs == ("school.manage", "policy.edit") and offer.lines == got.settings
        county_offer.apply_offer(s, school.actors["admin"], today=TODAY)
    after, actions = _state(school)
    assert after == ("monthly", 25, 2, 9)
    assert actions[-3:] == ["calendar.holidays_loaded", "policy.update", "exchange.county_settings"]
    with school.transaction() as s:
        assert county_offer.pending_offer(s) is None
        (row,) = s.exec(sm_select(CountyPackageImport)).all()
        assert (row.settings_state, row.settings_by) == ("applied", school.actors["admin"].user_id)


def test_a_failure_while_applying_leaves_everything_as_it_was(school, export, county, tmp_path, monkeypatch):
    set_policy(county, {"report_rhythm": "monthly"})
    load_holiday_file(county, tmp_path / "2027.csv")
    assert ingest([export(period=WEEKS[0]).path], county).ok
    path = _package(county, tmp_path)
    before, actions = _state(school)

    def broken(*a, **kw):
        raise ValidationError("策略", "磁盘出错(测试)")

    monkeypatch.setattr(county_offer.policy_mod, "save", broken)
    with pytest.raises(ValidationError, match="测试"):
        _import(school, path, who="admin", settings="apply")
    assert _state(school) == (before, actions)  # not the holidays either, nor the receipts
    monkeypatch.undo()
    got = _import(school, path, who="admin", settings="apply")
    assert got.settings_state == "applied" and _state(school)[0][0] == "monthly"


def test_declined_settings_are_not_offered_again_until_the_county_changes_them(school, export, county, tmp_path):
    set_policy(county, {"monthly_due_day": "20"})
    assert ingest([export(period=WEEKS[0]).path], county).ok
    assert _import(school, _package(county, tmp_path), settings="decline").settings_state == "declined"
    assert ingest([export(period=WEEKS[1]).path], county).ok
    again = _import(school, _package(county, tmp_path))
    assert again.received == [2] and again.settings == ()
    set_policy(county, {"monthly_due_day": "21"})
    third = _import(school, _package(county, tmp_path))
    assert third.settings == ("月报告截止日:28 → 21",) and third.settings_state == "pending"
    assert _state(school)[0][1] == 28


def test_settings_the_school_cannot_use_are_set_aside(school, county, tmp_path):
    bad_year = {2027: [fmt.HolidayDay(date(2027, 1, 1), "holiday", "元旦"),
                       fmt.HolidayDay(date(2027, 2, 17), "workday", "调休")]}  # a Wednesday as make-up day
    path = _forged(county, tmp_path, school, holidays=bad_year, policy={"monthly_due_day": "99"})
    got = _import(school, path)
    assert got.settings == () and len(got.set_aside) == 2
    assert "2027 年节假日表不能采用" in got.set_aside[0] and "2027-02-17" in got.set_aside[0]
    assert "策略设置不能采用(月报告截止日)" in got.set_aside[1]


def test_the_settings_on_the_command_line(school, export, county, tmp_path, monkeypatch, capsys):
    from tests.conftest import ADMIN_PASSWORD
    from tests.exchange.test_cli import _run

    db = ["--db", county.url]
    assert _run(["county", "policy", "--set", "report_rhythm=both", *db]) == 0
    assert _run(["county", "holidays", str(tmp_path / "2027.csv"), *db]) == 0
    assert ingest([export(period=WEEKS[0]).path], county).ok
    monkeypatch.setenv("BAOXUE_KEY_PASSPHRASE", COUNTY_PASS)
    assert _run(["county", "package", "--out", str(tmp_path / "back"), *db]) == 0
    (pkg,) = (tmp_path / "back").glob("*.xml")
    monkeypatch.setenv("BAOXUE_PASSWORD", ADMIN_PASSWORD)
    d = ["--data-dir", str(school.paths.root), "--user", "admin"]
    assert _run(["county-package", "import", str(pkg), *d]) == 0
    assert _run(["county-package", "settings", *d]) == 0
    assert _run(["county-package", "settings", "--apply", *d]) == 0
    said = capsys.readouterr().out
    assert "报告周期:每周 → 每周 + 每月台账" in said and "县里的设置待确认" in said and "已采用第 1 号" in said
    assert _state(school)[0][0] == "both"


def test_a_refused_package_applies_none_of_its_transfers_or_settings(school, county, tmp_path):
    """The county's chain and signature guard the 1.1 content as they guard receipts: replayed, forged, out of
    order, for another school or county, signed by an unregistered key or from a newer program — refused whole."""
    from app import approvals as ap
    from app.data.models import Student
    from app.exchange.receipts import PackageRefused
    from tests.exchange.test_receipts import _county_key
    from tests.exchange.test_transfer_arrivals import ARRIVED, LEFT, _transfer_out

    sid = school.students["三年级(1)班"][1]
    rid = _transfer_out(school, sid, LEFT)
    with school.session() as s:
        number = s.get(Student, sid).student_number
    content = dict(arrivals=[fmt.Arrival(number, LEFT, "3161000456", "马道镇中心小学", ARRIVED)],
                   policy={"report_rhythm": "monthly"},
                   holidays={2027: [fmt.HolidayDay(date(2027, 1, 1), "holiday", "元旦")]})
    other = CountyDB(f"sqlite:///{(tmp_path / 'impostor.sqlite3').as_posix()}")
    create_county_key(other, "610729", "留坝县教育局", COUNTY_PASS, key_size=2048)
    impostor = _county_key(other)
    other.close()
    cases = {
        "这是县区 610728 的回执包": dict(county_code="610728"),
        "发给学校 3161000456": dict(school_code="3161000456", school_name="马道镇中心小学"),
        "来自更新版本的保学": dict(version="1.9"),
        "链条不符": dict(prev_sha256="a" * 64),
        "应导入第 1 号回执包,这是第 2 号": dict(sequence=2, prev_sha256="b" * 64),
        "不是本校登记的县级证书": dict(key=impostor),
    }

    def unchanged():
        with school.transaction() as s:
            return (s.get(ap.ApprovalRequest, rid).state, county_offer.pending_offer(s),
                    policy_mod.load(s).report_rhythm, len(s.exec(sm_select(CountyPackageImport)).all()))

    before = unchanged()
    assert before == ("approved", None, "weekly", 0)
    for i, (reason, changes) in enumerate(cases.items()):
        path = _forged(county, tmp_path, school, f"bad{i}.xml", **content, **changes)
        with pytest.raises(PackageRefused, match=reason):
            _import(school, path, who="admin", settings="apply")
        assert unchanged() == before, reason
    good = _forged(county, tmp_path, school, "good.xml", **content)
    altered = tmp_path / "altered.xml"
    altered.write_text(good.read_text(encoding="utf-8").replace('value="monthly"', 'value="both"'), encoding="utf-8")
    with pytest.raises(PackageRefused, match="被改动过"):
        _import(school, altered, who="admin", settings="apply")
    assert unchanged() == before
    done = _import(school, good, who="admin", settings="apply")
    assert done.arrived and done.settings_state == "applied"
    after = unchanged()
    assert after == ("acknowledged", None, "monthly", 1)
    # replayed: the same file changes nothing; another file under the same number is refused
    assert _import(school, good, who="admin", settings="apply").replay and unchanged() == after
    twin = _forged(county, tmp_path, school, "twin.xml", created=datetime(2026, 12, 2, tzinfo=timezone.utc), **content)
    with pytest.raises(PackageRefused, match="已导入过另一份内容不同的文件"):
        _import(school, twin, who="admin")
    assert unchanged() == after
