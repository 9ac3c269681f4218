"""Underfitting: the model could fit its training data better, and the curves show it.

A model that levelled off at an accuracy of 0.8 may be too small, or the data may allow
no better (label noise, overlapping classes): the curves cannot tell these apart, so that
alone is not called underfitting. The read says it as information in the healthy note,
with how to find out. ``underfitting`` (a warning) needs evidence that more was possible:
the training loss barely moved from where an untrained model starts (ln K for K classes,
else its first logged steps), stopped improving, and sits above what its own accuracy
implies (a model 85% right on two classes, as sure as that, scores 0.42, not 0.65); or it
sits far above that (regularisation holding it back). With no class count and no accuracy (a
regression), nothing says what the data allows: a loss that fell a little and levelled off may be
the targets' noise, so only one that learned nothing (under ``NOTHING``, 5%, below its first steps)
is underfitting; the healthy note says the rest.

>>> from learnscope.history import History
>>> h = History.from_dict({"loss": [0.70, 0.66, 0.65, 0.65, 0.65, 0.65], "accuracy": [0.85] * 6})
>>> [f.code for f in underfitting(h, classes=2)]
['underfitting']
>>> h = History.from_dict({"loss": [0.70, 0.66, 0.65, 0.65, 0.65, 0.65], "accuracy": [0.6] * 6})
>>> underfitting(h, classes=2)  # 60% right: 0.65 is about all that accuracy allows (hard data)
[]
"""

from __future__ import annotations

import math

import numpy as np

from ..history import History
from .classes import infer_classes
from .curves import curves
from .finding import Finding
from .noise import fmt
from .levels import calibrated_loss
from .registry import rule
from .slow import still_improving
from .shape import finite, label, tail_mean


@rule("underfitting", "warning", priority=70)
def underfitting(history: History, *, classes: int | None = None, min_drop: float = 0.2,
                 tail: float = 0.25, n_sigma: float = 3.0, good_acc: float = 0.9) -> list[Finding]:
    """The training loss barely moved from an untrained model's and stopped improving."""
    levelled = _levelled(history, classes, tail, n_sigma)
    if levelled is None or _accurate(levelled[0], good_acc):
        return []  # accurate: a loss floor (label smoothing)
    cs, c, idx, k, start, where, end = levelled
    if start <= 0 or (start - end) / start >= min_drop:
        return _under_confident(cs, k, good_acc)
    if _no_measure(cs, k) and (start - end) / start >= NOTHING:
        return []  # it learned some: nothing tells what the data allows (a regression's noise); the note says so
    # K unknown: two, the fewest classes, whose loss for a given accuracy is the least; a loss that even
    # two classes' explains is explained whatever K is
    if _at_its_accuracy(cs, k or 2, end):
        return []  # hard data: the little the loss moved is all its accuracy allows (the healthy note says so)
    moved = f"{(start - end) / start:.0%} lower" if end < start else "no lower at all"
    message = (f"{label(c)} only went from {fmt(start)} ({where}) to {fmt(end)} ({moved}) and stopped "
               f"improving: the model is not fitting the training data.")
    evidence = {"series": c.key, "start": start, "start_from": where, "end": end, "drop": (start - end) / start,
                "threshold": min_drop}
    return [Finding("underfitting", "warning", message, evidence=evidence, **c.where(idx[-1]),
                    advice="Use a larger model, less regularisation, better features, or a higher learning rate.")]


def _under_confident(cs, k: int | None, good_acc: float, ratio: float = 1.3) -> list[Finding]:
    """The training loss far above what its own accuracy implies: a model that scores accuracy ``a``
    with calibrated confidence has a cross-entropy of at most ``-(a ln a + (1-a) ln((1-a)/(K-1)))``.
    Much more than that on the training data means predictions held back from confidence, the mark of
    regularisation (weight decay, dropout) strong enough to stop the model fitting."""
    t, a = cs.train_loss, cs.train_acc
    if not k or k < 2 or t is None or a is None or t.finite.sum() < 3 or a.finite.sum() < 3:
        return []
    acc, loss = tail_mean(finite(a)[1], 3), tail_mean(finite(t)[1], 3)
    if not 1 / k + 0.05 < acc < good_acc:
        return []
    ref = calibrated_loss(acc, k)
    if loss <= ratio * ref:
        return []
    message = (f"{label(t)} levelled off at {fmt(loss)} while {label(a)} is {fmt(acc)}: a model that accurate and "
               f"sure of itself would score about {fmt(ref)} or less. Its predictions are held back from "
               f"confidence, the mark of regularisation (weight decay, dropout) strong enough to stop it fitting.")
    evidence = {"series": t.key, "end": loss, "accuracy": acc, "calibrated_loss": ref, "ratio": loss / ref,
                "num_classes": k}
    return [Finding("underfitting", "warning", message, evidence=evidence, **t.where(finite(t)[0][-1]),
                    advice="Lower the weight decay or dropout, then train again; a larger model may help too.")]


# a loss that fell less than this share from its first steps learned nothing: not fitting its training
# data, whatever the reason (with no class count or accuracy, a fall of more may be all the data allows)
NOTHING = 0.05


def _levelled(history: History, classes: int | None, tail: float, n_sigma: float) -> tuple | None:
    """A training loss that stopped improving, and where an untrained model's started: ``(cs, c, idx, k,
    start, where, end)``, ``end`` the mean of its last three points; None while it still improves
    (slow convergence), or with no untrained start to measure from (flat from its first epoch may be
    learned in it). What the underfitting rule and the healthy note's loss-only case both judge."""
    cs = curves(history)
    c = cs.train_loss
    if c is None or c.finite.sum() < 3 or _improving(c, tail, n_sigma):
        return None
    idx, y = finite(c)
    k, _ = infer_classes(history, classes)
    known = _untrained_start(cs, c, y, k)
    if known is None:
        return None
    return cs, c, idx, k, *known, tail_mean(y, 3)


