"""The bench harness: timing helpers, results table and ``bench/results.json``."""

from __future__ import annotations

import json
import platform
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

BENCH_DIR = Path(__file__).resolve().parent
DATA_DIR = BENCH_DIR / "data"
RESULTS = BENCH_DIR / "results.json"
# figures measured against a baseline that did less work; replaced by fair ones (#18)
RETIRED = {
    "keystrokes: class of 45, 3 absentees (roll-call page)",  # now counted from login
    "1,000 parent pledges (2,000 pages) to PDF",
    "cold start to shown main window",
    "registry search latency (5,000 students)",
    "roster import, 5,000-row .xlsx",
    "export+sign weekly bundle, 5000 students",
    "saving a 42-pupil roll call, 3 absent (submit_roll_call), 5,000 pupils, 5+ yr",
    "recomputing the alerts of the whole school (5,000 pupils), 5,000 pupils, 5+ yr",
    "verify+ingest 29 schools, 30786 students",  # against a bare lxml parse; bench_county.py measures it fairly (#17)
    "verify+ingest growth 29 → 290 schools, SQLite",  # wall time; now CPU time
    "verify+ingest growth 29 → 290 schools, PostgreSQL",
}


@dataclass
class Result:
    name: str
    value: float
    unit: str
    baseline: float
    baseline_name: str
    issue: str = ""
    goal: float | None = None  # the ratio to reach (value / baseline), when the issue sets one
    note: str = ""  # what the figure covers, or what reaching the goal would take
    runs: int = 1  # how many runs the value is the median of
    limit: float | None = None  # an absolute goal in ``unit`` (e.g. 16 ms a keystroke), when the issue sets one

    @property
    def met(self) -> bool | None:
        if self.goal is None and self.limit is None:
            return None
        return (self.goal is None or self.ratio <= self.goal) and (self.limit is None or self.value < self.limit)

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("nan")


def timeit(fn: Callable[[], object], *, repeat: int = 5, warmup: int = 1, cpu: bool = False) -> float:
    """Median time of ``fn`` in seconds (wall time, or this process's CPU time with ``cpu``).

    The machine the figures are taken on is shared: CPU time is the fair measure for work
    that does no I/O wait, and the median of several runs drops the runs another process spoilt.
    """
    clock = time.process_time if cpu else time.perf_counter
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return statistics.median(times)


def open_school(paths, *, user: str = "admin", password: str | None = None):
    """Open a bench school the way the program does: every school is SQLCipher-encrypted, so a school
    built earlier (a cached one, or in another process) is unlocked with its administrator's password
    (the demo's unless given); one made or opened in this process opens with the key it already has."""
    from app.data.db import DatabaseLocked, open_database, unlock_database
    from app.demo import DEMO_PASSWORD

    try:
        return open_database(paths)
    except DatabaseLocked:
        return unlock_database(paths, user, password or DEMO_PASSWORD)


def raw_connect(db, path: Path | None = None, *, autocommit: bool = False):
    """The plainest connection for a baseline: the DB-API module on the same file (or a copy of it,
    ``path``) with the same key, so a baseline pays for SQLCipher's page encryption as the program does."""
    from app.data import keyring
    from app.data.db import connect_raw

    con = connect_raw(path or db.paths.database, keyring.key_of(db.engine))
    if autocommit:
        con.isolation_level = None
    return con


