"""``make torture``: kill -9 during the operations that write, and fuzzers for what comes from outside.

Not part of ``make test`` (it takes minutes). Deterministic for a seed (``--seed``, default 14); the
number of kill trials per operation is ``--trials`` (default ``TORTURE_TRIALS`` or 50) and of fuzzed
files per fuzzer ``--fuzz`` (default 40 × the trials, so 2,000). The figures go to the ``torture``
section of ``bench/results.json`` (the speed figures are kept).

**Kill trials.** A small school (the demo's generator, 60 pupils, its signing key) is built once; each
trial works on a copy of its data folder. A child process (``fork``; ``spawn`` where there is none) runs
one operation — a roster import of 30 pupils, a county export, the whole school's parent pledges, the
roll calls of five days — and is killed with SIGKILL at its k-th *event*: an SQL statement, a COMMIT
(just before it, or at the next event after it), an ``fsync`` or a rename. The events of a run are
counted once without a kill (the calibration); the trials choose k from them with the seed, half
anywhere and half at a commit. What the child saw acknowledged (a roll call saved, an import done, a
bundle or batch returned) it writes to an acknowledgement file, fsynced, before going on. After the kill
the parent checks, on the copy: SQLite's integrity check; what ``app.numbered_files.recover`` (what
every start runs) leaves — a ``.part`` file, or a bundle / PDF under its final name the history does not
know, is an orphan; every acknowledged record is there (lost otherwise); an import is all or nothing
(partial otherwise). Then the operation runs again to the end, which must succeed, and no number seen
in any file the crash left (bundle sequence with other bytes, pledge number) may be issued again
(reused) — and the county, given every bundle file on the stick, must never see a fork.

**Fuzzers.** The roster importer (``app.students.roster_import.import_roster``) gets mutated template ``.xlsx`` and
``.csv`` files (cells replaced by control characters, non-ASCII digits, very long text, formulas, wrong
codes; rows duplicated; headers changed; bytes flipped, cut or inserted; GBK and UTF-8): a *crash* is an
exception other than the program's own (``BaoxueError``), a *partial import* a refused file that
changed the database or an accepted one that did not write all it planned, a *wrong acceptance* an
accepted file whose pupils then cannot be exported (the roster export, the county bundle's schema).
County verification (``app.exchange.county.verify``) gets mutated genuine bundles (bytes, text and
attributes inside the signed content, comments inside header fields, elements removed or doubled, CRLF,
the signature and the certificate changed): a crash as above, a wrong acceptance a file accepted whose
header or records as the county reads them differ from the genuine bundle's.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import multiprocessing
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from bench.harness import RESULTS

TODAY = date(2026, 11, 27)
PUPILS = 60
IMPORTED = 30
ROLL_DAYS = 5
OPS = ("import", "export", "print", "roll_call")
PASSWORD = "baoxue2026"
NUMBER_RE = re.compile(rb"[A-Z]{2}\d{4}-\d{6}-\d")


# --- the school every trial copies --------------------------------------------------------------------------


@dataclass
class Template:
    root: Path  # the data folder
    roster: Path  # the file the import trials import
    school_days: list[date]


def _demo_county(county_db):
    """A county database that holds the demo county's key: the school's bundles are encrypted to it (opened with
    its demo passphrase where the county reads them)."""
    from app.demo import county as demo_county

    demo_county.install(county_db)
    return county_db


def _open_school(paths):
    """The school's database (encrypted, SQLCipher) opened as the demo administrator, in any process."""
    from app.data.db import unlock_database
    from app.demo import DEMO_PASSWORD

    return unlock_database(paths, "admin", DEMO_PASSWORD)


def build_template(work: Path, seed: int) -> Template:
    from app.accounts import SYSTEM
    from app.demo import COUNTY_CODE, build_demo
    from app.demo import county as demo_county
    from app.exchange.keys import populate_demo
    from app.paths import DataPaths
    from app.students.roster_export import export_roster

    paths = DataPaths(work / "template")
    build_demo(paths, students=PUPILS, seed=seed, today=TODAY, activity=False)
    db = _open_school(paths)
    try:
        with db.transaction() as s:
            populate_demo(paths, s)
        with db.transaction() as s:  # the county's certificate: bundles are encrypted to it, as at a real school
            demo_county.trust(s, SYSTEM, COUNTY_CODE)
    finally:
        db.close()
    # the file to import: the roster of another demo school (other pupils, the same classes)
    other = DataPaths(work / "other")
    build_demo(other, students=IMPORTED, seed=seed + 1, today=TODAY, activity=False)
    db = _open_school(other)
    roster = work / "roster.xlsx"
    try:
        with db.transaction() as s:
            export_roster(s, SYSTEM, roster)
    finally:
        db.close()
    days, d = [], TODAY
    while len(days) < ROLL_DAYS:
        if d.weekday() < 5:
            days.append(d)
        d -= timedelta(days=1)
    return Template(paths.root, roster, days)


# --- the child: one operation, killed at its k-th event --------------------------------------------------------


