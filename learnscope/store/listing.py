"""The store's runs-list methods: pages, counts, ids, deletion and stored reads.

A mixin of :class:`learnscope.store.Store`; the SQL comes from :mod:`.query`.

>>> store.runs(RunQuery(where="lr<0.01", sort="best:val_loss"), limit=20)   # doctest: +SKIP
[RunRow(info=RunInfo(...), verdict='healthy', ...), ...]
"""

from __future__ import annotations

import logging
import time
from typing import Iterable, Iterator

from sqlalchemy import delete, func, select

from . import reads
from .lite import RunRow, page, query_of, read_version, row_to_info, scalar, to_row  # noqa: F401  (re-exported)
from .query import RunQuery, count_sql, metric_keys_sql, select_sql, total_sql
from .schema import chunks, metrics, params, runs, series

log = logging.getLogger("learnscope.store")
_DELETE_BATCH = 500
_query = query_of


class Listing:
    """Runs-list methods shared by every store (SQLite and PostgreSQL)."""

    def runs(self, q: RunQuery | None = None, *, limit: int | None = 50, offset: int = 0, **kw) -> list[RunRow]:
        """A page of runs matching ``q`` (or keyword filters such as ``where="lr<0.01"``)."""
        q = _query(q, kw)
        if limit is None:
            return list(self.iter_runs(q))
        with self.reader.connect() as conn:
            return page(_executor(conn), conn.dialect.name, q, limit, offset)

    def iter_runs(self, q: RunQuery | None = None, **kw) -> Iterator[RunRow]:
        """Every run matching ``q``, streamed (a server-side cursor in PostgreSQL)."""
        q = _query(q, kw)
        version = read_version()
        with self.reader.connect() as conn:
            sql = select_sql(q, conn.dialect.name)
            result = conn.execution_options(stream_results=True, yield_per=500).exec_driver_sql(sql.text, sql.params)
            for r in result:
                yield to_row(r, version)

    def count(self, q: RunQuery | None = None, **kw) -> int:
        """How many runs match ``q``."""
        with self.reader.connect() as conn:
            return scalar(_executor(conn), count_sql(_query(q, kw), conn.dialect.name))

    def total(self, project: str | None = None) -> int:
        """How many runs the store holds (of ``project``)."""
        with self.reader.connect() as conn:
            return scalar(_executor(conn), total_sql(conn.dialect.name, project))

    def newest_update(self) -> float | None:
        """When the store was last written (the dashboard's refresh asks for what is newer)."""
        with self.reader.connect() as conn:
            return conn.execute(select(func.max(runs.c.updated))).scalar()

    def metric_keys(self, limit: int = 500) -> list[str]:
        """The metrics any run has, as ``name@level`` (what a list can sort by)."""
        with self.reader.connect() as conn:
            return [f"{k}@{level}" for k, level in _executor(conn)(metric_keys_sql(conn.dialect.name, limit))]

    def run_ids(self, q: RunQuery | None = None, **kw) -> list[str]:
        """The ids of every run matching ``q``, in its order ("tick all that match", ``rm --where``)."""
        with self.reader.connect() as conn:
            return [r[0] for r in _executor(conn)(select_sql(_query(q, kw), conn.dialect.name, cols=("id",)))]

    def delete_runs(self, ids: Iterable[str]) -> int:
        """Delete runs with their series, points and derived rows; returns how many were deleted."""
        ids, done = list(dict.fromkeys(ids)), 0
        for start in range(0, len(ids), _DELETE_BATCH):
            part = ids[start:start + _DELETE_BATCH]

            def do():
                with self.writer.begin() as conn:
                    sids = select(series.c.id).where(series.c.run_id.in_(part))
                    conn.execute(delete(chunks).where(chunks.c.series_id.in_(sids)))
                    conn.execute(delete(series).where(series.c.run_id.in_(part)))
                    conn.execute(delete(params).where(params.c.run_id.in_(part)))
                    conn.execute(delete(metrics).where(metrics.c.run_id.in_(part)))
                    return conn.execute(delete(runs).where(runs.c.id.in_(part))).rowcount
            done += self._retry(do, what="delete runs")
        return done

    def delete_run(self, run_id: str) -> None:
        self.delete_runs([run_id])

    def ensure_reads(self, rows: Iterable[RunRow], *, budget: float | None = None) -> list[RunRow]:
        """Make the stored read of every finished or crashed run in ``rows`` that lacks a current
        one (at most ``budget`` seconds); returns the rows, updated."""
        deadline = None if budget is None else time.monotonic() + budget
        out = []
        for row in rows:
            if not row.read_current and row.info.status != "running" and (
                    deadline is None or time.monotonic() < deadline):
                row = self._read_row(row)
            out.append(row)
        return out

    def _read_row(self, row: RunRow) -> RunRow:
        try:
            values = reads.store_read(self, row.info)
        except Exception as exc:  # a store hiccup: the list shows "no read yet" and tries next time
            log.warning("learnscope: could not store the read of run %s: %s", row.info.id, exc)
            return row
        return RunRow(row.info, row.n_epochs, row.n_steps, time.time(), values["verdict"],
                      values["headline"], True)

    def refresh_reads(self, q: RunQuery | None = None, *, budget: float | None = None, **kw) -> int:
        """Make missing or outdated stored reads of runs matching ``q`` (e.g. after an upgrade
        changed READ_VERSION); returns how many were made."""
        from dataclasses import replace

        q = replace(_query(q, kw), unread=True)
        made = 0
        deadline = None if budget is None else time.monotonic() + budget
        while deadline is None or time.monotonic() < deadline:
            with self.reader.connect() as conn:
                rows = [to_row(r, read_version()) for r in _executor(conn)(select_sql(q, conn.dialect.name, limit=200))]
            if not rows:
                break
            before = made
            for row in self.ensure_reads(rows, budget=None if deadline is None else deadline - time.monotonic()):
                made += row.read_current
            if made == before:  # nothing could be stored (a write raced each): leave them for later
                break
        return made


def _executor(conn):
    """Statements of :mod:`.query` run through a SQLAlchemy connection (the driver's own style)."""
    return lambda sql: conn.exec_driver_sql(sql.text, sql.params)
