"""Rules on probe series: per-layer gradient norms, dead-unit fractions, update ratios.

Probes are batch-level training series named ``probe/grad_norm/<layer>``,
``probe/dead_fraction/<layer>`` and ``probe/update_ratio/<layer>`` (the PyTorch
probes record them). Without them these rules find nothing.

>>> from learnscope.history import History, Series
>>> import numpy as np
>>> h = History(series=[Series("probe/dead_fraction/fc1", "train", "batch", value=np.full(50, 0.9))])
>>> [f.code for f in dead_units(h)]
['dead_units']
"""

from __future__ import annotations

import math

import numpy as np

from ..history import History, Series
from .curves import curves
from .finding import Finding
from .registry import rule
from .noise import fmt


def _late(s: Series, frac: float = 0.5) -> np.ndarray:
    v = s.value[int(len(s) * (1 - frac)):]
    return v[np.isfinite(v)]


def _where(s: Series, i: int) -> dict:
    ep = s.epoch[i]
    return {"epoch": max(1, math.ceil(ep - 1e-9)) if math.isfinite(ep) else None, "step": int(s.step[i])}


@rule("vanishing_gradients", "warning", priority=80)
def vanishing_gradients(history: History, *, ratio: float = 1e-2, floor: float = 1e-8) -> list[Finding]:
    """Some layer's gradient norm is a tiny fraction of the largest layer's (or practically zero)."""
    grads = curves(history).probes.get("grad_norm", {})
    med = {layer: float(np.median(_late(s))) for layer, s in grads.items() if len(_late(s))}
    if not med:
        return []
    top = max(med.values())
    weak = {k: v for k, v in med.items() if v < floor or (len(med) > 1 and v < ratio * top)}
    if not weak or top <= 0:
        return []
    layer = min(weak, key=weak.get)
    message = (f"gradient norm of layer {layer} is {fmt(weak[layer])} (median, second half), "
               f"{fmt(weak[layer] / top)} of the largest layer's {fmt(top)}: its weights barely learn.")
    evidence = {"layers": {k: med[k] for k in med}, "weak_layers": sorted(weak), "ratio": weak[layer] / top}
    return [Finding("vanishing_gradients", "warning", message, evidence=evidence,
                    **_where(grads[layer], len(grads[layer]) // 2),
                    advice="Use ReLU-family activations, normalisation layers, residual connections, "
                           "or a better initialisation (He/Xavier).")]


def _start(v: np.ndarray) -> float:
    """A gradient norm's level at its start: the median of its first twentieth (3 points at least)."""
    head = v[: max(3, len(v) // 20)]
    return float(np.median(head[np.isfinite(head)])) if np.isfinite(head).any() else math.nan


def _held(v: np.ndarray, w: int, per: int = 8) -> np.ndarray:
    """Per point, the median of the ``w`` points ending at or just before it (a level the norm held, not
    one batch's peak: a healthy net's first layer can peak at 100x its small untrained gradient for a
    batch or two). Windows end every ``w // per`` points and each point takes the latest, so the cost
    is about ``per`` passes over the series whatever ``w`` is. Shorter than ``w``: the values."""
    if len(v) < w:
        return v
    ends = np.arange(w - 1, len(v), max(1, w // per))
    med = np.median(np.lib.stride_tricks.sliding_window_view(v, w)[ends - (w - 1)], axis=1)
    latest = np.searchsorted(ends, np.arange(len(v)), side="right") - 1
    return np.where(latest >= 0, med[np.maximum(latest, 0)], -np.inf)


@rule("exploding_gradients", "error", priority=30)
def exploding_gradients(history: History, *, limit: float = 1e3, growth: float = 100.0) -> list[Finding]:
    """A layer's gradient norm is non-finite, above ``limit``, or held ``growth`` times its start,
    measured from no lower than the scale of the network's gradients (the largest layer's start): a
    layer whose gradients vanish (1e-7 of the last layer's), or start tiny at a saddle, can grow a
    hundredfold from there and still be no larger than the network's other gradients. (The median
    layer's start was the scale until a deep sigmoid net, half its layers vanishing, put it at 2e-4,
    and its first layers' rise to 0.3, below the last layer's own 1.3, read as an explosion.)"""
    grads = curves(history).probes.get("grad_norm", {})
    starts = {layer: _start(s.value) for layer, s in grads.items()}
    known = [v for v in starts.values() if v > 0]
    scale = float(np.max(known)) if known else 0.0
    hits = []
    for layer, s in grads.items():
        v, start = s.value, starts[layer]
        with np.errstate(invalid="ignore"):
            grew = (_held(v, max(3, len(v) // 20)) > growth * max(start, scale)) if start > 0 \
                else np.zeros(len(v), bool)
            bad = ~np.isfinite(v) | (v > limit) | grew
        if bad.any():
            hits.append((int(np.argmax(bad)), layer, s, start))
    if not hits:
        return []
    i, layer, s, start = min(hits, key=lambda h: int(h[2].step[h[0]]))
    message = (f"gradient norm of layer {layer} reached {fmt(float(s.value[i]))} at step {int(s.step[i])} "
               f"(it started near {fmt(start)}): gradients are exploding.")
    evidence = {"layer": layer, "value": float(s.value[i]), "start": start, "limit": limit, "growth": growth,
                "layers": sorted(h[1] for h in hits), "max": float(np.nanmax(np.where(np.isfinite(s.value),
                                                                                        s.value, np.nan)))}
    return [Finding("exploding_gradients", "error", message, evidence=evidence, **_where(s, i),
                    advice="Clip gradients (clip_grad_norm_), lower the learning rate, or add normalisation.")]


@rule("dead_units", "warning", priority=90)
def dead_units(history: History, *, fraction: float = 0.5) -> list[Finding]:
    """At least ``fraction`` of a layer's units output zero for every input (dead ReLUs)."""
    dead = curves(history).probes.get("dead_fraction", {})
    med = {layer: float(np.median(_late(s, 0.2))) for layer, s in dead.items() if len(_late(s, 0.2))}
    worst = {k: v for k, v in med.items() if v >= fraction}
    if not worst:
        return []
    layer = max(worst, key=worst.get)
    s = dead[layer]
    i = int(np.argmax(np.nan_to_num(s.value) >= fraction))
    message = (f"{worst[layer]:.0%} of layer {layer}'s units are dead (never active) at the end, "
               f"from step {int(s.step[i])}: they no longer learn.")
    evidence = {"layers": med, "dead_layers": sorted(worst), "fraction": fraction}
    return [Finding("dead_units", "warning", message, evidence=evidence, **_where(s, i),
                    advice="Lower the learning rate, use LeakyReLU/GELU, or check the initialisation "
                           "and bias init.")]


PROBE_RULES = (vanishing_gradients, exploding_gradients, dead_units)
