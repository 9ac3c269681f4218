"""``GET /api/run/chart``: the chart model (:mod:`learnscope.plot.model`) of one run, as JSON.

The run view draws it with ``lschart.js``, as the compare page and the report do, so a
run looks the same on every surface. Its points are the store's thinned reads
(:mod:`learnscope.store.thin`): a 10-million-point run sends a few thousand per trace.

``?run=REF`` with ``&x=epoch|step|time`` (default: the figure's choice), ``&smoothing=W``,
``&log=auto|on|off``, ``&buckets=N`` (about N points per trace... times four at most), and
``&from=X&to=X`` (a range on that x axis: the detail of a zoomed chart). The marks (best
epoch, overfitting, first NaN) come with the read (``/api/run/read``'s ``marks``), which
the page fetches beside this: the first chart does not wait for a read.
"""

from __future__ import annotations

import math
import re

import numpy as np

from ..history import History, Series
from ..plot.model import build, to_json
from .api import ApiError, _int, _param, _run
from .chart_api import _LOG, _smoothing
from .points import epoch_axis

_AXES = ("epoch", "step", "time")
_NUMBER = re.compile(r"-?\d{1,19}(\.\d{1,20})?([eE][-+]?\d{1,3})?")


def run_chart(request) -> dict:
    info = _run(request)
    store = request.app.state.store
    x = _param(request, "x") or None
    if x is not None and x not in _AXES:
        raise ApiError(400, f"parameter 'x' must be epoch, step or time, got {x[:20]!r}")
    log = _param(request, "log") or "auto"
    if log not in _LOG:
        raise ApiError(400, f"parameter 'log' must be auto, on or off, got {log[:20]!r}")
    smoothing = _smoothing(_param(request, "smoothing"))
    buckets = _int(request, "buckets", 1000, 10, 5000)
    span = _span(request)
    series = store.run_series(info.id)
    steps = _steps(store, info, series, x, span) if span else None
    history = thinned(store, info, series, buckets, want_time=x == "time", steps=steps)
    probes = sorted({s.name for s in history.series.values() if s.name.startswith("probe/") and len(s)})
    out = {"run": info.id, "status": info.status, "exact": all(s.get("exact", True) for s in series)}
    if not any(len(s) for s in history.series.values()):
        return {**out, "model": None, "probes": None}
    model = _model(history, x, smoothing, log, buckets)
    out["model"] = model
    out["probes"] = _model(history, model["x"], smoothing, log, buckets, probes) if probes and not span else None
    return out


def _model(history, x, smoothing, log, buckets, metrics=None) -> dict:
    model = build([history], x=x, smoothing=smoothing, log_scale=_LOG[log], read=False, metrics=metrics,
                  max_points=4 * buckets)
    model["marks"] = None  # the read's marks arrive with the read (``marks`` of /api/run/read)
    return to_json(model)


def _span(request) -> tuple[float, float] | None:
    raw = [_param(request, "from"), _param(request, "to")]
    if raw == [None, None]:
        return None
    if None in raw or not all(_NUMBER.fullmatch(r) for r in raw):
        raise ApiError(400, "parameters 'from' and 'to' must both be numbers (a range on the x axis)")
    lo, hi = float(raw[0]), float(raw[1])
    if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
        raise ApiError(400, f"parameter 'from' must be below 'to', got {raw[0]} and {raw[1]}")
    return lo, hi


def thinned(store, info, series: list[dict], buckets: int, *, want_time: bool = False, steps=None) -> History:
    """The run as a History of the store's thinned reads (all points where a series is short).

    With ``steps`` (a zoomed range), batch points get fractional epochs from where the
    epochs ended (:func:`.points.epoch_axis`): the chart model cannot tell that from a slice."""
    lo, hi = steps or (None, None)
    history = History(info)
    for s in series:
        if steps is not None and s["level"] == "epoch":  # few: read whole, so lines reach the edges
            pts = _with_neighbours(store.series_points(s["id"], buckets=buckets, want_time=want_time), lo, hi)
        else:
            pts = store.series_points(s["id"], lo=lo, hi=hi, buckets=buckets, want_time=want_time)
        s["exact"] = pts["exact"]
        history.add(Series(s["name"], s["split"], s["level"], pts["step"], pts["epoch"],
                           pts["time"] if want_time else None, pts["value"]))
    if steps is not None:
        _place_batches(store, series, history)
    return history


def _with_neighbours(pts: dict, lo: int, hi: int) -> dict:
    """The points with steps in ``[lo, hi]`` and the one just outside on each side."""
    inside = np.flatnonzero((pts["step"] >= lo) & (pts["step"] <= hi))
    before = np.flatnonzero(pts["step"] < lo)[-1:]
    after = np.flatnonzero(pts["step"] > hi)[:1]
    keep = np.concatenate([before, inside, after])
    return {k: v[keep] if isinstance(v, np.ndarray) else v for k, v in pts.items()}


def _place_batches(store, series, history) -> None:
    ref = _reference(store, series, want_time=False)
    if ref is None:
        return
    for s in history.series.values():
        if s.level == "batch" and len(s):
            xe = epoch_axis(s.step, ref["step"], ref["epoch"])
            if xe is not None:
                s.epoch = np.where(xe == np.round(xe), xe + 1e-9, xe)  # fractional: kept as they are


def _reference(store, series, want_time: bool):
    """The epoch-level series with the most points (where each epoch ended), else the longest series."""
    epochs = [s for s in series if s["level"] == "epoch" and s["n"]]
    pool = epochs or [s for s in series if s["n"]]
    if not pool:
        return None
    return store.series_points(max(pool, key=lambda s: s["n"])["id"], buckets=5000, want_time=want_time)


def _steps(store, info, series, x, span) -> tuple[int, int]:
    """A range on the x axis -> the steps it covers (a little wider, never narrower)."""
    lo, hi = span
    if x == "step":
        return math.floor(lo) - 1, math.ceil(hi) + 1
    ref = _reference(store, series, want_time=x == "time")
    if ref is None or not len(ref["step"]):
        return math.floor(lo) - 1, math.ceil(hi) + 1
    xs = ref["time"] - info.created if x == "time" else ref["epoch"]
    ok = np.isfinite(xs)
    xs, st = xs[ok], ref["step"][ok].astype(np.float64)
    if not len(xs):
        return math.floor(lo) - 1, math.ceil(hi) + 1
    order = np.argsort(xs, kind="stable")
    xs, st = xs[order], st[order]
    per = (st[-1] - st[0]) / max(len(st) - 1, 1) or 1.0  # steps per epoch (or per evaluation)
    dx = (xs[-1] - xs[0]) / max(len(xs) - 1, 1) or 1.0
    xs = np.concatenate(([xs[0] - dx], xs, [xs[-1] + dx]))
    st = np.concatenate(([st[0] - per], st, [st[-1] + per]))
    a = np.interp(lo, xs, st, left=-np.inf, right=np.inf)
    b = np.interp(hi, xs, st, left=-np.inf, right=np.inf)
    clamp = 2**62
    return (int(max(math.floor(a) - 1, -clamp)) if np.isfinite(a) else -clamp,
            int(min(math.ceil(b) + 1, clamp)) if np.isfinite(b) else clamp)
