"""Issue #18: a school of five years built through the services — its size, what fills it, the figures on it.

The school is :mod:`bench.five_year`'s (built once, cached by its content key). The figures run on
a copy, so the cached school is never changed: its size against the issue's goal (≤ 200 MB), what
fills it (SQLite's ``dbstat``), what its export history keeps of its weekly bundles against keeping every
file as the history did before (:mod:`app.exchange.copies`), and saving a roll call and working out every
alert on it, with the same fair baselines as :mod:`bench.bench_attendance`.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from bench.harness import Result, checkpointed_size, raw_connect

N_STUDENTS, YEARS = 5000, 5


def _shares(db, work: Path) -> dict[str, float]:
    """MB per table, its indexes counted with it.

    The SQLCipher build has no ``dbstat``: the pages are counted on a decrypted copy (``sqlcipher_export``
    into a plain file in ``work``, deleted after), read with the standard library's SQLite, which has it."""
    import sqlite3

    plain = work / "plain-copy.sqlite3"
    con = raw_connect(db)
    con.execute(f"ATTACH DATABASE '{plain.as_posix()}' AS plain KEY ''")
    con.execute("SELECT sqlcipher_export('plain')")
    con.execute("DETACH DATABASE plain")
    con.close()
    con = sqlite3.connect(plain)
    index_of = dict(con.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'").fetchall())
    out: dict[str, float] = {}
    for name, size in con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
        table = index_of.get(name, name)
        out[table] = out.get(table, 0.0) + size / 1e6
    con.close()
    plain.unlink()
    return out


def _bundle_history(db) -> dict:
    """What the export history holds: its bundles, their files' bytes, what the rows keep, and what they would keep
    as before #18 (every file Huffman-coded: the ratio measured on the copies still kept, which give their files back)."""
    import zlib

    from app.exchange import copies

    con = raw_connect(db)
    n, files, stored, kept = con.execute("SELECT count(*), total(size), total(length(data)), total(length(data) > 0) "
                                         "FROM exchange_export").fetchone()
    sample = [(bytes(d), size) for d, size in con.execute(
        "SELECT data, size FROM exchange_export WHERE length(data) > 0 ORDER BY sequence DESC LIMIT 8")]
    con.close()
    old = new = sampled = 0
    for data, size in sample:
        z = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS, 9, zlib.Z_HUFFMAN_ONLY)
        old += len(z.compress(copies.file_of(data)) + z.flush())
        new += len(data)
        sampled += size
    return {"bundles": n, "files_mb": files / 1e6, "stored_mb": stored / 1e6, "kept": int(kept),
            "before_mb": files * old / sampled / 1e6 if sampled else 0.0,
            "copy_ratio": new / sampled if sampled else 0.0, "huffman_ratio": old / sampled if sampled else 0.0}


def run() -> list[Result]:
    from sqlmodel import Session, select

    from bench.harness import open_school
    from app.data.models import SchoolClass
    from app.paths import DataPaths
    from app.school_calendar import load_calendar
    from bench.bench_attendance import TODAY, _saving_and_recomputing
    from bench.five_year import ensure

    cached = ensure(N_STUDENTS, YEARS)
    label = f"{N_STUDENTS:,} pupils, {YEARS} yr built through the services"
    with tempfile.TemporaryDirectory(prefix="baoxue-bench-5yr-") as tmp:
        paths = DataPaths(Path(tmp) / "school")
        shutil.copytree(cached.root, paths.root)
        db = open_school(paths)  # the migrations bring an older cached school up to date
        size = checkpointed_size(db) / 1e6
        shares = _shares(db, Path(tmp))
        history = _bundle_history(db)
        db.close()
        top = sorted(shares.items(), key=lambda kv: -kv[1])[:4]
        what = ", ".join(f"{t} {mb:.0f} MB" for t, mb in top)
        results = [Result(f"database size, {label}", size, "MB", 200, "the goal: 200 MB", "#18", limit=200,
                          note=f"tables with their indexes: {what}; with its {history['bundles']} weekly bundles "
                               f"({history['files_mb']:.0f} MB of files), of which the history keeps "
                               f"{history['kept']} copies ({history['stored_mb']:.1f} MB): the others the county "
                               "confirmed, older than the current term and the newest four (app.exchange.copies)"),
                   Result(f"export history of {history['bundles']} weekly bundles, {label}", history["stored_mb"], "MB",
                          history["before_mb"], "every file kept Huffman-coded in its row, as before #18 (the ratio "
                          "measured on the copies still kept)", "#18",
                          note=f"a kept copy is the bundle zlib-compressed before encryption and its sealing: "
                               f"{history['copy_ratio']:.1%} of its file (Huffman-coded file: "
                               f"{history['huffman_ratio']:.1%}); a copy goes once the county's receipt confirms the "
                               "file and it is older than the current term and the newest four bundles, the row "
                               "(sequence, digests, counts) staying")]
        db = open_school(paths)
        with Session(db.engine) as s:
            cal = load_calendar(s)
            class_ids = list(s.exec(select(SchoolClass.id).where(SchoolClass.active == True)  # noqa: E712
                                    .order_by(SchoolClass.id)))
        days = cal.school_days(cal.terms[0].start_date, TODAY)
        results += _saving_and_recomputing(db, paths.database, class_ids, days, label, recompute_rest=(
            "; what is left over the baseline: the second pass for the pupils whose open alert or run reaches "
            "back before the window (17 here, long absentees) reads their absences back to their oldest open "
            "alert's first day, all marks of five years through the student index (a mark has no day: each is "
            "joined to its sheet, ~2 ms); to reach it with a margin: the day stored on attendance_mark with an "
            "index (student_id, mark, day) (a migration, and every writer of marks setting it), so that pass "
            "reads only the absences of its weeks"))
        db.close()
    for r in results:
        print(f"   {r.name}: {r.value:.4g} {r.unit} ({r.baseline:.4g} {r.unit} baseline)", flush=True)
    return results
