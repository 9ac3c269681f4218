"""Fewer points to draw, same picture: per-bucket min/max keeps spikes and NaN visible.

Used by figures, the HTML report and the dashboard, so a 10-million-point series
draws as a few thousand points without hiding its extremes.
"""

from __future__ import annotations

import numpy as np


def minmax(x: np.ndarray, y: np.ndarray, buckets: int = 2000) -> tuple[np.ndarray, np.ndarray]:
    """Downsample ``(x, y)`` to at most ~``4 * buckets`` points: each bucket of equal
    index width keeps its first and last point, its minimum and its maximum (in x order).

    Non-finite values are kept where they occur (the first one of each bucket), so
    a NaN or an infinity is never drawn away.
    """
    n = len(y)
    if n <= 4 * buckets:
        return x, y
    width = n // buckets
    full = width * buckets
    block = np.asarray(y[:full], dtype=np.float64).reshape(buckets, width)  # a view, no copy
    finite = np.isfinite(block)
    lo = np.where(finite, block, np.inf).argmin(1)
    hi = np.where(finite, block, -np.inf).argmax(1)
    starts = np.arange(buckets) * width
    picks = [starts, starts + lo, starts + hi, starts + width - 1]
    has_bad = ~finite.all(1)
    if has_bad.any():
        rows = np.flatnonzero(has_bad)
        picks.append(starts[rows] + (~finite[rows]).argmax(1))
    picks.append(np.arange(full, n))  # the short remainder is kept whole
    chosen = np.unique(np.concatenate(picks))
    return x[chosen], y[chosen]


def ema(y: np.ndarray, weight: float) -> np.ndarray:
    """Exponential moving average with TensorBoard's debiasing; NaN points stay NaN
    and do not poison the points after them. ``weight`` in [0, 1): 0 is no smoothing."""
    if not 0 <= weight < 1:
        raise ValueError(f"smoothing weight must be in [0, 1), got {weight}")
    out = np.empty(len(y))
    last, num = 0.0, 0
    for i, v in enumerate(np.asarray(y, dtype=np.float64)):
        if not np.isfinite(v):
            out[i] = v
            continue
        last = last * weight + (1 - weight) * v
        num += 1
        out[i] = last / (1 - weight ** num)
    return out
