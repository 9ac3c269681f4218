"""Where each point goes on the x axis, and the mean ± std of several runs.

An epoch-level value of epoch ``e`` is drawn at ``x = e`` (the end of that epoch);
the batches of epoch ``e`` are spread over ``(e - 1, e]`` by their step, so the
per-batch points sit under the epoch they belong to.

>>> import numpy as np
>>> fractional_epochs(np.arange(4), np.array([1.0, 1, 2, 2]))
array([0.5, 1. , 1.5, 2. ])
"""

from __future__ import annotations

import warnings

import numpy as np


def fractional_epochs(step: np.ndarray, epoch: np.ndarray, n_epochs: int = 0, at=None) -> np.ndarray:
    """Batch points' x positions in epochs, from their ``step`` and whole-epoch ``epoch`` arrays.

    ``at`` (indices) asks for some points only: the epoch boundaries still come from
    all points, but the work per point is done for the few drawn after downsampling.
    Epochs that are already fractional are kept. Without epoch numbers (NaN), steps
    are scaled so that the last step lands on ``n_epochs``.
    """
    step = np.asarray(step)
    epoch = np.asarray(epoch, dtype=np.float64)
    at = np.arange(len(step)) if at is None else np.asarray(at)
    if len(step) == 0:
        return np.empty(0)
    if not np.isfinite(epoch).all():
        return _scaled_steps(step, n_epochs, at)
    if np.any(epoch != np.floor(epoch)):
        return epoch[at]
    if np.all(epoch[1:] >= epoch[:-1]):
        return _spread_sorted(step, epoch, at)
    return _spread_any(step.astype(np.float64), epoch)[at]


def _scaled_steps(step: np.ndarray, n_epochs: int, at: np.ndarray) -> np.ndarray:
    lo, hi = float(step.min()), float(step.max())
    s = step[at].astype(np.float64)
    if not n_epochs or hi == lo:
        return s - lo + 1
    return (s - lo + 1) / (hi - lo + 1) * n_epochs


def _spread_sorted(step: np.ndarray, epoch: np.ndarray, at: np.ndarray) -> np.ndarray:
    """The usual case, epochs in order: each epoch is one contiguous stretch of points."""
    starts = np.flatnonzero(np.r_[True, epoch[1:] != epoch[:-1]])
    ends = np.r_[starts[1:], len(epoch)] - 1
    counts = np.diff(np.r_[starts, len(epoch)])
    g = np.searchsorted(starts, at, side="right") - 1
    s = step[at].astype(np.float64)
    return epoch[at] - 1 + _fraction(s, step[starts][g].astype(np.float64),
                                     step[ends][g].astype(np.float64), counts[g])


def _spread_any(step: np.ndarray, epoch: np.ndarray) -> np.ndarray:
    keys, inv, counts = np.unique(epoch, return_inverse=True, return_counts=True)
    first = np.full(len(keys), np.inf)
    last = np.full(len(keys), -np.inf)
    np.minimum.at(first, inv, step)
    np.maximum.at(last, inv, step)
    return epoch - 1 + _fraction(step, first[inv], last[inv], counts[inv])


def _fraction(step, first, last, counts) -> np.ndarray:
    """Position within the epoch in (0, 1]: by step, one step's width before the first."""
    counts = np.asarray(counts, dtype=np.float64)
    span = last - first
    width = np.where(span > 0, span / np.maximum(counts - 1, 1), 1.0)
    return np.where(span > 0, (step - first + width) / (span + width), 1.0)


def mean_std(curves: list[tuple[np.ndarray, np.ndarray]], grid_points: int = 400):
    """Mean and standard deviation across runs of ``(x, y)`` curves.

    Runs sharing their x values (epochs) are aligned on them; otherwise (steps)
    each run is interpolated onto a common grid within its own range.
    Returns ``(x, mean, std, n)`` with ``n`` the number of runs at each x.
    """
    xs = [np.asarray(x, dtype=np.float64) for x, _ in curves]
    union = np.unique(np.concatenate(xs)) if xs else np.empty(0)
    if len(union) > grid_points:
        union = np.linspace(union[0], union[-1], grid_points)
        table = np.vstack([_interp(x, y, union) for x, y in curves])
    else:
        table = np.vstack([_on_points(x, y, union) for x, y in curves])
    n = np.isfinite(table).sum(0)
    with np.errstate(invalid="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN columns are expected
        mean = np.nanmean(table, 0)
        std = np.where(n > 1, np.nanstd(table, 0, ddof=1), np.nan)
    return union, mean, std, n


def _on_points(x, y, union):
    row = np.full(len(union), np.nan)
    row[np.searchsorted(union, x)] = y
    return row


def _interp(x, y, grid):
    ok = np.isfinite(y)
    if ok.sum() < 2:
        return np.full(len(grid), np.nan)
    row = np.interp(grid, x[ok], y[ok])
    row[(grid < x[ok][0]) | (grid > x[ok][-1])] = np.nan
    return row
