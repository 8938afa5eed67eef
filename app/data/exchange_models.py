"""Tables of the exchange capability (county exchange: signing keys, exported bundles, county registry).

Imported at the end of :mod:`app.data.models`, so every table is on the one metadata.
Schema changes here go with the migration ``0006_exchange``.
"""

from __future__ import annotations

__all__: list[str] = []
