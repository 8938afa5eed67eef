"""Requests and approvals: leave, suspension, resumption, transfer, borrow-study, dropout, death, graduation.

domain.md §2 measure 4 ("status changes follow approval and filing rules, so
that no child is lost through a school's or teacher's mistake") and §5.

One state machine for every kind
--------------------------------
::

    draft ──submit──▶ submitted ──approve──▶ approved ──report──▶ reported ──acknowledge──▶ acknowledged
      │                  │  └──reject (reason)──▶ rejected
      └──cancel──▶ cancelled ◀──cancel──┘
                         ▲
       approved leave ───┘ (only before its first day; the Leave is cancelled with it)

* ``report`` / ``acknowledge`` exist only for kinds the county must know
  (everything but leave): the school files the change with the county bureau
  (reported) and records the bureau's answer (acknowledged). For a transfer out
  the acknowledgement is the county's confirmation that the child arrived at the
  new school; until then the child is listed by :func:`unconfirmed_transfers`.
* A rejection needs a reason; rejected and cancelled are final (a new request is
  made instead, :func:`copy_as_draft` helps).
* **Cancellation** is allowed for a draft or a submitted request (the requester
  or the principal), and for an *approved leave before its first day* (the
  requester, the class teacher or the principal): the Leave row is cancelled
  through :func:`app.attendance.cancel_leave` in the same transaction. An
  approved status change is never "cancelled": it is part of the student's
  national history, and is reversed by the opposite request (resumption,
  borrow-study return, transfer in) so the history tells what happened. A leave
  that has begun is not cancelled either (the days already excused stay on the
  record); the class teacher simply takes the roll when the child is back.
* Every step writes an :class:`~app.data.models.ApprovalStep` (who, when, from
  and to state, comment) and an audit entry, in the caller's transaction, with
  the effects of the step.
* An illegal step is refused before anything is written, with a message saying
  why (:func:`refusal` gives the same message without raising, so a window can
  grey out a button and show the reason as a tooltip; :func:`allowed_actions`
  lists what the actor may do now).

Who does what (rules in :mod:`.permissions`)
----------------------------------------
* **Request**: teachers and class teachers for students of the classes they may
  edit (:func:`app.accounts.can_edit_class`), the registrar (and admin) for
  anyone. A graduation batch and a transfer in of a new child: the registrar.
  Only the requester edits and submits a draft.
* **Approve / reject**: a leave of at most ``policy.class_teacher_leave_limit_days``
  school days by the class teacher (head teacher) of the student's class, or the
  principal; a longer leave and every other kind by the principal. Nobody
  decides on a request they made themselves.
* **Report / acknowledge** (the county's steps, recorded at the school): the registrar.

Permissions (``approval.*``) are in the one table, :data:`app.access.PERMISSIONS`.

Effects of an approval (same transaction)
-----------------------------------------
* leave → :func:`app.attendance.add_leave` (saved roll calls become excused, alerts
  recomputed and cleared when the leave covers their run), ``outcome["leave_id"]``;
* suspension 23, resumption 12, transfer out 27, transfer in 13 (an existing
  record that transferred out, or a new child created with code 13), dropout 28
  (through :func:`app.cases.register_dropout` when a case is referenced), death 26,
  graduation 21 for every student of the class who is 在校 (others are listed in
  ``outcome["skipped"]``) — all via :func:`app.students.record_status_change`,
  effective on the request's date (the roll call uses the status history, so the
  child leaves the roll from that day);
* borrow-study out / return: the borrow helpers of :mod:`app.students`
  (no national code; the registration stays);
* suspension extension: no status change; the suspension's end moves
  (:func:`suspension_end`);
* borrow-study *in* (a child of another school studying here): filed only — the
  child is not on this school's 学籍; see the report for the roster question.

The status change is recorded in the approver's name (the approval is its
authority), although a principal does not hold ``student.status`` for direct
edits: :func:`app.approvals.workflow.authority` adds that authority for the effect only.

The package
-----------
One module per kind of request (``leave``, ``suspension``, ``suspension_extension``,
``resumption``, ``transfer_out``, ``transfer_in``, ``borrow_out``, ``borrow_return``,
``borrow_in``, ``dropout``, ``death``, ``graduation``): its details dataclass, its
checks, its effect on the roll, its description, its status code, its label and
its field labels, gathered in one :class:`~app.approvals.common.Kind` record.
:mod:`.registry` is the one list of the kinds; the rest never names a kind:
:mod:`.common` (the vocabulary, the Kind record, the text/date/status checks),
:mod:`.permissions` (who may do what now), :mod:`.workflow` (create, edit and the
steps), :mod:`.attachments` (scanned proof), :mod:`.reading` (rows, a request in
full, the inbox, unconfirmed transfers). This module re-exports the public API.

Adding a kind: a module here with its details dataclass, ``FIELD_LABELS``, its
``check``/``apply``/``describe`` and ``KIND = Kind(...)``, one line in
:data:`.registry.REGISTRY`, and its words in the request dialog (``KIND_TEXT``,
``KIND_HINT``, ``FIELD_TEXT`` of ``app/ui/request_dialog.py``).
"""

