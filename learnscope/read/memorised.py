"""Memorised labels: a validation accuracy that never left the guess of one class while the training
accuracy climbed: nothing the model learned carries over to new data (labels shuffled, or unrelated
to the inputs). The chance_level rule (:mod:`learnscope.read.chance`) asks it beside the one-class
read (:mod:`learnscope.read.one_class`).

>>> import numpy as np
>>> from learnscope.history import History
>>> from learnscope.read.curves import curves
>>> h = History.from_dict({"accuracy": list(np.linspace(0.5, 0.95, 20)), "val_accuracy": [0.5] * 20,
...                        "loss": list(np.linspace(0.69, 0.15, 20)), "val_loss": [0.70] * 20})
>>> [f.evidence["kind"] for f in memorised(curves(h))]
['memorised']
"""

from __future__ import annotations

import numpy as np

from .finding import Finding
from .levels import few_errors, guess_loss, repeated
from .noise import fmt
from .shape import finite, label, tail_mean


def memorised(cs, min_points: int = 5, stray: float = 0.005, climb: float = 0.05) -> list[Finding]:
    """Validation accuracy sat at exactly one value for its first evaluations (a quarter of them, at
    least ``min_points``) with the validation loss at or above the entropy of guessing one class at
    that rate (the model output one class), and never rose above it afterwards, while the training
    accuracy climbed by ``climb`` or more, to above that guess's rate: nothing the model learned
    carries over to new data (labels shuffled, or unrelated to the inputs), and the training accuracy
    it gained is memorised. A model that learned anything general raises its validation accuracy at
    some point, however it ends."""
    v, t, vl = cs.val_acc, cs.train_acc, cs.val_loss
    if v is None or t is None or vl is None or t.finite.sum() < 2 * min_points or not vl.finite.sum():
        return []
    idx, y = finite(v)
    w = max(min_points, len(y) // 4)
    if len(y) < w + min_points:
        return []
    p = repeated(y[:w])
    if p is None or not 0.0 < p < 1.0 or few_errors(v, p) or float(y.max()) > p + stray:
        return []
    vy = finite(vl)[1]
    h = guess_loss(p)
    ta = finite(t)[1]
    before, after = float(np.mean(ta[:w])), tail_mean(ta, 3)
    if float(np.median(vy[:w])) < 0.9 * h or after < max(before, p) + climb:
        return []  # memorising fits the training labels beyond what the one-class guess scores
    end = tail_mean(y, 3)
    message = (f"{label(v)} sat at exactly {fmt(p)} for the first {w} {v.unit} ({label(vl)} about the "
               f"{fmt(h)} of always guessing one class at that rate) and never rose above it, ending at "
               f"{fmt(end)}, while {label(t)} climbed from {fmt(before)} to {fmt(after)}: nothing the model "
               f"learned carries over to new data; what it gained on the training data is memorised.")
    evidence = {"series": v.key, "end": end, "chance": p, "kind": "memorised", "one_class_entropy": h,
                "points": w, "train_from": before, "train_to": after}
    return [Finding("chance_level", "error", message, evidence=evidence, **v.where(idx[0]),
                    advice="Check that the labels match the inputs (shuffled together, not apart) and that "
                           "the inputs carry information about the labels.")]
