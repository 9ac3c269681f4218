"""The dashboard's JSON API: read-only, every parameter validated before use.

========================  ====================================================
``GET /api/runs``          the runs list, a page at a time (:mod:`.runs_api`)
``GET /api/runs/ids``      every run matching a filter (:mod:`.runs_api`)
``GET /api/verdicts``      stored verdicts of ``?runs=ID,ID,...`` (:mod:`.runs_api`)
``GET /api/run``           one run (``?run=REF``): info, config, its series
``GET /api/run/read``      the read of a run, with chart markers
``GET /api/run/data``      points: ``?run=REF&series=ID,..&lo=STEP&hi=STEP&buckets=N&time=1``
``GET /api/run/chart``     the chart model of one run, as the run view draws it (see run_chart)
``GET /api/chart``         the chart model of ``?runs=ID,..`` or ``?group=NAME`` (see chart_api)
========================  ====================================================

Non-finite numbers travel as ``null`` in point arrays and as strings
(``"nan"``, ``"inf"``) elsewhere, so every response is strict JSON.
"""

from __future__ import annotations

import json
import math
import re

import numpy as np
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..axis import step_based
from ..errors import LearnscopeError, RunNotFoundError
from . import reads
from .points import epoch_axis, run_series, series_points

_REF = re.compile(r"[^\x00-\x1f\x7f]{1,300}")
_ID = re.compile(r"[0-9a-f]{4,32}")
MAX_IDS = 200


class ApiError(Exception):
    """A refused request: HTTP status and a one-line reason."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def endpoint(fn):
    """Turn errors into ``{"error": ...}`` responses with the right status."""
    def wrapped(request: Request) -> JSONResponse:
        try:
            return JSONResponse(clean(fn(request)), headers={"Cache-Control": "no-store"})
        except (ApiError, LearnscopeError) as exc:
            return error_response(exc)
    wrapped.__name__ = fn.__name__
    return wrapped


def error_response(exc: Exception) -> JSONResponse:
    """``{"error": message}`` with the status the error calls for (404 for a missing run)."""
    status = exc.status if isinstance(exc, ApiError) else 404 if isinstance(exc, RunNotFoundError) else 400
    return JSONResponse({"error": str(exc)}, status_code=status)


# ---- parameters --------------------------------------------------------------------------
def _param(request: Request, name: str) -> str | None:
    values = request.query_params.getlist(name)
    if len(values) > 1:
        raise ApiError(400, f"parameter {name!r} given {len(values)} times; give it once")
    return values[0] if values else None


def _int(request: Request, name: str, default: int | None, lo: int, hi: int) -> int | None:
    raw = _param(request, name)
    if raw is None or raw == "":
        return default
    if not re.fullmatch(r"-?\d{1,19}", raw):
        raise ApiError(400, f"parameter {name!r} must be an integer, got {raw[:40]!r}")
    value = int(raw)
    if not lo <= value <= hi:
        raise ApiError(400, f"parameter {name!r} must be in [{lo}, {hi}], got {value}")
    return value


def _ids(request: Request, name: str, pattern: re.Pattern) -> list[str] | None:
    raw = _param(request, name)
    if raw is None:
        return None
    ids = [p for p in raw.split(",") if p]
    if len(ids) > MAX_IDS:
        raise ApiError(400, f"parameter {name!r} lists {len(ids)} items; at most {MAX_IDS}")
    bad = [p for p in ids if not pattern.fullmatch(p)]
    if bad:
        raise ApiError(400, f"parameter {name!r} has a malformed item {bad[0][:40]!r}")
    return ids


def _run(request: Request):
    ref = _param(request, "run")
    if ref is None or not _REF.fullmatch(ref):
        raise ApiError(400, "parameter 'run' must be a run id or project/name (1-300 printable characters)")
    return request.app.state.store.resolve(ref)


# ---- endpoints ---------------------------------------------------------------------------
@endpoint
def run_detail(request: Request) -> dict:
    info = _run(request)
    store = request.app.state.store
    row = run_row(store, info)
    return {**row, "meta": info.meta, "host": info.host, "series": run_series(store, info.id)}


@endpoint
def run_read(request: Request) -> dict:
    return reads.read_for(request.app.state.store, _run(request))


@endpoint
def run_data(request: Request) -> dict:
    info = _run(request)
    store = request.app.state.store
    wanted = _ids(request, "series", re.compile(r"\d{1,12}"))
    level = _param(request, "level")
    if level not in (None, "batch", "epoch"):
        raise ApiError(400, f"parameter 'level' must be batch or epoch, got {level[:40]!r}")
    lo = _int(request, "lo", None, -(2**62), 2**62)
    hi = _int(request, "hi", None, -(2**62), 2**62)
    buckets = _int(request, "buckets", 1000, 10, 5000)
    want_time = _int(request, "time", 0, 0, 1) == 1
    all_series = run_series(store, info.id)
    chosen = [s for s in all_series if (wanted is None or str(s["id"]) in wanted)
              and (level is None or s["level"] == level)]
    if wanted is not None and len(chosen) < len(set(wanted)) and level is None:
        raise ApiError(404, f"some of the series {','.join(wanted)[:80]} are not series of run {info.id}")
    axis = _epoch_reference(store, all_series)
    out = [_series_json(store, s, lo, hi, buckets, want_time, axis, info.created) for s in chosen]
    # the default x axis, decided where the figure's is (learnscope.axis): steps for step-based runs
    x = "step" if axis is None or step_based([axis[1]]) else "epoch"
    return {"run": info.id, "status": info.status, "series": out, "axis": x, "log": _log_choices(out)}


def _log_choices(out: list[dict]) -> dict:
    """Per metric, whether its y axis is logarithmic ``auto`` (the chart model's rule: a loss
    spanning > 2 decades) and with the toggle ``on`` (never for an accuracy)."""
    from ..plot.style import wants_log

    by_metric: dict[str, list] = {}
    for s in out:
        by_metric.setdefault(s["name"], []).append(np.array(s["value"], dtype=np.float64))
    return {name: {"auto": wants_log(name, vals, None), "on": wants_log(name, vals, True)}
            for name, vals in by_metric.items()}


def chart(request: Request) -> Response:
    """The chart model: already strict JSON (``chart_api``), so it skips :func:`clean`'s walk
    over a sweep's half a million numbers."""
    from .chart_api import cached, chart_model

    return cached(request, lambda: _strict(chart_model, request))


