"""``GET /api/chart``: the chart model (:mod:`learnscope.plot.model`) of some runs, as JSON.

``?runs=ID,ID,...`` (up to 200) or ``?group=NAME`` (every run of a group: a sweep of
1,000 trials), with ``&smoothing=W`` (EMA weight in [0, 1)) and ``&log=auto|on|off``.
The dashboard's compare page draws it with the same JavaScript module as the report,
so the same runs look the same in the figure, the report and the dashboard.
"""

from __future__ import annotations

import re

from ..plot.model import BATCH_RUNS, build, to_json
from ..store.bulk import load_many
from . import reads
from .api import ApiError, _ID, _REF, _ids, _param

_LOG = {"auto": None, "on": True, "off": False}


def chart_model(request) -> dict:
    store = request.app.state.store
    infos = _runs(request, store)
    smoothing = _smoothing(_param(request, "smoothing"))
    log = _param(request, "log") or "auto"
    if log not in _LOG:
        raise ApiError(400, f"parameter 'log' must be auto, on or off, got {log[:20]!r}")
    levels = ("batch", "epoch") if len(infos) <= BATCH_RUNS else ("epoch",)
    histories = load_many(store, infos, levels=levels)
    if any(not any(len(s) for s in h.series.values()) for h in histories) and levels == ("epoch",):
        histories = load_many(store, infos)  # runs with batch values only
    model = build(histories, smoothing=smoothing, log_scale=_LOG[log], read=True)
    _cached_verdicts(model, infos)
    return to_json(model)


def _runs(request, store) -> list:
    ids = _ids(request, "runs", _ID)
    group = _param(request, "group")
    if (ids is None) == (group is None):
        raise ApiError(400, "give either 'runs' (ids, comma-separated) or 'group' (a group name)")
    if group is not None:
        if not _REF.fullmatch(group):
            raise ApiError(400, "parameter 'group' must be 1-300 printable characters")
        infos = sorted((i for i in store.list_runs() if i.group == group),
                       key=lambda i: (i.fold if i.fold is not None else -1, i.created))
        if not infos:
            raise ApiError(404, f"no runs of group {group[:80]!r} in this store")
        return infos
    by_id = {i.id: i for i in store.list_runs()}
    missing = [i for i in ids if i not in by_id]
    if missing or not ids:
        raise ApiError(404, f"no run {missing[0] if missing else ''!r} in this store")
    return [by_id[i] for i in ids]


def _smoothing(raw: str | None) -> float:
    if raw is None or raw == "":
        return 0.0
    if not re.fullmatch(r"0(\.\d{1,6})?", raw):
        raise ApiError(400, f"parameter 'smoothing' must be a number in [0, 1), got {raw[:20]!r}")
    return float(raw)


def _cached_verdicts(model: dict, infos: list) -> None:
    """Runs not read here (a sweep beyond model.READ_ALL) keep the verdict the dashboard
    already knows (its read cache)."""
    for e in model["entities"]:
        if e["verdict"] is None and len(e["members"]) == 1:
            hit = reads._cache.get(infos[e["members"][0]].id)
            if hit and hit[0] == reads.version(infos[e["members"][0]]):
                e["verdict"] = hit[1].get("verdict")
    if model["hparams"]:
        for t in model["hparams"]["trials"]:
            t["verdict"] = model["entities"][t["entity"]]["verdict"]
