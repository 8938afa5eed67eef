"""One transaction per user action on a request (a new request with its files, a draft saved and
submitted, a step), and the tables of a request's steps and scanned proof."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QWidget

from app import approvals as ap
from app import attachments as files
from app.approvals import AttachmentRow, StepResult, StepRow
from app.errors import BaoxueError
from app.ui.models import Column, RowTableModel
from app.ui.request_text import size_text, state_text, step_text, time_text
from app.ui.widgets import error_text, show_error, show_unexpected


def create_with_files(session, actor, paths, kind: str, details: dict, student_id: int | None,
                      proof: list[str], comment: str, submit: bool, today: date) -> int:
    """A new request, its scanned proof and (optionally) its submission: all or nothing."""
    rid = ap.create_request(session, actor, kind, details, student_id=student_id, comment=comment, today=today)
    for path in proof:
        ap.attach_path(session, actor, paths, rid, path)
    if submit:
        ap.submit_request(session, actor, rid, today=today)
    return rid


def save_draft(session, actor, request_id: int, details: dict | None, comment: str, submit: bool,
               today: date) -> None:
    """Save the changed details of one's own draft and (optionally) submit it: all or nothing."""
    if details is not None:
        ap.update_draft(session, actor, request_id, details, comment=comment if not submit else "", today=today)
    if submit:
        ap.submit_request(session, actor, request_id, comment, today=today)


def run_step(parent: QWidget, ctx, request_id: int, action: str, comment: str = "", *,
             today: date | None = None, kind: str = "") -> StepResult | None:
    """Take one step (approve, reject, …) in one transaction; a reason is asked where the step needs one.

    Returns the service's :class:`~app.approvals.StepResult`, or None when the user gave up or the service
    refused (its message is shown). Students whose record moved are announced as "students" (and a leave as
    "attendance") so the roster and the roll call refresh too.
    """
    prompts = {
        "reject": (
            QCoreApplication.translate("Approvals", "Reject the request"),
            QCoreApplication.translate("Approvals", "Why is it rejected? The requester will read this.")),
        "cancel": (
            QCoreApplication.translate("Approvals", "Withdraw the request"),
            QCoreApplication.translate("Approvals", "Why is it withdrawn?")),
        "report": (
            QCoreApplication.translate("Approvals", "Reported to the county"),
            QCoreApplication.translate(
                "Approvals", "How and when was it reported (e.g. the 学籍 system, a reference number)?")),
        "acknowledge": (
            QCoreApplication.translate("Approvals", "Confirmed by the county"),
            QCoreApplication.translate(
                "Approvals", "What did the county confirm (for a transfer: the arrival at the new school)?")),
    }
    if action in prompts:
        title, label = prompts[action]
        text, ok = QInputDialog.getMultiLineText(parent, title, label, comment)
        if not ok:
            return None
        comment = text
    try:
        result = ctx.run(ap.step, request_id, action, comment.strip(), today=today)
    except BaoxueError as exc:
        show_error(parent, error_text(exc), QCoreApplication.translate("Approvals", "The step was not taken"))
        return None
    except Exception as exc:  # a bug: say so, the transaction rolled back
        show_unexpected(parent, f"{type(exc).__name__}: {exc}")
        return None
    return result


# --- tables -------------------------------------------------------------------------------------------


class StepTableModel(RowTableModel[StepRow]):
    """The history of a request: who did what, when, with which comment."""

    WHEN, WHO, STEP, STATE, COMMENT = range(5)

    def columns(self) -> list[Column[StepRow]]:
        return [
            Column(self.tr("When"), lambda r: time_text(r.at), sort=lambda r: time_text(r.at)),
            Column(self.tr("Who"), lambda r: r.username),
            Column(self.tr("Step"), lambda r: step_text(r.action)),
            Column(self.tr("Now"), lambda r: state_text(r.to_state)),
            Column(self.tr("Comment"), lambda r: r.comment, tooltip=lambda r: r.comment or None),
        ]


class AttachmentTableModel(RowTableModel[AttachmentRow]):
    """The scanned proof of a request."""

    NAME, TYPE, SIZE, BY, WHEN = range(5)

    def columns(self) -> list[Column[AttachmentRow]]:
        right = Qt.AlignmentFlag.AlignRight
        return [
            Column(self.tr("File"), lambda r: r.filename,
                   tooltip=lambda r: self.tr("SHA-256 {hash}").format(hash=r.sha256)),
            Column(self.tr("Type"), lambda r: files.MEDIA_TYPES.get(r.media_type, r.media_type).upper()),
            Column(self.tr("Size"), lambda r: size_text(r.size), sort=lambda r: r.size, align=right),
            Column(self.tr("Added by"), lambda r: r.uploaded_by),
            Column(self.tr("Added"), lambda r: time_text(r.uploaded_at)),
        ]