class _Killer:
    """Counts the events of the operation and kills the process (SIGKILL) at the k-th."""

    def __init__(self, kill_at: int | None):
        self.kill_at = kill_at
        self.count = 0
        self.commits: list[int] = []

    def event(self, commit: bool = False) -> None:
        self.count += 1
        if commit:
            self.commits.append(self.count)
        if self.kill_at is not None and self.count >= self.kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def install(self) -> None:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        event.listen(Engine, "before_cursor_execute", lambda *a: self.event())
        event.listen(Engine, "commit", lambda *a: self.event(commit=True))
        real_replace, real_fsync = os.replace, os.fsync

        def replace(a, b):
            self.event()
            return real_replace(a, b)

        def fsync(fd):
            self.event()
            return real_fsync(fd)

        os.replace, os.fsync = replace, fsync


def _ack(path: Path, item) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(item, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def _actor(db):
    from app.accounts import authenticate

    with db.transaction() as s:
        return authenticate(s, "registrar", PASSWORD)


def run_op(op: str, root: str, roster: str, days: list[str], kill_at: int | None, report: str | None) -> None:
    """What the child process does (also the calibration and the completing run, without ``kill_at``)."""
    from app.numbered_files import recover
    from app.paths import DataPaths

    paths = DataPaths(Path(root))
    ack = paths.root / "acks.jsonl"
    db = _open_school(paths)
    recover(db)
    actor = _actor(db)
    killer = _Killer(kill_at)
    killer.install()
    if op == "import":
        from app.students.roster_import import import_roster

        plan, result = import_roster(db, actor, Path(roster), today=TODAY)
        assert result is not None, [str(e) for e in plan.errors[:3]]
        _ack(ack, {"import": result.created + result.updated})
    elif op == "export":
        from app.exchange.export import export_bundle
        from app.exchange.keys import DEMO_KEY_PASSPHRASE

        with db.transaction() as s:
            r = export_bundle(s, actor, paths, out_dir=paths.root / "usb", passphrase=DEMO_KEY_PASSPHRASE,
                              today=TODAY, full_roster=True)
        _ack(ack, {"bundle": r.sequence, "sha256": r.sha256, "file": str(r.path)})
    elif op == "print":
        from app.documents.pledges import print_pledges

        from sqlmodel import select

        from app.data.models import SchoolClass

        (paths.root / "pdf").mkdir(exist_ok=True)
        n = len(list((paths.root / "pdf").glob("*.pdf")))
        with db.transaction() as s:
            first = s.exec(select(SchoolClass.id).order_by(SchoolClass.id)).first()
            r = print_pledges(s, actor, paths.root / "pdf" / f"pledges-{n + 1}.pdf", class_id=first, today=TODAY,
                              skip_returned=False)
        _ack(ack, {"batch": r.batch_id, "numbers": list(r.numbers), "file": str(r.path)})
    elif op == "roll_call":
        from sqlmodel import select

        from app import attendance as att
        from app.data.models import SchoolClass, Student

        with db.transaction() as s:
            classes = [c.id for c in s.exec(select(SchoolClass).where(SchoolClass.active == True))]  # noqa: E712
            pupils = {c: [p.id for p in s.exec(select(Student).where(Student.class_id == c,
                                                                        Student.status == "in_school"))]
                      for c in classes}
        for day in map(date.fromisoformat, days):
            for c in classes:
                absent = pupils[c][day.day % max(len(pupils[c]), 1):][:2]
                with db.transaction() as s:
                    rc = att.open_roll_call(s, actor, c, day, "day", today=TODAY)
                    att.submit_roll_call(s, actor, c, day, "day", {sid: ("absent", "") for sid in absent},
                                         rc.revision, today=TODAY)
                _ack(ack, {"roll": [c, day.isoformat(), sorted(absent)]})
    db.close()
    if report:
        Path(report).write_text(json.dumps({"events": killer.count, "commits": killer.commits}))


def _child(args) -> None:
    try:
        run_op(*args)
    except BaseException:  # the completing run must not fail: the parent sees a non-zero exit
        import traceback

        traceback.print_exc()
        os._exit(3)
    os._exit(0)


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def run_child(op: str, root: Path, tpl: Template, kill_at: int | None, report: Path | None = None) -> int:
    """Run the operation in a child process; its exit code (-9 when killed)."""
    proc = _context().Process(target=_child, args=((op, str(root), str(tpl.roster),
                                                    [d.isoformat() for d in tpl.school_days], kill_at,
                                                    str(report) if report else None),))
    proc.start()
    proc.join()
    return proc.exitcode


# --- after a kill: what the copy holds -------------------------------------------------------------------------


@dataclass
class OpFigures:
    trials: int = 0
    killed: int = 0
    failures: int = 0  # integrity check failed, or the operation could not be run again to its end
    records_lost: int = 0
    partial: int = 0
    orphan_files: int = 0
    reused_numbers: int = 0
    county_forks: int = 0
    notes: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        if len(self.notes) < 10:
            self.notes.append(text)


def _acks(root: Path) -> list[dict]:
    f = root / "acks.jsonl"
    if not f.exists():
        return []
    out = []
    for line in f.read_text(encoding="utf-8").splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:  # a line cut by the kill: never acknowledged
            pass
    return out


def _pdf_numbers(path: Path) -> set[bytes]:
    try:
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, timeout=120).stdout
    except (OSError, subprocess.TimeoutExpired):
        return set()
    return set(NUMBER_RE.findall(text))


