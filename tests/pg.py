"""A real PostgreSQL server for tests: started once per session on 127.0.0.1 in a temp dir.

Outside CI the tests that need it skip with a clear message when no server binary is
installed (Debian: apt-get install postgresql); in CI (CI=true) they fail instead.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid

import pytest


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(cmd: list[str]) -> list[str]:
    # initdb refuses to run as root: run the server as the postgres user.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


class PgServer:
    def __init__(self):
        initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
        if not initdb or not pg_ctl:
            msg = "no PostgreSQL server binaries (initdb/pg_ctl): apt-get install postgresql"
            if os.environ.get("CI"):
                pytest.fail(msg)
            pytest.skip(msg)
        self.pg_ctl = pg_ctl
        self.dir = tempfile.mkdtemp(prefix="learnscope-pg-")
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        self.data = os.path.join(self.dir, "data")
        self.port = _free_port()
        subprocess.run(_as_postgres([initdb, "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8"]),
                       check=True, capture_output=True)
        opts = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off"
        subprocess.run(_as_postgres([pg_ctl, "-D", self.data, "-o", opts, "-l", os.path.join(self.dir, "log"),
                                     "-w", "start"]), check=True, capture_output=True)
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def new_database(self) -> str:
        """A fresh empty database; returns its URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:10]
        with psycopg.connect(self.url.replace("postgresql://", "postgresql://", 1), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self, mode: str = "fast") -> None:
        subprocess.run(_as_postgres([self.pg_ctl, "-D", self.data, "-m", mode, "-w", "stop"]),
                       capture_output=True)

    def start(self) -> None:
        opts = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off"
        subprocess.run(_as_postgres([self.pg_ctl, "-D", self.data, "-o", opts, "-l", os.path.join(self.dir, "log"),
                                     "-w", "start"]), check=True, capture_output=True)

    def cleanup(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)