from app.approvals.attachments import AttachmentRow, attach_file, attach_path, open_attachment, remove_attachment
from app.approvals.borrow_in import BorrowInDetails
from app.approvals.borrow_out import BorrowOutDetails
from app.approvals.borrow_return import BorrowReturnDetails
from app.approvals.common import (ACTIONS, APPROVER_ROLES, DONE_STATES, FINAL_STATES, MAX_TEXT, OPEN_STATES, STATES,
                                  STEP_ACTIONS, TRANSITIONS, Checked, Effect, Kind, StepResult, Text, Withdrawal,
                                  add_months, details_to_json)
from app.approvals.death import DeathDetails
from app.approvals.dropout import DropoutDetails
from app.approvals.graduation import FINAL_GRADES, GraduationDetails
from app.approvals.leave import LeaveDetails, leave_days
from app.approvals.permissions import allowed_actions, refusal
from app.approvals.reading import (INBOX_SECTIONS, Inbox, RequestDetail, RequestRow, StepRow, UnconfirmedTransfer,
                                   badge_count, get_request, inbox, list_requests, unconfirmed_transfers)
from app.approvals.registry import (COUNTY_KINDS, DETAILS, KINDS, PROOF_KINDS, REGISTRY, STATUS_KINDS, kind_of,
                                    parse_details)
from app.approvals.resumption import ResumptionDetails
from app.approvals.suspension import SuspensionDetails
from app.approvals.suspension_extension import SuspensionExtensionDetails, suspension_end
from app.approvals.transfer_in import TransferInDetails
from app.approvals.transfer_out import TransferOutDetails
from app.approvals.workflow import (acknowledge, approve, approver_role_for, cancel, copy_as_draft, create_request,
                                    reject, report_to_county, step, submit_request, update_draft)
from app.data.approval_models import ApprovalRequest

__all__ = [
    "ACTIONS", "APPROVER_ROLES", "ApprovalRequest", "AttachmentRow",
    "BorrowInDetails", "BorrowOutDetails", "BorrowReturnDetails", "COUNTY_KINDS", "Checked", "DETAILS", "DONE_STATES",
    "DeathDetails", "DropoutDetails", "Effect", "FINAL_GRADES", "FINAL_STATES", "GraduationDetails", "INBOX_SECTIONS",
    "Inbox", "KINDS", "Kind", "LeaveDetails", "MAX_TEXT", "OPEN_STATES", "PROOF_KINDS", "REGISTRY",
    "RequestDetail", "RequestRow", "ResumptionDetails", "STATES", "STATUS_KINDS", "STEP_ACTIONS", "StepResult",
    "StepRow", "SuspensionDetails", "SuspensionExtensionDetails", "TRANSITIONS", "Text", "TransferInDetails",
    "TransferOutDetails", "UnconfirmedTransfer", "Withdrawal", "acknowledge", "add_months", "allowed_actions",
    "approve", "approver_role_for", "attach_file", "attach_path", "badge_count", "cancel", "copy_as_draft",
    "create_request", "details_to_json", "get_request", "inbox", "kind_of", "leave_days", "list_requests",
    "open_attachment", "parse_details", "refusal", "reject", "remove_attachment", "report_to_county", "step",
    "submit_request", "suspension_end", "unconfirmed_transfers", "update_draft",
]
