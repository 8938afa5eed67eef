"""Issue 17 item 2: verify + ingest at the county, 29 and 290 schools, on SQLite and PostgreSQL.

**The data.** Two demo schools of ~1,060 pupils (the seed's county: 30,786 pupils in 29 schools) are built with the
program and export two chained weekly bundles each (a full roster, then a week of changes). Every synthetic school
is one of them under its own school code, name and county code (29 schools a county), its pupils under their own
学籍号, its bundles chained and signed again with its own certificate (one RSA key for all, one certificate each —
the county registers 29 or 290 certificates). So every school sends 2 realistic bundles: roll calls, alerts, cases,
approvals, mentors … as the demo has them.

**The figures**, each on a fresh county database (certificates registered, not timed):

* ``verify+ingest`` — :func:`app.exchange.county.ingest` of all files: size and XML checks, XSD, signature, chain,
  one transaction per file under the school's lock, batched upserts (wall time; PostgreSQL is a throw-away local
  server, :mod:`tests.exchange.pgserver`);
* its **fair baseline**, measured in the same run on the same engine: the plainest code storing the same rows —
  the county's key read once from its PEM with the passphrase (as the program does for a batch), decrypting the file
  (every bundle is encrypted to the county: one RSA-OAEP unwrap, one AES-GCM pass), SHA-256 of the file, lxml parse,
  the same rows the county stores — students, classes, period and lasting records (kind, key, day, JSON) — written in
  one transaction per file with ``sqlite3`` ``executemany`` or psycopg ``COPY`` into plain tables; no verification
  (until #18 it left out the classes and the lasting records, a quarter of the rows, and the key's decryption);
* **CPU per 1,000 pupils** (this process plus, on PostgreSQL, the server's processes): what one core does;
* **growth** from 29 to 290 schools (``BAOXUE_BENCH_SCHOOLS=29,290``): CPU time(290) / CPU time(29) against 10
  (CPU time: the machine the figures are taken on is shared, wall time there also measures the neighbours).

``BAOXUE_BENCH_SCHOOLS`` (default ``29``) lists the school counts; ``BAOXUE_BENCH_SCALE`` shrinks the schools for a
quick check. Without PostgreSQL (no ``initdb`` or no psycopg) its figures are skipped with the reason.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from bench.harness import DATA_DIR, Result

TODAY = date(2026, 11, 27)
WEEKS = [(date(2026, 11, 13), date(2026, 11, 19)), (date(2026, 11, 20), date(2026, 11, 26))]
SCALE = float(os.environ.get("BAOXUE_BENCH_SCALE", "1.0"))
SCHOOLS = [int(n) for n in os.environ.get("BAOXUE_BENCH_SCHOOLS", "29").split(",") if n.strip()]
PUPILS = [1061, 1062]  # 29 schools ≈ the seed's 30,786 pupils


# --- the synthetic county ------------------------------------------------------------------------------------------


def _templates(work: Path) -> list[list[bytes]]:
    """Two demo schools, each exporting two chained weekly bundles (full roster, then changes)."""
    from app.accounts import SYSTEM
    from bench.harness import open_school
    from app.demo import build_demo
    from app.exchange import keys
    from app.exchange.export import export_bundle
    from app.paths import DataPaths

    out = []
    for i, n in enumerate(PUPILS):
        paths = DataPaths(work / f"template{i}")
        build_demo(paths, students=max(30, int(n * SCALE)), seed=300 + i, today=TODAY)
        db = open_school(paths)
        files = []
        for k, week in enumerate(WEEKS):
            with db.transaction() as s:
                r = export_bundle(s, SYSTEM, paths, out_dir=work / f"t{i}", passphrase=keys.DEMO_KEY_PASSPHRASE,
                                  period=week, today=TODAY, full_roster=(k == 0))
            files.append(r.path.read_bytes())
        db.close()
        out.append(files)
    return out


def _certificate(key, code: str, name: str, county: str):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    subject = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"county {county}"),
                         x509.NameAttribute(NameOID.COMMON_NAME, f"baoxue school {code}"),
                         x509.NameAttribute(NameOID.SERIAL_NUMBER, code)])
    now = datetime.now(timezone.utc)
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .sign(key, hashes.SHA256()))


def synthesize(work: Path, n_schools: int, templates: list[list[bytes]]) -> tuple[list[Path], list[bytes], int]:
    """(bundle files, certificates PEM, pupils) of ``n_schools`` synthetic schools (see the module's text)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from lxml import etree

    from app.demo import county as demo_county
    from app.exchange import envelope, xmldsig
    from app.exchange.bundle import signed_tree
    from app.exchange.keys import fingerprint_hex
    from app.exchange.schema import DS_NS, NS, hardened_parser, q

    county_cert = demo_county.certificate("610729")  # every synthetic school encrypts to the demo county
    county_fp = fingerprint_hex(county_cert)

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    parsed = [[etree.fromstring(_decrypted(b), parser=hardened_parser()) for b in t] for t in templates]
    out = work / f"county-{n_schools}"
    out.mkdir(parents=True, exist_ok=True)
    files, certs, pupils = [], [], 0
    for i in range(n_schools):
        code, county = f"21{i // 29 + 10:02d}7{i:05d}", f"61{i // 29 + 10:02d}29"
        name = f"合成第{i + 1:03d}小学"
        cert = _certificate(key, code, name, county)
        certs.append(cert.public_bytes(serialization.Encoding.PEM))
        prev = ""
        for k, template in enumerate(parsed[i % len(parsed)]):
            root = copy.deepcopy(template)
            root.remove(root.find(f"{{{DS_NS}}}Signature"))
            header = root.find(q("Header"))
            school = header.find(q("School"))
            school.set("code", code)
            school.set("name", name)
            school.set("countyCode", county)
            for tag in ("KeyChange",):
                for el in header.findall(q(tag)):
                    header.remove(el)
            digest = header.find(q("PreviousDigest"))
            if digest is not None and prev:  # the first keeps the template's (a gap the county names, as for a
                digest.text = prev  # school whose earlier bundles went elsewhere)
            suffix = f"S{i:04d}"
            for el in root.iter(f"{{{NS}}}*"):
                for attr in ("number", "student"):
                    value = el.get(attr)
                    if value:
                        el.set(attr, value + suffix)
            if k == 0:
                pupils += len(root.find(q("Records")).find(q("Students")))
            signed = signed_tree(root, key, cert)
            prev = xmldsig.signed_digest(signed)
            path = out / f"baoxue-{code}-{k + 1:05d}.xml"
            path.write_bytes(envelope.encrypt(etree.tostring(signed, encoding="UTF-8"), county_cert, county_fp))
            files.append(path)
    return files, certs, pupils


# --- the fair baseline: parse + executemany / COPY of the same rows ---------------------------------------------------


def _county_key():
    """The county's private key read as the program reads it: once per batch, from its PEM with the passphrase."""
    from cryptography.hazmat.primitives import serialization

    from app.demo import county as demo_county
    from app.exchange.keys import DEMO_KEY_PASSPHRASE

    return serialization.load_pem_private_key(demo_county.key_pem(), DEMO_KEY_PASSPHRASE.encode("utf-8"))


def _decrypted(data: bytes, key=None) -> bytes:
    """The plainest decryption of the same file: lxml finds the two CipherValues, RSA-OAEP unwraps, AES-GCM opens."""
    import base64

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from lxml import etree

    from app.demo import county as demo_county

    values = [base64.b64decode(el.text) for el in etree.fromstring(data).iter("{*}CipherValue")]
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    aes = (key or demo_county.private_key()).decrypt(values[0], oaep)
    return AESGCM(aes).decrypt(values[1][:12], values[1][12:], None)


def _rows(path: Path, key) -> tuple[str, dict[str, list[tuple]]]:
    """(school, rows per baseline table) of one file, parsed with lxml: the rows the county stores (students,
    classes, period and lasting records)."""
    from lxml import etree

    from app.exchange.county import DAY_FIELD
    from app.exchange.schema import hardened_parser, kind_for_section, q

    data = path.read_bytes()
    hashlib.sha256(data).hexdigest()
    root = etree.fromstring(_decrypted(data, key), parser=hardened_parser())
    header = root.find(q("Header"))
    school = header.find(q("School")).get("code")
    end = header.find(q("Period")).get("to")
    students, classes, records, lasting = [], [], [], []
    for section in root.find(q("Records")):
        kind = kind_for_section(etree.QName(section).localname)
        if kind is None:
            continue
        for el in section:
            attrs = dict(el.attrib)
            if kind.name == "student":
                students.append((school, attrs["number"], attrs["name"], attrs["status"], attrs.get("class"),
                                 int(attrs["grade"]), json.dumps(attrs, ensure_ascii=False)))
            elif kind.name == "class":
                classes.append((school, attrs["key"], attrs["name"], int(attrs["grade"])))
            elif kind.scope in ("period", "lasting"):
                children = [(etree.QName(c).localname, dict(c.attrib)) for c in el]
                day_field = DAY_FIELD.get(kind.name)
                (records if kind.scope == "period" else lasting).append(
                    (school, kind.name, kind.key_of(attrs), attrs.get(day_field) if day_field else end,
                     json.dumps({"a": attrs, "c": children} if children else {"a": attrs}, ensure_ascii=False)))
    return school, {"b_student": students, "b_class": classes, "b_record": records, "b_lasting": lasting}


BASE_TABLES = ["CREATE TABLE b_student (school_code VARCHAR(10), number VARCHAR(32), name VARCHAR(100), "
               "status VARCHAR(20), class_key VARCHAR(40), grade INTEGER, data TEXT, PRIMARY KEY (school_code, number))",
               "CREATE TABLE b_class (school_code VARCHAR(10), key VARCHAR(40), name VARCHAR(100), grade INTEGER)",
               "CREATE TABLE b_record (school_code VARCHAR(10), kind VARCHAR(40), rkey VARCHAR(200), day DATE, data TEXT)",
               "CREATE TABLE b_lasting (school_code VARCHAR(10), kind VARCHAR(40), rkey VARCHAR(200), day DATE, data TEXT)"]
#: how the baseline writes each table on SQLite (students keyed as before; the rest appended as they come)
BASE_SQLITE = {"b_student": "INSERT OR REPLACE INTO b_student VALUES (?, ?, ?, ?, ?, ?, ?)",
               "b_class": "INSERT INTO b_class VALUES (?, ?, ?, ?)",
               "b_record": "INSERT INTO b_record VALUES (?, ?, ?, ?, ?)",
               "b_lasting": "INSERT INTO b_lasting VALUES (?, ?, ?, ?, ?)"}


def baseline_sqlite(files: list[Path], db_file: Path) -> None:
    db_file.unlink(missing_ok=True)
    con = sqlite3.connect(db_file, isolation_level=None)
    con.execute("PRAGMA synchronous=NORMAL")
    for ddl in BASE_TABLES:
        con.execute(ddl)
    key = _county_key()
    for f in files:
        _school, tables = _rows(f, key)
        con.execute("BEGIN IMMEDIATE")
        for name, rows in tables.items():
            con.executemany(BASE_SQLITE[name], rows)
        con.execute("COMMIT")
    con.close()


def baseline_postgresql(files: list[Path], url: str) -> None:
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as con:
        for ddl in BASE_TABLES:
            con.execute(ddl)
        con.commit()
        key = _county_key()
        for f in files:
            _school, tables = _rows(f, key)
            with con.transaction():
                for name, rows in tables.items():
                    with con.cursor().copy(f"COPY {name} FROM STDIN") as cp:
                        for row in rows:
                            cp.write_row(row)


# --- measuring -----------------------------------------------------------------------------------------------------


def _server_cpu(server) -> float:
    """CPU seconds used so far by the PostgreSQL server's processes (Linux /proc; 0 elsewhere)."""
    if server is None or not Path("/proc").exists():
        return 0.0
    try:
        master = int((server.data / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError):
        return 0.0
    tick, total = os.sysconf("SC_CLK_TCK"), 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(proc.name) == master:
            # utime, stime, and cutime, cstime: the CPU of the backends that have exited (the server waits for them;
            # without these, a connection closed before the end took its CPU out of the sum, e.g. the baseline's)
            total += sum(int(x) for x in fields[11:15])
        elif int(fields[1]) == master:  # fields[1]: the parent's pid
            total += int(fields[11]) + int(fields[12])
    return total / tick


def _timed(fn, server) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process and of the server) of one call."""
    c0, s0, t0 = time.process_time(), _server_cpu(server), time.perf_counter()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0 + _server_cpu(server) - s0


def _median(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def measure(engine: str, files: list[Path], certs: list[bytes], work: Path, server, repeat: int) -> dict:
    from app.demo import county as demo_county
    from app.exchange.county import CountyDB, ingest, register_certificate
    from app.exchange.keys import DEMO_KEY_PASSPHRASE

    def fresh_url(tag: str) -> str:
        if server is not None:
            return server.new_database()
        path = work / f"{tag}.sqlite3"
        path.unlink(missing_ok=True)
        return f"sqlite:///{path.as_posix()}"

    ours, base = [], []
    for _ in range(repeat):
        db = CountyDB(fresh_url("county"))
        demo_county.install(db)  # the county's key the synthetic schools encrypt to
        for pem in certs:
            register_certificate(db, pem)

        def run():
            res = ingest(files, db, passphrase=DEMO_KEY_PASSPHRASE)
            assert len(res.ingested) == len(files), [v.message for v in res.rejected][:3]

        ours.append(_timed(run, server))
        db.close()
        url = fresh_url("baseline")
        if server is not None:
            base.append(_timed(lambda: baseline_postgresql(files, url), server))
        else:
            base.append(_timed(lambda: baseline_sqlite(files, Path(url.removeprefix("sqlite:///"))), None))
    return {"ours": _median(ours), "base": _median(base)}


#: what the ingest does beyond its baseline, and what reaching the goal would take (#18)
NOTES = {
    "SQLite": "done (#18): bulk statements compiled once per process, rows built as tuples the driver takes as they "
              "are (JSON serialised once by one encoder, dates as ISO text: no dict per row, no second conversion "
              "pass), records held as tuples; under the school's lock its bundles and audit-chain heads read once "
              "(3 queries a file, were 9); the school's lock one upsert returning its last sequence, which the ingest no "
              "longer reads again, and the bundles the chain checks read under it not read a second time (~17 "
              "statements a file, were ~20). What is left over the baseline is the checking it leaves out — the XSD "
              "(~3.7 ms a bundle, ~0.2 s of the 58), the exclusive canonicalisation of the signed content (~1.7 ms, "
              "~0.1 s), the certificate's choice, the replay and chain reads under the school's lock — "
              "and the county's indexes its reports read and the upsert (executemany "
              "~0.25 s against ~0.15 s); the machine was shared when last measured, CPU ratios 1.87–1.94 (were "
              "1.88–2.31 before these changes, same runs; 1.89–2.09 after the lock upsert against 1.95–2.12 "
              "before it, runs alternated); beyond that: verification in worker processes beside "
              "the ingest (docs/scale.md)",
    "PostgreSQL": "the same as SQLite (done, #18), and the rows whose key the school does not have yet (a school's "
                  "first roster, new lasting records) copied straight into the table: only rows already stored go "
                  "through the staging table and the merge (INSERT … SELECT … ON CONFLICT), which was the largest "
                  "server cost; left on the server beyond the baseline: the county_record foreign key checked per "
                  "row (COPY of 27,000 record rows: 335 ms with it, 128 ms without: ~0.1 s for the 13,300 here), the "
                  "indexes and json parse of every JSON value, ~13 statements a file (were ~17: the school's lock "
                  "is one upsert, its students' keys read once; the checks' reads, the lock) and COPY; CPU ratios 1.88–2.04 on the shared machine (were 2.27–2.41; "
                  "1.82–2.01 after the lock upsert against 2.02–2.05 before it, runs alternated); to go further: the "
                  "replay and chain reads in one round trip, verification in worker processes (docs/scale.md)",
}


def run() -> list[Result]:
    work = Path(tempfile.mkdtemp(prefix="bench-county-", dir=DATA_DIR if DATA_DIR.exists() else None))
    results: list[Result] = []
    server, why_not = None, ""
    try:
        from tests.exchange.pgserver import PgServer, PgUnavailable

        try:
            server = PgServer()
        except PgUnavailable as e:
            why_not = str(e)
        print("  building the two template schools …", flush=True)
        templates = _templates(work)
        figures: dict[tuple[str, int], dict] = {}
        for n in SCHOOLS:
            files, certs, pupils = synthesize(work, n, templates)
            print(f"  {n} schools: {len(files)} bundles, {pupils} pupils, "
                  f"{sum(f.stat().st_size for f in files) / 1e6:.0f} MB", flush=True)
            for engine, srv in (("SQLite", None), ("PostgreSQL", server)):
                if engine == "PostgreSQL" and srv is None:
                    print(f"  PostgreSQL skipped: {why_not}")
                    continue
                got = measure(engine, files, certs, work, srv, repeat=3 if n <= 29 else 1)
                figures[(engine, n)] = got
                (wall, cpu), (bwall, bcpu) = got["ours"], got["base"]
                plain = "sqlite3 executemany" if engine == "SQLite" else "psycopg COPY"
                runs = 3 if n <= 29 else 1
                results.append(Result(
                    f"verify+ingest {n} schools ({pupils:,} pupils, {len(files)} bundles), {engine}", wall, "s",
                    bwall, f"the county key read once + decryption (RSA-OAEP + AES-GCM) + SHA-256 + lxml parse + {plain} of "
                    "the same rows (students, classes, period and lasting records), a transaction per file (no checks)",
                    issue="#17", runs=runs, goal=2 if n == 29 else None, note=NOTES[engine]))
                results.append(Result(
                    f"verify+ingest CPU per 1,000 pupils, {n} schools, {engine}", cpu / pupils * 1000, "s",
                    bcpu / pupils * 1000, f"the same baseline ({plain}), CPU of this process"
                    + (" and the server" if engine == "PostgreSQL" else ""), issue="#17", runs=runs,
                    note=f"one core ingests {pupils / cpu:,.0f} pupils/s ({len(files) / cpu:.1f} bundles/s)"))
        for engine in ("SQLite", "PostgreSQL"):
            if (engine, 29) in figures and (engine, 290) in figures:
                small, big = figures[(engine, 29)]["ours"], figures[(engine, 290)]["ours"]
                results.append(Result(f"verify+ingest growth 29 → 290 schools, CPU, {engine}", big[1] / small[1], "×",
                                      10.0, "linear: ten times the schools, ten times the work", issue="#17", goal=1.25,
                                      note=f"ratio 1 = linear; wall time grew ×{big[0] / small[0]:.1f} on the shared "
                                           "machine (I/O and other users' load)"))
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)
    return results
