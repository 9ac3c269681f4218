"""Draw one metric of one run (or one group of runs) on one panel.

Every artist carries a ``gid`` saying what it is (``epoch``, ``batch``, ``raw``,
``band``, ``best``, ``overfit``, ``nonfinite``) so tests and tools can find it
without looking at pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..names import SPLITS
from .align import fractional_epochs, mean_std
from .downsample import ema, minmax
from .style import SPLIT_STYLE


@dataclass
class View:
    """Choices that hold for the whole figure."""

    x: str = "epoch"             # "epoch" or "step"
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
        return ((ep.epoch if view.x == "epoch" else ep.step).astype(np.float64), ep.value), under
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
    if view.x == "step":
        return s.step[idx].astype(np.float64), y
    return fractional_epochs(s.step, s.epoch, history.n_epochs, at=idx), y


def draw_run(ax, history, metric: str, colour: str, view: View, legend) -> list[np.ndarray]:
    """Draw a run's splits of one metric; returns the value arrays drawn (for the scale)."""
    drawn = []
    for split in SPLITS:
        main, faint = curves(history, metric, split, view)
        ls = SPLIT_STYLE[split]
        if faint is not None:
            ax.plot(*faint, color=colour, lw=0.6, alpha=view.faint_alpha, ls="-", gid="batch", zorder=1)
            legend.faint(split, colour)
            drawn.append(faint[1])
        if main is not None:
            _main_line(ax, main, colour, ls, view)
            legend.split(split, colour)
            drawn.append(main[1])
    return drawn


def _main_line(ax, xy, colour: str, ls: str, view: View) -> None:
    x, y = xy
    epoch_line = view.x == "epoch" and len(x) <= 400 and np.all(x == np.round(x))
    if view.smoothing > 0 and epoch_line:
        ax.plot(x, y, color=colour, ls=ls, lw=1.0, alpha=0.3, gid="raw", zorder=2)
        y = ema(y, view.smoothing)
    marker = "o" if view.dots and epoch_line and len(x) <= 30 else None
    ax.plot(x, y, color=colour, ls=ls, lw=1.8, marker=marker, ms=3, gid="epoch" if epoch_line else "line", zorder=3)


def draw_group(ax, histories: list, metric: str, colour: str, view: View, legend) -> list[np.ndarray]:
    """Mean line and ±1 std band across the runs of a group, per split."""
    drawn = []
    for split in SPLITS:
        members = [c for c in (curves(h, metric, split, _no_batch(view))[0] for h in histories) if c is not None]
        if not members:
            continue
        x, mean, std, n = mean_std(members)
        ls = SPLIT_STYLE[split]
        ax.plot(x, mean, color=colour, ls=ls, lw=1.8, gid="mean", zorder=3)
        ok = n > 1
        if ok.any():
            ax.fill_between(x, mean - std, mean + std, where=ok, color=colour, alpha=0.18, lw=0,
                            gid="band", zorder=2)
            legend.band(colour)
        legend.split(split, colour)
        drawn += [mean, (mean - std)[ok], (mean + std)[ok]]
    return drawn


def _no_batch(view: View) -> View:
    return View(x=view.x, batch_under=False, smoothing=view.smoothing, buckets=view.buckets, dots=False,
                evals_at_steps=view.evals_at_steps)


def x_of_step(history):
    """A function mapping a global step to the figure's fractional-epoch x, from the
    run's batch points (None without batch data)."""
    batch = [s for s in history.series.values() if s.level == "batch" and len(s)]
    if not batch:
        return None
    s = max(batch, key=len)
    x = fractional_epochs(s.step, s.epoch, history.n_epochs)
    return lambda step: float(np.interp(step, s.step, x))
