"""Underfitting: the model could fit its training data better, and the curves show it.

A model that levelled off at an accuracy of 0.8 may be too small, or the data may allow
no better (label noise, overlapping classes): the curves cannot tell these apart, so that
alone is not called underfitting. The read says it as information in the healthy note,
with how to find out. ``underfitting`` (a warning) needs evidence that more was possible:
the training loss barely moved from where an untrained model starts (ln K for K classes,
else its first value) and stopped improving.

>>> from learnscope.history import History
>>> h = History.from_dict({"loss": [0.70, 0.66, 0.65, 0.65, 0.65, 0.65], "accuracy": [0.6] * 6})
>>> [f.code for f in underfitting(h, classes=2)]
['underfitting']
"""

from __future__ import annotations

import math

from ..history import History
from .chance import infer_classes
from .curves import curves
from .finding import Finding
from .noise import fmt
from .registry import rule
from .slow import still_improving
from .shape import finite, label, tail_mean


@rule("underfitting", "warning", priority=70)
def underfitting(history: History, *, classes: int | None = None, min_drop: float = 0.2,
                 tail: float = 0.25, n_sigma: float = 3.0) -> list[Finding]:
    """The training loss barely moved from an untrained model's and stopped improving."""
    cs = curves(history)
    c = cs.train_loss
    if c is None or c.finite.sum() < 3 or still_improving(c, tail, n_sigma) is not None:
        return []  # still learning: that is slow convergence, not a model too weak to fit
    idx, y = finite(c)
    k, _ = infer_classes(history, classes)
    start, where = float(y[0]), f"its first {c.unit[:-1]}"
    if k and k >= 2 and math.log(k) > start:
        start, where = math.log(k), f"an untrained model's ln {k}"
    end = tail_mean(y, 3)
    if start <= 0 or (start - end) / start >= min_drop:
        return []
    message = (f"{label(c)} only went from {fmt(start)} ({where}) to {fmt(end)} "
               f"({(start - end) / start:.0%} lower) and stopped improving: the model is not fitting "
               f"the training data.")
    evidence = {"series": c.key, "start": start, "start_from": where, "end": end, "drop": (start - end) / start,
                "threshold": min_drop}
    return [Finding("underfitting", "warning", message, evidence=evidence, **c.where(idx[-1]),
                    advice="Use a larger model, less regularisation, better features, or a higher learning rate.")]


def capacity_note(history: History, *, acc_below: float = 0.9, close: float = 0.05) -> str:
    """For the healthy note: training accuracy levelled below ``acc_below`` with validation close to
    it. That is the data's limit or too small a model; the curves cannot tell which."""
    cs = curves(history)
    t, v = cs.train_acc, cs.val_acc
    if t is None or t.finite.sum() < 3:
        return ""
    end = tail_mean(finite(t)[1], 3)
    if end >= acc_below:
        return ""
    vend = tail_mean(finite(v)[1], 3) if v is not None and v.finite.sum() >= 3 else None
    if vend is not None and abs(vend - end) > close:
        return ""
    agree = f" and validation agrees ({fmt(vend)})" if vend is not None else ""
    return (f" Training accuracy levelled off at {fmt(end)}{agree}: either the data allows no better "
            f"(label noise, overlapping classes) or the model is too small; the curves cannot tell which. "
            f"To find out, train a larger model: if it does no better, this is the data's limit.")
