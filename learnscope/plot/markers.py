"""The read's marks of a run: best epoch, overfitting onset, first non-finite value
(drawn by :mod:`.render` and ``lschart.js`` from the chart model).

With the read module installed these come from ``learnscope.read.read``; without
it, the two plain facts (the epoch of the best validation loss, the first NaN or
infinity) are still marked, and overfitting (a judgement) is not.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..names import higher_is_better


@dataclass
class Marks:
    """Where to mark one run (x in epochs; ``nonfinite_step`` for step axes)."""

    best_epoch: float | None = None
    overfit_epoch: float | None = None
    nonfinite_epoch: float | None = None
    nonfinite_step: int | None = None
    verdict: str | None = None


def read_or_none(history):
    """The read of a history, or None when the read module is not installed."""
    try:
        from ..read import read
    except ImportError:
        return None
    return read(history)


def marks_for(history, use_read: bool = True) -> Marks:
    """The marks of one run: from its read when available, else from the plain facts."""
    result = read_or_none(history) if use_read else None
    if result is None:
        return _facts(history)
    marks = Marks(best_epoch=result.best_epoch, verdict=result.verdict)
    over = result.first("overfitting")
    if over is not None and over.epoch is not None:
        marks.overfit_epoch = over.epoch
    bad = result.first("non_finite")
    if bad is not None:
        marks.nonfinite_epoch, marks.nonfinite_step = bad.epoch, bad.step
    return marks


def _facts(history) -> Marks:
    marks = Marks()
    monitor = history.get("loss", "val", "epoch") or next(
        (s for s in history.series.values() if s.level == "epoch" and s.split == "val"), None)
    if monitor is not None and np.isfinite(monitor.value).any():
        pick = np.nanargmax if higher_is_better(monitor.name) else np.nanargmin
        with np.errstate(invalid="ignore"):
            values = np.where(np.isfinite(monitor.value), monitor.value, np.nan)
        marks.best_epoch = float(monitor.epoch[pick(values)])
    for s in history.series.values():
        bad = np.flatnonzero(~np.isfinite(s.value))
        if len(bad) and s.level == "epoch":
            e = float(s.epoch[bad[0]])
            marks.nonfinite_epoch = e if marks.nonfinite_epoch is None else min(marks.nonfinite_epoch, e)
        elif len(bad):
            st = int(s.step[bad[0]])
            marks.nonfinite_step = st if marks.nonfinite_step is None else min(marks.nonfinite_step, st)
    return marks
