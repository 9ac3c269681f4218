"""``GET /api/chart``: the chart model (:mod:`learnscope.plot.model`) of some runs, as JSON.

``?runs=ID,ID,...`` (up to 200) or ``?group=NAME`` (every run of a group: a sweep of
1,000 trials), with ``&smoothing=W`` (EMA weight in [0, 1)) and ``&log=auto|on|off``.
The dashboard's compare page draws it with the same JavaScript module as the report,
so the same runs look the same in the figure, the report and the dashboard.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict

from ..plot.model import BATCH_RUNS, build, to_json
from ..store.bulk_load import load_many
from .api import ApiError, _ID, _REF, _ids, _param

_LOG = {"auto": None, "on": True, "off": False}
_CACHE_SIZE = 8  # chart models kept (a sweep of 1,000 runs: ~1 MB each)
_cache: OrderedDict = OrderedDict()
_lock = threading.Lock()


def cached(request, make):
    """The response of ``make()``, reused while the store is unchanged: any write (points, a
    status, a stored read) moves the newest ``updated`` and a deletion the count. A sweep's
    picture costs ~0.7 s of CPU to build; reopened, it is sent at once."""
    store = request.app.state.store
    key = (store.location, str(request.query_params), store.newest_update(), store.total())
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    response = make()
    if response.status_code == 200:
        with _lock:
            _cache[key] = response
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    return response


def chart_model(request) -> dict:
    store = request.app.state.store
    infos, verdicts = _runs(request, store)
    smoothing = _smoothing(_param(request, "smoothing"))
    log = _param(request, "log") or "auto"
    if log not in _LOG:
        raise ApiError(400, f"parameter 'log' must be auto, on or off, got {log[:20]!r}")
    levels = ("batch", "epoch") if len(infos) <= BATCH_RUNS else ("epoch",)
    histories = load_many(store, infos, levels=levels)
    if any(not any(len(s) for s in h.series.values()) for h in histories) and levels == ("epoch",):
        histories = load_many(store, infos)  # runs with batch values only
    model = build(histories, smoothing=smoothing, log_scale=_LOG[log], read=True, verdicts=verdicts)
    return to_json(model)


def _runs(request, store) -> tuple[list, list]:
    """The runs asked for (RunInfo, in order) and their stored verdicts (None where there is none)."""
    ids = _ids(request, "runs", _ID)
    group = _param(request, "group")
    if (ids is None) == (group is None):
        raise ApiError(400, "give either 'runs' (ids, comma-separated) or 'group' (a group name)")
    if group is not None and not _REF.fullmatch(group):
        raise ApiError(400, "parameter 'group' must be 1-300 printable characters")
    rows = list(store.iter_runs(group=group) if group is not None else store.iter_runs(ids=ids or ["-"]))
    if group is not None:
        if not rows:
            raise ApiError(404, f"no runs of group {group[:80]!r} in this store")
        rows.sort(key=lambda r: (r.info.fold if r.info.fold is not None else -1, r.info.created))
    else:
        by_id = {r.info.id: r for r in rows}
        missing = [i for i in ids if i not in by_id]
        if missing or not ids:
            raise ApiError(404, f"no run {missing[0] if missing else ''!r} in this store")
        rows = [by_id[i] for i in ids]
    return [r.info for r in rows], [r.verdict if r.read_current else None for r in rows]


def _smoothing(raw: str | None) -> float:
    if raw is None or raw == "":
        return 0.0
    if not re.fullmatch(r"0(\.\d{1,6})?", raw):
        raise ApiError(400, f"parameter 'smoothing' must be a number in [0, 1), got {raw[:20]!r}")
    return float(raw)
