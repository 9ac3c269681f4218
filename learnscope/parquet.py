"""A run as one Parquet table, for pandas, polars and DuckDB.

One row per point: ``step``, ``epoch``, ``wall_time``, then one column per series
(its Keras-style key; a key logged at both levels gets Lightning's ``_step``/``_epoch``
suffixes). Series logged at the same step and epoch share a row; a cell a series did
not log is null, while a logged NaN stays NaN. The run's project, name, id and config
ride along as JSON in the file's metadata (key ``learnscope``).

>>> h = History.from_dict({"loss": [0.9, 0.5], "val_loss": [1.0, float("nan")]})
>>> cols = columns(h)
>>> list(cols), cols["val_loss"].tolist()
(['step', 'epoch', 'wall_time', 'loss', 'val_loss'], [1.0, nan])
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .errors import InvalidValueError
from .history import History, Series

META_KEY = b"learnscope"


def _names(history: History) -> dict[Series, str]:
    """The column of each series: its Keras key, with the level added where two levels share it."""
    keys = [s.keras_key for s in history.series.values()]
    out = {}
    for s in history.series.values():
        both = keys.count(s.keras_key) > 1
        out[s] = f"{s.keras_key}_{'step' if s.level == 'batch' else 'epoch'}" if both else s.keras_key
    return out


def columns(history: History) -> dict[str, np.ndarray]:
    """``step``, ``epoch``, ``wall_time`` and one float column per series (NaN where not logged:
    :func:`write` stores those cells as nulls), rows sorted by step then epoch."""
    return _table(history)[0]


def _table(history: History):
    """The columns, and for each series column which rows it logged."""
    series = [s for s in history.series.values() if len(s)]
    if not series:
        return {"step": np.empty(0, np.int64), "epoch": np.empty(0), "wall_time": np.empty(0)}, []
    (step, epoch, wall), n, rows = _rows(series)
    cols, logged = {"step": step, "epoch": epoch, "wall_time": wall}, []
    names = _names(history)
    for s, r in zip(series, rows):
        col, mask = np.full(n, np.nan), np.zeros(n, dtype=bool)
        col[r], mask[r] = s.value, True
        cols[names[s]] = col
        logged.append(mask)
    return cols, logged


def _rows(series: list[Series]):
    """Row keys (step, epoch, earliest wall time) and, per series, the row of each of its points."""
    step = np.concatenate([s.step for s in series]).astype(np.int64)
    epoch = np.concatenate([s.epoch for s in series]).astype(np.float64)
    wall = np.concatenate([s.wall_time for s in series]).astype(np.float64)
    ekey = np.where(np.isnan(epoch), -np.inf, epoch)   # NaN never equals itself: a key of its own
    order = np.lexsort((ekey, step))
    new = np.ones(len(order), dtype=bool)
    new[1:] = (step[order][1:] != step[order][:-1]) | (ekey[order][1:] != ekey[order][:-1])
    row_of_sorted = np.cumsum(new) - 1
    row = np.empty(len(order), dtype=np.int64)
    row[order] = row_of_sorted
    n = int(row_of_sorted[-1]) + 1
    first = order[new]
    walls = np.full(n, np.inf)
    np.fmin.at(walls, row, np.where(np.isnan(wall), np.inf, wall))
    walls[np.isinf(walls)] = np.nan
    bounds = np.cumsum([0, *(len(s) for s in series)])
    present = [row[a:b] for a, b in zip(bounds[:-1], bounds[1:])]
    return (step[first], epoch[first], walls), n, present


def write(history: History, path) -> Path:
    """Write ``history`` to the Parquet file ``path`` (see the module docstring)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InvalidValueError("writing Parquet needs pyarrow: pip install 'learnscope[parquet]'") from None
    cols, logged = _table(history)
    arrays = {"step": pa.array(cols["step"]), "epoch": pa.array(cols["epoch"], mask=np.isnan(cols["epoch"])),
              "wall_time": pa.array(cols["wall_time"], mask=np.isnan(cols["wall_time"]))}
    for name, mask in zip(list(cols)[3:], logged):
        arrays[name] = pa.array(cols[name], mask=~mask)
    table = pa.table(arrays).replace_schema_metadata({META_KEY: json.dumps(_about(history), default=str)})
    path = Path(path)
    pq.write_table(table, path)
    return path


def _about(history: History) -> dict:
    i = history.info
    return {"id": i.id, "project": i.project, "name": i.name, "status": i.status, "config": i.config,
            "series": {name: {"name": s.name, "split": s.split, "level": s.level}
                       for s, name in _names(history).items()}}
