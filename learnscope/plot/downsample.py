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
    starts = np.arange(buckets) * width
    finite = np.isfinite(block)
    has_bad = ~finite.all(1)
    if has_bad.any():  # NaN/inf: the extremes of the finite points, and the first bad one
        lo = np.where(finite, block, np.inf).argmin(1)
        hi = np.where(finite, block, -np.inf).argmax(1)
    else:  # the usual case: no masked copies of a million points
        lo, hi = block.argmin(1), block.argmax(1)
    picks = [starts, starts + lo, starts + hi, starts + width - 1]
    if has_bad.any():
        rows = np.flatnonzero(has_bad)
        picks.append(starts[rows] + (~finite[rows]).argmax(1))
    picks.append(np.arange(full, n))  # the short remainder is kept whole
    chosen = np.unique(np.concatenate(picks))
    return x[chosen], y[chosen]


def ema(y: np.ndarray, weight: float) -> np.ndarray:
    """Exponential moving average with TensorBoard's debiasing; NaN points stay NaN
    and do not poison the points after them. ``weight`` in [0, 1): 0 is no smoothing.

    >>> ema(np.array([1.0, np.nan, 3.0]), 0.5)
    array([1.        ,        nan, 2.33333333])
    """
    if not 0 <= weight < 1:
        raise ValueError(f"smoothing weight must be in [0, 1), got {weight}")
    y = np.asarray(y, dtype=np.float64)
    out = y.copy()
    finite = np.isfinite(y)
    vals = y[finite]
    if weight == 0 or len(vals) == 0:
        return out
    raw = _ema_blocks(vals, weight)  # s_t = w s_(t-1) + (1-w) y_t, s_0 = 0
    out[finite] = raw / (1 - weight ** np.arange(1, len(vals) + 1))
    return out


_BLOCK = 64


def _ema_blocks(vals: np.ndarray, w: float) -> np.ndarray:
    """The undebiased EMA in blocks: a small matrix product inside each block and a
    short loop carrying the state across blocks (vectorised: 1M points in ~0.1 s)."""
    n = len(vals)
    nb = -(-n // _BLOCK)
    padded = np.zeros(nb * _BLOCK)
    padded[:n] = vals
    i = np.arange(_BLOCK)
    lower = np.tril(w ** np.clip(i[:, None] - i[None, :], 0, None))  # w^(i-j) for j <= i
    local = padded.reshape(nb, _BLOCK) @ ((1 - w) * lower).T
    decay = w ** (i + 1)
    carry, state = np.empty(nb), 0.0
    for b in range(nb):
        carry[b] = state
        state = local[b, -1] + decay[-1] * state
    return (local + carry[:, None] * decay[None, :]).reshape(-1)[:n]
