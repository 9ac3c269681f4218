"""The data of an HTML report as plain JSON: runs, their reads and configs, and the chart
model (:mod:`learnscope.plot.model`) with its lines already downsampled.

The charts are the figure's: the same model decides panels, colours, line styles,
log scales, batch points under epochs, bands and the hyperparameter view.
"""

from __future__ import annotations

import math
import time

from ..plot.markers import read_or_none
from ..plot.model import build as build_model
from ..plot.model import to_json
from ..plot.numfmt import typed


def build(histories: list, *, title: str | None = None, read: bool = True, buckets: int = 1500) -> dict:
    """The report's JSON payload for some histories (see the module docstring)."""
    model = build_model(histories, title=title or _title(histories), max_points=4 * buckets,
                        read=bool(read))
    reads = _reads(histories, model, read)
    runs = [_run_dict(histories[k], e, reads.get(k)) for e in model["entities"] for k in e["members"]]
    return {"title": model["title"], "generated": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "runs": runs, "chart": to_json(model)}


def _title(histories: list) -> str:
    if len(histories) == 1:
        return histories[0].info.ref if histories[0].info.name else "learning curves"
    for attr in ("group", "project"):
        names = {getattr(h.info, attr) for h in histories}
        if len(names) == 1 and names != {None} and names != {"default"}:
            return f"{names.pop()}: {len(histories)} runs"
    return f"{len(histories)} runs"


def _reads(histories: list, model: dict, use_read: bool) -> dict:
    """Full reads (findings) for the runs of a small report; a large sweep's best few."""
    if not use_read:
        return {}
    ranked = sorted(model["entities"], key=lambda e: e["rank"] if e["rank"] is not None else 1e9)
    wanted = {k for e in ranked[:12] for k in e["members"]} if len(histories) > 12 else None
    out = {}
    for k, h in enumerate(histories):
        if wanted is None or k in wanted:
            result = read_or_none(h)
            out[k] = result.to_dict() if result is not None else None
    return out


def _run_dict(h, e: dict, read) -> dict:
    info = h.info
    return {"label": e["label"] if not e["band"] else (info.name or info.id[:8]), "entity": e["label"],
            "colour": e["colour"], "ref": info.ref if info.name else "", "id": info.id, "group": info.group,
            "fold": info.fold, "status": info.status, "epochs": h.n_epochs, "rank": e["rank"],
            "config": {k: _jsonable(typed(v)) for k, v in info.config.items()}, "read": read}


def _jsonable(value):
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value) if not isinstance(value, (list, dict)) else value
