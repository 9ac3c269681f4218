"""The runs list without SQLAlchemy or numpy: ``learnscope runs`` in a fraction of a second.

A page, its counts and its rows are a few statements of :mod:`.query`; this module runs
them, for the full :class:`~learnscope.store.Store` (through SQLAlchemy) and for
:func:`open_reader`, a read-only handle that talks to the database driver itself
(``sqlite3``, or ``psycopg`` for PostgreSQL), so a runs list pays neither SQLAlchemy's
nor numpy's import. Whatever needs more (making a missing stored read, a store whose
schema must be upgraded first) is handed to the full Store, opened then.

>>> reader = open_reader("./learnscope")                    # doctest: +SKIP
>>> [r.info.name for r in reader.runs(where="lr<0.01", limit=5)]   # doctest: +SKIP
['trial-000412', ...]
"""

from __future__ import annotations

import json
from collections import namedtuple
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Iterator

from ..runinfo import RunInfo
from .conditions import Sql
from .query import RunQuery, count_sql, page_sql, rest_sql, rows_sql, select_sql, stale_before, total_sql
from .version import SCHEMA_VERSION

Execute = Callable[[Sql], Iterable]  # runs one statement, yields rows with attribute access


@dataclass
class RunRow:
    """A run as a list shows it: its info plus counts, last write and stored read."""

    info: RunInfo
    n_epochs: int
    n_steps: int
    updated: float | None
    verdict: str | None
    headline: str | None
    read_current: bool  # the stored read exists and is of this READ_VERSION


def read_version() -> int:
    from .. import read_version as rv  # looked up on each call: an upgrade (or a test) may change it
    return rv.READ_VERSION


def row_to_info(row) -> RunInfo:
    status = row.status
    if status == "running" and (row.heartbeat or row.created) < stale_before():
        status = "crashed"
    return RunInfo(id=row.id, project=row.project, name=row.name, group=row.grp, fold=row.fold,
                   config=_loads(row.config), meta=_loads(row.meta), status=status,
                   created=row.created, ended=row.ended, heartbeat=row.heartbeat, host=row.host,
                   summary=_loads(row.summary))


def _loads(text: str | None) -> dict:
    return json.loads(text) if text else {}


def to_row(row, version: int) -> RunRow:
    return RunRow(info=row_to_info(row), n_epochs=row.n_epochs or 0, n_steps=row.n_steps or 0,
                  updated=row.updated, verdict=row.verdict, headline=row.headline,
                  read_current=row.read_version == version)


def query_of(q: RunQuery | None, kw: dict) -> RunQuery:
    if q is not None and kw:
        raise TypeError("give a RunQuery or keyword filters, not both")
    return q if q is not None else RunQuery(**kw)


def scalar(execute: Execute, sql: Sql):
    return next(iter(execute(sql)))[0]


def page_ids(execute: Execute, dialect: str, q: RunQuery, limit: int, offset: int) -> list[str]:
    """The ids of one page, in order: sorted on narrow rows first, full rows fetched after."""
    ordered, n_ordered = page_sql(q, dialect, limit=limit, offset=offset)
    ids = [r[0] for r in execute(ordered)]
    if n_ordered is None or len(ids) == limit:
        return ids
    skip = offset - scalar(execute, n_ordered) if offset else 0
    more = rest_sql(q, dialect, limit=limit - len(ids), offset=max(skip, 0))
    return ids + [r[0] for r in execute(more)]


def page(execute: Execute, dialect: str, q: RunQuery, limit: int, offset: int) -> list[RunRow]:
    ids = page_ids(execute, dialect, q, limit, offset)
    if not ids:
        return []
    version = read_version()
    found = {r.id: r for r in execute(rows_sql(ids, dialect))}
    return [to_row(found[i], version) for i in ids if i in found]


