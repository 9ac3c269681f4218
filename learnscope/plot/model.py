"""The chart model: for a set of runs, everything a picture of them shows, decided once.

Panels and the series paired in them (train solid, validation dashed, one colour per
run), each run's colour, batch points placed within their epoch, the read's marks,
the log-axis choice, smoothing, downsampling and mean ± std bands are all decided
here. matplotlib (:mod:`.figure`) renders the model; the HTML report and the
dashboard receive :func:`to_json` of it and draw it with one JavaScript module
(``assets/chart/lschart.js``), so the three pictures of the same runs agree.

>>> from learnscope.history import History
>>> m = build([History.from_dict({"loss": [1.0, 0.5, 0.3], "val_loss": [1.1, 0.7, 0.6]})])
>>> [p["metric"] for p in m["panels"]], [(t["split"], t["kind"]) for t in m["panels"][0]["traces"]]
(['loss'], [('train', 'main'), ('val', 'main')])
"""

from __future__ import annotations

import numpy as np

from ..axis import TOKENS, tokens_series, x_axis
from ..errors import InvalidValueError
from ..names import SPLITS, higher_is_better, is_accuracy
from .align import mean_std
from .compare import Entity, entities
from .downsample import ema, minmax
from . import markers
from .panel import View, curves
from .style import SPLIT_LABEL, panel_metrics, pretty, wants_log
from .sweep import colour_entities, hparams_view, rank_entities

DASH = {"train": [], "val": [6, 4], "test": [2, 3]}
BATCH_RUNS = 3  # per-batch points under the epoch lines for up to this many runs
VAL_ONLY = 100  # a sweep of more runs draws its thin runs' validation curves only (bold: both)
THIN_POINTS = 100  # a thin run of a big sweep is drawn from at most ~4x this many points (min/max kept)
LEVELS = (None, "epoch", "batch")
AXES = (None, "epoch", "step", "time", "tokens")


def build(histories: list, *, level: str | None = None, smoothing: float = 0.0,
          log_scale: bool | None = None, group: bool | None = None, read: bool | int = True,
          metrics=None, batch_points: bool | None = None, max_points: int = 4000,
          title: str | None = None, verdicts: list | None = None, x: str | None = None) -> dict:
    """The chart model of some histories (see the module docstring); arrays are numpy.

    ``x`` forces the x axis: ``"epoch"``, ``"step"`` (epoch values at their steps, batch
    values under them), ``"tokens"`` (cumulative tokens seen, from each run's ``tokens``
    series) or ``"time"`` (seconds since each run started; the dashboard's run view offers it);
    None lets :func:`learnscope.axis.x_axis` choose.
    ``verdicts`` (parallel to ``histories``): verdicts already known, such as a store's
    stored reads; in a comparison those runs are not read again."""
    _check(level, smoothing, x)
    view = _view(histories, level, smoothing, batch_points, max_points, x)
    batch_only = view.x != "epoch" and not view.evals_at_steps  # level="batch"
    names = panel_metrics(histories, "batch" if batch_only else None, metrics)
    if view.x == "tokens":
        _check_tokens(histories)
    if metrics is None:  # cumulative tokens is an axis (x="tokens"), not a metric: no panel of its own
        names = [n for n in names if n != TOKENS]
    ents = entities(histories, group)
    colours = colour_entities(ents)
    if len(ents) > BATCH_RUNS and not batch_points:
        view.batch_under = False
    view.dots = len(ents) == 1
    ranks = rank_entities(ents)
    marks = markers.marks(ents, read, markers.known(histories, ents, verdicts))
    panels, constants = _panels(names, ents, view, log_scale, metrics is not None)
    if not panels and not constants:
        raise InvalidValueError("nothing to plot: these runs hold no values"
                                + (" at the batch level" if level == "batch" else ""))
    model = {"title": title or _title(ents, marks), "x": view.x, "smoothing": view.smoothing,
             "entities": [_entity(i, e, ranks, marks, view) for i, e in enumerate(ents)],
             "n_runs": len(histories),
             "colourbar": colours, "panels": panels, "constants": constants,
             "thin_val_only": len(ents) > VAL_ONLY,
             "marks": markers.single_marks(ents, marks, view)}
    model["hparams"] = hparams_view(ents, model["entities"], ranks)
    index = {id(h): k for k, h in enumerate(histories)}
    for e, d in zip(ents, model["entities"]):
        d["members"] = [index[id(h)] for h in e.histories]  # positions in ``histories``
    return model


def _check(level, smoothing, x=None) -> None:
    if x not in AXES:
        raise InvalidValueError(f"x must be 'epoch', 'step', 'tokens', 'time' or None, got {x!r}")
    if level not in LEVELS:
        raise InvalidValueError(f"level must be 'epoch', 'batch' or None, got {level!r}")
    if not (isinstance(smoothing, (int, float)) and 0 <= smoothing < 1):
        raise InvalidValueError(f"smoothing is an EMA weight in [0, 1) (0.6 is typical), got {smoothing!r}")


