"""The case file (一人一案): every absence alert opens a case that is followed until it is closed.

* :mod:`app.cases.stages` — the vocabulary and the pure kernel (:func:`stage_for`, :func:`pending_steps`);
* :mod:`app.cases.work` — who works on a case, opening and following it, contacts, reports,
  persuasion, the dropout registration, the return and the closing;
* :mod:`app.cases.reading` — the list, one case file, the alerts report.
"""

from app.cases.reading import *  # noqa: F401,F403
from app.cases.reading import __all__ as _reading
from app.cases.stages import *  # noqa: F401,F403
from app.cases.stages import __all__ as _stages
from app.cases.work import *  # noqa: F401,F403
from app.cases.work import __all__ as _work

__all__ = sorted({*_stages, *_work, *_reading})
