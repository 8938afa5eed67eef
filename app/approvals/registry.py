"""The kinds of request: the one list of them.

Each kind is a module of this package holding its details dataclass, its checks, its effect on the roll,
its description, its status code and its words, gathered in one :class:`~app.approvals.common.Kind`
record (``KIND``). The workflow, the permissions and the lists ask :data:`REGISTRY` and never name a kind,
so a new kind is a new module and one line below.
"""

from __future__ import annotations

from typing import Any

from app.approvals import (borrow_in, borrow_out, borrow_return, death, dropout, graduation, leave, resumption,
                           suspension, suspension_extension, transfer_in, transfer_out)
from app.approvals.common import Kind, parse_as
from app.data.approval_models import ApprovalRequest
from app.errors import ValidationError
from app.messages import label_table

#: key → kind, in the order the windows offer them
REGISTRY: dict[str, Kind] = {m.KIND.key: m.KIND for m in (
    leave, suspension, suspension_extension, resumption, transfer_out, transfer_in, borrow_out, borrow_return,
    borrow_in, dropout, death, graduation)}

# --- views of the registry, for the windows, the command line and the exchange ---------------------------

KINDS: dict[str, str] = {key: k.label for key, k in REGISTRY.items()}
DETAILS: dict[str, type] = {key: k.details for key, k in REGISTRY.items()}
#: kinds that change a student's 学籍 status: one open request of these per student at a time
STATUS_KINDS = frozenset(key for key, k in REGISTRY.items() if k.one_open)
#: kinds that need a scanned proof before they can be submitted
PROOF_KINDS: dict[str, str] = {key: k.proof for key, k in REGISTRY.items() if k.proof}
#: kinds the county must be told of (reported, then acknowledged)
COUNTY_KINDS = frozenset(key for key, k in REGISTRY.items() if k.county)


def kind_of(key: str) -> Kind:
    """The kind of that key, or a refusal naming the kinds there are."""
    kind = REGISTRY.get(key)
    if kind is None:
        raise ValidationError("申请类型", "approvals.unknown_kind", key=key, choices=[k.name for k in REGISTRY.values()])
    return kind


def parse_details(kind: str, data) -> Any:
    """The kind's details dataclass from a dataclass, a dict (UI/JSON) or None; wrong shapes refused."""
    return parse_as(kind_of(kind), data)


def describe(req: ApprovalRequest) -> "Message | str":
    """The request in one line, in its kind's words (a message: str() is the Chinese)."""
    return REGISTRY[req.kind].describe(req)

label_table("request_kind", {key: kind.label for key, kind in REGISTRY.items()})
