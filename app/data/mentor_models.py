"""Tables of the mentors capability (mentors: assignments, plans, home teaching).

Imported at the end of :mod:`app.data.models`, so every table is on the one metadata.
Schema changes here go with the migration ``0008_mentors``.
"""

from __future__ import annotations

__all__: list[str] = []
