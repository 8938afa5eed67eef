"""县级数据包 page, a bundle whose file copy was cleared (issue #18, :mod:`app.exchange.copies`): its row says so, the
reason and what to do are shown when it is chosen, and 重新写出 is not offered for it (nor writes anything)."""

from __future__ import annotations

from app.exchange.county import ingest
from app.exchange.county_package import write_packages
from app.exchange.keys import DEMO_KEY_PASSPHRASE
from app.exchange.receipts import import_package
from app.ui.exchange_page import ExportHistoryModel
from tests.exchange.conftest import export, school  # noqa: F401 - fixtures
from tests.exchange.test_copies import NOVEMBER, SPRING, county  # noqa: F401 - county is a fixture
from tests.ui.test_documents_page import chinese, save_picture  # noqa: F401 - chinese is a fixture
from tests.ui.test_exchange_page import boxes, make_page  # noqa: F401 - boxes is a fixture


def _row_of(page, sequence):
    rows = [r for r in range(page.history_model.rowCount()) if page.history_model.row_at(r).sequence == sequence]
    return rows[0]


def test_a_cleared_copy_is_shown_with_the_reason_and_not_written_again(qtbot, school, export, county, tmp_path,
                                                                        boxes, chinese):
    files = [export(period=p).path for p in SPRING + NOVEMBER[:1]]
    assert ingest(files, county, passphrase=DEMO_KEY_PASSPHRASE).ok
    (pkg,) = [w for w in write_packages(county, tmp_path / "back", DEMO_KEY_PASSPHRASE) if w.sequence]
    with school.transaction() as s:
        import_package(s, school.actors["reg"], pkg.path, settings="decline")

    page = make_page(qtbot, school, "reg")
    model = page.history_model
    cleared, kept = _row_of(page, 1), _row_of(page, 3)
    state = model.index(cleared, ExportHistoryModel.STATE)
    assert "文件副本已清理" in state.data()
    assert "县里已确认接收" in model.data(state, 3)  # Qt.ToolTipRole
    assert "文件副本已清理" not in model.index(kept, ExportHistoryModel.STATE).data()

    page.history_view.selectRow(cleared)
    assert not page.resend_button.isEnabled()
    message = page.history_message.text()
    assert "第 1 号数据包的文件副本已清理" in message and "重新导出该时段" in message
    again = tmp_path / "again"
    assert page.resend(again) is None and not again.exists() and boxes == []  # double-click: the same words, no file

    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    save_picture(page, "exchange_page_cleared_copy.png", tmp_path)

    page.history_view.selectRow(kept)
    assert page.resend_button.isEnabled()
    assert page.resend(again).read_bytes() == files[2].read_bytes()
