"""The bulk path: many finished Histories stored in a few large transactions.

What :meth:`Store.save_history` does for one run (runs row, series, chunks, config and
metric rows, the stored read), done for hundreds of runs per statement. For filling
a store fast (``bench/scale_bench.py`` writes 100,000 runs this way) and for importing
a folder of many logs. Each History keeps its own project, name and group. A run's
read is made here unless given (the bench computes it in a process pool).

>>> ids = save_many(store, histories)               # doctest: +SKIP
"""

from __future__ import annotations

import time
from typing import Iterable

from sqlalchemy import insert

from ..history import History, RunInfo
from .derived import metric_rows, param_rows
from .schema import chunks, metrics, params, runs, series

BATCH = 500  # runs per transaction


def save_many(store, histories: Iterable[History], *, reads: Iterable[dict] | None = None,
              batch: int = BATCH) -> list[str]:
    """Store finished runs in transactions of ``batch`` runs; returns their new ids in order.

    ``reads`` (optional, parallel to ``histories``): each run's stored-read columns as
    :func:`learnscope.store.reads.compute` returns them, when computed elsewhere (in a
    process pool); otherwise each read is made here.
    """
    from . import reads as rd

    out, pending = [], []
    read_iter = iter(reads) if reads is not None else None
    for h in histories:
        read = next(read_iter) if read_iter is not None else rd.compute(h)
        pending.append(prepare(h, read))
        if len(pending) >= batch:
            out += write_prepared(store, pending)
            pending = []
    if pending:
        out += write_prepared(store, pending)
    analyze(store)
    return out


def analyze(store) -> None:
    """Fresh planner statistics after a bulk load (and, in PostgreSQL, the visibility map that
    lets filters answer from their indexes alone)."""
    from sqlalchemy import text

    if store.url.startswith("sqlite"):
        with store.writer.begin() as conn:
            conn.execute(text("ANALYZE"))
        return
    with store.writer.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))


def prepare(h: History, read: dict) -> tuple:
    """One run made ready to write (encoded chunks, summary, rows): picklable, so a process
    pool can prepare runs while this process writes (see ``bench/scale_bench.py``)."""
    from ..summary import summarize
    from .points import chunk_values
    from .store import new_run_id, run_values
    from . import chunks as ck

    src = h.info
    info = RunInfo(id=new_run_id(), project=src.project or "default", name=src.name or "run", group=src.group,
                   fold=src.fold, config=dict(src.config), meta=dict(src.meta), status="finished",
                   created=src.created, ended=src.ended or src.created, host=src.host,
                   summary=summarize(h.series.values()))
    n_steps = max((int(s.step.max()) + 1 for s in h.series.values() if s.level == "batch" and len(s)), default=0)
    row = {**run_values(info, heartbeat=info.ended, n_epochs=h.n_epochs, n_steps=n_steps), **read}
    series_rows, chunk_lists = [], []
    for s in h.series.values():
        series_rows.append(dict(run_id=info.id, name=s.name, split=s.split, level=s.level, n=len(s)))
        chunk_lists.append([dict(seq=seq, **chunk_values((s.step[sl], s.epoch[sl], s.wall_time[sl], s.value[sl])))
                            for seq, sl in enumerate(ck.split(len(s)))])
    return info, row, series_rows, chunk_lists


def write_prepared(store, pending: list) -> list[str]:
    """Write runs made by :func:`prepare` in one transaction; returns their ids."""
    def do():
        with store.writer.begin() as conn:
            now = time.time()
            conn.execute(insert(runs), [dict(p[1], updated=now) for p in pending])
            s_rows = [r for p in pending for r in p[2]]
            ids = conn.execute(insert(series).returning(series.c.id, sort_by_parameter_order=True),
                               s_rows).scalars().all()
            lists = [c for p in pending for c in p[3]]
            c_rows = [dict(c, series_id=sid) for sid, cs in zip(ids, lists) for c in cs]
            if c_rows:
                conn.execute(insert(chunks), c_rows)
            p_rows = [r for p in pending for r in param_rows(p[0].id, p[0].config)]
            m_rows = [r for p in pending for r in metric_rows(p[0].id, p[0].summary)]
            for table, rows in ((params, p_rows), (metrics, m_rows)):
                if rows:
                    conn.execute(insert(table), rows)
    store._retry(do, what=f"store {len(pending)} runs")
    return [p[0].id for p in pending]
