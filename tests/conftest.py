import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
PUBLIC_LOGS = ROOT.parent / "shared" / "public-logs"
CLI = [sys.executable, "-m", "learnscope.cli.__main__"]


@pytest.fixture
def store(tmp_path):
    """A fresh store directory."""
    return str(tmp_path / "store")


@pytest.fixture(autouse=True)
def _no_env_store(monkeypatch):
    monkeypatch.delenv("LEARNSCOPE_STORE", raising=False)


def cli(*args, env=None, check=False, cwd=None):
    """Run the real `learnscope` CLI in a subprocess; returns CompletedProcess."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("LEARNSCOPE_STORE", None) if env is None or "LEARNSCOPE_STORE" not in env else None
    proc = subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, env=full_env, cwd=cwd)
    if check and proc.returncode != 0:
        raise AssertionError(f"learnscope {args} failed ({proc.returncode}): {proc.stderr}")
    return proc


def public_logs():
    """The shared corpus of real logs, or skip when it is absent (a user's clone)."""
    if not PUBLIC_LOGS.is_dir():
        pytest.skip("../shared/public-logs is absent (only in the project's CI and sessions)")
    return sorted(p for p in PUBLIC_LOGS.iterdir() if p.name != "README.md")


@pytest.fixture(scope="session")
def pg_server():
    """A running PostgreSQL server (see tests/pg.py)."""
    from tests.pg import PgServer

    server = PgServer()
    yield server
    server.cleanup()


@pytest.fixture
def pg_store(pg_server):
    """The URL of a fresh, empty PostgreSQL database on the test server."""
    return pg_server.new_database()


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium through Playwright, one for the whole session.

    One per session: Playwright's sync API refuses a second instance while one is open.
    """
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM,
                              args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"])
        yield b
        b.close()
