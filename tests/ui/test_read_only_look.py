"""Issue #15 item 8: a field the user cannot change looks so (no frame, no arrows, the window's background),
one they can change looks like a field; the look follows the state of a request."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit

from app.ui.context import AppContext
from app.ui.import_dialog import ImportDialog
from app.ui.widgets import looks_read_only, set_read_only
from tests.ui.test_approvals_page import NEXT_MON, answers, boxes, fill_leave, make_dialog, sch  # noqa: F401


def test_a_submitted_request_looks_read_only_and_a_draft_looks_editable(qtbot, sch, boxes):
    dlg = make_dialog(qtbot, sch, "wang")
    fill_leave(qtbot, dlg, "zs", "张三", NEXT_MON, reason="感冒")
    assert not any(looks_read_only(dlg.editor(n)) for n in ("reason", "start_day", "end_day"))
    assert dlg.editor("start_day").buttonSymbols() != QDateEdit.ButtonSymbols.NoButtons
    assert dlg.save(submit=True)
    for name in ("reason", "start_day", "end_day"):
        w = dlg.editor(name)
        assert looks_read_only(w), name
    assert dlg.editor("start_day").buttonSymbols() == QDateEdit.ButtonSymbols.NoButtons
    assert not dlg.editor("leave_kind").isEnabled()  # a choice cannot be read-only: it is greyed
    assert "read-only" in dlg.details_box.title()
    other = make_dialog(qtbot, sch, "boss", dlg.request_id)  # the approver reads it: read-only as well
    assert looks_read_only(other.editor("reason")) and other.editor("reason").text() == "感冒"


def test_the_look_goes_back_when_a_field_becomes_editable(qtbot):
    edit = QLineEdit("石门村")
    qtbot.addWidget(edit)
    normal = QApplication.palette(edit).color(QPalette.ColorRole.Base)
    set_read_only(edit)
    assert looks_read_only(edit) and not edit.hasFrame()
    set_read_only(edit, False)
    assert not edit.isReadOnly() and edit.hasFrame() and edit.palette().color(QPalette.ColorRole.Base) == normal


def test_the_chosen_file_of_the_import_is_shown_read_only(qtbot, school_db):
    dlg = ImportDialog(AppContext(school_db, school_db.actors["reg"]))
    qtbot.addWidget(dlg)
    assert looks_read_only(dlg.path_edit)
