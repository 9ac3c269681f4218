"""Sweeps of any size: colour by a config key, the best few highlighted, the hyperparameter view.

Up to :data:`PALETTE_RUNS` runs get one palette colour each and a legend row each.
Beyond that, runs are coloured by a numeric config key on a continuous colour map
(log scale for a key spanning decades, such as a learning rate), with a colour bar;
the best :data:`HIGHLIGHT` runs by the monitored metric are drawn bold and listed,
the rest thin. Colour maps are computed here (no matplotlib), so the dashboard gets
the same colours as the figure.

>>> viridis(0.0), viridis(1.0)
('#440154', '#bddf26')
"""

from __future__ import annotations

import math
import re

import numpy as np

from ..names import higher_is_better
from .compare import differing_keys
from .numfmt import typed
from .style import colour

PALETTE_RUNS = 8
HIGHLIGHT = 5
MIN_TRIALS = 5  # fewer runs: their curves and the legend say it all
_LR_LIKE = re.compile(r"(^|_)(lr|learning_rate|eta|alpha|weight_decay|wd|l2|eps|lambda|reg)($|_)", re.I)
# viridis, from 0 to 0.9 of matplotlib's map (its last tenth is too pale on white)
_VIRIDIS = ("#440154", "#482475", "#414487", "#355f8d", "#2a788e", "#21918c", "#22a884",
            "#44bf70", "#7ad151", "#bddf26")


def viridis(t: float) -> str:
    """The colour at ``t`` in [0, 1] of the (slightly shortened) viridis map."""
    t = min(max(float(t), 0.0), 1.0) * (len(_VIRIDIS) - 1)
    i = min(int(t), len(_VIRIDIS) - 2)
    a, b = _rgb(_VIRIDIS[i]), _rgb(_VIRIDIS[i + 1])
    return "#" + "".join(f"{round(x + (y - x) * (t - i)):02x}" for x, y in zip(a, b))


def _rgb(hexcode: str) -> tuple[int, ...]:
    return tuple(int(hexcode[k:k + 2], 16) for k in (1, 3, 5))


# ---- colours -------------------------------------------------------------------------------
def colour_entities(ents: list) -> dict | None:
    """Give every entity its colour; returns the colour bar (or None for palette colours)."""
    if len(ents) <= PALETTE_RUNS:
        for i, e in enumerate(ents):
            e.colour = colour(i)
        return None
    key, values = colour_key(ents)
    log = key is not None and _wants_log_key(key, values)
    if key is None:
        key, values, log = "run order", np.arange(len(ents), dtype=float), False
    t = _scaled(values, log)
    for e, ti in zip(ents, t):
        e.colour = viridis(ti) if np.isfinite(ti) else "#999999"
    finite = values[np.isfinite(values)]
    return {"key": key, "log": bool(log), "min": float(finite.min()), "max": float(finite.max()),
            "stops": [[k / (len(_VIRIDIS) - 1), c] for k, c in enumerate(_VIRIDIS)]}


def colour_key(ents: list):
    """The numeric config key that differs most usefully (a learning-rate-like key first)."""
    configs = [e.histories[0].config for e in ents]
    numeric = [k for k in differing_keys(configs) if _numbers(configs, k) is not None]
    if not numeric:
        return None, None
    numeric.sort(key=lambda k: (not _LR_LIKE.search(str(k)), -len({repr(c.get(k)) for c in configs})))
    return numeric[0], _numbers(configs, numeric[0])


def _numbers(configs: list[dict], key: str):
    vals = [c.get(key) for c in configs]
    if not all(v is None or (isinstance(v, (int, float)) and not isinstance(v, bool)) for v in vals):
        return None
    arr = np.array([np.nan if v is None else float(v) for v in vals])
    return arr if np.isfinite(arr).sum() >= 2 else None


def _wants_log_key(key: str, values: np.ndarray) -> bool:
    finite = values[np.isfinite(values)]
    if len(finite) == 0 or finite.min() <= 0:
        return False
    return bool(finite.max() / finite.min() >= 100 or (_LR_LIKE.search(key) and finite.max() / finite.min() > 5))


def _scaled(values: np.ndarray, log: bool) -> np.ndarray:
    v = np.log10(values) if log else values
    lo, hi = np.nanmin(v), np.nanmax(v)
    return (v - lo) / (hi - lo) if hi > lo else np.full(len(v), 0.5)


# ---- ranking -------------------------------------------------------------------------------
def monitor_of(histories: list) -> tuple[str, str, bool] | None:
    """``(name, split, higher_is_better)`` of the metric that ranks runs: Optuna's monitored
    key, else validation loss, else training loss, else the first validation metric."""
    meta = histories[0].info.meta.get("monitor")
    wanted = [(meta[4:], "val") if meta.startswith("val_") else (meta, "train")] \
        if isinstance(meta, str) and meta != "auto" else []
    wanted += [("loss", "val"), ("loss", "train")]
    for name, split in wanted:
        if any(_series(h, name, split) is not None for h in histories):
            return name, split, higher_is_better(name)
    for h in histories:
        for key in h.series:
            if key.split == "val":
                return key.name, "val", higher_is_better(key.name)
    return None


