"""Points for charts: the store reads and thins them (:mod:`learnscope.store.thin`); this
module keeps the names the dashboard's endpoints use, and places batch points on the epoch axis.

>>> epoch_axis(np.array([5, 10, 15]), np.array([9, 19]), np.array([1.0, 2.0])).round(2).tolist()
[0.6, 1.1, 1.6]
"""

from __future__ import annotations

import numpy as np


def run_series(store, run_id: str) -> list[dict]:
    """The series of a run: ``id``, ``name``, ``split``, ``level``, ``n`` (point count), in order."""
    return store.run_series(run_id)


def series_points(store, series_id: int, *, lo: int | None = None, hi: int | None = None,
                  buckets: int = 1000, want_time: bool = False) -> dict:
    """The points of one series with steps in ``[lo, hi]``, at most ~``4 * buckets`` of them
    when the range holds more (``exact`` says whether nothing was thinned)."""
    return store.series_points(series_id, lo=lo, hi=hi, buckets=buckets, want_time=want_time)


def epoch_axis(step: np.ndarray, epoch_steps: np.ndarray, epochs: np.ndarray) -> np.ndarray | None:
    """Fractional epochs for batch steps, so batch points sit under the epoch line they
    lead to: a step between the ends of epochs e-1 and e maps into (e-1, e].

    ``epoch_steps``/``epochs`` are where epoch-level points were logged. None when
    the run has no usable epoch-level points.
    """
    order = np.argsort(epoch_steps, kind="stable")
    xs, ys = np.asarray(epoch_steps, np.float64)[order], np.asarray(epochs, np.float64)[order]
    ok = np.isfinite(ys)
    xs, ys = xs[ok], ys[ok]
    if len(xs) == 0:
        return None
    xs, first = np.unique(xs, return_index=True)
    ys = ys[first]
    per_epoch = np.diff(xs).mean() if len(xs) > 1 else max(xs[0] + 1, 1.0)
    # one extra epoch before the first and after the last, so the ends interpolate too
    xs = np.concatenate(([xs[0] - per_epoch], xs, [xs[-1] + per_epoch]))
    ys = np.concatenate(([ys[0] - 1], ys, [ys[-1] + 1]))
    out = np.interp(step, xs, ys)
    beyond = step > xs[-1]  # a live run well into an epoch not yet closed
    out[beyond] = ys[-1] + (step[beyond] - xs[-1]) / per_epoch
    return out
