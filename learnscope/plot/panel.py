"""The points of one metric of one run, ready for the chart model: the epoch line and
the per-batch points under it (x in epochs or steps, downsampled, smoothed when asked).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..axis import tokens_at, tokens_series
from .align import fractional_epochs
from .downsample import ema, minmax


@dataclass
class View:
    """Choices that hold for the whole figure."""

    x: str = "epoch"             # "epoch", "step", "tokens" (cumulative tokens seen) or "time" (seconds)
    batch_under: bool = True     # faint per-batch points under the epoch lines
    smoothing: float = 0.0
    buckets: int = 1000          # min/max buckets per drawn series (~4 points each)
    dots: bool = True            # a dot per epoch (one run, few epochs)
    faint_alpha: float = 0.25    # opacity of the per-batch points
    evals_at_steps: bool = False  # x in steps: epoch-level values (evaluations) drawn at their steps


def curves(history, metric: str, split: str, view: View):
    """``(main, faint)`` for one series: each ``None`` or ``(x, y)`` ready to draw.

    ``main`` is the line (epoch values, or batch values when that is all there is);
    ``faint`` the per-batch points drawn under an epoch line.
    """
    ep = history.get(metric, split, "epoch") if view.x == "epoch" or view.evals_at_steps else None
    ba = history.get(metric, split, "batch")
    if ep is not None and len(ep):
        under = _batch_xy(history, ba, view, smooth=False) if view.batch_under and ba is not None else None
        return (_x_of(history, ep, view.x), ep.value), under
    if ba is not None and len(ba) and view.evals_at_steps and view.batch_under and _evaluated(history, metric):
        return None, _batch_xy(history, ba, view, smooth=False)  # per-step noise under the evaluations
    if ba is not None and len(ba):
        return _batch_xy(history, ba, view, smooth=view.smoothing > 0), None
    return None, None


def _evaluated(history, metric: str) -> bool:
    return any(k.name == metric and k.level == "epoch" and len(s) for k, s in history.series.items())


def _batch_xy(history, s, view: View, smooth: bool):
    """Downsampled batch points, x in fractional epochs or steps; EMA before downsampling."""
    if not len(s):
        return None
    y = ema(s.value, view.smoothing) if smooth else s.value
    idx, y = minmax(np.arange(len(y)), y, view.buckets)
    if view.x != "epoch":
        return _x_of(history, s, view.x, idx), y
    return fractional_epochs(s.step, s.epoch, history.n_epochs, at=idx), y


def _x_of(history, s, x: str, idx=None) -> np.ndarray:
    """A series' x values (at ``idx``): its epochs, steps, tokens seen by those steps, or
    seconds since the run was created."""
    if x == "epoch":
        return np.asarray(s.epoch if idx is None else s.epoch[idx], np.float64)
    if x == "time":
        wall = np.asarray(s.wall_time, np.float64)
        return (wall if idx is None else wall[idx]) - history.info.created
    step = np.asarray(s.step if idx is None else s.step[idx], np.float64)
    return tokens_at(tokens_series(history), step) if x == "tokens" else step


def x_of_step(history):
    """A function mapping a global step to the figure's fractional-epoch x, from the
    run's batch points (None without batch data)."""
    batch = [s for s in history.series.values() if s.level == "batch" and len(s)]
    if not batch:
        return None
    s = max(batch, key=len)
    x = fractional_epochs(s.step, s.epoch, history.n_epochs)
    return lambda step: float(np.interp(step, s.step, x))