def _files_left(root: Path) -> dict[str, list[Path]]:
    out = {"bundles": [], "pdfs": [], "parts": []}
    for folder in (root / "usb", root / "pdf"):
        if not folder.exists():
            continue
        for f in folder.iterdir():
            if f.name.endswith(".part"):
                out["parts"].append(f)
            elif f.suffix == ".xml":
                out["bundles"].append(f)
            elif f.suffix == ".pdf":
                out["pdfs"].append(f)
    return out


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _seq_of(name: str) -> int | None:
    m = re.search(r"baoxue-\d+-(\d{5})-", name)
    return int(m.group(1)) if m else None


def inspect(op: str, root: Path, before: dict, fig: OpFigures, tpl: Template) -> None:
    """Check one killed trial's copy (see the module's text)."""
    from sqlmodel import func, select

    from app.data.db import check_database
    from app.data.document_models import Pledge, PledgeBatch
    from app.data.exchange_models import ExchangeExport
    from app.data.models import AttendanceMark, AttendanceSheet, Guardian, Student
    from app.numbered_files import recover
    from app.paths import DataPaths

    # what the crash left, before anything is cleaned up
    left = _files_left(root)
    seen_bundles = {}
    for f in left["bundles"] + [p for p in left["parts"] if ".xml." in p.name and "manifest" not in p.name]:
        seq = _seq_of(f.name)
        if seq is not None:
            seen_bundles.setdefault(seq, set()).add(_sha(f))
    seen_numbers: set[bytes] = set()
    for f in left["pdfs"] + [p for p in left["parts"] if ".pdf." in p.name]:
        seen_numbers |= _pdf_numbers(f)

    db = _open_school(DataPaths(root))
    try:
        check = check_database(db)
        if check.integrity != "ok" or check.foreign_key_errors:
            fig.failures += 1
            fig.note(f"{op}: integrity {check.integrity}, {check.foreign_key_errors} foreign-key errors")
        recover(db)
        after = _files_left(root)
        with db.transaction() as s:
            history = {r.sequence: r.sha256 for r in s.exec(select(ExchangeExport))}
            batches = {b.file_name for b in s.exec(select(PledgeBatch))}
            numbers = {p.number.encode() for p in s.exec(select(Pledge))}
            students = s.exec(select(func.count()).select_from(Student)).one()
            guardians = s.exec(select(func.count()).select_from(Guardian)).one()
            marks: dict = {}
            for sheet, mark in s.exec(select(AttendanceSheet, AttendanceMark)
                                      .join(AttendanceMark, AttendanceMark.sheet_id == AttendanceSheet.id,
                                            isouter=True)):
                got = marks.setdefault((sheet.class_id, sheet.day.isoformat()), set())
                if mark is not None and mark.mark == "absent":
                    got.add(mark.student_id)
        fig.orphan_files += len(after["parts"])
        for f in after["bundles"]:
            if history.get(_seq_of(f.name)) != _sha(f):
                fig.orphan_files += 1
                fig.note(f"{op}: bundle file {f.name} unknown to the history")
        for f in after["pdfs"]:
            if f.name not in batches:
                fig.orphan_files += 1
                fig.note(f"{op}: PDF {f.name} unknown to the history")
        for a in _acks(root):
            if "import" in a and students != before["students"] + IMPORTED:
                fig.records_lost += 1
            if "bundle" in a and history.get(a["bundle"]) != a["sha256"]:
                fig.records_lost += 1
            if "batch" in a and not set(n.encode() for n in a["numbers"]) <= numbers:
                fig.records_lost += 1
            if "roll" in a and marks.get((a["roll"][0], a["roll"][1])) != set(a["roll"][2]):
                fig.records_lost += 1
                fig.note(f"{op}: roll call {a['roll']} acknowledged, not in the database")
        if op == "import":
            if students not in (before["students"], before["students"] + IMPORTED) or \
                    (students == before["students"]) != (guardians == before["guardians"]):
                fig.partial += 1
                fig.note(f"{op}: {students} pupils, {guardians} guardians after the kill")
        issued_before = set(numbers)
    finally:
        db.close()

    # the operation again, to its end
    if op in ("import", "export", "print"):
        code = run_child(op, root, tpl, None)
        if code != 0:
            fig.failures += 1
            fig.note(f"{op}: the run after the kill failed (exit {code})")
            return
        db = _open_school(DataPaths(root))
        try:
            with db.transaction() as s:
                history = {r.sequence: r.sha256 for r in s.exec(select(ExchangeExport))}
                numbers = {p.number.encode() for p in s.exec(select(Pledge))}
        finally:
            db.close()
        for seq, shas in seen_bundles.items():
            if any(h != history.get(seq) for h in shas):
                fig.reused_numbers += 1
                fig.note(f"{op}: bundle no. {seq} seen with other bytes than the history's")
        reissued = (seen_numbers - issued_before) & (numbers - issued_before)
        if reissued:
            fig.reused_numbers += len(reissued)
            fig.note(f"{op}: {len(reissued)} pledge numbers in a crashed file issued again")
        if op == "export":
            fig.county_forks += _county_forks(root)


