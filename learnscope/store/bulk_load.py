"""Many runs' histories in a few queries: a sweep of 1,000 runs drawn in one chart.

``Store.load`` costs a few queries per run; here one query lists the series of all
runs and one streams their chunks, so loading cost grows with the points, not with
round trips.

>>> histories = load_many(store, store.list_runs(), levels=("epoch",))   # doctest: +SKIP
"""

from __future__ import annotations

from typing import Iterable

import numpy as np
from sqlalchemy import and_, select

from ..history import History, Series
from . import chunks as ck
from .schema import chunks, series

_IN = 500  # ids per IN (...) list: well under every database's parameter limit


def load_many(store, infos: list, *, levels: Iterable[str] = ("batch", "epoch")) -> list[History]:
    """The Histories of ``infos`` (RunInfo objects, in that order), wall times left out."""
    levels = list(levels)
    by_run: dict[str, list] = {i.id: [] for i in infos}
    with store.reader.begin() as conn:
        rows = []
        ids = list(by_run)
        for k in range(0, len(ids), _IN):
            rows += conn.execute(select(series.c.id, series.c.run_id, series.c.name, series.c.split, series.c.level)
                                 .where(and_(series.c.run_id.in_(ids[k:k + _IN]), series.c.level.in_(levels)))
                                 .order_by(series.c.id)).all()
        points = _points(conn, [r.id for r in rows])
    for r in rows:
        step, epoch, value = points.get(r.id, (np.empty(0, np.int64), np.empty(0), np.empty(0)))
        by_run[r.run_id].append(Series(r.name, r.split, r.level, step, epoch, None, value))
    return [History(i, by_run[i.id]) for i in infos]


def _points(conn, series_ids: list[int]) -> dict[int, tuple]:
    parts: dict[int, list] = {}
    cols = (chunks.c.series_id, chunks.c.n, chunks.c.steps, chunks.c.epochs, chunks.c.vals)
    for k in range(0, len(series_ids), _IN):
        query = (select(*cols).where(chunks.c.series_id.in_(series_ids[k:k + _IN]))
                 .order_by(chunks.c.series_id, chunks.c.seq))
        for r in conn.execute(query):
            parts.setdefault(r.series_id, []).append((ck.decode_steps(r.steps, r.n),
                                                      ck.decode_epochs(r.epochs, r.n), ck.decode_values(r.vals)))
    return {sid: tuple(np.concatenate(col) for col in zip(*p)) for sid, p in parts.items()}
