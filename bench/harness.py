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


@dataclass
class Result:
    name: str
    value: float
    unit: str
    baseline: float
    baseline_name: str
    issue: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("nan")


def timeit(fn: Callable[[], object], *, repeat: int = 5, warmup: int = 1) -> float:
    """Median wall time of ``fn`` in seconds."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def write_results(results: list[Result]) -> None:
    """Write ``bench/results.json``; figures of benchmarks not run this time are kept with their own date."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    machine = {"python": sys.version.split()[0], "platform": platform.platform(),
               "processor": platform.processor() or platform.machine()}
    kept: list[dict] = []
    if RESULTS.exists():
        try:
            old = json.loads(RESULTS.read_text(encoding="utf-8"))
            fresh = {r.name for r in results}
            kept = [{"measured_at": old.get("measured_at"), **r} for r in old.get("results", [])
                    if r.get("name") not in fresh]
        except (ValueError, AttributeError):
            kept = []
    payload = {
        "measured_at": now,
        "machine": machine,
        "results": kept + [{**asdict(r), "ratio": round(r.ratio, 3), "measured_at": now} for r in results],
    }
    RESULTS.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def print_table(results: list[Result]) -> None:
    head = f"{'benchmark':<48} {'value':>12} {'unit':<6} {'baseline':>12}  {'ratio':>8}  baseline is"
    print(head)
    print("-" * len(head))
    for r in results:
        print(f"{r.name:<48} {r.value:>12.4g} {r.unit:<6} {r.baseline:>12.4g}  {r.ratio:>8.2f}  {r.baseline_name}")
