"""Lightning's ``metrics.csv`` (CSVLogger): rows of step-level and epoch-level values.

Rows mix step-level and epoch-level values, told apart by ``_step``/``_epoch``
suffixes or, without one, by whether a column holds more than one value per epoch.
Lightning counts epochs from 0; learnscope from 1.

>>> from .table import parse_table
>>> t = parse_table("metrics.csv", "epoch,step,train_loss_step,val_loss\\n0,1,0.9,\\n0,1,,1.0\\n")
>>> h = from_table(t, "lightning-csv", read_lightning)
>>> h.batch["loss"], h.epoch["val_loss"]
(array([0.9]), array([1.]))
"""

from __future__ import annotations

import numpy as np

from ..names import parse_key
from .collect import Collector
from .csvlogs import _EPOCH, _STEP, _find, _metric_names, csv_format, from_table  # noqa: F401
from .table import Table


def read_lightning(t: Table, c: Collector) -> None:
    """Add every column of a Lightning table, each at its own level."""
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


def _is_lightning(header: list[str]) -> bool:
    return any(n in _STEP for n in header) and any(n in _EPOCH for n in header)


FORMATS = (csv_format("lightning-csv", "Lightning metrics.csv", _is_lightning, names=("metrics.csv",),
                      fill=read_lightning),)
