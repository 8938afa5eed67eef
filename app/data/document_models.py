"""Tables of the documents capability (printed documents: pledge templates, pledges and returns).

Imported at the end of :mod:`app.data.models`, so every table is on the one metadata.
Schema changes here go with the migration ``0005_documents``.
"""

from __future__ import annotations

__all__: list[str] = []
