"""An accuracy's levels on a finite evaluation set: what a model that outputs one class scores there
(its class's share, repeated to the digit from one evaluation to the next, a few inputs near a
boundary aside), or several classes' shares in turn, and how many errors a set leaves to move; and
the loss floors beside them: what always guessing one class scores (``guess_loss``) and what a model
as sure as its accuracy warrants scores (``calibrated_loss``). The one-class reads
(:mod:`learnscope.read.one_class`, :mod:`learnscope.read.memorised`), the underfitting and the
noisy-validation rules ask these.

>>> import numpy as np
>>> repeated(np.array([0.9, 0.9, 0.9, 0.9]))
0.9
>>> one_level(np.array([0.90, 0.905, 0.9, 0.9025, 0.9]), 400), one_level(np.array([0.8, 0.85, 0.9, 0.95, 0.9]), 400)
(0.9, None)
>>> round(guess_loss(0.5), 3), round(calibrated_loss(0.5, 2), 3)
(0.693, 0.693)
"""

from __future__ import annotations

import math

import numpy as np


def one_level(y: np.ndarray, n: int | None, apart: int = 5, min_points: int = 5) -> float | None:
    """The median of accuracies ``y`` that all lie within ``apart`` samples of the set's ``n`` (size
    known or read from its steps), or None: one level. Wider than a level of :func:`classes_in_turn`
    (3), which must tell two classes' shares apart: weight decay's near-constant outputs flip 4 or 5
    inputs near the boundary from epoch to epoch; 6 or more let in models that learned (read 79, set
    on the cached fresh draws)."""
    spread = float(np.ptp(y)) * n if n and len(y) else math.inf  # in whole samples: logs round
    if len(y) < min_points or not math.isfinite(spread) or round(spread) > apart:  # 1e308: no level either
        return None
    return float(np.median(y))


def few_errors(c, p: float, min_errors: int = 10) -> bool:
    """Accuracy ``p`` leaves fewer than ``min_errors`` errors on the set (its size given, or read from
    the accuracy's 1/n steps): a converged model's few mistakes stay put from one evaluation to the
    next, so a frozen accuracy there says nothing of a model that outputs one class."""
    n = set_size(c)
    return bool(n) and n * (1 - p) < min_errors


def set_size(c) -> int | None:
    """The evaluation set's size: given, or read from the accuracy's 1/n steps."""
    return c.n_samples or c.noise().samples


def classes_in_turn(y: np.ndarray, n: int | None, classes: int | None = None, most: int = 3,
                     apart: int = 3, share: float = 0.75) -> list[float] | None:
    """A model that outputs one class for every input, but not always the same one (a rate too high
    throws it from class to class), scores a class's share at each evaluation: the accuracies take only
    two to ``most`` levels, each at least twice (once is enough when the levels add up to the whole data
    within a sample: the shares of every class, each output in turn), that together are no more than the
    whole data (shares of different classes sum to one at most). A model that learned anything scores a
    new value at almost every evaluation. Values within ``apart`` samples (of the set's ``n``) of a
    level's lowest are that level (one class, a few inputs flipped, or two classes of about the same
    share), so a model flipping a few inputs near a boundary holds one level, not classes in turn, nor
    do two levels whose commonest values stand that close (read 84); a curve that climbs slowly makes
    many levels. And ``share`` of the evaluations score a level's
    commonest value exactly: a class's share repeats to the digit, a learning model's accuracy does not.
    But values that add up to the whole data within a sample are every class's share, however close, when
    they are as many as the ``classes`` (if known: two values either side of 0.5 add up to one on any set,
    and a five-class model's two values are not its classes' shares): 0.348 and 0.35 beside 0.302 are two
    classes of about the same share, each output in turn, not one class with an input flipped. The levels
    (each its commonest value), in order; ``None`` otherwise.

    >>> classes_in_turn(np.array([0.3, 0.3022, 0.2422, 0.3022, 0.2422, 0.3022]), 450)
    [0.2422, 0.3022]
    >>> classes_in_turn(np.array([0.356, 0.358, 0.356, 0.358]), 500) is None
    True
    """
    values, counts = np.unique(np.round(y, 6), return_counts=True)
    sample = 1 / n if n else 0.01 / apart  # one sample's share of the set (a hundredth over apart, n unknown)
    if whole(values, sample) and 2 <= len(values) <= most and classes in (None, len(values)):
        return [float(v) for v in values]  # every value one class's share, together the whole data
    gap = apart * sample
    groups: list[list[int]] = []
    for i, v in enumerate(values):  # each level spans under ``apart`` samples: a climb is no level
        if groups and v - values[groups[-1][0]] < gap - 1e-9:
            groups[-1].append(i)
        else:
            groups.append([i])
    levels = [float(values[g][np.argmax(counts[g])]) for g in groups]
    exact = sum(int(counts[g].max()) for g in groups)  # evaluations exactly at a level
    # a level seen once is a share only when the levels add up to the whole data (every class's share seen)
    if not 2 <= len(levels) <= most or (min(counts[g].sum() for g in groups) < 2 and not whole(levels, sample)) \
            or sum(levels) > 1.0 + 1e-6:
        return None
    if exact < share * len(y):  # a model that learned scores new values; one class repeats its share
        return None
    if any(b - a < gap - 1e-9 for a, b in zip(levels, levels[1:])):
        return None  # two levels' commonest values within ``apart`` samples: one level, a few inputs flipping
    return levels


def whole(shares, sample: float) -> bool:
    """The ``shares`` add up to the whole data, within one ``sample``'s share of it."""
    return abs(float(np.sum(shares)) - 1.0) <= sample + 1e-6


def repeated(y: np.ndarray, share: float = 0.75, stray: float = 0.005) -> float | None:
    """The value that at least ``share`` of the evaluations repeat exactly, the others within
    ``stray`` of it (one of eight or more may stray further: an epoch where the model output another
    class): a model that outputs one class scores the same accuracy every time (a few stray
    predictions aside), while a model that learned anything changes its accuracy from one
    evaluation to the next."""
    values, counts = np.unique(np.round(y, 6), return_counts=True)
    i = int(np.argmax(counts))
    p = float(values[i])
    off = np.abs(y - p) > stray
    # one evaluation of eight or more may stray further (a single epoch where a few inputs flipped)
    return p if counts[i] >= share * len(y) and off.sum() <= (1 if len(y) >= 8 else 0) else None


def calibrated_loss(acc: float, k: int) -> float:
    """The cross-entropy of a model that scores accuracy ``acc`` over ``k`` classes and is exactly as
    sure of each prediction as that accuracy warrants (the rest spread over the other classes). With
    ``k = 2``: the loss of guessing one class with confidence ``p`` when it is right at rate ``p``."""
    return -(acc * math.log(acc) + (1 - acc) * math.log((1 - acc) / (k - 1)))


def guess_loss(share: float) -> float:
    """The least cross-entropy of always guessing one class that holds ``share`` of the data: the
    entropy of the class shares, which is least when the rest is packed into as few classes as the
    majority's share allows (``floor(1 / share)`` classes at ``share``, one with the remainder),
    whatever the number of classes. Two classes for a share of one half or more: the binary entropy.

    >>> round(guess_loss(0.9), 3), round(guess_loss(1 / 3), 3), round(guess_loss(0.45), 3)
    (0.325, 1.099, 0.949)
    """
    m = math.floor(1 / share + 1e-9)
    rest = max(1.0 - m * share, 0.0)
    return -m * share * math.log(share) - (rest * math.log(rest) if rest > 0 else 0.0)
