"""The read of a run for the dashboard: verdict, findings and chart markers, cached.

A read only needs epoch-level series (and batch-level ones when they are few, for
the probe rules), so it stays cheap on runs with millions of batch points. It is
cached per run id and last update, so the runs list reads each run once.

>>> read_for(store, info)["verdict"]      # doctest: +SKIP
'overfitting'
"""

from __future__ import annotations

import logging
import threading

import numpy as np

from .points import run_series

log = logging.getLogger("learnscope.dashboard")
BATCH_POINTS_FOR_READ = 2_000_000  # above this many batch points, the read sees epoch level only
_cache: dict[str, tuple[tuple, dict]] = {}
_lock = threading.Lock()


def _read_function():
    """``learnscope.read.read``, or None where this installation has no read module."""
    try:
        from ..read import read
    except ImportError:
        return None
    return read


def version(info) -> tuple:
    """What changes whenever a run gets new points or a new status."""
    n = sum(e.get("n", 0) for level in info.summary.values() for e in level.values())
    return (info.status, info.heartbeat, info.ended, n)


def read_for(store, info) -> dict:
    """``{"available", "verdict", "best_epoch", "early_stop_epoch", "findings", "markers"}``
    for a run (:class:`~learnscope.history.RunInfo`), from the cache when nothing changed."""
    key = version(info)
    with _lock:
        hit = _cache.get(info.id)
    if hit and hit[0] == key:
        return hit[1]
    out = _compute(store, info)
    with _lock:
        _cache[info.id] = (key, out)
    return out


def verdict_for(store, info) -> str | None:
    return read_for(store, info).get("verdict")


def _compute(store, info) -> dict:
    read = _read_function()
    if read is None:
        return {"available": False, "verdict": None, "findings": [], "markers": [],
                "message": "the read (learnscope.read) is not installed in this version"}
    n_batch = sum(s["n"] for s in run_series(store, info.id) if s["level"] == "batch")
    levels = ("batch", "epoch") if n_batch <= BATCH_POINTS_FOR_READ else ("epoch",)
    history = store.load(info, levels=levels)
    try:
        result = read(history).to_dict()
    except Exception as exc:  # a failing rule must not take the dashboard down
        log.exception("learnscope: read of run %s failed", info.id)
        return {"available": False, "verdict": None, "findings": [], "markers": [],
                "message": f"the read failed: {type(exc).__name__}: {exc}"}
    placed = markers(result, history)
    return {"available": True, **result, "markers": placed, "marks": chart_marks(placed)}


_MARKERS = (("best_epoch", "best epoch", "good"), ("early_stop_epoch", "early stop", "info"))
_FINDING_MARKERS = {"overfitting": ("overfitting starts", "warn"), "non_finite": ("first non-finite", "bad"),
                    "diverging": ("diverging", "bad"), "loss_spike": ("loss spike", "warn")}
# a step-based run has no best/early-stop epoch: its steps are marked instead
_STEP_MARKERS = (("best_step", "best_epoch", "best step", "good"),
                 ("early_stop_step", "early_stop_epoch", "early stop", "info"))


def markers(result: dict, history) -> list[dict]:
    """Vertical markers for the charts, each placed on all three x axes (epoch, step, seconds)."""
    out = []
    for field, label, kind in _MARKERS:
        if result.get(field) is not None:
            out.append(_place(history, label, kind, result[field], None))
    for field, epoch_field, label, kind in _STEP_MARKERS:
        if result.get(epoch_field) is None and result.get(field) is not None:
            out.append(_place(history, label, kind, None, result[field]))
    for f in result.get("findings", []):
        if f["code"] in _FINDING_MARKERS and (f.get("epoch") is not None or f.get("step") is not None):
            label, kind = _FINDING_MARKERS[f["code"]]
            out.append(_place(history, label, kind, f.get("epoch"), f.get("step")))
    return out


_MARK_OF = {"best epoch": "best", "best step": "best", "overfitting starts": "overfit",
            "first non-finite": "nonfinite"}


def chart_marks(placed: list[dict]) -> dict:
    """The chart model's marks (best, overfitting onset, first NaN) on each x axis of the run
    view, from the read's markers: the lines the figure and the report draw from the same read.

    >>> chart_marks([{"label": "best epoch", "kind": "good", "epoch": 3, "step": 29, "seconds": 1.5}])["step"]
    {'best': 29, 'overfit': None, 'nonfinite': None}
    """
    out = {}
    for axis, field in (("epoch", "epoch"), ("step", "step"), ("time", "seconds")):
        marks = {"best": None, "overfit": None, "nonfinite": None}
        for m in placed:
            key = _MARK_OF.get(m["label"])
            if key and marks[key] is None:
                marks[key] = m[field]
        out[axis] = marks
    return out


def _place(history, label: str, kind: str, epoch, step) -> dict:
    ref = _epoch_reference(history)
    seconds = None
    if ref is not None and epoch is not None:
        hit = np.flatnonzero(ref.epoch == epoch)
        if len(hit):
            i = hit[0]
            step = int(ref.step[i]) if step is None else step
            wall = ref.wall_time[i]
            seconds = float(wall - history.info.created) if np.isfinite(wall) else None
    return {"label": label, "kind": kind, "epoch": epoch, "step": step, "seconds": seconds}


def _epoch_reference(history):
    """The epoch-level series with the most points: it says at which step each epoch ended."""
    epochs = [s for s in history.series.values() if s.level == "epoch" and len(s)]
    return max(epochs, key=len) if epochs else None