def _series(h, name: str, split: str):
    return h.get(name, split, "epoch") or h.get(name, split, "batch")


def _best(h, monitor) -> float | None:
    s = _series(h, monitor[0], monitor[1])
    if s is None or not np.isfinite(s.value).any():
        return None
    v = s.value[np.isfinite(s.value)]
    return float(v.max() if monitor[2] else v.min())


def rank_entities(ents: list) -> dict[int, float]:
    """Score each entity by its best monitored value (mean over repeats); mark the best few."""
    monitor = monitor_of([h for e in ents for h in e.histories])
    scores = {}
    for i, e in enumerate(ents):
        vals = [b for b in (_best(h, monitor) for h in e.histories) if b is not None] if monitor else []
        if vals:
            scores[i] = float(np.mean(vals))
    sign = -1 if monitor and monitor[2] else 1
    order = sorted(scores, key=lambda i: sign * scores[i])
    for r, i in enumerate(order):
        ents[i].rank = r
    big = len(ents) > PALETTE_RUNS
    for e in ents:
        e.highlight = not big or (e.rank is not None and e.rank < HIGHLIGHT)
        e.legend = e.highlight
    return scores


# ---- the hyperparameter view ---------------------------------------------------------------
def hparams_view(ents: list, ent_dicts: list[dict], scores: dict) -> dict | None:
    """Best metric against each hyperparameter, for runs drawn one by one (a sweep)."""
    singles = [i for i, e in enumerate(ents) if not e.is_group]
    configs = [ents[i].histories[0].config for i in singles]
    keys = [k for k in differing_keys(configs) if _plain(configs, k)]
    monitor = monitor_of([h for e in ents for h in e.histories])
    if len(singles) < MIN_TRIALS or not keys or monitor is None:
        return None
    params = [_param(k, [c.get(k) for c in configs]) for k in keys]
    importance = _optuna_importance(ents, singles, params, scores, monitor)
    if importance:
        for p in params:
            p["importance"] = importance.get(p["key"])
        params.sort(key=lambda p: -(p["importance"] or 0))
    name = ("val_" if monitor[1] == "val" else "") + monitor[0]
    return {"metric": name, "goal": "max" if monitor[2] else "min", "params": params,
            "importance_by": "optuna.importance.get_param_importances" if importance else None,
            "trials": [{"entity": i, "score": scores.get(i), "verdict": ent_dicts[i]["verdict"],
                        "state": ent_dicts[i]["state"]} for i in singles]}


def _plain(configs: list[dict], key: str) -> bool:
    return all(v is None or isinstance(v, (int, float, str, bool)) for v in (c.get(key) for c in configs))


def _param(key: str, values: list) -> dict:
    nums = _numbers([{key: v} for v in values], key)
    few = {v for v in values if v is not None}
    if nums is not None and all(isinstance(v, int) for v in few) and len(few) <= 6:
        # a choice among a few integers (a batch size): categories, as Optuna's suggest_categorical
        return {"key": key, "kind": "category", "log": False, "categories": [str(v) for v in sorted(few)],
                "values": [None if v is None else str(v) for v in values], "importance": None}
    if nums is not None:
        return {"key": key, "kind": "number", "log": _wants_log_key(key, nums),
                "values": [typed(v) if v is not None and math.isfinite(v) else None for v in values],
                "importance": None}
    cats = sorted({str(v) for v in values})
    return {"key": key, "kind": "category", "log": False, "categories": cats,
            "values": [None if v is None else str(v) for v in values], "importance": None}


def _optuna_importance(ents, singles, params, scores, monitor) -> dict | None:
    """Optuna's own importance (fANOVA) for an Optuna study's trials; None otherwise."""
    if not all(ents[i].histories[0].info.meta.get("framework") == "optuna" for i in singles):
        return None
    try:
        import optuna
    except ImportError:
        return None
    optuna.logging.set_verbosity(optuna.logging.WARNING)  # no "A new study created" line
    study = optuna.create_study(direction="maximize" if monitor[2] else "minimize")
    dists = {p["key"]: _distribution(optuna, p) for p in params}
    for row, i in enumerate(singles):
        score = scores.get(i)
        values = {p["key"]: p["values"][row] for p in params if p["values"][row] is not None}
        if score is None or not math.isfinite(score) or len(values) < len(params):
            continue
        study.add_trial(optuna.trial.create_trial(params=values, distributions=dists, value=score))
    if len(study.trials) < 3:
        return None
    return {k: float(v) for k, v in optuna.importance.get_param_importances(study).items()}


def _distribution(optuna, p: dict):
    if p["kind"] == "category":
        return optuna.distributions.CategoricalDistribution(p["categories"])
    vals = [v for v in p["values"] if v is not None]
    if all(isinstance(v, int) for v in vals):
        return optuna.distributions.IntDistribution(min(vals), max(vals), log=p["log"])
    return optuna.distributions.FloatDistribution(min(vals), max(vals), log=p["log"])
