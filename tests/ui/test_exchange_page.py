"""县级数据包 page: the key made from the page (passphrase twice), export on a worker, history and resend,
a wrong passphrase, the registration sheet and certificate; models; a picture."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.exchange import keys
from app.exchange.export import resolve_period
from app.ui.context import AppContext
from app.ui.exchange_page import (
    ExchangePage,
    ExportHistoryModel,
    KeyListModel,
    NewKeyDialog,
    PassphraseDialog,
    exchange_page,
)
from app.ui.workers import BackgroundTask
from tests.conftest import TODAY
from tests.exchange.conftest import KEY_SIZE, PASSPHRASE, school  # noqa: F401 - school is a fixture
from tests.ui.test_documents_page import chinese, save_picture  # noqa: F401 - chinese is a fixture


@pytest.fixture
def boxes(monkeypatch):
    shown: list[tuple[str, str]] = []
    for kind in ("critical", "information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text, *a, _k=kind, **kw: shown.append((_k, text)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def make_page(qtbot, db, user: str) -> ExchangePage:
    page = ExchangePage(AppContext(db, db.actors[user]), today=TODAY, key_size=KEY_SIZE)
    qtbot.addWidget(page)
    return page


def wait(qtbot, task: BackgroundTask, timeout: int = 60000) -> None:
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=timeout):
        pass


def type_new_key(monkeypatch, first: str, second: str, old: str = "") -> list[str]:
    """Patch the key dialog: the user types the passphrases and presses OK; returns the errors it showed."""
    errors: list[str] = []

    def exec_(self):
        self.first.setText(first)
        self.second.setText(second)
        self.old.setText(old)
        self.accept()
        errors.append(self.error.text())
        return self.result()

    monkeypatch.setattr(NewKeyDialog, "exec", exec_)
    return errors


def type_passphrase(monkeypatch, text: str | None) -> None:
    def exec_(self):
        if text is None:
            return QDialog.DialogCode.Rejected
        self.edit.setText(text)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PassphraseDialog, "exec", exec_)


# --- the key ------------------------------------------------------------------------------------------


def test_admin_makes_the_key_from_the_page_and_it_is_stored_encrypted(qtbot, school_db, monkeypatch, boxes):
    page = make_page(qtbot, school_db, "admin")
    assert "no signing key yet" in page.key_state.text()
    assert not page.export_button.isEnabled() and page.create_button.isEnabled()
    type_new_key(monkeypatch, "my-school-key-1", "my-school-key-1")
    wait(qtbot, page.create_key())
    with school_db.session() as s:
        info = keys.current_key(s, school_db.paths)
    assert info is not None and info.key_path.exists()
    data = info.key_path.read_bytes()
    assert data.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert b"my-school-key-1" not in data
    assert info.fingerprint_grouped[:47] in page.fingerprint.text()
    assert page.replace_button.isEnabled() and not page.create_button.isVisibleTo(page)
    assert boxes and boxes[-1][0] == "information" and info.fingerprint_grouped in boxes[-1][1]
    assert page.key_model.rowCount() == 1


def test_passphrases_that_differ_or_are_too_short_are_refused_and_no_key_is_made(qtbot, school_db, monkeypatch,
                                                                                 boxes):
    page = make_page(qtbot, school_db, "admin")
    errors = type_new_key(monkeypatch, "my-school-key-1", "my-school-key-2")
    assert page.create_key() is None
    assert errors == ["The two passphrases are not the same. Type them again."]
    errors = type_new_key(monkeypatch, "short", "short")
    assert page.create_key() is None
    assert "至少需要 8 个字符" in errors[0]
    with school_db.session() as s:
        assert keys.current_key(s, school_db.paths) is None
    assert not school_db.paths.keys.exists() or not list(school_db.paths.keys.glob("*.key.pem"))


def test_replace_the_key_with_the_old_passphrase(qtbot, school, monkeypatch, boxes):
    page = make_page(qtbot, school, "admin")
    old = page.key.fingerprint
    type_new_key(monkeypatch, "new-school-key-2", "new-school-key-2", old=PASSPHRASE)
    wait(qtbot, page.replace_key())
    assert page.key.fingerprint != old and page.key.endorsed
    assert "vouched" in page.key_state.text()
    assert page.key_model.rowCount() == 2


def test_registrar_cannot_manage_the_key_but_can_export(qtbot, school):
    page = make_page(qtbot, school, "reg")
    assert not page.replace_button.isEnabled() and page.export_button.isEnabled()
    teacher = make_page(qtbot, school, "wang")
    assert not teacher.export_button.isEnabled()


def test_registration_sheet_prints_and_certificate_is_saved(qtbot, school, tmp_path, monkeypatch, boxes):
    page = make_page(qtbot, school, "admin")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sheet.pdf"))
    assert page.print_sheet(printer) is True
    assert (tmp_path / "sheet.pdf").stat().st_size > 1000
    assert page.key.fingerprint_grouped[:47] in page.fingerprint_text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "cert.pem"), ""))
    path = page.export_certificate()
    assert path == tmp_path / "cert.pem"
    assert keys.fingerprint_hex(keys.load_cert(path.read_bytes())) == page.key.fingerprint


# --- export -------------------------------------------------------------------------------------------


def test_export_from_the_page_writes_the_bundle_and_the_history_shows_it(qtbot, school, tmp_path, monkeypatch,
                                                                         boxes):
    page = make_page(qtbot, school, "reg")
    with school.session() as s:
        start, end, _rhythm = resolve_period(s, None, TODAY)  # the policy's period: the service decides
    assert start.isoformat() in page.this_period.text() and end.isoformat() in page.this_period.text()
    usb = tmp_path / "usb"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    assert page.choose_folder() == str(usb)
    type_passphrase(monkeypatch, PASSPHRASE)
    wait(qtbot, page.export_bundle())
    result = page.last_result
    assert result is not None and result.path.exists() and result.manifest.exists()
    assert result.path.parent == usb and result.sequence == 1
    assert result.summary in page.result_label.text()
    assert page.history_model.rowCount() == 1 and page.history_model.row_at(0).sequence == 1
    assert page.export_button.isEnabled()
    # "write again to…" the same bytes
    page.history_view.selectRow(0)
    assert page.resend_button.isEnabled()
    again = tmp_path / "second-stick"
    path = page.resend(again)
    assert path.read_bytes() == result.path.read_bytes()
    assert "written again" in page.history_message.text()
    # a custom period gives a second bundle
    page.custom_period.setChecked(True)
    assert page.from_date.isEnabled()
    assert page.period() == (page.from_date.date().toPython(), page.to_date.date().toPython())
    page.from_date.setDate(page.from_date.date().addDays(-7))
    wait(qtbot, page.export_bundle())
    assert page.last_result.sequence == 2 and page.history_model.rowCount() == 2


def test_a_wrong_passphrase_shows_a_clear_error_and_writes_nothing(qtbot, school, tmp_path, monkeypatch, boxes):
    page = make_page(qtbot, school, "reg")
    page.folder_edit.setText(str(tmp_path / "usb"))
    type_passphrase(monkeypatch, "not-the-passphrase")
    wait(qtbot, page.export_bundle())
    assert "口令不正确" in page.export_error.text()
    assert boxes and boxes[-1][0] == "critical" and "口令不正确" in boxes[-1][1]
    assert not (tmp_path / "usb").exists() or not list((tmp_path / "usb").iterdir())
    assert page.history_model.rowCount() == 0 and page.last_result is None
    # Cancel in the passphrase prompt: nothing happens
    type_passphrase(monkeypatch, None)
    assert page.export_bundle() is None


def test_without_the_county_certificate_the_page_says_so_and_registers_it(qtbot, school, tmp_path, monkeypatch,
                                                                          boxes):
    """Bundles are encrypted to the county (issue #14 item 4): a school that has not registered the county's
    certificate is told so on export; the administrator registers it from the page after comparing the fingerprint."""
    from cryptography.hazmat.primitives import serialization
    from sqlmodel import delete

    from app.data.receipt_models import CountyTrust
    from app.demo import county as demo_county

    with school.transaction() as s:
        s.exec(delete(CountyTrust))
    page = make_page(qtbot, school, "admin")
    page.folder_edit.setText(str(tmp_path / "usb"))
    type_passphrase(monkeypatch, PASSPHRASE)
    wait(qtbot, page.export_bundle())
    assert "县级证书" in page.export_error.text() and page.last_result is None
    cert = tmp_path / "county.pem"
    cert.write_bytes(demo_county.certificate("610729").public_bytes(serialization.Encoding.PEM))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text)
                        or QMessageBox.StandardButton.No)
    assert page.trust_county(cert) is None  # the fingerprint was not the sheet's: nothing registered
    assert keys.group_fingerprint(keys.fingerprint_hex(demo_county.certificate("610729"))) in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert "留坝县教育局" in page.trust_county(cert)
    wait(qtbot, page.export_bundle())
    assert page.last_result is not None and page.last_result.sequence == 1
    (tmp_path / "junk.pem").write_text("not a certificate")
    assert page.trust_county(tmp_path / "junk.pem") is None and "证书" in boxes[-1][1]


# --- models, factory, picture ---------------------------------------------------------------------------


def test_models_are_well_behaved(qtmodeltester, qtbot, school, tmp_path, monkeypatch, boxes):
    page = make_page(qtbot, school, "admin")
    page.folder_edit.setText(str(tmp_path / "usb"))
    type_passphrase(monkeypatch, PASSPHRASE)
    wait(qtbot, page.export_bundle())
    assert isinstance(page.history_model, ExportHistoryModel) and page.history_model.rowCount() == 1
    qtmodeltester.check(page.history_model)
    assert isinstance(page.key_model, KeyListModel) and page.key_model.rowCount() == 1
    qtmodeltester.check(page.key_model)


def test_factory_for_the_main_window(qtbot, school):
    page = exchange_page(AppContext(school, school.actors["reg"]), None)
    qtbot.addWidget(page)
    assert isinstance(page, ExchangePage) and page.key_size == keys.DEFAULT_KEY_SIZE


def test_render_the_exchange_page_in_chinese(qtbot, school, tmp_path, monkeypatch, chinese, boxes):
    page = make_page(qtbot, school, "admin")
    page.folder_edit.setText("E:/")
    type_passphrase(monkeypatch, PASSPHRASE)
    page.folder_edit.setText(str(tmp_path / "usb"))
    wait(qtbot, page.export_bundle())
    page.folder_edit.setText("E:\\")
    page.resize(1200, 860)
    page.show()
    qtbot.waitExposed(page)
    assert page.create_button.text() == "生成密钥\u2026"
    save_picture(page, "exchange_page.png", tmp_path)
    empty = make_page(qtbot, school, "reg")
    dialog = NewKeyDialog(page, replacing=True)
    qtbot.addWidget(dialog)
    dialog.first.setText("abc")
    dialog.second.setText("abd")
    dialog.accept()
    dialog.show()
    qtbot.waitExposed(dialog)
    save_picture(dialog, "exchange_key_dialog.png", tmp_path, min_dark=30)
    assert empty is not None


# --- the county's receipts ----------------------------------------------------------------------------------


def test_the_county_package_imported_from_the_page_shows_which_bundles_arrived(qtbot, school, tmp_path, monkeypatch,
                                                                              boxes, chinese):
    from app.exchange.county import CountyDB, ingest, register_certificate
    from app.exchange.county_package import create_county_key, write_packages
    from app.exchange.export import export_bundle
    from app.exchange.receipts import register_county

    weeks = [(TODAY.replace(day=7), TODAY.replace(day=13)), (TODAY.replace(day=14), TODAY.replace(day=20))]
    files = []
    for week in weeks:
        with school.transaction() as s:
            files.append(export_bundle(s, school.actors["reg"], school.paths, out_dir=tmp_path / "usb",
                                       passphrase=PASSPHRASE, period=week, today=TODAY).path)
    county = CountyDB(tmp_path / "county.sqlite3")
    register_certificate(county, school.key.cert_pem.encode())
    cert = create_county_key(county, "610729", "留坝县教育局", "county-pass-1", key_size=KEY_SIZE).cert_pem
    with school.transaction() as s:
        register_county(s, school.actors["admin"], cert.encode())
    ingest(files[1:], county)  # the first bundle never reached the county
    (pkg,) = [w.path for w in write_packages(county, tmp_path / "back", "county-pass-1") if w.path]
    county.close()

    page = make_page(qtbot, school, "reg")
    column = ExportHistoryModel.COUNTY
    assert [page.history_model.index(r, column).data() for r in range(2)] == ["待回执", "待回执"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pkg), ""))
    summary = page.import_package()
    assert "县里确认收到第 2 号数据包" in summary and summary in page.history_message.text()
    shown = {page.history_model.row_at(r).sequence: page.history_model.index(r, column).data() for r in range(2)}
    assert shown[2].startswith("已接收 ") and shown[1] == "县里未收到"
    # the same file again: no change, said so; a file that is not a package: a clear error, nothing changed
    assert "已导入过" in page.import_package(pkg)
    assert page.import_package(files[0]) is None and "不是县级回执包" in boxes[-1][1]
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    save_picture(page, "exchange_page_receipts.png", tmp_path)


def test_the_countys_settings_are_listed_and_applied_only_when_confirmed(qtbot, school, tmp_path, monkeypatch,
                                                                        boxes, chinese):
    from app import policy as policy_mod
    from app.exchange.county import CountyDB
    from app.exchange.county_package import create_county_key, write_packages
    from app.exchange.county_settings import load_holiday_file, set_policy
    from app.exchange.receipts import register_county
    from tests.exchange.test_county_settings import HOLIDAYS_2027

    county = CountyDB(tmp_path / "county.sqlite3")
    from app.exchange.county import register_certificate

    register_certificate(county, school.key.cert_pem.encode())
    cert = create_county_key(county, "610729", "留坝县教育局", "county-pass-1", key_size=KEY_SIZE).cert_pem
    with school.transaction() as s:
        register_county(s, school.actors["admin"], cert.encode())
    set_policy(county, {"report_rhythm": "monthly", "monthly_due_day": "25"})
    (tmp_path / "2027.csv").write_text(HOLIDAYS_2027, encoding="utf-8")
    load_holiday_file(county, tmp_path / "2027.csv")
    from app.exchange.county import school_t

    with county.engine.begin() as c:  # a school known to the county before any bundle: its package has no receipts
        c.execute(school_t.insert().values(code="3161000123", name="测试县第一小学", county_code="610729",
                                           county_name="留坝县", last_sequence=0))
    (pkg,) = [w.path for w in write_packages(county, tmp_path / "back", "county-pass-1") if w.path]
    county.close()

    reg = make_page(qtbot, school, "reg")
    assert reg.offer_box.isHidden()
    assert "县里的设置待确认" in reg.import_package(pkg)
    assert not reg.offer_box.isHidden() and not reg.offer_apply.isEnabled()  # the policy is the administrator's
    page = make_page(qtbot, school, "admin")
    text = page.offer_label.text()
    assert "报告周期:每周 → 每月" in text and "月报告截止日:28 → 25" in text and "2027 年国家节假日" in text
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    save_picture(page, "exchange_page_county_settings.png", tmp_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert page.apply_offer() is False
    with school.transaction() as s:
        assert policy_mod.load(s).report_rhythm == "weekly"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert page.apply_offer() is True
    with school.transaction() as s:
        assert (policy_mod.load(s).report_rhythm, policy_mod.load(s).monthly_due_day) == ("monthly", 25)
    assert page.offer_box.isHidden() and page.history_message.text() == "已采用县里的设置。"
