"""A throw-away PostgreSQL server for the county tests: Debian's ``postgresql`` binaries, a cluster initialised in a
temporary folder, listening on 127.0.0.1 (a free port) and a unix socket in that folder, stopped at the end.

As root the server runs as the ``postgres`` user (PostgreSQL refuses to run as root). Without the binaries or the
driver the PostgreSQL tests are skipped with the reason — except in CI (``CI=true``), where they fail.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


class PgUnavailable(RuntimeError):
    pass


def _bindir() -> Path:
    for cand in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(cand, "initdb").exists():
            return Path(cand)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise PgUnavailable("没有找到 PostgreSQL(initdb);请安装 Debian 的 postgresql 包(make sysdeps)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self):
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise PgUnavailable("没有安装 PostgreSQL 驱动 psycopg(pip install -e '.[county]')") from None
        self.bin = _bindir()
        self.dir = Path(tempfile.mkdtemp(prefix="baoxue-pg-"))
        self.port = _free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            self.as_user = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.dir, "postgres")
            os.chmod(self.dir, 0o700)
        data = self.dir / "data"
        self._run([str(self.bin / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                   "--locale=C.UTF-8", "--no-sync"])
        self.data = data
        self.start()

    def start(self) -> None:
        self._run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", "-l", str(self.dir / "server.log"), "-o",
                   f"-h 127.0.0.1 -p {self.port} -k {self.dir} -F -c max_connections=60", "start"])

    def crash(self) -> None:
        """Stop the server at once, as a power cut or a lost network would (its clients' connections drop); the
        data stays for :meth:`start`."""
        self._run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"])

    def _run(self, cmd: list[str]) -> None:
        p = subprocess.run(self.as_user + cmd, capture_output=True, text=True)
        if p.returncode:
            raise PgUnavailable(f"{Path(cmd[0]).name} 失败:{(p.stderr or p.stdout).strip()[-500:]}")

    def url(self, db: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{db}"

    def new_database(self) -> str:
        import psycopg

        name = "county_" + uuid.uuid4().hex[:12]
        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        subprocess.run(self.as_user + [str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"],
                       capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)