def _county_forks(root: Path) -> int:
    """Every bundle file on the stick given to a county: forks or refusals (a gap is only a warning)."""
    from app.exchange.county import CountyDB, ingest, register_certificate
    from app.exchange.keys import DEMO_KEY_PASSPHRASE

    certs = sorted((root / "keys").glob("*.cert.pem"))
    county = _demo_county(CountyDB(root / "county.sqlite3"))
    try:
        for c in certs:
            try:
                register_certificate(county, c)
            except Exception:
                pass
        files = sorted((root / "usb").glob("*.xml"))
        res = ingest(files, county, passphrase=DEMO_KEY_PASSPHRASE)  # the demo county's key
        return len(res.rejected)
    finally:
        county.close()


def kill_trials(tpl: Template, work: Path, trials: int, seed: int, ops=OPS) -> dict:
    from sqlmodel import func, select

    from app.data.models import Guardian, Student
    from app.paths import DataPaths

    # loaded once here, so each forked child starts at once (a fork carries the loaded modules)
    import app.attendance  # noqa: F401
    import app.documents.pledges  # noqa: F401
    import app.exchange.county  # noqa: F401
    import app.exchange.export  # noqa: F401
    import app.students.roster_import  # noqa: F401

    db = _open_school(DataPaths(tpl.root))
    with db.transaction() as s:
        before = {"students": s.exec(select(func.count()).select_from(Student)).one(),
                  "guardians": s.exec(select(func.count()).select_from(Guardian)).one()}
    db.close()
    figures = {}
    for op in ops:
        index = OPS.index(op)
        fig = OpFigures()
        started = time.perf_counter()
        calib_root = work / f"{op}-calibration"
        shutil.copytree(tpl.root, calib_root)
        report = work / f"{op}-events.json"
        code = run_child(op, calib_root, tpl, None, report)
        if code != 0:
            raise SystemExit(f"the {op} operation fails without a kill (exit {code})")
        events = json.loads(report.read_text())
        shutil.rmtree(calib_root)
        rng = random.Random(seed * 100 + index)
        for t in range(trials):
            if t % 2 == 0:
                k = rng.randint(1, events["events"])
            else:  # at a commit: just before it, or at the first event after it
                k = rng.choice(events["commits"]) + rng.randint(0, 1)
            root = work / f"{op}-{t}"
            shutil.copytree(tpl.root, root)
            code = run_child(op, root, tpl, k)
            fig.trials += 1
            fig.killed += code == -signal.SIGKILL
            inspect(op, root, before, fig, tpl)
            shutil.rmtree(root, ignore_errors=True)
        fig_d = asdict(fig)
        fig_d["events_per_run"] = events["events"]
        fig_d["commits_per_run"] = len(events["commits"])
        fig_d["seconds"] = round(time.perf_counter() - started, 1)
        figures[op] = fig_d
        print(f"  {op:<10} {fig.trials} trials ({fig.killed} killed, {events['events']} events a run): "
              f"failures {fig.failures}, lost {fig.records_lost}, partial {fig.partial}, orphans {fig.orphan_files}, "
              f"reused {fig.reused_numbers}, county refusals {fig.county_forks}  [{fig_d['seconds']} s]", flush=True)
        for n in fig.notes:
            print(f"      {n}")
    return figures


# --- fuzzers ---------------------------------------------------------------------------------------------------

NASTY = ["\x00", "\x01", "\x1f", "\ufffe", "\u202e", "\u0663\u0661\u0662", "１２３", "=1+1", "@SUM(A1)", "-2+3",
         "'", '"', "<", "&amp;", "]]>", "\r\n", "\t", " ", "", "0", "-1", "99999999999999999999", "1e308", "NaN",
         "2026-02-30", "1900-01-01", "3000-12-31", "男", "9-未知", "01-汉族", "x" * 300, "长" * 2000,
         "\U0001F600", "\u3000", "G", "null", "None", "TRUE"]


def _mutate_text(rng: random.Random, value: str) -> str:
    choice = rng.randrange(6)
    if choice == 0:
        return rng.choice(NASTY)
    if choice == 1 and value:
        i = rng.randrange(len(value) + 1)
        return value[:i] + rng.choice(NASTY) + value[i:]
    if choice == 2 and value:
        return value[:rng.randrange(len(value))]
    if choice == 3 and value:
        chars = list(value)
        chars[rng.randrange(len(chars))] = chr(rng.choice([rng.randrange(32), rng.randrange(0x30, 0x3a),
                                                            rng.randrange(0x660, 0x66a), rng.randrange(0x4e00, 0x9fff)]))
        return "".join(chars)
    if choice == 4:
        return value * rng.randint(2, 40)
    return value