def run_chart(request: Request) -> Response:
    """One run's chart model for the run view (``run_chart``), strict JSON as it is built."""
    from .run_chart import run_chart as model

    return _strict(model, request)


def _strict(fn, request: Request) -> Response:
    try:
        body = json.dumps(fn(request), allow_nan=False, separators=(",", ":"))
    except (ApiError, LearnscopeError) as exc:
        return error_response(exc)
    return Response(body, media_type="application/json", headers={"Cache-Control": "no-store"})


# ---- shaping -----------------------------------------------------------------------------
def run_row(store, info) -> dict:
    """What the runs list shows of a run (no point is read: summaries and the stored read)."""
    from .runs_api import list_row
    return list_row(store.runs(ids=[info.id], limit=1)[0])


def _epoch_reference(store, all_series):
    epochs = [s for s in all_series if s["level"] == "epoch" and s["n"]]
    if not epochs:
        return None
    ref = max(epochs, key=lambda s: s["n"])
    pts = series_points(store, ref["id"], buckets=5000)
    return pts["step"], pts["epoch"]


def _series_json(store, s, lo, hi, buckets, want_time, axis, created) -> dict:
    pts = series_points(store, s["id"], lo=lo, hi=hi, buckets=buckets, want_time=want_time)
    if s["level"] == "epoch" or axis is None:
        xe = pts["epoch"]
    else:
        xe = epoch_axis(pts["step"], *axis)
        xe = pts["epoch"] if xe is None else xe
    out = {**s, "exact": pts["exact"], "total": pts["total"], "step": pts["step"].tolist(),
           "epoch": _floats(pts["epoch"]), "xe": _floats(np.round(xe, 6)), "value": _floats(pts["value"])}
    if want_time:
        out["time"] = _floats(np.round(pts["time"] - created, 3))
    return out


def _floats(a: np.ndarray) -> list:
    """Floats for JSON: non-finite ones become null (a gap in the chart)."""
    a = np.asarray(a, dtype=np.float64)
    finite = np.isfinite(a)
    if finite.all():
        return a.tolist()
    return [v if ok else None for v, ok in zip(a.tolist(), finite.tolist())]


def clean(obj):
    """Strict JSON: non-finite floats (in summaries, configs) become ``"nan"``, ``"inf"``, ``"-inf"``."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else str(obj)
    if isinstance(obj, dict):
        return {str(k): clean(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [clean(v) for v in obj]
    if isinstance(obj, np.generic):
        return clean(obj.item())
    return obj
