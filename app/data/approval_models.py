"""Tables of the approvals capability (approvals: requests, steps, attachments).

Imported at the end of :mod:`app.data.models`, so every table is on the one metadata.
Schema changes here go with the migration ``0007_approvals``.
"""

from __future__ import annotations

__all__: list[str] = []
