"""Child process for the cold-start and memory benchmarks: print "shown" once a window is on screen.

Kinds:

* ``bare`` — a bare PySide6 window;
* ``stack`` — the fair baseline: a bare window, the same stack imported (SQLModel over the
  school's SQLCipher file), the password's key derivation the login must do (one scrypt with the
  keyring's parameters for the account) and one query (the admin's account row);
* ``app`` — the real main window, opened the way ``baoxue`` opens it after the login (the database
  unlocked with the administrator's password);
* ``pages`` — the main window, then every page opened in turn (prints each page's open time).

Each prints ``rss <peak resident MB>`` last.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def _peak_mb() -> float:
    """Peak resident memory of this process (VmHWM: ``ru_maxrss`` would carry the parent's from fork)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _wait_shown(app, w) -> None:
    while not w.isVisible() or not w.windowHandle() or not w.windowHandle().isExposed():
        app.processEvents()
    app.processEvents()


def main() -> int:
    kind = sys.argv[1]
    from PySide6.QtWidgets import QApplication, QWidget

    if kind == "bare":
        app = QApplication([])
        w = QWidget()
        w.resize(1200, 800)
        w.show()
    elif kind == "stack":
        import base64
        import hashlib
        import os

        from sqlalchemy import URL, create_engine
        from sqlmodel import Session, select

        from app.data.models import User

        app = QApplication([])
        folder = Path(sys.argv[2])
        wrapper = json.loads((folder / "baoxue-keys.json").read_text(encoding="utf-8"))["accounts"]["admin"][0]
        hashlib.scrypt(os.environ["BAOXUE_BENCH_PASSWORD"].encode(), salt=base64.b64decode(wrapper["salt"]),
                       n=int(wrapper["n"]), r=int(wrapper["r"]), p=int(wrapper["p"]), maxmem=2**30, dklen=64)
        url = URL.create("sqlite+pysqlcipher", password=f"x'{os.environ['BAOXUE_BENCH_KEY']}'",
                         database=(folder / "baoxue.sqlite3").as_posix())
        engine = create_engine(url)
        with Session(engine) as s:
            s.exec(select(User).where(User.username == "admin")).one()
        w = QWidget()
        w.resize(1200, 800)
        w.show()
    else:
        from sqlmodel import Session, select

        from app.accounts import actor_for
        import os

        from app.data.db import unlock_database
        from app.data.models import User
        from app.paths import DataPaths
        from app.ui.app import setup_application
        from app.ui.context import AppContext
        from app.ui.main_window import MainWindow

        app = setup_application("zh_CN")
        db = unlock_database(DataPaths(Path(sys.argv[2])), "admin", os.environ["BAOXUE_BENCH_PASSWORD"])
        with Session(db.engine) as s:
            actor = actor_for(s, s.exec(select(User).where(User.username == "admin")).one())
        w = MainWindow(AppContext(db, actor))
        w.resize(1366, 768)
        w.show()
    _wait_shown(app, w)
    print("shown", flush=True)
    if kind == "pages":
        opened = {}
        for key in w.visible_keys():
            c0, t0 = time.process_time(), time.perf_counter()
            w.show_page(key)
            app.processEvents()
            opened[key] = (time.process_time() - c0, time.perf_counter() - t0)
        print("pages " + json.dumps(opened), flush=True)
    print(f"rss {_peak_mb():.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