def _rows_of(path: Path) -> list[list]:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.worksheets[0]
    return [[c.value for c in row] for row in ws.iter_rows()]


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _write_xlsx(rows: list[list], rng: random.Random) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "学生名册"
    for row in rows:
        clean = []
        for v in row:
            if isinstance(v, str):
                v = _NOT_XML.sub("", v)  # what an .xlsx can hold (the control characters go through the CSVs)
            clean.append(v)
        ws.append(clean)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _write_csv(rows: list[list], rng: random.Random) -> bytes:
    import csv

    buf = io.StringIO()
    w = csv.writer(buf)
    for row in rows:
        w.writerow(["" if v is None else str(v) for v in row])
    text = buf.getvalue()
    enc = rng.choice(["utf-8", "utf-8-sig", "gb18030"])
    return text.encode(enc, errors="replace")


def _mutate_roster(rng: random.Random, rows: list[list]) -> tuple[str, bytes]:
    rows = [list(r) for r in rows]
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(8)
        r = rng.randrange(len(rows))
        if kind <= 3 and rows[r]:  # a cell
            c = rng.randrange(len(rows[r]))
            v = rows[r][c]
            rows[r][c] = _mutate_text(rng, "" if v is None else str(v))
        elif kind == 4 and len(rows) > 1:  # a row twice
            rows.insert(rng.randrange(1, len(rows) + 1), list(rows[rng.randrange(1, len(rows))]))
        elif kind == 5 and len(rows) > 1:  # a row dropped
            del rows[rng.randrange(1, len(rows))]
        elif kind == 6:  # a header changed, or a column more
            c = rng.randrange(len(rows[0]))
            rows[0][c] = _mutate_text(rng, str(rows[0][c] or ""))
        else:
            for row in rows:
                row.append(rng.choice(NASTY))
    fmt = rng.choice(["xlsx", "csv"])
    data = _write_xlsx(rows, rng) if fmt == "xlsx" else _write_csv(rows, rng)
    if rng.random() < 0.25:  # bytes
        data = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            op = rng.randrange(3)
            i = rng.randrange(len(data))
            if op == 0:
                data[i] ^= 1 << rng.randrange(8)
            elif op == 1:
                data = data[:i]
                if not data:
                    data = bytearray(b"x")
            else:
                data[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        data = bytes(data)
    return fmt, data


def _where(exc: BaseException) -> str:
    import traceback

    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/app/" in f.filename] or \
        traceback.extract_tb(exc.__traceback__)
    f = frames[-1]
    return f"{Path(f.filename).name}:{f.lineno} ({f.line})"


@dataclass
class FuzzFigures:
    files: int = 0
    accepted: int = 0
    refused: int = 0
    crashes: int = 0
    partial_imports: int = 0
    wrong_acceptances: int = 0
    notes: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        if len(self.notes) < 12:
            self.notes.append(text[:300])


def fuzz_importer(tpl: Template, work: Path, files: int, seed: int) -> dict:
    from sqlmodel import func, select

    from app.data import keyring
    from app.data.db import backup_file
    from app.data.models import Guardian, Student
    from app.errors import BaoxueError
    from app.paths import DataPaths
    from app.students.roster_export import export_roster
    from app.students.roster_import import import_roster

    from app.exchange.bundle import BuildContext, Header, build, collect_records, signed_tree
    from app.exchange.export import check_own_bundle
    from app.exchange.keys import DEMO_KEY_PASSPHRASE, signing_material

    base = _rows_of(tpl.roster)
    rng = random.Random(seed * 7 + 1)
    fig = FuzzFigures()
    started = time.perf_counter()
    src = DataPaths(tpl.root)
    root = DataPaths(work / "fuzz-db")
    db = None

    def fresh():
        if root.root.exists():
            shutil.rmtree(root.root)
        root.root.mkdir(parents=True)
        source = _open_school(src)  # the school's file is encrypted: the copy keeps its key and keyring
        key = keyring.key_of(source.engine)
        source.close()
        backup_file(src.database, root.database, key)
        shutil.copy2(keyring.keyring_path(src), keyring.keyring_path(root))
        shutil.copytree(src.keys, root.keys)
        return _open_school(root)

    def counts():
        with db.transaction() as s:
            return (s.exec(select(func.count()).select_from(Student)).one(),
                    s.exec(select(func.count()).select_from(Guardian)).one())

    db = fresh()
    actor = _actor(db)
    with db.transaction() as s:
        _key, private_key, cert = signing_material(s, root, DEMO_KEY_PASSPHRASE)
    for i in range(files):
        fmt, data = _mutate_roster(rng, base)
        f = work / f"fuzz-{i}.{fmt}"
        f.write_bytes(data)
        if db is None:
            db = fresh()
        fig.files += 1
        try:
            before = counts()
            try:
                plan, result = import_roster(db, actor, f, today=TODAY)
            except BaoxueError:
                plan, result = None, None
            except Exception as exc:  # noqa: BLE001 - what the fuzzer counts
                fig.crashes += 1
                fig.note(f"crash on {fmt} #{i}: {type(exc).__name__}: {exc} at {_where(exc)}")
                db.close()
                db = None
                continue
            after = counts()
            if result is None:
                fig.refused += 1
                if after != before:
                    fig.partial_imports += 1
                    fig.note(f"refused {fmt} #{i} changed the database: {before} → {after}")
                    db.close()
                    db = None
                continue
            fig.accepted += 1
            if after[0] != before[0] + result.created:
                fig.partial_imports += 1
                fig.note(f"accepted {fmt} #{i}: {result.created} planned, {after[0] - before[0]} written")
            try:  # what was accepted can be sent on: the roster export and the county bundle (signed, schema)
                with db.transaction() as s:
                    export_roster(s, actor, work / "fuzz-export.xlsx")
                    ctx = BuildContext(s, actor, TODAY - timedelta(days=6), TODAY, rhythm="weekly", roster_ids=None,
                                       removed=[], roster_attrs=None)
                    collected = collect_records(ctx)
                    header = Header("6100000001", "学校", "610729", "县", TODAY - timedelta(days=6), TODAY, "weekly",
                                    1, "", None, datetime.now(timezone.utc).replace(microsecond=0), "full", None, None)
                    built = build(header, ctx, collected)
                    signed = signed_tree(built.root, private_key, cert)
                    check_own_bundle(signed)
            except BaoxueError as exc:
                fig.wrong_acceptances += 1
                fig.note(f"accepted {fmt} #{i}, then could not be exported: {exc}")
            except Exception as exc:  # noqa: BLE001
                fig.wrong_acceptances += 1
                fig.crashes += 1
                fig.note(f"accepted {fmt} #{i}, export crashed: {type(exc).__name__}: {exc} at {_where(exc)}")
            db.close()
            db = None
        finally:
            f.unlink(missing_ok=True)
    if db is not None:
        db.close()
    out = asdict(fig)
    out["seconds"] = round(time.perf_counter() - started, 1)
    return out


def _genuine_bundles(tpl: Template, work: Path) -> tuple[list[bytes], Path, Path]:
    """Three bundles of the template school (and its certificate), exported on a copy."""
    from app.exchange.export import export_bundle
    from app.exchange.keys import DEMO_KEY_PASSPHRASE
    from app.paths import DataPaths

    root = work / "genuine"
    shutil.copytree(tpl.root, root)
    paths = DataPaths(root)
    db = _open_school(paths)
    actor = _actor(db)
    out = []
    for k in range(3):
        start = TODAY - timedelta(days=7 * (3 - k))
        with db.transaction() as s:
            r = export_bundle(s, actor, paths, out_dir=root / "usb", passphrase=DEMO_KEY_PASSPHRASE,
                              period=(start, start + timedelta(days=6)), today=TODAY)
        out.append(_unsealed(r.path.read_bytes()))  # the fuzzer mutates what the school signed
    db.close()
    return out, sorted((root / "keys").glob("*.cert.pem"))[0], root


def _unsealed(data: bytes) -> bytes:
    """The signed bundle inside a file encrypted to the demo county."""
    from lxml import etree

    from app.demo import county as demo_county
    from app.exchange import envelope
    from app.exchange.keys import fingerprint_hex
    from app.exchange.schema import hardened_parser

    root = etree.fromstring(data, parser=hardened_parser())
    keys = {fingerprint_hex(demo_county.certificate(code)): demo_county.private_key() for code in demo_county.OFFICES}
    return envelope.decrypt(envelope.read(root), keys)


def _sealed(data: bytes) -> bytes:
    """``data`` encrypted to the demo county, as the school's program sends it."""
    from app.demo import county as demo_county
    from app.exchange import envelope
    from app.exchange.keys import fingerprint_hex

    cert = demo_county.certificate("610729")
    return envelope.encrypt(data, cert, fingerprint_hex(cert))


_XML_TEXT = re.compile(rb">([^<>]{1,40})<")
_XML_ATTR = re.compile(rb'(\s[A-Za-z]+=")([^"]{0,40})(")')


def _mutate_bundle(rng: random.Random, data: bytes, others: list[bytes]) -> bytes:
    kind = rng.randrange(10)
    b = bytearray(data)
    if kind == 0:  # bits
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
        return bytes(b)
    if kind == 1:  # cut
        return bytes(b[:rng.randrange(len(b))])
    if kind == 2:  # text of an element
        ms = list(_XML_TEXT.finditer(data))
        m = rng.choice(ms)
        new = _mutate_text(rng, m.group(1).decode("utf-8", "replace")).encode("utf-8", "replace")
        return data[:m.start(1)] + new + data[m.end(1):]
    if kind == 3:  # an attribute
        ms = list(_XML_ATTR.finditer(data))
        m = rng.choice(ms)
        new = _mutate_text(rng, m.group(2).decode("utf-8", "replace")).encode("utf-8", "replace")
        return data[:m.start(2)] + new + data[m.end(2):]
    if kind == 4:  # a comment (or a processing instruction) inside a header field
        ms = list(_XML_TEXT.finditer(data[:4000]))
        m = rng.choice(ms)
        cut = m.start(1) + rng.randrange(len(m.group(1)) + 1)
        return data[:cut] + rng.choice([b"<!-- -->", b"<?x y?>", b"<![CDATA[9]]>"]) + data[cut:]
    if kind == 5:  # line ends
        return data.replace(b"\n", b"\r\n") if rng.random() < 0.5 else data.replace(b">", b">\n", rng.randint(1, 50))
    if kind == 6:  # an element removed or doubled
        starts = [m.start() for m in re.finditer(rb"<[A-Za-z][^>]*/>", data)]
        if not starts:
            return data
        i = rng.choice(starts)
        j = data.index(b">", i) + 1
        return data[:i] + (data[i:j] * 2 if rng.random() < 0.5 else b"") + data[j:]
    if kind == 7:  # the signature of another bundle
        other = rng.choice(others)
        s0, s1 = other.find(b"<ds:Signature"), other.find(b"</ds:Signature>")
        d0, d1 = data.find(b"<ds:Signature"), data.find(b"</ds:Signature>")
        if min(s0, s1, d0, d1) < 0:
            return data
        return data[:d0] + other[s0:s1] + data[d1:]
    if kind == 8:  # a declaration or entity up front
        return rng.choice([b'<!DOCTYPE x [<!ENTITY a "b">]>', b"\xef\xbb\xbf", b"  ", b"<?xml-stylesheet x?>"]) + data
    return data  # the genuine file itself (accepted, or a replay)


def _content(v) -> tuple:
    return (v.school_code, v.sequence, v.prev_sha256, v.start, v.end, v.supersedes, v.roster_mode,
            json.dumps(v.counts, sort_keys=True), json.dumps(v.records, sort_keys=True, default=str))


def fuzz_verify(tpl: Template, work: Path, files: int, seed: int) -> dict:
    from app.errors import BaoxueError
    from app.exchange.county import CountyDB, CountyKeyring, register_certificate
    from app.exchange.keys import DEMO_KEY_PASSPHRASE
    from app.exchange.verify import verify_bytes

    bundles, cert, _root = _genuine_bundles(tpl, work)
    county = _demo_county(CountyDB(work / "fuzz-county.sqlite3"))
    register_certificate(county, cert)
    keys = CountyKeyring(county, DEMO_KEY_PASSPHRASE)  # the demo county's key opens the encrypted bundles
    genuine = [verify_bytes(f"genuine-{i}.xml", b, county, keyring=keys) for i, b in enumerate(bundles)]
    assert all(g.status == "ok" for g in genuine), [g.errors for g in genuine]
    want = [_content(g) for g in genuine]
    rng = random.Random(seed * 7 + 2)
    fig = FuzzFigures()
    started = time.perf_counter()
    for i in range(files):
        k = rng.randrange(len(bundles))
        data = _mutate_bundle(rng, bundles[k], bundles[:k] + bundles[k + 1:])
        if rng.random() < 0.5:  # half of them arrive encrypted to the county, as the program sends them
            data = _sealed(data)
        fig.files += 1
        try:
            v = verify_bytes(f"fuzz-{i}.xml", data, county, keyring=keys)
        except BaoxueError:
            fig.refused += 1
            continue
        except Exception as exc:  # noqa: BLE001
            fig.crashes += 1
            fig.note(f"crash on bundle #{i}: {type(exc).__name__}: {exc} at {_where(exc)}")
            continue
        if v.status == "rejected":
            fig.refused += 1
            continue
        fig.accepted += 1
        if _content(v) != want[k]:
            fig.wrong_acceptances += 1
            fig.note(f"bundle #{i} accepted with other content: sequence {v.sequence} (genuine {genuine[k].sequence})")
    county.close()
    out = asdict(fig)
    out["seconds"] = round(time.perf_counter() - started, 1)
    return out


# --- main ------------------------------------------------------------------------------------------------------


def write_figures(section: dict) -> None:
    data = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    data["torture"] = section
    RESULTS.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


#: how the work is shared between the two worker processes (2 cores): about the same time each
SHARES = (("fuzz_importer", "import"), ("export", "roll_call", "print", "fuzz_county_verify"))


def run_parts(parts: list[str], tpl: Template, work: Path, trials: int, fuzz: int, seed: int) -> dict:
    out: dict = {}
    kill_ops = [op for op in OPS if op in parts]
    if kill_ops:
        out["kill"] = kill_trials(tpl, work, trials, seed, kill_ops)
    if "fuzz_importer" in parts:
        out["fuzz_importer"] = fuzz_importer(tpl, work, fuzz, seed)
        print(f"  importer fuzz: {_fuzz_line(out['fuzz_importer'])}", flush=True)
    if "fuzz_county_verify" in parts:
        out["fuzz_county_verify"] = fuzz_verify(tpl, work, fuzz, seed)
        print(f"  county verify fuzz: {_fuzz_line(out['fuzz_county_verify'])}", flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.torture", description=__doc__.split("\n\n")[0])
    p.add_argument("--trials", type=int, default=int(os.environ.get("TORTURE_TRIALS", "50")),
                   help="kill trials per operation (default TORTURE_TRIALS or 50)")
    p.add_argument("--fuzz", type=int, default=None, help="files per fuzzer (default 40 × trials)")
    p.add_argument("--seed", type=int, default=14)
    p.add_argument("--parts", default=",".join(OPS + ("fuzz_importer", "fuzz_county_verify")),
                   help="what to run (comma-separated): " + ", ".join(OPS) + ", fuzz_importer, fuzz_county_verify")
    p.add_argument("--serial", action="store_true", help="one process (default: two workers, one per core)")
    p.add_argument("--no-write", action="store_true", help="print the figures, leave bench/results.json")
    p.add_argument("--worker", metavar="DIR", help=argparse.SUPPRESS)  # internal: a worker on the built school
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)  # what recover() logs is counted, not printed
    fuzz = args.fuzz if args.fuzz is not None else 40 * args.trials
    parts = [x.strip() for x in args.parts.split(",") if x.strip()]
    if args.worker:
        work = Path(args.worker)
        tpl = Template(**{k: (Path(v) if k != "school_days" else [date.fromisoformat(d) for d in v])
                          for k, v in json.loads((work / "template.json").read_text()).items()})
        own = Path(tempfile.mkdtemp(prefix="w-", dir=work))
        result = run_parts(parts, tpl, own, args.trials, fuzz, args.seed)
        (own / "figures.json").write_text(json.dumps(result, ensure_ascii=False, default=str))
        print(f"@@figures {own / 'figures.json'}", flush=True)
        return 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="baoxue-torture-") as tmp:
        work = Path(tmp)
        os.environ["BAOXUE_DATA_DIR"] = str(work / "unused")
        print(f"building the school ({PUPILS} pupils) …", flush=True)
        tpl = build_template(work, args.seed)
        (work / "template.json").write_text(json.dumps({"root": str(tpl.root), "roster": str(tpl.roster),
                                                        "school_days": [d.isoformat() for d in tpl.school_days]}))
        section: dict = {"seed": args.seed, "trials_per_operation": args.trials, "files_per_fuzzer": fuzz}
        print(f"kill -9 trials ({args.trials} per operation) and fuzzers ({fuzz} files each):", flush=True)
        if args.serial:
            merged = run_parts(parts, tpl, work, args.trials, fuzz, args.seed)
        else:
            shares = [[x for x in share if x in parts] for share in SHARES]
            procs = [subprocess.Popen([sys.executable, "-m", "bench.torture", "--worker", str(work),
                                       "--parts", ",".join(share), "--trials", str(args.trials), "--fuzz", str(fuzz),
                                       "--seed", str(args.seed)], stdout=subprocess.PIPE, text=True)
                     for share in shares if share]
            merged = {}
            for proc in procs:
                figures = None
                for line in proc.stdout:
                    if line.startswith("@@figures "):
                        figures = Path(line.split(" ", 1)[1].strip())
                    else:
                        print(line, end="", flush=True)
                if proc.wait() != 0 or figures is None:
                    raise SystemExit("a torture worker failed")
                for key, value in json.loads(figures.read_text()).items():
                    if key == "kill":
                        merged.setdefault("kill", {}).update(value)
                    else:
                        merged[key] = value
        if "kill" in merged:
            merged["kill"] = {op: merged["kill"][op] for op in OPS if op in merged["kill"]}
        section.update(merged)
    section["seconds"] = round(time.perf_counter() - started, 1)
    section["measured_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    section["totals"] = _totals(section)
    if not args.no_write:
        write_figures(section)
        print(f"written: {RESULTS}")
    bad = sum(v for k, v in section["totals"].items() if k not in ("trials", "files"))
    print(f"done in {section['seconds']} s: {section['totals']}")
    return 0 if not bad else 1


def _totals(section: dict) -> dict:
    kill = section.get("kill", {}).values()
    fuzz = [section[k] for k in ("fuzz_importer", "fuzz_county_verify") if k in section]
    return {"trials": sum(f["trials"] for f in kill), "failures": sum(f["failures"] for f in kill),
            "records_lost": sum(f["records_lost"] for f in kill), "partial_imports": sum(f["partial"] for f in kill)
            + sum(f["partial_imports"] for f in fuzz), "orphan_files": sum(f["orphan_files"] for f in kill),
            "reused_numbers": sum(f["reused_numbers"] for f in kill),
            "county_refusals": sum(f["county_forks"] for f in kill),
            "files": sum(f["files"] for f in fuzz), "crashes": sum(f["crashes"] for f in fuzz),
            "wrong_acceptances": sum(f["wrong_acceptances"] for f in fuzz)}


def _fuzz_line(f: dict) -> str:
    text = (f"{f['files']} files: {f['accepted']} accepted, {f['refused']} refused; crashes {f['crashes']}, "
            f"partial imports {f['partial_imports']}, wrong acceptances {f['wrong_acceptances']}  [{f['seconds']} s]")
    return "\n      ".join([text] + f["notes"])


if __name__ == "__main__":
    sys.exit(main())
