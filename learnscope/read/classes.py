"""How many classes a classifier's run has: the ``classes=`` argument, the run's word for it
(metadata or config, :mod:`.runmeta`), or its curves: a loss sitting at ln K, an accuracy near 1/K with
a loss near ln K, or an untrained start at both.

>>> from learnscope.history import History
>>> h = History.from_dict({"loss": [1.4, 1.39, 1.386, 1.386], "val_loss": [1.39, 1.387, 1.386, 1.386]})
>>> infer_classes(h)
(4, 'inferred: the loss sits at ln(4) = 1.386')
"""

from __future__ import annotations

import math

import numpy as np

from ..history import History
from .curves import curves
from .noise import binomial_sigma, fmt
from .shape import finite, late_level, tail_mean


def infer_classes(history: History, classes: int | None = None) -> tuple[int | None, str]:
    """``(K, where it came from)``; ``(None, "")`` when nothing says."""
    if classes is not None:
        return int(classes), "given"
    cs = curves(history)
    if cs.num_classes:
        return cs.num_classes, cs.classes_from
    loss = cs.train_loss or cs.val_loss
    if loss is not None and loss.finite.sum():
        y = finite(loss)[1]
        end = tail_mean(y, 3)
        # only small K: for large K every loss is within 1% of some ln K; and only a flat loss
        k = round(math.exp(end)) if 0.5 < end < math.log(20.5) else 0
        flat = np.ptp(y[-max(3, len(y) // 4):]) <= 0.01 * math.log(max(k, 2))
        if k >= 2 and flat and abs(end - math.log(k)) <= 0.01 * math.log(k) and _guesses_beside(cs, loss, k):
            return k, f"inferred: the loss sits at ln({k}) = {math.log(k):.3f}"
    k, source = _from_start(cs)
    return (k, source) if k else _from_guess(cs)


def _guesses_beside(cs, loss, k: int, near: float = 0.05) -> bool:
    """The other loss of a training loss sitting at ln K (validation's) sits there too, within ``near``
    of it, or there is none: a model that guesses uniformly scores ln K on any data, so a validation
    loss well below it says the model learned, or that the loss is no cross-entropy at all (a
    regression's that came to rest near ln K)."""
    v = cs.val_loss if loss is not cs.val_loss else None
    if v is None or not v.finite.sum():
        return True
    return abs(tail_mean(finite(v)[1], 3) - math.log(k)) <= near * math.log(k)


def _from_guess(cs, low: float = 0.95, high: float = 1.1, n_sigma: float = 2.0) -> tuple[int | None, str]:
    """A classifier that learned nothing scores 1/K and a loss about that of a uniform guess over K
    classes (ln K; more when its constant guess is off the class shares, a little less when it learned
    the shares and nothing else). An accuracy near 1/K
    (K = 2..20, the nearest whole number) with a loss whose level (the median of the last quarter)
    is between ``low`` and ``high`` times ln K names K together, where neither would alone: a model
    exploded by too high a rate settles there without the loss ever sitting exactly at ln K.

    The loss is the accuracy's own (validation's beside a validation accuracy): a model part-way
    through learning more classes passes 1/2 or 1/3 on its way up while its training loss, below
    validation's, passes ln 2 or ln 3 on its way down. Only where that loss blew up (over twice
    ``high`` ln K: a thrown model's evaluation, which names no K) does the lower of the two speak.

    On a small evaluation set the accuracy names K only to within its noise (0.275 on 40 samples is
    1/3 as well as 1/4): the K next to the nearest one is tried too where 1/K lies within ``n_sigma``
    of the accuracy and the accuracy did not climb by more than that (a model learning K classes
    passes 1/(K-1) on its way up); the loss decides between them, as the bands around ln K of
    neighbouring K do not overlap."""
    acc = cs.val_acc if cs.val_acc is not None and cs.val_acc.finite.sum() >= 3 else cs.train_acc
    if acc is None or acc.finite.sum() < 3:
        return None, ""
    y = finite(acc)[1]
    a = tail_mean(y, 3)
    nearest = round(1 / a) if a > 0.045 else 0
    own = cs.val_loss if acc is cs.val_acc else cs.train_loss
    level = late_level(finite(own)[1]) if own is not None and own.finite.sum() >= 3 else math.inf
    for k in (nearest, nearest - 1, nearest + 1):
        if not 2 <= k <= 20:
            continue
        if k != nearest and max(abs(a - 1 / k), a - float(y[0])) > n_sigma * accuracy_sigma(acc, 1 / k):
            continue  # 1/K beyond the accuracy's noise, or an accuracy that climbed: it passes 1/K, names no K
        end = level
        if end > 2 * high * math.log(k):  # the accuracy's own evaluation blew up: the lower of the two speaks
            end = min((late_level(finite(loss)[1]) for loss in (cs.train_loss, cs.val_loss)
                       if loss is not None and loss.finite.sum() >= 3), default=math.inf)
        if low * math.log(k) <= end <= high * math.log(k):
            return k, (f"inferred: accuracy {fmt(a)} ~ 1/{k} with the loss at {fmt(end)} ~ "
                       f"ln({k}) = {math.log(k):.3f}")
    return None, ""


def accuracy_sigma(acc, p: float) -> float:
    """The noise of accuracy curve ``acc`` at ``p``: binomial on its samples when known, else its own."""
    return binomial_sigma(p, acc.n_samples) if acc.n_samples else acc.noise().sigma


def _from_start(cs, n: int = 3) -> tuple[int | None, str]:
    """An untrained classifier starts at a loss of ln K and an accuracy of 1/K: both together
    (within 1.5% and a few points) name K. The first ``n`` logged batches (their medians) are that
    untrained start when the run logs them; an epoch's mean already holds that epoch's learning."""
    firsts = [(float(finite(loss)[1][0]), float(finite(acc)[1][0]), "run") for loss, acc in
              ((cs.train_loss, cs.train_acc), (cs.val_loss, cs.val_acc))
              if loss is not None and acc is not None and loss.finite.sum() and acc.finite.sum()]
    b, ba = cs.batch_loss, cs.batch_acc
    if b is not None and ba is not None and len(b) >= 4 * n and len(ba) >= 4 * n:
        lb, ab = np.asarray(b.value[:n], float), np.asarray(ba.value[:n], float)
        if np.isfinite(lb).all() and np.isfinite(ab).all():
            firsts.insert(0, (float(np.median(lb)), float(np.median(ab)), "run's first batches"))
    for first, a0, what in firsts:
        k = _at_ln_k(first)
        if k and abs(a0 - 1 / k) <= 0.5 / k:
            return k, f"inferred: the {what} started at loss ln({k}) and accuracy 1/{k}"
    # a classifier (it scores an accuracy) whose first batches, from the untrained model's first step,
    # sit at ln K: an untrained model's logits are near zero, so its loss is a uniform guess's
    accs = [a for a in (cs.val_acc, cs.train_acc) if a is not None and a.finite.sum()]
    if b is not None and len(b) >= 4 * n and b.step[0] <= 1 and accs and \
            max(float(np.max(finite(a)[1])) for a in accs) > 0:
        k = _at_ln_k(float(b.value[0]))  # the first step's alone: a rate that blows up does it by the second
        if k:
            return k, f"inferred: the run's first batch started at loss ln({k}) = {math.log(k):.3f}"
    return None, ""


def _at_ln_k(loss: float, tol: float = 0.015) -> int:
    """K (2 to 50) when ``loss`` sits within ``tol`` of ln K, the loss of a uniform guess over K
    classes; else 0."""
    k = round(math.exp(loss)) if 0.5 < loss < math.log(50.5) else 0
    return k if k >= 2 and abs(loss - math.log(k)) <= tol * math.log(k) else 0
