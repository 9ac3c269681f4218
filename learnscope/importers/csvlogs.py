"""CSV training logs: Keras CSVLogger, fastai CSVLogger, Lightning ``metrics.csv``,
Ultralytics ``results.csv``, pandas dumps of a Keras history, and headerless tables.

The layout is told from the header (content), not the file name. Epochs become
1-based (Keras, fastai and Lightning write 0-based); Lightning rows mix step-level
and epoch-level values, told apart by ``_step``/``_epoch`` suffixes or, without
one, by whether a column holds more than one value per epoch.

>>> h = load_csv("log.csv", "epoch,loss,val_loss\\n0,0.9,1.0\\n1,0.5,0.7\\n")
>>> h.epoch["val_loss"], h.get("loss").epoch
(array([1. , 0.7]), array([1., 2.]))
"""

from __future__ import annotations

import re

import numpy as np

from ..errors import ImportFormatError
from ..names import parse_key
from .collect import Collector
from .fastai import fastai_key
from .table import TIME_COLUMNS, Table, parse_table

_EPOCH = frozenset({"epoch", "epochs"})
_STEP = frozenset({"step", "global_step"})
# scores that are fractions in [0, 1]; some loggers write them as percentages
_FRACTION = re.compile(r"(^|[_/])(acc|accuracy|precision|recall|f1|auc|iou|dice)([_(]|$)", re.I)


def load_csv(path, text: str):
    """A :class:`History` from the text of a CSV log (any layout above)."""
    table = parse_table(path, text)
    fmt = layout(table)
    c = Collector(path, fmt)
    meta: dict = {}
    if not len(table):
        return c.history()  # a header and no rows: "holds no numeric series"
    if fmt == "lightning-csv":
        _lightning(table, c)
    else:
        meta.update(_rows(table, c))
    scaled = _unpercent(c)
    if scaled:
        meta["scaled_from_percent"] = scaled
    if table.text_columns:
        meta["skipped_text_columns"] = table.text_columns
    return c.history(meta)


def layout(t: Table) -> str:
    """Which program wrote the table, from its header."""
    low = [n.lower() for n in t.names]
    if not t.header:
        return "headerless-csv"
    if any(n.startswith("train/") for n in low) and any(n.startswith("metrics/") for n in low):
        return "ultralytics-csv"
    if _find(t, _STEP) and _find(t, _EPOCH):
        return "lightning-csv"
    if {"epoch", "train_loss", "valid_loss"} <= set(low):
        return "fastai-csv"
    return "keras-csv" if low[0] == "epoch" else "csv"


def _find(t: Table, names) -> str | None:
    return next((n for n in t.names if n.lower() in names), None)


def _metric_names(t: Table, skip) -> list[str]:
    return [n for n in t.names if n not in skip and n.lower() not in TIME_COLUMNS]


# ---- one row per epoch ------------------------------------------------------------
def _index_column(t: Table) -> str | None:
    """The epoch column, or an unnamed first column counting rows (pandas index, headerless)."""
    name = _find(t, _EPOCH)
    if name or t.names[0] != "column_1":
        return name
    v = t.column("column_1")
    ok = t.present("column_1").all() and np.all(v == np.round(v)) and v[0] >= 0 and np.all(np.diff(v) > 0)
    return "column_1" if ok and len(v) > 1 else None


def _rows(t: Table, c: Collector) -> dict:
    index = _index_column(t)
    epochs = _epochs(t, index)
    meta = {}
    if index and np.any(np.diff(t.column(index)) < 0):
        meta["epochs_renumbered"] = "the epoch column starts again from 0 (appended fits); counted on"
    level = "epoch" if len(np.unique(epochs)) == len(epochs) else "batch"
    steps = np.arange(len(t), dtype=np.int64)
    wall, time_meta = _wall_time(t)
    meta.update(time_meta)
    rename = fastai_key if c.fmt == "fastai-csv" else str
    for name in _metric_names(t, {index}):
        have = t.present(name)
        if have.any():
            c.add_column(rename(name), level, value=t.column(name)[have], step=steps[have],
                         epoch=epochs[have], wall_time=None if wall is None else wall[have])
    return meta


