"""The read's marks of a run: best epoch, overfitting onset, first non-finite value
(drawn by :mod:`.render` and ``lschart.js`` from the chart model).

With the read module installed these come from ``learnscope.read.read``; without
it, the two plain facts (the epoch of the best validation loss, the first NaN or
infinity) are still marked, and overfitting (a judgement) is not. For the runs of one
chart this module also decides which are read (a big sweep: its best few) and where a
non-finite mark sits on the chart's x axis.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..axis import tokens_at, tokens_series
from ..names import higher_is_better
from .compare import Entity
from .panel import View, x_of_step

READ_ALL = 300  # a larger sweep reads only its READ_BEST best runs (a read takes ~5 ms a run)
READ_BEST = 25


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


# ---- the marks of a chart's runs ------------------------------------------------------------
def known(histories, ents, verdicts) -> dict[int, str]:
    """Entity index -> a verdict already known, for the single runs of a comparison."""
    if not verdicts or len(ents) < 2:
        return {}
    index = {id(h): k for k, h in enumerate(histories)}
    out = {i: verdicts[index[id(e.histories[0])]] for i, e in enumerate(ents) if not e.is_group}
    return {i: v for i, v in out.items() if v}


def marks(ents: list[Entity], read, known: dict) -> dict[int, Marks]:
    """Read each single run; a sweep of more than READ_ALL runs its READ_BEST best only
    (``read`` a number: that many best ones). A run whose verdict is known is not read again:
    in a comparison only its first NaN is marked."""
    limit = (len(ents) if len(ents) <= READ_ALL else READ_BEST) if read is True else int(read or 0)
    order = sorted((i for i in range(len(ents)) if i not in known),
                   key=lambda i: ents[i].rank if ents[i].rank is not None else 1e9)
    chosen = set(order[:limit]) if read else set()
    light = len(ents) > READ_ALL  # a big sweep: unread runs only need their first NaN (a tip)
    return {i: marks_for(e.histories[0], True) if i in chosen
            else _nonfinite_marks(e, known.get(i) if read else None) if light or i in known
            else marks_for(e.histories[0], False)
            for i, e in enumerate(ents) if not e.is_group}


def _nonfinite_marks(e: Entity, verdict: str | None = None) -> Marks:
    for s in e.histories[0].series.values():
        bad = np.flatnonzero(~np.isfinite(s.value))
        if len(bad) and s.level == "epoch":
            return Marks(nonfinite_epoch=float(s.epoch[bad[0]]), verdict=verdict)
    return Marks(verdict=verdict)


def nonfinite_x(m: Marks, e: Entity, view: View):
    if view.x == "time":
        return None  # (the dashboard's run view places the read's marks on a time axis itself)
    if m.nonfinite_step is not None:
        if view.x == "step":
            return float(m.nonfinite_step)
        if view.x == "tokens":
            return tokens_at(tokens_series(e.histories[0]), float(m.nonfinite_step))
        to_x = x_of_step(e.histories[0])
        if to_x is not None:
            return to_x(m.nonfinite_step)
    return m.nonfinite_epoch if view.x == "epoch" else None


def single_marks(ents, marks, view) -> dict | None:
    if len(ents) != 1 or ents[0].is_group:
        return None
    m, epochs = marks[0], view.x == "epoch"
    return {"best": m.best_epoch if epochs else None, "overfit": m.overfit_epoch if epochs else None,
            "nonfinite": nonfinite_x(m, ents[0], view), "verdict": m.verdict}
