"""Smoke test of the BUILT program (dist/baoxue/), run headless: `make dist-smoke` (after `make dist`).

It drives the two frozen executables as a school and a county would, in Chinese (so the .qm
inside the bundle is what is used), each step in a fresh temporary profile and data folder,
and fails on the first step that does not do what it should:

 1. ``baoxue-cli --version`` is the package's version
 2. ``baoxue-cli demo`` builds the demo school (barcodes, pinyin, ID checks, holidays, migrations)
 3. ``baoxue-cli print pledges --class 1`` writes a PDF (ReportLab's barcode modules, the font)
 4. the county makes its key (``county key create``), the school registers its certificate
    (``county-package trust``); ``key show --cert`` + ``export`` write a signed bundle encrypted to the
    county (signxml, lxml, the XSD, cryptography), and ``county register`` + ``county verify`` decrypt and
    accept it (signxml's schemas); every school command logs in (the database is encrypted, SQLCipher)
 5. ``baoxue-cli db check`` says the database is sound at the newest revision
 6. ``baoxue db check`` with no stdout/stderr at all (as a windowed Windows program starts):
    exit 0, the output in console.log
 7. ``baoxue`` (the windowed program) opens the login of the demo school and the first-run
    window of an empty folder, in Chinese (the bundled .qm) with the shipped font, and leaves by
    itself (the hidden --smoke-exit-after-ms)
 8. while a window holds the demo school, ``db backup`` still works and a changing command
    (``print return``) is refused with "正在使用"

    python installer/smoke.py [dist/baoxue]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if os.name == "nt" else ""
DEMO_PASSWORD = "baoxue2026"
DEMO_KEY_PASSPHRASE = "baoxue-demo-key"
COUNTY_PASSPHRASE = "smoke-county-pass"  # the county key the smoke test makes
TIMEOUT = 600


class SmokeFailure(AssertionError):
    pass


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


class Smoke:
    def __init__(self, bundle: Path, work: Path):
        self.bundle = bundle
        self.cli = bundle / f"baoxue-cli{EXE}"
        self.gui = bundle / f"baoxue{EXE}"
        self.work = work
        home = work / "home"
        home.mkdir()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("BAOXUE_")}
        self.env.update({
            "HOME": str(home), "USERPROFILE": str(home), "XDG_DATA_HOME": str(home / "share"),
            "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
            "APPDATA": str(home / "Roaming"), "LOCALAPPDATA": str(home / "Local"),
            "PROGRAMDATA": str(work / "ProgramData"), "BAOXUE_MACHINE_DIR": str(work / "machine"),
            "QT_QPA_PLATFORM": "offscreen", "LANG": "zh_CN.UTF-8", "PYTHONIOENCODING": "utf-8",
        })
        self.data = work / "demo"
        self.steps: list[str] = []

    def run(self, exe: Path, *args: str, ok: bool = True, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
        full_env = dict(self.env, **(env or {}))
        started = time.monotonic()
        p = subprocess.run([str(exe), *args], capture_output=True, text=True, encoding="utf-8",
                           errors="replace", env=full_env, timeout=TIMEOUT, **kw)
        took = time.monotonic() - started
        if ok and p.returncode != 0:
            raise SmokeFailure(f"{exe.name} {' '.join(args)} → exit {p.returncode}\n{p.stdout}\n{p.stderr}")
        print(f"  {took:6.1f}s  {exe.name} {' '.join(args)}", flush=True)
        return p

    def step(self, name: str) -> None:
        self.steps.append(name)
        print(f"[{len(self.steps)}] {name}", flush=True)

    # --- the steps ---------------------------------------------------------------------------

    def version(self) -> None:
        self.step("version")
        sys.path.insert(0, str(ROOT))
        from app import __version__

        out = self.run(self.cli, "--version").stdout.strip()
        if out != f"baoxue {__version__}":
            raise SmokeFailure(f"--version says {out!r}, the package is {__version__}")

    def demo(self) -> None:
        self.step("demo school")
        out = self.run(self.cli, "demo", "--data-dir", str(self.data), "--students", "120").stdout
        if "演示学校已生成" not in out or not (self.data / "baoxue.sqlite3").is_file():
            raise SmokeFailure(f"demo: {out}")

    def pledges(self) -> None:
        self.step("print pledges for a class")
        pdf = self.work / "pledges.pdf"
        self.run(self.cli, "print", "pledges", "--class", "1", "--out", str(pdf), "--user", "admin",
                 "--data-dir", str(self.data), env={"BAOXUE_PASSWORD": DEMO_PASSWORD})
        head = pdf.read_bytes()[:5] if pdf.is_file() else b""
        if head != b"%PDF-" or pdf.stat().st_size < 10_000:
            raise SmokeFailure(f"pledges: no PDF at {pdf}")

    def export_and_verify(self) -> None:
        self.step("export a signed bundle, county register + verify")
        cert = self.work / "school.pem"
        county, county_cert = self.work / "county", self.work / "county.pem"
        county_env = {"BAOXUE_KEY_PASSPHRASE": COUNTY_PASSPHRASE}
        school_env = {"BAOXUE_PASSWORD": DEMO_PASSWORD}
        # the county makes its key and gives its certificate to the school, which registers it (the bundles
        # are encrypted to it); the school's database is encrypted, so every command logs in
        self.run(self.cli, "county", "key", "create", "--county", "610729", "--name", "留坝县教育局",
                 "--data-dir", str(county), env=county_env)
        self.run(self.cli, "county", "key", "show", "--cert", str(county_cert), "--data-dir", str(county))
        self.run(self.cli, "county-package", "trust", str(county_cert), "--user", "admin", "--data-dir", str(self.data),
                 env=school_env)
        self.run(self.cli, "key", "show", "--cert", str(cert), "--user", "admin", "--data-dir", str(self.data),
                 env=school_env)
        out_dir = self.work / "usb"
        self.run(self.cli, "export", "--out", str(out_dir), "--user", "admin", "--data-dir", str(self.data),
                 env={**school_env, "BAOXUE_KEY_PASSPHRASE": DEMO_KEY_PASSPHRASE})
        bundles = sorted(out_dir.glob("*.xml"))
        if len(bundles) != 1:
            raise SmokeFailure(f"export: expected one bundle in {out_dir}, found {bundles}")
        if b"EncryptedData" not in bundles[0].read_bytes()[:4096]:
            raise SmokeFailure(f"export: {bundles[0]} is not encrypted to the county")
        self.run(self.cli, "county", "register", str(cert), "--data-dir", str(county))
        out = self.run(self.cli, "county", "verify", str(bundles[0]), "--data-dir", str(county),
                       env=county_env).stdout
        if not has_chinese(out):
            raise SmokeFailure(f"county verify: {out}")

    def guide(self) -> None:
        """The user guide's pages and screenshots travel in the bundle where F1 and the Start menu look."""
        self.step("user guide in the bundle")
        sys.path.insert(0, str(ROOT))
        from app import guide

        html = self.bundle / "_internal" / "resources" / "guide" / guide.LANG / "html"
        pages = {t.key for t in guide.TOPICS} | {guide.INDEX}
        missing = [f"{p}.html" for p in sorted(pages) if not (html / f"{p}.html").is_file()]
        for page in sorted(html.glob("*.html")):
            missing += [f"{page.name} → {ref}" for ref in guide.images_of(page.read_text(encoding="utf-8"))
                        if not (html / ref).is_file()]
        if missing:
            raise SmokeFailure(f"user guide: missing in {html}: {', '.join(missing)}")

    def db_check(self) -> None:
        self.step("db check")
        out = self.run(self.cli, "db", "check", "--user", "admin", "--data-dir", str(self.data),
                       env={"BAOXUE_PASSWORD": DEMO_PASSWORD}).stdout
        if "结论:正常" not in out:
            raise SmokeFailure(f"db check: {out}")

    def no_console(self) -> None:
        self.step("a command with no stdout/stderr at all (a windowed program)")
        if os.name == "nt":  # the windowed exe itself has none
            self._run_closed(None)
        else:
            def close_streams():  # Python then starts with sys.stdout = sys.stderr = None
                os.close(1)
                os.close(2)

            self._run_closed(close_streams)

    def _run_closed(self, preexec) -> None:
        p = subprocess.run([str(self.gui), "db", "check", "--user", "admin", "--data-dir", str(self.data)],
                           env={**self.env, "BAOXUE_PASSWORD": DEMO_PASSWORD},
                           stdin=subprocess.DEVNULL, preexec_fn=preexec, timeout=TIMEOUT)
        if p.returncode != 0:
            raise SmokeFailure(f"with no stdout, db check exited {p.returncode}")
        logs = list(Path(self.env["HOME"]).rglob("console.log"))
        if not logs or "结论:正常" not in logs[0].read_text(encoding="utf-8"):
            raise SmokeFailure(f"with no stdout the output should be in console.log: {logs}")
        print(f"          output kept in {logs[0]}")

    def window(self, data: Path, expect_title: str) -> dict:
        p = self.run(self.gui, "--data-dir", str(data), "--lang", "zh_CN", "--smoke-exit-after-ms", "2500")
        lines = [ln for ln in p.stdout.splitlines() if ln.startswith("{")]
        if not lines:
            raise SmokeFailure(f"the window printed no report: {p.stdout}\n{p.stderr}")
        report = json.loads(lines[-1])
        if report["translators"] < 1 or not has_chinese(report["welcome"]):
            raise SmokeFailure(f"the Chinese translation did not load: {report}")
        if not any(expect_title in t for t in report["windows"]):
            raise SmokeFailure(f"expected a window titled …{expect_title}…, saw {report['windows']}")
        if "WenQuanYi" not in report["font"]:
            raise SmokeFailure(f"the shipped font did not load: {report}")
        return report

    def windows(self) -> None:
        self.step("the windowed program: login of the demo school, first run of an empty folder")
        r = self.window(self.data, "登录")
        print(f"          {r}")
        r = self.window(self.work / "empty", "首次")
        print(f"          {r}")

    def second_copy(self) -> None:
        self.step("a second copy on a folder in use is told, not let in")
        first = subprocess.Popen([str(self.gui), "--data-dir", str(self.data), "--lang", "zh_CN",
                                  "--smoke-exit-after-ms", "60000"], env=self.env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            lock = self.data / "baoxue.lock"
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not _locked_by_other(lock):
                time.sleep(0.2)
            p = self.run(self.cli, "db", "backup", str(self.work / "copy.zip"), "--user", "admin",
                         "--data-dir", str(self.data), env={"BAOXUE_PASSWORD": DEMO_PASSWORD})  # beside the window
            p = self.run(self.cli, "print", "return", "X", "--user", "admin", "--data-dir", str(self.data),
                         ok=False, env={"BAOXUE_PASSWORD": DEMO_PASSWORD})
            if p.returncode == 0 or "正在使用" not in p.stderr:
                raise SmokeFailure(f"a second copy was not told the folder is in use: {p.stdout}{p.stderr}")
        finally:
            first.kill()
            first.wait()

    def all(self) -> None:
        for fn in (self.version, self.guide, self.demo, self.pledges, self.export_and_verify, self.db_check,
                   self.no_console, self.windows, self.second_copy):
            fn()


def _locked_by_other(lock: Path) -> bool:
    sys.path.insert(0, str(ROOT))
    from app.instance_lock import is_locked

    return is_locked(lock)


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else ROOT / "dist" / "baoxue"
    if not (bundle / f"baoxue-cli{EXE}").is_file():
        print(f"no built program in {bundle}: run `make dist` first", file=sys.stderr)
        return 2
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="baoxue-smoke-") as tmp:
        smoke = Smoke(bundle, Path(tmp))
        try:
            smoke.all()
        except (SmokeFailure, subprocess.TimeoutExpired) as exc:
            print(f"SMOKE FAILED at step {len(smoke.steps)} ({smoke.steps[-1]}):\n{exc}", file=sys.stderr)
            return 1
    print(f"smoke test of {bundle}: {len(smoke.steps)} steps passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
