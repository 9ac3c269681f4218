"""The hyperparameter view of a sweep, under its curves: the best metric against each
hyperparameter, and parallel coordinates, each trial marked with its read's verdict.

Markers: a filled circle is a healthy (or unread) trial, a triangle one whose read
found a warning, a cross one that diverged or went NaN; a hollow marker is a pruned trial.
"""

from __future__ import annotations

import numpy as np
from matplotlib.collections import LineCollection

from .render import log_axis, out_of_layout
from .style import ALERT_COLOUR

MAX_SCATTER = 3
_BAD = {"diverging", "non_finite", "exploding_gradients"}


def draw_hparams(fig, model: dict) -> None:
    hp = model["hparams"]
    params = hp["params"][:MAX_SCATTER]
    axes = fig.subplots(1, len(params) + 1, width_ratios=[1] * len(params) + [max(1.6, 0.5 * len(hp["params"]))])
    for ax, p in zip(axes, params):
        _scatter(ax, p, hp, model)
    _parallel(axes[-1], hp, model)
    axes[0].set_ylabel(f"best {hp['metric']}")
    for ax in axes:
        out_of_layout(ax)
    pruned = sum(t["state"] == "pruned" for t in hp["trials"])
    by = " · ordered by Optuna's importance" if hp["importance_by"] else ""
    fig.suptitle(f"{hp['goal'] == 'max' and 'highest' or 'lowest'} {hp['metric']} of each of {len(hp['trials'])} "
                 f"trials: ○ healthy · △ the read warns · ✕ diverged or NaN · hollow: pruned ({pruned}){by}",
                 fontsize="medium")


def _marker(trial: dict) -> str:
    v = trial["verdict"] or "healthy"
    return "X" if v in _BAD else "o" if v == "healthy" else "^"


def _scatter(ax, p: dict, hp: dict, model: dict) -> None:
    """One scatter call per marker kind (a few artists, not one per trial: 1,000 trials draw fast)."""
    ents = model["entities"]
    xs = _positions(p)
    groups: dict[tuple, list] = {}
    for row, t in enumerate(hp["trials"]):
        if t["score"] is not None and xs[row] is not None:
            e = ents[t["entity"]]
            groups.setdefault((_marker(t), t["state"] == "pruned", e["highlight"]), []).append((xs[row], t, e))
    for (marker, pruned, bold), pts in sorted(groups.items(), key=lambda g: g[0][2]):
        colours = [e["colour"] for _, _, e in pts]
        ax.scatter([x for x, _, _ in pts], [t["score"] for _, t, _ in pts], marker=marker, s=46 if bold else 22,
                   facecolors="none" if pruned else colours, edgecolors=colours, linewidths=1.0,
                   alpha=0.9 if bold else 0.6, gid="trial", zorder=3 if bold else 2)
    if p["kind"] == "number" and p["log"]:
        log_axis(ax.xaxis)
    if p["kind"] == "category":
        ax.set_xticks(range(len(p["categories"])), p["categories"], rotation=30, fontsize="small")
    imp = f" (importance {p['importance']:.2f})" if p.get("importance") is not None else ""
    ax.set_xlabel(p["key"] + imp, fontsize="small")
    if _spans_decades([t["score"] for t in hp["trials"]]):
        log_axis(ax.yaxis)
    ax.grid(True, alpha=0.25, lw=0.6)
    ax.spines[["top", "right"]].set_visible(False)


def _positions(p: dict) -> list:
    if p["kind"] == "category":
        return [None if v is None else p["categories"].index(v) for v in p["values"]]
    return p["values"]


def _spans_decades(values) -> bool:
    v = np.array([x for x in values if x is not None], dtype=float)
    v = v[np.isfinite(v)]
    return len(v) > 1 and v.min() > 0 and v.max() / v.min() > 100


def _parallel(ax, hp: dict, model: dict) -> None:
    """One vertical axis per hyperparameter (scaled to [0, 1]) and the metric last."""
    cols = [_unit(p) for p in hp["params"]] + [_unit_scores(hp)]
    names = [p["key"] for p in hp["params"]] + [hp["metric"]]
    ents = model["entities"]
    thin = {False: [], True: []}  # pruned or not -> [(points, colour)]
    for row, t in enumerate(hp["trials"]):
        e = ents[t["entity"]]
        pts = [(k, c[row]) for k, c in enumerate(cols) if c[row] is not None]
        if e["highlight"]:
            ax.plot(*zip(*pts), color=e["colour"], lw=1.6, alpha=0.95, ls=":" if t["state"] == "pruned" else "-",
                    gid="parallel", zorder=3)
        else:
            thin[t["state"] == "pruned"].append((pts, e["colour"]))
        if t["verdict"] in _BAD and cols[-1][row] is not None:
            ax.plot([len(cols) - 1], [cols[-1][row]], marker="X", color=ALERT_COLOUR, ms=5, ls="none")
    for pruned, lines in thin.items():  # one artist for hundreds of thin lines: fast to draw
        if lines:
            ax.add_collection(LineCollection([p for p, _ in lines], colors=[c for _, c in lines], linewidths=0.6,
                                             alpha=0.35, linestyles=":" if pruned else "-", gid="parallel"))
    ax.set_xticks(range(len(names)), names, rotation=20, fontsize="small")
    ax.set_yticks([0, 1], ["low", "high"], fontsize="small")
    for k in range(len(names)):
        ax.axvline(k, color="#888888", lw=0.6)
    ax.set_xlim(-0.2, len(names) - 0.8)
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.set_title("parallel coordinates (dotted: pruned)", fontsize="small")


def _unit(p: dict) -> list:
    vals = _positions(p)
    arr = np.array([np.nan if v is None else float(v) for v in vals])
    if p["log"]:
        arr = np.log10(arr)
    return _scale(arr)


def _unit_scores(hp: dict) -> list:
    arr = np.array([np.nan if t["score"] is None else t["score"] for t in hp["trials"]], dtype=float)
    if _spans_decades(arr.tolist()):
        arr = np.log10(arr)
    return _scale(arr)


def _scale(arr: np.ndarray) -> list:
    lo, hi = np.nanmin(arr) if np.isfinite(arr).any() else 0, np.nanmax(arr) if np.isfinite(arr).any() else 1
    out = (arr - lo) / (hi - lo) if hi > lo else np.full(len(arr), 0.5)
    return [None if not np.isfinite(v) else float(v) for v in out]
