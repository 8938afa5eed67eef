"""``make torture`` stays runnable: one kill trial per operation and a few fuzzed files, end to end.

The suite itself (≥ 50 trials per operation, 2,000 files per fuzzer) runs outside ``make test``; this small run
keeps it in step with the program (it had broken unseen when the school's database and bundles became encrypted).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the kill trials use SIGKILL, as on the Linux CI")


def test_one_trial_per_operation_and_a_few_fuzzed_files_lose_nothing(tmp_path):
    env = {**os.environ, "TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    p = subprocess.run([sys.executable, "-m", "bench.torture", "--trials", "1", "--fuzz", "20", "--no-write"],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=280)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    last = p.stdout.strip().splitlines()[-1]
    assert last.startswith("done in")
    for bad in ("'failures': 0", "'records_lost': 0", "'partial_imports': 0", "'orphan_files': 0",
                "'reused_numbers': 0", "'crashes': 0", "'wrong_acceptances': 0"):
        assert bad in last, last
    assert "'trials': 4" in last and "'files': 40" in last, last
