"""The four lines a course asks for after ``model.fit``: what accuracy did, what loss did,
whether validation kept up with training, and the numbers behind each.

A curve "went up" or "went down" only when its first-to-last change is larger than its noise
(3 sigma, where there are enough points to measure it) and than 2% of its level; otherwise
it "stayed flat". Validation "fell behind" training when their gap ended more than twice as wide as
it started (counted from 0 where validation started ahead) and grew since validation's best epoch by
more than its noise and a tenth of its level; otherwise it "stayed close".

>>> from learnscope.history import History
>>> h = History.from_dict({"loss": [1.0, 0.6, 0.4, 0.3], "val_loss": [1.1, 0.7, 0.5, 0.45],
...                        "accuracy": [0.5, 0.7, 0.8, 0.85], "val_accuracy": [0.5, 0.68, 0.77, 0.8]})
>>> for line in summary(h)["lines"]:
...     print(line)
Accuracy: training went up, 0.5 → 0.85; validation went up, 0.5 → 0.8 (best 0.8 at epoch 4).
Loss: training went down, 1 → 0.3; validation went down, 1.1 → 0.45 (best 0.45 at epoch 4).
Validation stayed close to training: loss gap 0.1 at the start, 0.15 at the best (epoch 4), 0.15 at the end.
Evidence: 4 epochs; validation loss moved 0.65, its noise is about ±0.015, so moves under 0.045 mean nothing.
"""

from __future__ import annotations

import numpy as np

from ..history import History
from .curves import Curve, curves
from .noise import fmt
from .shape import finite, label, oriented


def _word(val: Curve | None) -> str:
    """What the held-out curve is called: "validation", or "test" where only a test split was evaluated
    every epoch (its numbers stay under the "validation" key: the role, not the name)."""
    return "test" if val is not None and val.split == "test" else "validation"


def _moved(c: Curve, a: float, b: float, level: float) -> str:
    noise = c.noise()
    sigma = 0.0 if noise.method.startswith("unknown") else noise.sigma  # too few points to know
    if abs(b - a) <= max(3 * sigma, 0.02 * level):
        return "flat"
    return "up" if b > a else "down"


def _direction(c: Curve) -> str:
    """"went down", "went up", "stayed flat", or "went down, then up" when it turned at its best."""
    _, y = finite(c)
    if len(y) < 2:
        return "has one point"
    level = max(float(np.median(np.abs(y))), 1e-12)
    i = int(np.argmin(oriented(c)))
    first, then = _moved(c, y[0], y[i], level), _moved(c, y[i], y[-1], level)
    whole = _moved(c, y[0], y[-1], level)
    if first != "flat" and then != "flat":
        return f"went {first}, then {then}"
    return "stayed flat" if whole == "flat" else f"went {whole}"


def _curve_part(c: Curve | None) -> dict | None:
    if c is None or c.finite.sum() < 1:
        return None
    idx, y = finite(c)
    i_best = int(np.argmin(oriented(c)))
    return {"direction": _direction(c), "first": float(y[0]), "last": float(y[-1]),
            "best": float(y[i_best]), "best_at": c.at(idx[i_best]), "best_epoch": c.epoch_at(idx[i_best])}


def _metric_line(what: str, train: Curve | None, val: Curve | None) -> tuple[str, dict] | None:
    numbers = {name: p for name, p in (("training", _curve_part(train)), ("validation", _curve_part(val)))
               if p is not None and p["direction"] != "has one point"}
    if not numbers:
        return None
    parts = [f"{_word(val) if name == 'validation' else name} {p['direction']}, {fmt(p['first'])} → "
             f"{fmt(p['last'])}" for name, p in numbers.items()]
    best = numbers.get("validation") or numbers["training"]
    return f"{what}: {'; '.join(parts)} (best {fmt(best['best'])} at {best['best_at']}).", numbers


def _gap_line(train: Curve | None, val: Curve | None) -> tuple[str, dict] | None:
    if train is None or val is None or val.epoch is None or train.epoch is None:
        return None
    ti, ty = finite(train)
    vi, vy = finite(val)
    if len(ti) < 2 or len(vi) < 2:
        return None
    t_at = np.interp(val.epoch[vi], train.epoch[ti], ty)
    gap = (vy - t_at) * (1 if not val.accuracy else -1)  # positive: validation is worse
    b = int(np.argmin(oriented(val)))
    start, at_best, end = float(gap[0]), float(gap[b]), float(gap[-1])
    spread = max(float(np.median(np.abs(vy))), 1e-12)
    # fell behind: the gap ended more than twice as wide as it started (from 0 where validation started
    # ahead: an epoch-mean training loss lags the model) and grew since the best epoch by more than the
    # noise and a tenth of validation's level
    grew = end - at_best > max(3 * val.noise().sigma, 0.1 * spread)
    behind = end > max(2 * max(start, 0.0), 0.1 * spread) and grew
    what = "fell behind training" if behind else "stayed close to training"
    kind = "accuracy" if val.accuracy else "loss"
    line = (f"{_word(val).capitalize()} {what}: {kind} gap {fmt(start)} at the start, {fmt(at_best)} at the best "
            f"({val.at(vi[b])}), {fmt(end)} at the end.")
    return line, {"behind": behind, "start": start, "at_best": at_best, "end": end, "metric": kind}


def summary(history: History) -> dict:
    """``{"lines": [...], "accuracy": {...}, "loss": {...}, "gap": {...}}``: the plain-words summary."""
    cs = curves(history)
    out: dict = {"lines": []}
    for key, made in (("accuracy", _metric_line("Accuracy", cs.train_acc, cs.val_acc)),
                      ("loss", _metric_line("Loss", cs.train_loss, cs.val_loss)),
                      ("gap", _gap_line(cs.train_loss or cs.train_acc,
                                        cs.val_loss if cs.train_loss is not None else cs.val_acc))):
        if made is not None:
            out["lines"].append(made[0])
            out[key] = made[1]
    out["lines"].append(_evidence_line(cs))
    return out


def _evidence_line(cs) -> str:
    main = cs.monitor or cs.main
    if main is None or main.finite.sum() < 1:
        return "Evidence: no loss or accuracy was logged."
    idx, y = finite(main)
    moved = float(np.ptp(y)) if len(y) else 0.0
    span = f"{len(main.value)} {main.unit}"
    name = label(main)
    sigma = main.noise().sigma
    if main.noise().method.startswith("unknown"):
        return f"Evidence: {span}, too few to measure the noise; {name} moved {fmt(moved)}."
    return (f"Evidence: {span}; {name} moved {fmt(moved)}, its noise is about ±{sigma:.2g}, "
            f"so moves under {3 * sigma:.2g} mean nothing.")