def _untrained_start(cs, c, y: np.ndarray, k: int | None) -> tuple[float, str] | None:
    """Where an untrained model's training loss starts, and what says so: ln K for K classes (whatever
    epoch 1 averaged), else the first logged steps; None when neither is known."""
    if k and k >= 2 and c.split == "train":
        return math.log(k), f"an untrained model's ln {k}"
    first = _first_batches(cs)
    if first is None:
        return None
    # an epoch's mean already holds that epoch's learning: the first steps are the untrained start
    return max(first, float(y[0])), "its first logged steps"


def _no_measure(cs, k: int | None) -> bool:
    """No class count and no accuracy: a loss that fell a little from its first steps and levelled off
    may be a model too small or targets that are mostly noise (a regression's best loss is their noise,
    which nothing in the curves gives), so it is no evidence of underfitting (one that fell by less
    than ``NOTHING`` learned nothing, which is)."""
    return not (k and k >= 2) and cs.train_acc is None and cs.val_acc is None


def _loss_only_note(history: History, evidence: dict | None, min_drop: float = 0.2, tail: float = 0.25,
                    n_sigma: float = 3.0) -> str:
    """For the healthy note: a run with no accuracy or class count whose training loss levelled off
    less than ``min_drop`` below its first logged steps, which the underfitting rule leaves unsaid."""
    levelled = _levelled(history, None, tail, n_sigma)
    if levelled is None or not _no_measure(levelled[0], levelled[3]):
        return ""
    _, c, _, _, start, _, end = levelled
    if start <= 0 or not NOTHING <= (start - end) / start < min_drop:
        return ""
    if evidence is not None:
        evidence["capacity_unknown"] = {"series": c.key, "level": end, "start": start}
    return (f" {label(c).capitalize()} levelled off at {fmt(end)}, {(start - end) / start:.0%} below its first "
            f"logged steps ({fmt(start)}), "
            f"and no accuracy or class count says what the data allows: either the targets hold that much "
            f"noise or the model is too small; the curves cannot tell which. To find out, train a larger "
            f"model: if it does no better, this is the data's limit.")


def _first_batches(cs, n: int = 5) -> float | None:
    """The median of the first ``n`` batch (step) losses: where an untrained model started, before the
    first epoch's mean averaged in what it learned during that epoch."""
    b = cs.batch_loss
    if b is None or len(b) < 4 * n:
        return None
    v = np.asarray(b.value[:n], dtype=float)
    v = v[np.isfinite(v)]
    return float(np.median(v)) if len(v) else None


def _at_its_accuracy(cs, k: int | None, loss: float, ratio: float = 1.1, close: float = 0.05) -> bool:
    """A training loss that barely left ln K but is no more than what its own accuracy implies, with
    validation accuracy as high: the model learned what the data let it (hard, noisy or overlapping
    classes, where even the best loss sits near ln K), or more (training above validation). A model
    too small for its data looks the same, so this is no evidence of underfitting either way; the
    healthy note says so. Without a training accuracy (a run that logs only the training loss and
    evaluates), the validation accuracy stands for it, as in the healthy note: a model scores no
    better on data it has not seen, so the loss it implies is, if anything, more than the training
    side's."""
    t, v = cs.train_acc, cs.val_acc
    if t is None or t.finite.sum() < 3:
        t, v = v, None
    if not k or k < 2 or t is None or t.finite.sum() < 3:
        return False
    acc = tail_mean(finite(t)[1], 3)
    if not 1 / k + 0.02 < acc < 1:
        return False
    if v is not None and v.finite.sum() >= 3 and tail_mean(finite(v)[1], 3) - acc > close:
        return False  # validation well above training: dropout or noise held the training side back
    return loss <= ratio * calibrated_loss(acc, k)


def _improving(c, tail: float, n_sigma: float) -> bool:
    return still_improving(c, tail, n_sigma) is not None


def _accurate(cs, good: float) -> bool:
    accs = [tail_mean(finite(a)[1], 3) for a in (cs.train_acc, cs.val_acc) if a is not None and a.finite.sum()]
    return any(a >= good for a in accs)


def capacity_note(history: History, evidence: dict | None = None, *, acc_below: float = 0.9,
                  close: float = 0.05) -> str:
    """For the healthy note: the accuracy levelled below ``acc_below`` (training, with validation
    close to it; or validation, when no training accuracy was logged). That is the data's limit or
    too small a model; the curves cannot tell which. ``evidence`` (the healthy finding's) gets
    ``capacity_unknown``: the series and its level."""
    cs = curves(history)
    t, v = cs.train_acc, cs.val_acc
    vend = tail_mean(finite(v)[1], 3) if v is not None and v.finite.sum() >= 3 else None
    if t is not None and t.finite.sum() >= 3:
        c, end = t, tail_mean(finite(t)[1], 3)
        if vend is not None and abs(vend - end) > close:
            return ""
        agree = f" and validation agrees ({fmt(vend)})" if vend is not None else ""
    elif vend is not None:
        c, end, agree = v, vend, ""
    else:
        return _loss_only_note(history, evidence)
    if end >= acc_below:
        return ""
    if evidence is not None:
        evidence["capacity_unknown"] = {"series": c.key, "level": end}
    return (f" {label(c).capitalize()} levelled off at {fmt(end)}{agree}: either the data allows no better "
            f"(label noise, overlapping classes) or the model is too small; the curves cannot tell which. "
            f"To find out, train a larger model: if it does no better, this is the data's limit.")
