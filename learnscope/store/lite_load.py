"""Many runs' histories in two statements (the series of all runs, then their chunks), as
text with bound parameters (:mod:`.conditions`), so loading cost grows with the points, not with
round trips: a sweep of 1,000 runs drawn in one chart.

:func:`histories` is the one implementation. :func:`load_many` runs it through the database
driver alone (the :class:`~learnscope.store.lite.LiteReader`: no SQLAlchemy import, ~0.35 s of
CPU in ``learnscope plot --group``); :func:`learnscope.store.bulk_load.load_many` runs it
through the full Store's SQLAlchemy connection.

>>> histories = load_many(open_reader("./learnscope"), infos, levels=("epoch",))   # doctest: +SKIP
"""

from __future__ import annotations

from typing import Callable, Iterable

import numpy as np

from ..history import History, Series
from . import chunks as ck
from .conditions import Binds, Sql

_IN = 500  # ids per IN (...) list: well under every database's parameter limit


def load_many(reader, infos: list, *, levels: Iterable[str] = ("batch", "epoch")) -> list[History]:
    """The Histories of ``infos`` (RunInfo objects, in that order), wall times left out."""
    return histories(reader.execute, reader.dialect, infos, levels)


def histories(execute: Callable[[Sql], Iterable], dialect: str, infos: list,
              levels: Iterable[str] = ("batch", "epoch")) -> list[History]:
    """The Histories of ``infos`` through ``execute`` (runs one statement of ``dialect``)."""
    levels = list(levels)
    by_run: dict[str, list] = {i.id: [] for i in infos}
    ids, rows = list(by_run), []
    for k in range(0, len(ids), _IN):
        b = Binds(dialect)
        runs, lv = ", ".join(map(b, ids[k:k + _IN])), ", ".join(map(b, levels))
        rows += execute(b.sql(f"SELECT id, run_id, name, split, level FROM series "
                              f"WHERE run_id IN ({runs}) AND level IN ({lv}) ORDER BY id")).fetchall()
    points = _points(execute, dialect, [r.id for r in rows])
    empty = (np.empty(0, np.int64), np.empty(0), np.empty(0))
    for r in rows:
        step, epoch, value = points.get(r.id, empty)
        by_run[r.run_id].append(Series(r.name, r.split, r.level, step, epoch, None, value))
    return [History(i, by_run[i.id]) for i in infos]


def _points(execute, dialect: str, series_ids: list[int]) -> dict[int, tuple]:
    parts: dict[int, list] = {}
    for k in range(0, len(series_ids), _IN):
        b = Binds(dialect)
        wanted = ", ".join(map(b, series_ids[k:k + _IN]))
        sql = b.sql(f"SELECT series_id, n, steps, epochs, vals FROM chunks WHERE series_id IN ({wanted}) "
                    f"ORDER BY series_id, seq")
        for r in execute(sql):
            parts.setdefault(r.series_id, []).append((ck.decode_steps(bytes(r.steps), r.n),
                                                      ck.decode_epochs(bytes(r.epochs), r.n),
                                                      ck.decode_values(bytes(r.vals))))
    return {sid: tuple(np.concatenate(col) for col in zip(*p)) for sid, p in parts.items()}
