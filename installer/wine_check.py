"""Compile installer/baoxue.iss with the real Inno Setup compiler through wine, then install,
upgrade and uninstall a setup in a throw-away wine prefix: `make installer-check`.

Inno Setup 6.4 comes from the npm registry (package ``innosetup``, which carries ISCC.exe and
Default.isl; `make installer-tools` unpacks it into build/innosetup/), wine from Debian.

1. ISCC compiles the committed script against the built dist/baoxue/ (/O-: everything is parsed,
   checked and the [Code] compiled; no 300 MB setup is written);
2. a setup of a tiny stand-in program folder (/DDistDir, /DNoCompression) is built and run
   silently "for all users" (/ALLUSERS): the program lands in Program Files, the shared data
   folder is made and the choice is written where app/paths.py reads it
   (%ProgramData%\Baoxue\location.json, {"scope": "machine"});
3. a school's database is put in the data folder; the same setup is run again (upgrade in place:
   one uninstaller, the data untouched);
4. the uninstaller removes the program and leaves the data.

Run under an X server (`xvfb-run`, as make installer-check does): Inno Setup's forms need one even
when silent. What wine cannot show: the look of the pages, the real Windows permissions given to
%ProgramData%\Baoxue (users-modify), code signing, and the "for me only" mode (wine 8 has no
per-user Program Files folder, FOLDERID_UserProgramFiles, so {autopf} fails there).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INNO = ROOT / "build" / "innosetup" / "package" / "bin"
TIMEOUT = 900


class Failure(AssertionError):
    pass


def winpath(p: Path) -> str:
    return "Z:" + str(p).replace("/", "\\")


def wine(env: dict, *args: str) -> subprocess.CompletedProcess:
    p = subprocess.run(["wine", *args], env=env, capture_output=True, text=True, errors="replace",
                       timeout=TIMEOUT)
    return p


def iscc(env: dict, *args: str) -> str:
    p = wine(env, str(INNO / "ISCC.exe"), *args)
    if p.returncode != 0:
        raise Failure(f"ISCC {' '.join(args)} failed ({p.returncode}):\n{p.stdout[-3000:]}\n{p.stderr[-2000:]}")
    return p.stdout


def main() -> int:
    if not (INNO / "ISCC.exe").is_file():
        print("Inno Setup is not unpacked: run make installer-tools", file=sys.stderr)
        return 2
    if shutil.which("wine") is None:
        print("wine is not installed (make installer-check installs it with apt-get)", file=sys.stderr)
        return 2
    iss = ROOT / "installer" / "baoxue.iss"
    with tempfile.TemporaryDirectory(prefix="baoxue-wine-") as tmp:
        tmp = Path(tmp)
        prefix = tmp / "prefix"
        env = dict(os.environ, WINEPREFIX=str(prefix), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=")
        try:
            wine(env, "winecfg", "/v", "win10")  # the setup asks for Windows 10 or later (MinVersion)
            print("[1] compile the committed script against dist/baoxue", flush=True)
            out = iscc(env, "/O-", winpath(iss))
            if "Successful compile" not in out:
                raise Failure(out[-2000:])

            print("[2] install a setup of a stand-in program folder, for all users", flush=True)
            fake = tmp / "fake-dist"
            (fake / "_internal").mkdir(parents=True)
            (fake / "baoxue.exe").write_bytes(b"MZ stand-in")
            (fake / "baoxue-cli.exe").write_bytes(b"MZ stand-in")
            (fake / "_internal" / "v1.txt").write_text("one", encoding="utf-8")
            outdir = tmp / "out"
            iscc(env, f"/DDistDir={winpath(fake)}", "/DNoCompression", f"/O{winpath(outdir)}", winpath(iss))
            (setup,) = outdir.glob("BaoxueSetup-*.exe")
            flags = ["/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/ALLUSERS"]
            p = wine(env, str(setup), *flags, f"/LOG={winpath(tmp / 'install.log')}")
            if p.returncode != 0:
                raise Failure(f"setup exited {p.returncode}: {(tmp / 'install.log').read_text(errors='replace')[-3000:]}")
            app_dir = prefix / "drive_c" / "Program Files" / "Baoxue"
            if not (app_dir / "baoxue.exe").is_file():
                raise Failure(f"the program is not in {app_dir}")
            marker = prefix / "drive_c" / "ProgramData" / "Baoxue" / "location.json"
            if not marker.is_file() or '"scope": "machine"' not in marker.read_text(encoding="utf-8-sig"):
                raise Failure(f"the data-folder choice was not remembered in {marker}")
            print(f"    installed in {app_dir}; choice in {marker}", flush=True)

            print("[3] upgrade in place keeps the data", flush=True)
            if not (marker.parent / "data").is_dir():
                raise Failure("the shared data folder was not made")
            data = marker.parent / "data" / "baoxue.sqlite3"
            data.write_bytes(b"the school's data")
            (fake / "_internal" / "v1.txt").unlink()
            (fake / "_internal" / "v2.txt").write_text("two", encoding="utf-8")
            shutil.rmtree(outdir)
            iscc(env, f"/DDistDir={winpath(fake)}", "/DNoCompression", f"/O{winpath(outdir)}", winpath(iss))
            (setup,) = outdir.glob("BaoxueSetup-*.exe")
            p = wine(env, str(setup), *flags)
            if p.returncode != 0:
                raise Failure(f"the upgrade exited {p.returncode}")
            if not (app_dir / "_internal" / "v2.txt").is_file() or (app_dir / "_internal" / "v1.txt").exists():
                raise Failure("the upgrade did not replace the program's files")
            uninstallers = sorted(p.name for p in app_dir.glob("unins*.exe"))
            if uninstallers != ["unins000.exe"]:
                raise Failure(f"an upgrade must reuse the one installation (AppId): {uninstallers}")
            if data.read_bytes() != b"the school's data":
                raise Failure("the upgrade touched the data")

            print("[4] uninstall removes the program, keeps the data", flush=True)
            p = wine(env, str(app_dir / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
            subprocess.run(["wineserver", "-w"], env=env, timeout=TIMEOUT)  # the uninstaller finishes in a copy of itself
            if (app_dir / "baoxue.exe").exists():
                raise Failure("the uninstaller left the program")
            if data.read_bytes() != b"the school's data" or not marker.is_file():
                raise Failure("the uninstaller removed the data")
        except (Failure, subprocess.TimeoutExpired) as exc:
            print(f"INSTALLER CHECK FAILED: {exc}", file=sys.stderr)
            return 1
        finally:
            subprocess.run(["wineserver", "-k"], env=env, capture_output=True)
    print("installer check: compiled with Inno Setup (ISCC via wine); install, upgrade, uninstall passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