def checkpointed_size(db, path: Path | None = None) -> int:
    """The size of the file with its write-ahead log folded in."""
    con = raw_connect(db, path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return (path or db.paths.database).stat().st_size


def write_results(results: list[Result]) -> None:
    """Write ``bench/results.json``; figures of benchmarks not run this time are kept with their own date."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    machine = {"python": sys.version.split()[0], "platform": platform.platform(),
               "processor": platform.processor() or platform.machine()}
    kept: list[dict] = []
    old: dict = {}
    if RESULTS.exists():
        try:
            old = json.loads(RESULTS.read_text(encoding="utf-8"))
            fresh = {r.name for r in results}
            kept = [{"measured_at": old.get("measured_at"), **r} for r in old.get("results", [])
                    if r.get("name") not in fresh and r.get("name") not in RETIRED]
        except (ValueError, AttributeError):
            kept = []
    payload = {
        "measured_at": now,
        "machine": machine,
        **({k: old[k] for k in ("scaling", "torture") if k in old} if isinstance(old, dict) else {}),
        "results": kept + [{**asdict(r), "ratio": round(r.ratio, 3), "met": r.met, "measured_at": now}
                           for r in results],
    }
    RESULTS.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def print_table(results: list[Result]) -> None:
    head = f"{'benchmark':<48} {'value':>12} {'unit':<6} {'baseline':>12}  {'ratio':>8}  baseline is"
    print(head)
    print("-" * len(head))
    for r in results:
        print(f"{r.name:<48} {r.value:>12.4g} {r.unit:<6} {r.baseline:>12.4g}  {r.ratio:>8.2f}  {r.baseline_name}")


# --- the README table -----------------------------------------------------------------------

README = BENCH_DIR.parent / "README.md"
TABLE_BEGIN = "<!-- bench-table:begin (python -m bench table) -->"
TABLE_END = "<!-- bench-table:end -->"


def _num(v: float) -> str:
    if v != v:  # nan
        return "—"
    if abs(v) >= 100:
        return f"{v:,.0f}"
    return f"{v:.3g}"


def markdown_table(payload: dict) -> str:
    """The figures of ``results.json`` as a Markdown table, one row per figure, by issue."""
    rows = sorted(payload.get("results", []), key=lambda r: (r.get("issue", ""), r.get("name", "")))
    out = ["| issue | figure | value | fair baseline (same work, plainest code) | ratio | goal | |",
           "|---|---|---|---|---|---|---|"]
    for r in rows:
        goal, limit = r.get("goal"), r.get("limit")
        met = r.get("met")
        mark = "" if met is None else ("✓" if met else "✗")
        wanted = " and ".join(([f"ratio ≤ {_num(goal)}"] if goal is not None else [])
                              + ([f"< {_num(limit)} {r['unit']}"] if limit is not None else []))
        note = r.get("note") or ""
        ratio = r.get("ratio")
        out.append(f"| {r.get('issue', '')} | {r['name']} | {_num(r['value'])} {r['unit']} | "
                   f"{_num(r['baseline'])} {r['unit']}: {r['baseline_name']} | "
                   f"{_num(ratio) if isinstance(ratio, (int, float)) else '—'} | "
                   f"{wanted} | {mark} {note}".rstrip() + " |")
    return "\n".join(out)


def write_readme_table() -> bool:
    """Replace the table between the markers in README.md by the one from ``results.json``."""
    payload = json.loads(RESULTS.read_text(encoding="utf-8"))
    changed = _replace_block(TABLE_BEGIN, TABLE_END, markdown_table(payload))
    if payload.get("scaling", {}).get("table"):
        changed |= _replace_block(SCALING_BEGIN, SCALING_END, payload["scaling"]["table"])
    return changed


def _replace_block(begin: str, end_marker: str, table: str) -> bool:
    text = README.read_text(encoding="utf-8")
    start, end = text.find(begin), text.find(end_marker)
    if start < 0 or end < start:
        raise SystemExit(f"README.md has no {begin} … {end_marker} block")
    new = text[:start + len(begin)] + "\n" + table + "\n" + text[end:]
    if new != text:
        README.write_text(new, encoding="utf-8")
    return new != text


SCALING_BEGIN = "<!-- bench-scaling:begin (make bench ARGS=bench_scaling) -->"
SCALING_END = "<!-- bench-scaling:end -->"


def write_scaling(rows: dict[str, dict[str, float]], table: str) -> None:
    """Keep the scaling figures in ``results.json`` (key ``scaling``) and the table in README.md."""
    payload = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {"results": []}
    payload["scaling"] = {"measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "figures": rows,
                          "table": table}
    RESULTS.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    _replace_block(SCALING_BEGIN, SCALING_END, table)
