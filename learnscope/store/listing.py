"""The store's runs-list methods: pages, counts, ids, deletion and stored reads.

A mixin of :class:`learnscope.store.Store`; the SQL comes from :mod:`.query`.

>>> store.runs(RunQuery(where="lr<0.01", sort="best:val_loss"), limit=20)   # doctest: +SKIP
[RunRow(info=RunInfo(...), verdict='healthy', ...), ...]
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from typing import Iterable, Iterator

from sqlalchemy import delete, func, select

from ..history import RunInfo
from . import query as _q
from . import reads
from .query import ROW_COLS, RunQuery, count_runs, page_queries, select_runs, total_runs
from .schema import chunks, metrics, params, runs, series

log = logging.getLogger("learnscope.store")
_DELETE_BATCH = 500


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


def row_to_info(row) -> RunInfo:
    status = row.status
    if status == "running" and (row.heartbeat or row.created) < _q.stale_before():
        status = "crashed"
    return RunInfo(id=row.id, project=row.project, name=row.name, group=row.grp, fold=row.fold,
                   config=_loads(row.config), meta=_loads(row.meta), status=status,
                   created=row.created, ended=row.ended, heartbeat=row.heartbeat, host=row.host,
                   summary=_loads(row.summary))


def _loads(text: str | None) -> dict:
    return json.loads(text) if text else {}


def _row(row, version: int) -> RunRow:
    return RunRow(info=row_to_info(row), n_epochs=row.n_epochs or 0, n_steps=row.n_steps or 0,
                  updated=row.updated, verdict=row.verdict, headline=row.headline,
                  read_current=row.read_version == version)


def _query(q: RunQuery | None, kw: dict) -> RunQuery:
    if q is not None and kw:
        raise TypeError("give a RunQuery or keyword filters, not both")
    return q if q is not None else RunQuery(**kw)


def _page_ids(conn, q: RunQuery, limit: int, offset: int) -> list[str]:
    """The ids of one page, in order: sorted on narrow rows first, full rows fetched after."""
    ordered, rest = page_queries(q)
    ids = list(conn.execute(ordered.limit(limit).offset(offset or None)).scalars())
    if rest is None or len(ids) == limit:
        return ids
    skip = offset - conn.execute(select(func.count()).select_from(ordered.order_by(None).subquery())).scalar() \
        if offset else 0
    more = rest.limit(limit - len(ids)).offset(max(skip, 0) or None)
    return ids + list(conn.execute(more).scalars())


class Listing:
    """Runs-list methods shared by every store (SQLite and PostgreSQL)."""

    def runs(self, q: RunQuery | None = None, *, limit: int | None = 50, offset: int = 0, **kw) -> list[RunRow]:
        """A page of runs matching ``q`` (or keyword filters such as ``where="lr<0.01"``)."""
        q = _query(q, kw)
        if limit is None:
            return list(self.iter_runs(q))
        version = reads.read_version()
        with self.reader.connect() as conn:
            ids = _page_ids(conn, q, limit, offset)
            if not ids:
                return []
            found = {r.id: r for r in conn.execute(select(*ROW_COLS).where(runs.c.id.in_(ids)))}
        return [_row(found[i], version) for i in ids if i in found]

    def iter_runs(self, q: RunQuery | None = None, **kw) -> Iterator[RunRow]:
        """Every run matching ``q``, streamed (a server-side cursor in PostgreSQL)."""
        q = _query(q, kw)
        version = reads.read_version()
        with self.reader.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=500).execute(select_runs(q))
            for r in result:
                yield _row(r, version)

    def count(self, q: RunQuery | None = None, **kw) -> int:
        """How many runs match ``q``."""
        with self.reader.connect() as conn:
            return conn.execute(count_runs(_query(q, kw))).scalar()

    def total(self, project: str | None = None) -> int:
        """How many runs the store holds (of ``project``)."""
        with self.reader.connect() as conn:
            return conn.execute(total_runs(project)).scalar()

    def newest_update(self) -> float | None:
        """When the store was last written (the dashboard's refresh asks for what is newer)."""
        with self.reader.connect() as conn:
            return conn.execute(select(func.max(runs.c.updated))).scalar()

    def metric_keys(self, limit: int = 500) -> list[str]:
        """The metrics any run has, as ``name@level`` (what a list can sort by)."""
        query = select(metrics.c.key, metrics.c.level).distinct().order_by(metrics.c.level.desc(),
                                                                             metrics.c.key).limit(limit)
        with self.reader.connect() as conn:
            return [f"{k}@{level}" for k, level in conn.execute(query)]

    def run_ids(self, q: RunQuery | None = None, **kw) -> list[str]:
        """The ids of every run matching ``q``, in its order ("tick all that match", ``rm --where``)."""
        with self.reader.connect() as conn:
            return list(conn.execute(select_runs(_query(q, kw), cols=(runs.c.id,))).scalars())

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
        q = _query(q, kw)
        made = 0
        deadline = None if budget is None else time.monotonic() + budget
        while deadline is None or time.monotonic() < deadline:
            with self.reader.connect() as conn:
                page = select_runs(q, limit=200).where(reads.stale(_q.stale_before()))
                rows = [_row(r, reads.read_version()) for r in conn.execute(page)]
            if not rows:
                break
            before = made
            for row in self.ensure_reads(rows, budget=None if deadline is None else deadline - time.monotonic()):
                made += row.read_current
            if made == before:  # nothing could be stored (a write raced each): leave them for later
                break
        return made
