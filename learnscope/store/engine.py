"""Where a store lives, and how to talk to it safely from many processes.

A store is a directory (holding ``learnscope.db``, SQLite in WAL mode) or a
``postgresql://`` URL. Both go through the same SQLAlchemy Core code.
"""

from __future__ import annotations

import os
import random
import re
import time
from pathlib import Path

from ..errors import StoreError

DEFAULT_STORE = "./learnscope"
DB_FILE = "learnscope.db"
ENV_VAR = "LEARNSCOPE_STORE"
_PG_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def resolve_url(store: str | os.PathLike | None = None) -> str:
    """The SQLAlchemy URL of a store given as a path, URL, or None (the default)."""
    raw = os.fspath(store) if store is not None else os.environ.get(ENV_VAR) or DEFAULT_STORE
    if not raw.strip():
        raise StoreError("the store is an empty string: give a directory or a postgresql:// URL")
    if raw.startswith(_PG_SCHEMES):
        return "postgresql+psycopg://" + raw.split("://", 1)[1]
    if raw.startswith("sqlite:///"):
        return raw
    if "://" in raw:
        scheme = raw.split("://", 1)[0]
        raise StoreError(
            f"unknown store scheme {scheme!r} in {raw!r}: use a directory path "
            f"(SQLite, the default) or a postgresql:// URL")
    try:
        path = Path(raw).expanduser()
    except (RuntimeError, KeyError):  # ~user naming no user: a directory of that name
        path = Path(raw)
    if path.exists() and not path.is_dir():
        raise StoreError(f"store {raw!r} is a file, not a directory: give the directory that holds {DB_FILE}")
    return f"sqlite:///{(path / DB_FILE).resolve()}"


def display(url: str) -> str:
    """A store URL as shown to people: the directory for SQLite, the URL without password otherwise."""
    if url.startswith("sqlite:///"):
        return str(Path(url[len("sqlite:///"):]).parent)
    from sqlalchemy.engine import make_url
    try:
        shown = make_url(url).render_as_string(hide_password=True)
    except Exception:  # a malformed URL (bad port...) is still shown, never with its password
        shown = re.sub(r"://([^:/@]*):[^@/]*@", r"://\1:***@", url)
    return shown.replace("postgresql+psycopg://", "postgresql://", 1)


def create_engines(url: str, *, create_dir: bool):
    """A (writer, reader) pair of engines. SQLite writers take the lock up front
    (``BEGIN IMMEDIATE``) so concurrent writers queue on the busy timeout instead
    of failing with "database is locked" on a lock upgrade."""
    from sqlalchemy import create_engine, event

    if not url.startswith("sqlite"):
        try:
            # connect_timeout: an unreachable server fails a flush in seconds, not minutes
            engine = create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=4,
                                   connect_args={"connect_timeout": 10})
        except Exception as exc:  # bad URL, missing driver
            raise StoreError(f"cannot use store {display(url)}: {exc}") from None
        return engine, engine
    path = Path(url[len("sqlite:///"):])
    if create_dir:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create store directory {path.parent}: {exc.strerror}") from None
    elif not path.exists():
        raise StoreError(f"no store at {path.parent}: nothing has been recorded there "
                         f"(pass --store or set ${ENV_VAR})")
    engines = []
    for begin in ("BEGIN IMMEDIATE", "BEGIN"):
        engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})
        _sqlite_events(engine, begin, event)
        engines.append(engine)
    return engines[0], engines[1]


def _sqlite_events(engine, begin: str, event) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=60000")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql(begin)


def is_transient(exc: BaseException) -> bool:
    """Whether a database error is worth retrying (locks, lost connections)."""
    text = str(exc).lower()
    return any(s in text for s in ("database is locked", "database is busy", "deadlock",
                                   "could not serialize", "connection", "server closed",
                                   "terminating", "unique constraint failed: learnscope_info",
                                   "duplicate key value violates unique constraint \"learnscope_info"))


def retry(fn, *, attempts: int = 30, what: str = "write to the store", patience: float | None = None):
    """Call ``fn()``, retrying transient database errors with jittered backoff,
    at most ``attempts`` times and (if given) for at most ``patience`` seconds.

    Waiting for another writer's SQLite lock does not use up ``patience``: the store is
    alive, only busy (many processes writing at once), and giving up would only move
    the wait into the caller's retry loop with a "database is locked" message on the way.
    """
    from sqlalchemy.exc import DBAPIError

    delay = 0.05
    give_up = None if patience is None else time.monotonic() + patience
    for attempt in range(attempts):
        try:
            return fn()
        except DBAPIError as exc:
            busy = any(s in str(exc).lower() for s in ("database is locked", "database is busy"))
            late = give_up is not None and not busy and time.monotonic() + delay > give_up
            if attempt == attempts - 1 or late or not is_transient(exc):
                raise StoreError(f"cannot {what}: {str(exc.orig).splitlines()[0]}") from None
            time.sleep(delay * (1 + random.random()))
            delay = min(delay * 2, 2.0)
