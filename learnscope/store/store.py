"""The store: runs and their points, in SQLite or PostgreSQL.

Validation happens once, in :class:`learnscope.run.Run` or an importer; the store
only stores. Every write is one transaction, retried on lock contention.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
import uuid
from typing import Iterable

from sqlalchemy import and_, func, insert, select, text, update

from ..errors import RunNotFoundError, StoreError
from ..history import History, RunInfo, Series
from ..names import SeriesKey
from . import chunks as ck
from . import reads
from .append import append, load_tail
from .derived import replace_metrics, replace_params
from .engine import create_engines, display, retry
from .listing import Listing, row_to_info
from .points import chunk_values, read_points
from .query import ROW_NAMES
from .schema import SCHEMA_VERSION, chunks, info, metadata, runs, series
from .thin import ThinReads
from .upgrade import ensure_search_index, upgrade

log = logging.getLogger("learnscope.store")
_NO_READ = dict(verdict=None, headline=None, read_version=None)


def new_run_id() -> str:
    return uuid.uuid4().hex[:12]


def run_values(run: RunInfo, *, heartbeat, n_epochs: int = 0, n_steps: int = 0) -> dict:
    """The columns of a new ``runs`` row."""
    return dict(id=run.id, project=run.project, name=run.name, grp=run.group, fold=run.fold, status=run.status,
                config=json.dumps(run.config, default=str), meta=json.dumps(run.meta, default=str),
                summary=json.dumps(run.summary), host=run.host, created=run.created, ended=run.ended,
                heartbeat=heartbeat, n_epochs=n_epochs, n_steps=n_steps, updated=time.time())


_row_to_info = row_to_info
_RUN_COLS = tuple(runs.c[n] for n in ROW_NAMES)


class Store(Listing, ThinReads):
    """A learnscope store. Use :func:`open_store` rather than the constructor."""

    def __init__(self, url: str, *, create: bool = True):
        self.url = url
        self.writer, self.reader = create_engines(url, create_dir=create)
        self._tails: dict[int, tuple[list, int]] = {}
        self._series_ids: dict[tuple[str, SeriesKey], int] = {}
        self._lock = threading.Lock()
        self._ensure_schema()

    def __repr__(self) -> str:
        return f"Store({display(self.url)!r})"

    def release(self, close: bool = True) -> None:
        """Close the idle connections (and so the files) this store holds; it reconnects when next used,
        and connections in use are closed when they are given back. ``close=False`` (a forked child)
        only forgets the parent's connections, leaving them to the parent."""
        for engine in {self.writer, self.reader}:
            engine.dispose(close=close)

    @property
    def location(self) -> str:
        return display(self.url)

    def _ensure_schema(self) -> None:
        def create():
            with self.writer.begin() as conn:
                if conn.dialect.name == "postgresql":
                    # Concurrent CREATE TABLEs collide in PostgreSQL's catalog: one process
                    # creates the schema, the others wait here and then find it made.
                    conn.execute(text("SELECT pg_advisory_xact_lock(7412093)"))
                metadata.create_all(conn)
                have = conn.execute(select(info.c.value).where(info.c.key == "schema_version")).scalar()
                if have is None:
                    ensure_search_index(conn)
                    conn.execute(insert(info).values(key="schema_version", value=str(SCHEMA_VERSION)))
                elif int(have) > SCHEMA_VERSION:
                    raise StoreError(f"store {self.location} was written by a newer learnscope "
                                     f"(schema {have}, this one reads {SCHEMA_VERSION}): upgrade learnscope")
                elif int(have) < SCHEMA_VERSION:
                    upgrade(conn, int(have))
                    conn.execute(update(info).where(info.c.key == "schema_version")
                                 .values(value=str(SCHEMA_VERSION)))
        try:
            # patience: a wrong host or port should fail a command in seconds, not a minute
            retry(create, what=f"open store {self.location}", patience=5.0)
        except StoreError:
            raise
        except Exception as exc:
            raise StoreError(f"cannot open store {self.location}: {str(exc).splitlines()[0]}") from None

    def _retry(self, fn, *, what: str):
        return retry(fn, what=what)

    # ---- writing -------------------------------------------------------------------
    def create_run(self, run: RunInfo) -> None:
        """Insert a new run row (``run.id`` must be set)."""
        def do():
            with self.writer.begin() as conn:
                conn.execute(insert(runs).values(**run_values(run, heartbeat=run.heartbeat)))
                replace_params(conn, run.id, run.config)
        retry(do, what=f"create run {run.ref}")

    def _series_id(self, conn, run_id: str, key: SeriesKey) -> int:
        sid = self._series_ids.get((run_id, key))
        if sid is None:
            where = and_(series.c.run_id == run_id, series.c.name == key.name,
                         series.c.split == key.split, series.c.level == key.level)
            sid = conn.execute(select(series.c.id).where(where)).scalar()
            if sid is None:
                sid = conn.execute(insert(series).values(run_id=run_id, name=key.name, split=key.split,
                                                         level=key.level, n=0)).inserted_primary_key[0]
        return sid

    def write(self, run_id: str, points: dict[SeriesKey, tuple], *, fields: dict | None = None,
              patience: float | None = None) -> None:
        """Append points and update run fields (status, summary, heartbeat, ...) in one transaction.

        ``points`` maps a series key to ``(step, epoch, wall_time, value)`` arrays.
        ``patience`` bounds the seconds spent retrying transient errors (0: try once).
        """
        fields = fields or {}
        with self._lock:
            retry(lambda: self._write_once(run_id, points, fields), what="write to the store",
                  patience=patience)
        if fields.get("status") in ("finished", "crashed"):
            self._read_at_finish(run_id)

    def _read_at_finish(self, run_id: str) -> None:
        """The run's stored read, made as it ends when that is quick (at most
        ``reads.POINTS_AT_FINISH`` points); otherwise, or if it fails, the first list makes it."""
        try:
            with self.reader.connect() as conn:
                row = conn.execute(select(*_RUN_COLS).where(runs.c.id == run_id)).first()
                n = conn.execute(select(func.sum(series.c.n)).where(series.c.run_id == run_id)).scalar()
            if row is not None and (n or 0) <= reads.POINTS_AT_FINISH:
                reads.store_read(self, row_to_info(row))
        except Exception:
            log.warning("learnscope: the read of run %s was not stored at finish", run_id, exc_info=True)

    def checkpoint(self) -> None:
        """Fold SQLite's write-ahead log into the database file and empty it, so a finished
        run takes its compact size on disk (the log otherwise keeps a second copy of recent
        pages). Best effort: skipped at once while another connection is busy. PostgreSQL: nothing."""
        if not self.url.startswith("sqlite"):
            return
        with self._lock:
            try:
                raw = self.writer.raw_connection()
            except Exception:
                return
            try:
                raw.driver_connection.execute("PRAGMA busy_timeout=0")
                raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except Exception:  # busy or locked: the next checkpoint (ours or SQLite's own) folds it
                pass
            finally:
                try:
                    raw.driver_connection.execute("PRAGMA busy_timeout=60000")
                finally:
                    raw.close()

    def _write_once(self, run_id, points, fields) -> None:
        new_tails, new_ids = {}, {}
        with self.writer.begin() as conn:
            for key, arrays in points.items():
                if not len(arrays[3]):
                    continue
                sid = self._series_id(conn, run_id, key)
                new_ids[(run_id, key)] = sid
                tail, next_seq = self._tails.get(sid) or load_tail(conn, sid)
                new_tails[sid] = append(conn, sid, arrays, tail, next_seq)
                conn.execute(update(series).where(series.c.id == sid).values(n=series.c.n + len(arrays[3])))
            values = {k: (json.dumps(v, default=str) if k in ("summary", "meta", "config") else v)
                      for k, v in fields.items()}
            # new points or a new status make the stored read stale: it is remade once the run ends
            conn.execute(update(runs).where(runs.c.id == run_id).values(**values, **_NO_READ,
                                                                         updated=time.time()))
            if "config" in fields:
                replace_params(conn, run_id, fields["config"])
            if "summary" in fields:
                replace_metrics(conn, run_id, fields["summary"])
        self._tails.update(new_tails)  # only once committed
        self._series_ids.update(new_ids)

    def save_history(self, history: History, *, project: str | None = None, name: str | None = None) -> RunInfo:
        """Store a whole History (an import) as a new finished run, in one transaction."""
        from ..summary import summarize

        src = history.info
        run = RunInfo(id=new_run_id(), project=project or src.project or "default",
                      name=name or src.name or f"import-{time.strftime('%Y%m%d-%H%M%S')}",
                      group=src.group, fold=src.fold, config=dict(src.config), meta=dict(src.meta),
                      status="crashed" if src.status == "crashed" else "finished",  # a tracker's crashed run
                      created=src.created, ended=src.ended or time.time(),
                      host=src.host, summary=summarize(history.series.values()))
        n_epochs, n_steps = history.n_epochs, max((int(s.step.max()) + 1 for s in history.series.values()
                                                  if s.level == "batch" and len(s)), default=0)
        read = reads.compute(History(run, list(history.series.values())))

        def do():
            with self.writer.begin() as conn:
                conn.execute(insert(runs).values(**run_values(run, heartbeat=run.ended, n_epochs=n_epochs,
                                                            n_steps=n_steps), **read))
                replace_params(conn, run.id, run.config)
                replace_metrics(conn, run.id, run.summary)
                for s in history.series.values():
                    sid = conn.execute(insert(series).values(run_id=run.id, name=s.name, split=s.split,
                                                             level=s.level, n=len(s))).inserted_primary_key[0]
                    for seq, sl in enumerate(ck.split(len(s))):
                        arrays = (s.step[sl], s.epoch[sl], s.wall_time[sl], s.value[sl])
                        conn.execute(insert(chunks).values(seq=seq, series_id=sid, **chunk_values(arrays)))
        retry(do, what=f"import run {run.ref}")
        return run

    def save_many(self, histories, *, reads=None, batch: int = 500) -> list[str]:
        """Store many finished Histories in a few large transactions (see :mod:`.bulk`)."""
        from .bulk import save_many
        return save_many(self, histories, reads=reads, batch=batch)

    # ---- reading -------------------------------------------------------------------
    def list_runs(self, project: str | None = None) -> list[RunInfo]:
        """All runs, newest first (optionally of one project). For a page, a filter or an order,
        use :meth:`runs` (a :class:`~learnscope.store.query.RunQuery`)."""
        return [r.info for r in self.iter_runs(project=project or None)]

    def resolve(self, ref: str) -> RunInfo:
        """The run a reference names: an id (or unique id prefix), ``project/name``, or a unique name.

        Where several runs share a name, the newest wins.
        """
        if not isinstance(ref, str) or not ref.strip():
            raise RunNotFoundError(f"run reference {ref!r} is empty: give an id, project/name, or name")
        ref = ref.strip()
        with self.reader.connect() as conn:
            def first(where):
                return conn.execute(select(*_RUN_COLS).where(where).order_by(runs.c.created.desc())).first()
            row = first(runs.c.id == ref)
            if row is None and "/" in ref:
                project, name = ref.split("/", 1)
                row = first(and_(runs.c.project == project, runs.c.name == name))
            if row is None:
                rows = conn.execute(select(*_RUN_COLS).where(runs.c.name == ref)
                                    .order_by(runs.c.created.desc())).all()
                projects = sorted({r.project for r in rows})
                if len(projects) > 1:
                    raise RunNotFoundError(f"run name {ref!r} is in several projects ({', '.join(projects)}): "
                                           f"use project/name")
                row = rows[0] if rows else None
            if row is None and re.fullmatch(r"[0-9a-f]{4,31}", ref):
                rows = conn.execute(select(*_RUN_COLS).where(runs.c.id.like(ref + "%"))).all()
                row = rows[0] if len(rows) == 1 else None
        if row is None:
            raise RunNotFoundError(f"no run {ref!r} in store {self.location}: "
                                   f"`learnscope runs --store {self.location}` lists the runs there")
        return _row_to_info(row)

    def load(self, ref: str | RunInfo, *, levels: Iterable[str] = ("batch", "epoch"),
             step_range: tuple[int, int] | None = None) -> History:
        """The History of a run, with the series of ``levels`` (points within ``step_range`` if given)."""
        run = ref if isinstance(ref, RunInfo) else self.resolve(ref)
        with self.reader.begin() as conn:
            rows = conn.execute(select(series.c.id, series.c.name, series.c.split, series.c.level)
                                .where(and_(series.c.run_id == run.id, series.c.level.in_(list(levels))))
                                .order_by(series.c.id)).all()
            out = [Series(r.name, r.split, r.level, *read_points(conn, r.id, step_range)) for r in rows]
        return History(run, out)
