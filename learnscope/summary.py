"""Last and best value of each series, kept on the run row so lists never scan points.

The summary is ``{"epoch": {"val_loss": {...}}, "batch": {"loss": {...}}}`` where each
entry holds ``n``, ``last``, ``last_step``, ``last_epoch``, ``best``, ``best_step`` and
``best_epoch``. Non-finite values are kept as ``last`` but never chosen as ``best``.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np

from .names import SeriesKey, higher_is_better, keras_key


def update(summary: dict, key: SeriesKey, step: np.ndarray, epoch: np.ndarray, value: np.ndarray) -> None:
    """Fold new points of one series into ``summary`` (in place)."""
    if not len(value):
        return
    entry = summary.setdefault(key.level, {}).setdefault(keras_key(key.name, key.split), {"n": 0})
    entry["n"] += len(value)
    entry.update(last=float(value[-1]), last_step=int(step[-1]), last_epoch=float(epoch[-1]))
    finite = np.flatnonzero(np.isfinite(value))
    if not len(finite):
        return
    higher = higher_is_better(key.name)
    i = finite[np.argmax(value[finite])] if higher else finite[np.argmin(value[finite])]
    best = entry.get("best")
    if best is None or (value[i] > best if higher else value[i] < best):
        entry.update(best=float(value[i]), best_step=int(step[i]), best_epoch=float(epoch[i]))


def summarize(series: Iterable) -> dict:
    """The summary of whole series (objects with ``key``, ``step``, ``epoch``, ``value``)."""
    out: dict = {}
    for s in series:
        update(out, s.key, s.step, s.epoch, s.value)
    return out