def _epochs(t: Table, index: str | None) -> np.ndarray:
    if index is None:
        return np.arange(1, len(t) + 1, dtype=np.float64)
    missing = np.flatnonzero(~t.present(index))
    if len(missing):
        raise ImportFormatError(f"{t.path}: line {t.lines[missing[0]]}: no value in column {index!r} "
                                f"(expected an epoch number on every row)")
    e = t.column(index).copy()
    # fit() called again appends rows counting from 0 again (CSVLogger append=True): continue the count
    restarts = np.flatnonzero(np.diff(e) < 0) + 1
    base = 1.0 if e[0] == 0 else 0.0  # 0-based writers (Keras, fastai, old Ultralytics)
    for lo, hi in zip([0, *restarts], [*restarts, len(e)]):
        seg0 = e[lo]
        e[lo:hi] = e[lo:hi] - seg0 + (e[lo - 1] + 1 if lo else seg0 + base)
    return e


def _wall_time(t: Table):
    """Times per row from a time column: fastai's per-epoch ``mm:ss`` add up; others are absolute."""
    name = _find(t, TIME_COLUMNS)
    if name is None or not t.present(name).any():
        return None, {}
    v = t.column(name)
    if any(":" in row[t.names.index(name)] and "-" not in row[t.names.index(name)] for row in t.rows):
        return np.nancumsum(v), {"wall_time": f"seconds since start (sum of {name!r} durations)"}
    return v, {"wall_time": f"from column {name!r}"}


def _unpercent(c: Collector) -> list[str]:
    """Divide fraction scores written as percentages (values up to 100) by 100."""
    scaled = []
    for key, s in c.series.items():
        finite = s.value[np.isfinite(s.value)]
        if _FRACTION.search(key.name) and len(finite) and finite.min() >= 0 and 1.5 < finite.max() <= 100:
            s.value = s.value / 100.0
            scaled.append(c.raw_keys.get(key, key.name))
    return scaled


# ---- Lightning: rows of step-level and epoch-level values -------------------------------
def _lightning(t: Table, c: Collector) -> None:
    step_col, epoch_col = _find(t, _STEP), _find(t, _EPOCH)
    steps = _filled_steps(t, step_col)
    epochs = _filled_epochs(t, epoch_col, steps) + 1  # Lightning counts epochs from 0
    for name in _metric_names(t, {step_col, epoch_col}):
        have = t.present(name)
        if not have.any():
            continue
        v, s, e = t.column(name)[have], steps[have], epochs[have]
        lvl = parse_key(name, None, level_suffix=True).level
        level = lvl or _level_by_count(e)
        if level == "batch":
            v, s, e = _drop_repeats(v, s, e)
        c.add_column(name, level, value=v, step=s, epoch=e, level_suffix=True)


def _filled_steps(t: Table, col: str) -> np.ndarray:
    s, have = t.column(col), t.present(col)
    if not have.any():
        return np.arange(len(t), dtype=np.int64)
    idx = np.maximum.accumulate(np.where(have, np.arange(len(s)), 0))  # carry the last step forward
    s = s[idx]
    s[~have[idx]] = 0
    return s.astype(np.int64)


def _filled_epochs(t: Table, col: str, steps: np.ndarray) -> np.ndarray:
    """Epochs per row; rows without one (LearningRateMonitor's) take the epoch of their step."""
    e, have = t.column(col).copy(), t.present(col)
    if have.all() or not have.any():
        return e
    order = np.argsort(steps[have], kind="stable")
    known_steps, known_epochs = steps[have][order], e[have][order]
    pos = np.minimum(np.searchsorted(known_steps, steps[~have]), len(known_steps) - 1)
    e[~have] = known_epochs[pos]
    return e


def _level_by_count(epochs: np.ndarray) -> str:
    finite = epochs[np.isfinite(epochs)]
    if len(finite) < len(epochs):
        return "batch"
    return "batch" if len(finite) and np.unique(finite, return_counts=True)[1].max() > 1 else "epoch"


def _drop_repeats(v, s, e):
    """A value logged twice at one step (two callbacks) is one point."""
    keep = np.ones(len(v), dtype=bool)
    keep[1:] = ~((s[1:] == s[:-1]) & ((v[1:] == v[:-1]) | (np.isnan(v[1:]) & np.isnan(v[:-1]))))
    return v[keep], s[keep], e[keep]
