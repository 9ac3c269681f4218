"""The read's marks on a figure: best epoch, overfitting onset (shaded after it),
first non-finite value.

With the read module installed these come from ``learnscope.read.read``; without
it, the two plain facts (the epoch of the best validation loss, the first NaN or
infinity) are still marked, and overfitting (a judgement) is not.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..names import higher_is_better
from .style import ALERT_COLOUR, BEST_COLOUR


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


def draw_marks(ax, marks: Marks, *, x_of_step=None, x_is_step: bool = False) -> None:
    """Draw one run's marks on a panel; artists carry a ``gid`` tests can find."""
    if marks.overfit_epoch is not None and not x_is_step:
        ax.axvspan(marks.overfit_epoch, max(ax.dataLim.x1, marks.overfit_epoch), color=ALERT_COLOUR, alpha=0.08, lw=0,
                   gid="overfit", label=f"overfitting from epoch {marks.overfit_epoch:g}")
    if marks.best_epoch is not None and not x_is_step:
        ax.axvline(marks.best_epoch, color=BEST_COLOUR, ls=":", lw=1.6, gid="best",
                   label=f"best epoch {marks.best_epoch:g}")
    x = _nonfinite_x(marks, x_of_step, x_is_step)
    if x is not None:
        ax.axvline(x, color=ALERT_COLOUR, lw=1.2, gid="nonfinite", label=_nonfinite_label(marks))
        ax.plot([x], [1.0], marker="v", ms=8, color=ALERT_COLOUR, transform=ax.get_xaxis_transform(),
                clip_on=False, gid="nonfinite-tip")


def _nonfinite_x(marks: Marks, x_of_step, x_is_step: bool):
    if marks.nonfinite_step is not None and (x_is_step or x_of_step is not None):
        return float(marks.nonfinite_step) if x_is_step else float(x_of_step(marks.nonfinite_step))
    if marks.nonfinite_epoch is not None and not x_is_step:
        return float(marks.nonfinite_epoch)
    return None


def _nonfinite_label(marks: Marks) -> str:
    where = f"epoch {marks.nonfinite_epoch:g}" if marks.nonfinite_epoch is not None \
        else f"step {marks.nonfinite_step}"
    return f"first NaN/inf ({where})"