def _check_tokens(histories) -> None:
    lacking = [h.info.ref or "a run" for h in histories if tokens_series(h) is None]
    if lacking:
        raise InvalidValueError(f"x='tokens' needs a 'tokens' series (cumulative tokens seen) in every run; "
                                f"{', '.join(lacking[:3])} logs none: log run.log({{'tokens': n}}) or use x='step'")


def _view(histories, level, smoothing, batch_points, max_points, x=None) -> View:
    if x not in ("step", "tokens", "time"):
        if level == "batch":
            x = "step"
        elif x is None or (x == "epoch" and x_axis(histories) == "step"):
            x = x_axis(histories)  # step-based runs: steps (learnscope.axis)
    return View(x=x, batch_under=batch_points is not False and level != "epoch", smoothing=float(smoothing),
                buckets=max(max_points // 4, 50), evals_at_steps=level != "batch")


def _entity(i: int, e: Entity, ranks: dict, marks: dict, view: View) -> dict:
    m = marks.get(i)
    out = {"label": e.label, "colour": e.colour, "runs": [h.info.id for h in e.histories],
           "band": e.is_group, "rank": e.rank, "highlight": e.highlight, "legend": e.legend,
           "width": 1.8 if e.highlight else 0.9, "alpha": 1.0 if e.highlight else 0.45,
           "score": ranks.get(i), "verdict": m.verdict if m else None,
           "state": e.histories[0].info.meta.get("optuna_state") if not e.is_group else None}
    out["nonfinite"] = markers.nonfinite_x(m, e, view) if m else None
    return out


# ---- panels --------------------------------------------------------------------------------
def _panels(names, ents, view, log_scale, asked: bool):
    panels, constants = [], {}
    for name in names:
        traces = [t for i, e in _draw_order(ents) for t in _traces(name, i, e, view)]
        if len(ents) > VAL_ONLY and any(t["split"] == "val" for t in traces):
            traces = [t for t in traces if ents[t["entity"]].highlight or t["split"] == "val"]
            for t in traces:  # hundreds of thin validation lines: solid (dashes would only add noise)
                t["solid"] = not ents[t["entity"]].highlight
        value = None if asked else _constant(traces)
        if value is not None:  # a constant (a learning rate logged once): a note, not a panel
            constants[name] = value
            continue
        mains = [t.get("y", t.get("mean")) for t in traces if t["kind"] in ("main", "mean")]
        panels.append({"metric": name, "title": pretty(name), "traces": traces,
                       "log": bool(wants_log(name, mains, log_scale))})
    return panels, constants


def _draw_order(ents):
    """Thin runs first, highlighted ones on top."""
    return sorted(enumerate(ents), key=lambda p: (p[1].highlight, -(p[1].rank or 0)))


def _constant(traces: list):
    """The one value of a metric that never changes (or None): no panel for a flat line."""
    ys = [t["y"] for t in traces if t["kind"] == "main"] + [t["mean"] for t in traces if t["kind"] == "mean"]
    finite = np.concatenate([y[np.isfinite(y)] for y in ys]) if ys else np.empty(0)
    if len(finite) == 0 or any(t["kind"] == "band" for t in traces):
        return None
    lo, hi = finite.min(), finite.max()
    return float(lo) if hi - lo <= 1e-12 * max(abs(hi), 1.0) else None


def _traces(name: str, i: int, e: Entity, view: View) -> list[dict]:
    return _band_traces(name, i, e, view) if e.is_group else _run_traces(name, i, e, view)


def _run_traces(name: str, i: int, e: Entity, view: View) -> list[dict]:
    out = []
    for split in SPLITS:
        main, faint = curves(e.histories[0], name, split, view)
        if faint is not None:
            out.append(_trace(i, split, "batch", *faint))
        if main is None:
            continue
        x, y = main
        if view.smoothing > 0 and _is_epoch_line(x, view):
            out.append(_trace(i, split, "raw", x, y))
            y = ema(y, view.smoothing)
        if not e.highlight:  # one of hundreds of thin lines: a few hundred points draw it as well
            x, y = minmax(x, y, THIN_POINTS)
        out.append(_trace(i, split, "main", x, y))
    return out


def _is_epoch_line(x, view: View) -> bool:
    return view.x == "epoch" and len(x) <= 400 and bool(np.all(x == np.round(x)))


def _band_traces(name: str, i: int, e: Entity, view: View) -> list[dict]:
    out, flat = [], View(x=view.x, batch_under=False, smoothing=view.smoothing, buckets=view.buckets,
                         evals_at_steps=view.evals_at_steps)
    for split in SPLITS:
        members = [c for c in (curves(h, name, split, flat)[0] for h in e.histories) if c is not None]
        if not members:
            continue
        x, mean, std, n = mean_std(members)
        lo, hi = clip_band(name, np.where(n > 1, mean - std, np.nan), np.where(n > 1, mean + std, np.nan))
        out.append({"entity": i, "split": split, "kind": "band", "x": x, "lo": lo, "hi": hi, "n": n})
        out.append({**_trace(i, split, "mean", x, mean), "mean": mean})
    return out


def clip_band(name: str, lo: np.ndarray, hi: np.ndarray):
    """A band kept within the metric's domain: a loss is never below 0, an accuracy within [0, 1].

    >>> clip_band("val_accuracy", np.array([0.9]), np.array([1.05]))
    (array([0.9]), array([1.]))
    """
    with np.errstate(invalid="ignore"):
        if is_accuracy(name):
            return np.clip(lo, 0, 1), np.clip(hi, 0, 1)
        if not higher_is_better(name) and "loss" in name.lower():
            return np.maximum(lo, 0), np.maximum(hi, 0)
    return lo, hi


def _trace(i: int, split: str, kind: str, x, y) -> dict:
    return {"entity": i, "split": split, "kind": kind, "x": np.asarray(x, np.float64),
            "y": np.asarray(y, np.float64)}


def _title(ents: list[Entity], marks: dict) -> str:
    if len(ents) == 1 and not ents[0].is_group:
        h = ents[0].histories[0]
        name = h.info.ref if h.info.name else "learning curves"
        verdict = marks[0].verdict if marks else None
        return f"{name} (read: {verdict.replace('_', ' ')})" if verdict else name
    n = sum(len(e.histories) for e in ents)
    if len(ents) == 1:
        what = "folds" if all(h.info.fold is not None for h in ents[0].histories) else "runs"
        return f"{ents[0].group or 'group'}: mean ± 1 std of {n} {what}"
    groups = {h.info.group for e in ents for h in e.histories}
    projects = {h.info.project for e in ents for h in e.histories}
    where = groups.pop() if len(groups) == 1 and None not in groups else \
        projects.pop() if len(projects) == 1 else "default"
    return f"{where + ': ' if where != 'default' else ''}{n} runs compared"


def legend_splits(model: dict) -> list[tuple[str, str, str]]:
    """``(label, split, kind)`` of the line styles drawn, for a legend."""
    seen = {}
    for p in model["panels"]:
        for t in p["traces"]:
            if t["kind"] in ("band", "raw"):
                continue
            label = SPLIT_LABEL[t["split"]] + {"batch": ", per batch", "raw": " (raw)"}.get(t["kind"], "")
            seen.setdefault(label, (label, t["split"], t["kind"]))
    return sorted(seen.values(), key=lambda e: SPLITS.index(e[1]))  # train first, whatever is drawn first


def to_json(model: dict, digits: int = 6) -> dict:
    """The model as plain JSON data: arrays become lists of floats (``digits`` significant
    digits, plenty on a screen), NaN and infinities become ``None`` (a gap). All arrays are
    rounded in one numpy pass: a sweep of 1,000 runs holds some 8,000 of them."""
    keys = ("x", "y", "lo", "hi")
    arrays = [t[k] for p in model["panels"] for t in p["traces"] for k in keys if k in t]
    flat = numbers(np.concatenate(arrays), digits) if arrays else []
    ends = np.cumsum([len(a) for a in arrays]).tolist()
    pieces = iter([flat[a:b] for a, b in zip([0] + ends[:-1], ends)])
    out = {k: v for k, v in model.items() if k != "panels"}
    out["panels"] = [{**p, "traces": [_trace_json(t, keys, pieces) for t in p["traces"]]} for p in model["panels"]]
    return out


def _trace_json(t: dict, keys, pieces) -> dict:
    out = {k: v for k, v in t.items() if not isinstance(v, np.ndarray)}
    out["dash"] = [] if t.get("solid") else DASH[t["split"]]
    for k in keys:
        if k in t:
            out[k] = next(pieces)
    return out


def numbers(values, digits: int = 6) -> list:
    """Floats for JSON, rounded to ``digits`` significant digits; non-finite ones as None.

    >>> numbers(np.array([1/3, np.nan, 2.0]))
    [0.333333, None, 2.0]
    """
    a = np.asarray(values, dtype=np.float64)
    finite = np.isfinite(a)
    with np.errstate(divide="ignore", invalid="ignore"):
        mag = np.where(finite & (a != 0), np.floor(np.log10(np.abs(np.where(finite, a, 1)))), 0)
        scale = 10.0 ** (digits - 1 - mag)
        r = np.round(a * scale) / scale
    out = r.tolist()
    if not finite.all():
        out = [v if ok else None for v, ok in zip(out, finite.tolist())]
    return out
