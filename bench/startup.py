"""Child process for the cold-start benchmark: print "shown" once a window is on screen."""

from __future__ import annotations

import sys


def main() -> int:
    kind = sys.argv[1]
    from PySide6.QtWidgets import QApplication, QWidget

    if kind == "bare":
        app = QApplication([])
        w = QWidget()
        w.resize(1200, 800)
        w.show()
    else:
        from sqlmodel import Session, select

        from app.accounts import actor_for
        from app.data.db import open_database
        from app.data.models import User
        from app.paths import DataPaths
        from app.ui.app import setup_application
        from app.ui.context import AppContext
        from app.ui.main_window import MainWindow

        app = setup_application("zh_CN")
        db = open_database(DataPaths(__import__("pathlib").Path(sys.argv[2])))
        with Session(db.engine) as s:
            actor = actor_for(s, s.exec(select(User).where(User.username == "admin")).one())
        w = MainWindow(AppContext(db, actor))
        w.show()
    while not w.isVisible() or not w.windowHandle() or not w.windowHandle().isExposed():
        app.processEvents()
    app.processEvents()
    print("shown", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