class LiteReader:
    """Read-only runs list of a store, through its driver: ``runs``, ``iter_runs``, ``count``,
    ``total``, like the full Store's (which ``full()`` opens when something needs it)."""

    def __init__(self, url: str, dialect: str, conn):
        self.url, self.dialect, self._conn = url, dialect, conn
        self._store = None

    def execute(self, sql: Sql):
        cur = self._conn.cursor()
        cur.execute(sql.text, sql.params)
        return cur

    def full(self):
        """The full Store of this location (SQLAlchemy), opened once."""
        if self._store is None:
            from .cache import open_store
            self._store = open_store(self.url, create=False)
        return self._store

    @property
    def location(self) -> str:
        from .engine import display
        return display(self.url)

    def runs(self, q: RunQuery | None = None, *, limit: int | None = 50, offset: int = 0, **kw) -> list[RunRow]:
        q = query_of(q, kw)
        if limit is None:
            return list(self.iter_runs(q))
        return page(self.execute, self.dialect, q, limit, offset)

    def iter_runs(self, q: RunQuery | None = None, **kw) -> Iterator[RunRow]:
        q, version = query_of(q, kw), read_version()
        sql = select_sql(q, self.dialect)
        if self.dialect == "postgresql":  # a server-side cursor: 100,000 runs are not held at once
            with self._conn.transaction(), self._conn.cursor(name="learnscope_runs") as cur:
                cur.itersize = 500
                cur.execute(sql.text, sql.params)
                yield from (to_row(r, version) for r in cur)
            return
        yield from (to_row(r, version) for r in self.execute(sql))

    def count(self, q: RunQuery | None = None, **kw) -> int:
        return scalar(self.execute, count_sql(query_of(q, kw), self.dialect))

    def total(self, project: str | None = None) -> int:
        return scalar(self.execute, total_sql(self.dialect, project))

    def ensure_reads(self, rows: list[RunRow], *, budget: float | None = None) -> list[RunRow]:
        """Rows lacking a current stored read get one from the full Store (rare: reads are made
        at finish and import)."""
        if all(r.read_current or r.info.status == "running" for r in rows):
            return rows
        return self.full().ensure_reads(rows, budget=budget)

    def refresh_reads(self, q: RunQuery | None = None, *, budget: float | None = None, **kw) -> int:
        """As the full Store's; it is opened only when some run's stored read is missing or outdated."""
        q = query_of(q, kw)
        if not self.count(replace(q, unread=True)):
            return 0
        return self.full().refresh_reads(q, budget=budget)

    def close(self) -> None:
        self._conn.close()


def _namedtuple_rows(cursor, row):
    names = tuple(d[0] for d in cursor.description)
    cls = _ROW_TYPES.get(names)
    if cls is None:
        cls = _ROW_TYPES[names] = namedtuple("Row", names, rename=True)
    return cls(*row)


_ROW_TYPES: dict = {}


def _connect(url: str):
    """A driver connection to ``url`` and its dialect, or None when the store must be opened in full
    (no such file yet, an older schema to upgrade, a driver missing)."""
    if url.startswith("sqlite:///"):
        import sqlite3
        from pathlib import Path
        path = Path(url[len("sqlite:///"):])
        if not path.is_file():
            return None
        conn = sqlite3.connect(str(path), timeout=60, check_same_thread=False)
        conn.row_factory = _namedtuple_rows
        return conn, "sqlite"
    try:
        import psycopg
        from psycopg.rows import namedtuple_row
    except ImportError:
        return None
    try:
        conn = psycopg.connect("postgresql://" + url.split("://", 1)[1], autocommit=True, connect_timeout=10,
                               row_factory=namedtuple_row)
    except psycopg.Error:
        return None  # the full Store says why, in its words
    return conn, "postgresql"


def open_reader(store=None):
    """A read-only runs list of ``store`` (directory, URL or None for the default): a
    :class:`LiteReader` when the store is there and current, else the full Store."""
    from .engine import resolve_url

    url = resolve_url(store)
    got = _connect(url)
    if got is not None:
        conn, dialect = got
        reader = LiteReader(url, dialect, conn)
        try:
            have = scalar(reader.execute, Sql("SELECT value FROM learnscope_info WHERE key = 'schema_version'", {}))
        except Exception:  # no tables yet, a locked or broken file: the full Store handles it
            have = None
        if have is not None and int(have) == SCHEMA_VERSION:
            return reader
        conn.close()
    from .cache import open_store
    return open_store(url, create=False)
