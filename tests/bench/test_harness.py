"""The bench harness opens schools as the program does: encrypted, from another process, with a key.

``make bench`` had broken unseen when every school became a SQLCipher file (its baselines used plain
``sqlite3``); these keep the harness's ways in: a cached school opened again in a new process, and a
baseline connection that reads the same rows as the program with the same key.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.data import keyring
from app.data.db import DatabaseLocked, open_database
from app.errors import PermissionDenied
from bench.harness import checkpointed_size, open_school, raw_connect
from tests.conftest import ADMIN_PASSWORD


def test_a_cached_school_opens_again_with_its_password_and_the_baseline_reads_it_with_the_same_key(school_db):
    paths = school_db.paths
    with school_db.session() as s:
        classes = s.exec(text("SELECT count(*) FROM school_class")).one()[0]
    school_db.close()
    keyring.forget_all()  # as in a new process: no key is open for the file
    with pytest.raises(DatabaseLocked):
        open_database(paths)

    db = open_school(paths, password=ADMIN_PASSWORD)
    try:
        assert db.encrypted
        con = raw_connect(db)
        assert con.execute("SELECT count(*) FROM school_class").fetchone()[0] == classes == 2
        con.close()
        assert checkpointed_size(db) == paths.database.stat().st_size > 0
        assert not paths.database.with_name(paths.database.name + "-wal").stat().st_size
    finally:
        db.close()


def test_a_wrong_password_is_refused_not_taken_for_a_new_school(school_db):
    paths = school_db.paths
    school_db.close()
    keyring.forget_all()
    with pytest.raises(PermissionDenied, match="用户名或密码不正确"):
        open_school(paths, password="not-the-password")
    db = open_school(paths, password=ADMIN_PASSWORD)
    assert db.encrypted
    db.close()

