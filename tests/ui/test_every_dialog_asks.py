"""Issue #15 item 5: every dialog with a form asks before Esc throws away what was typed.

The case file, request, leave, student and first-run dialogs are tested in their own files; here
are the others: the mentoring plan, the end of a mentoring, and the small forms of the school page
and the accounts page (:class:`app.ui.widgets.FormDialog`). Each: type, press Esc → asked, answer
Cancel → still open with the typing; Esc again, answer Discard → closed; a form left as it was
filled closes at once.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.ui.context import AppContext
from app.ui.mentors_dialogs import EndDialog
from app.ui.school_page import ClassDialog, StaffDialog
from tests.ui.test_mentors_page import kids, mentee, plan_dialog  # noqa: F401  (fixtures)


@pytest.fixture
def asked(monkeypatch):
    """The discard question: recorded, answered with ``asked.answer`` (Cancel: keep editing)."""
    class Asked(list):
        answer = QMessageBox.StandardButton.Cancel

    questions = Asked()

    def question(_parent, title, text, *a, **k):
        questions.append(text)
        return questions.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


def _esc_asks_then_discards(qtbot, dialog, asked, typed) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    typed()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible(), "Esc threw away what was typed without asking"
    asked.answer = QMessageBox.StandardButton.Discard
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not dialog.isVisible()


def test_the_mentoring_plan_asks(qtbot, school_db, mentee, asked):
    dlg = plan_dialog(qtbot, school_db, mentee, show=False)
    _esc_asks_then_discards(qtbot, dlg, asked, lambda: dlg.situation.situation.insertPlainText("父母外出务工"))
    assert "Situation and risk" in asked[0]


def test_an_untouched_plan_closes_without_a_question(qtbot, school_db, mentee, asked):
    dlg = plan_dialog(qtbot, school_db, mentee)
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert not asked and not dlg.isVisible()


def test_ending_a_mentoring_asks_over_a_typed_note(qtbot, asked):
    dlg = EndDialog("张一", "赵老师", date(2026, 11, 27))
    qtbot.addWidget(dlg)
    _esc_asks_then_discards(qtbot, dlg, asked, lambda: dlg.note.insert("转到县城上学"))


@pytest.mark.parametrize("make", [StaffDialog, ClassDialog])
def test_the_school_pages_forms_ask(qtbot, school_db, asked, make):
    dlg = make(AppContext(school_db, school_db.actors["admin"]))
    qtbot.addWidget(dlg)
    _esc_asks_then_discards(qtbot, dlg, asked, lambda: dlg.name_edit.insert("钱老师"))


def test_an_untouched_form_closes_at_once(qtbot, school_db, asked):
    dlg = StaffDialog(AppContext(school_db, school_db.actors["admin"]))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert not asked and not dlg.isVisible()
