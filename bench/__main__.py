"""``make bench``: run every ``bench/bench_*.py`` (or those named on the command line)."""

from __future__ import annotations

import compileall
import importlib
import sys
from pathlib import Path

from bench.harness import BENCH_DIR, DATA_DIR, RESULTS, print_table, write_readme_table, write_results


def main(argv: list[str]) -> int:
    if argv[:1] == ["table"]:  # README's table from bench/results.json, nothing measured
        print("README.md " + ("updated" if write_readme_table() else "already up to date"))
        return 0
    names = argv or sorted(p.stem for p in BENCH_DIR.glob("bench_*.py"))
    # the program as installed carries its bytecode (pip and the frozen build compile it); a machine with
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module again in each timed child process
    compileall.compile_dir(str(BENCH_DIR.parent / "app"), quiet=1)
    DATA_DIR.mkdir(exist_ok=True)
    results = []
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        print(f"== {name}", flush=True)
        results.extend(module.run())
    print()
    print_table(results)
    write_results(results)
    write_readme_table()
    print(f"\nwritten: {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
