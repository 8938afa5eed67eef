"""Tables of the cases capability (case file: cases, contacts, persuasion, weekly figures).

Imported at the end of :mod:`app.data.models`, so every table is on the one metadata.
Schema changes here go with the migration ``0004_cases``.
"""

from __future__ import annotations

__all__: list[str] = []
