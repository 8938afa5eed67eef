"""Fixtures of the UI tests: the demo school the screen and change-set tests open.

The demo is built once per test session (``demo_root``, ~3 s) and each test gets its own copy of it
(``demo``, unlocked as the demo's administrator), so a test may change it freely.
"""

from __future__ import annotations

import shutil

import pytest

from app.data.db import unlock_database
from app.demo import DEMO_PASSWORD, build_demo
from app.paths import DataPaths
from tests.conftest import TODAY

#: the demo school of the UI tests: enough pupils for every page to have rows, a case, a dropout and requests
DEMO_STUDENTS, DEMO_SEED = 150, 3


@pytest.fixture(scope="session")
def demo_root(tmp_path_factory):
    """The demo school's data folder, built once (never opened for writing: the tests open copies)."""
    root = tmp_path_factory.mktemp("demo-school")
    build_demo(DataPaths(root), students=DEMO_STUDENTS, seed=DEMO_SEED, today=TODAY)
    return root


@pytest.fixture
def demo(demo_root, tmp_path):
    """A copy of the demo school of this test alone, open as its administrator."""
    root = tmp_path / "school"
    shutil.copytree(demo_root, root)
    db = unlock_database(DataPaths(root), "admin", DEMO_PASSWORD)
    yield db
    db.close()
