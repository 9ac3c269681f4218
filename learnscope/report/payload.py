"""The data of an HTML report as plain JSON: runs, their reads and configs, and one
chart per metric with its lines already downsampled (a phone draws it quickly).

The same choices as the matplotlib figures (panel order, colours, line styles,
log scale, batch points under epochs, group bands) come from the same functions.
"""

from __future__ import annotations

import math
import time

import numpy as np

from ..axis import x_axis
from ..plot.align import mean_std
from ..plot.compare import Entity, entities
from ..plot.markers import Marks, marks_for, read_or_none
from ..plot.panel import View, curves, x_of_step
from ..plot.style import SPLIT_LABEL, panel_metrics, pretty, wants_log
from ..names import SPLITS

_DASH = {"train": [], "val": [6, 4], "test": [2, 3]}


def build(histories: list, *, title: str | None = None, read: bool = True, buckets: int = 1500) -> dict:
    """The report's JSON payload for some histories (see the module docstring)."""
    has_epoch = any(k.level == "epoch" and len(s) for h in histories for k, s in h.series.items())
    view = View(x=x_axis(histories), buckets=buckets, dots=False, evals_at_steps=True)
    groups = entities(histories, None)
    reads = {id(h): _read_dict(h, read) for h in histories}
    marks = {i: _marks_dict(e, view, read) for i, e in enumerate(groups) if len(groups) == 1 and not e.is_group}
    names = panel_metrics(histories, None if has_epoch else "batch")
    return {
        "title": title or _title(histories),
        "generated": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "xlabel": view.x,
        "runs": [_run_dict(h, e, reads[id(h)]) for e in groups for h in e.histories],
        "charts": [_chart(name, groups, view) for name in names],
        "marks": marks.get(0),
    }


def _title(histories: list) -> str:
    if len(histories) == 1:
        return histories[0].info.ref if histories[0].info.name else "learning curves"
    for attr in ("group", "project"):
        names = {getattr(h.info, attr) for h in histories}
        if len(names) == 1 and names != {None} and names != {"default"}:
            return f"{names.pop()}: {len(histories)} runs"
    return f"{len(histories)} runs"


def _read_dict(history, use_read: bool):
    result = read_or_none(history) if use_read else None
    return result.to_dict() if result is not None else None


def _run_dict(h, e: Entity, read) -> dict:
    info = h.info
    return {"label": e.label if not e.is_group else (info.name or info.id[:8]), "entity": e.label,
            "colour": e.colour, "ref": info.ref if info.name else "", "id": info.id, "group": info.group,
            "fold": info.fold, "status": info.status, "epochs": h.n_epochs,
            "config": {k: _jsonable(v) for k, v in info.config.items()}, "read": read}


def _marks_dict(e: Entity, view: View, use_read: bool) -> dict:
    h = e.histories[0]
    m: Marks = marks_for(h, use_read)
    nonfinite = None
    if m.nonfinite_step is not None and view.x == "step":
        nonfinite = m.nonfinite_step
    elif m.nonfinite_step is not None and x_of_step(h):
        nonfinite = x_of_step(h)(m.nonfinite_step)
    elif m.nonfinite_epoch is not None:
        nonfinite = m.nonfinite_epoch
    epoch_axis = view.x == "epoch"
    return {"best": m.best_epoch if epoch_axis else None, "overfit": m.overfit_epoch if epoch_axis else None,
            "nonfinite": nonfinite, "verdict": m.verdict}


def _chart(name: str, groups: list[Entity], view: View) -> dict:
    lines, bands = [], []
    for e in groups:
        if e.is_group:
            _group_lines(name, e, view, lines, bands)
        else:
            _run_lines(name, e, view, lines, prefix=f"{e.label} " if len(groups) > 1 else "")
    values = [np.asarray(line["y"], dtype=float) for line in lines if line["kind"] != "batch"]
    return {"metric": name, "title": pretty(name), "log": wants_log(name, [_nan(v) for v in values], None),
            "lines": lines, "bands": bands}


def _run_lines(name: str, e: Entity, view: View, lines: list, prefix: str) -> None:
    for split in SPLITS:
        main, faint = curves(e.histories[0], name, split, view)
        if faint is not None:
            lines.append(_line(faint, e, split, "batch", f"{prefix}{SPLIT_LABEL[split]} per batch"))
        if main is not None:
            lines.append(_line(main, e, split, "main", f"{prefix}{SPLIT_LABEL[split]}"))


def _group_lines(name: str, e: Entity, view: View, lines: list, bands: list) -> None:
    for split in SPLITS:
        members = [c for c in (curves(h, name, split, View(x=view.x, batch_under=False))[0]
                               for h in e.histories) if c is not None]
        if not members:
            continue
        x, mean, std, n = mean_std(members)
        label = f"{e.label} {SPLIT_LABEL[split]}"
        lines.append(_line((x, mean), e, split, "main", f"{label} mean"))
        hi, lo = np.where(n > 1, mean + std, np.nan), np.where(n > 1, mean - std, np.nan)
        lines.append(_line((x, hi), e, split, "band", f"{label} +1 std"))
        lines.append(_line((x, lo), e, split, "band", f"{label} −1 std"))
        bands.append([len(lines) - 2, len(lines) - 1])


def _line(xy, e: Entity, split: str, kind: str, label: str) -> dict:
    x, y = xy
    return {"label": label, "colour": e.colour, "dash": _DASH[split], "kind": kind, "split": split,
            "x": _numbers(x), "y": _numbers(y)}


def _numbers(values) -> list:
    """Floats for JSON: 6 significant digits (plenty on a screen), NaN/inf as null (a gap)."""
    return [float(f"{v:.6g}") if math.isfinite(v) else None for v in np.asarray(values, dtype=float).tolist()]


def _nan(v: np.ndarray) -> np.ndarray:
    return np.where(np.isfinite(v), v, np.nan)


def _jsonable(value):
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value) if not isinstance(value, (list, dict)) else value
