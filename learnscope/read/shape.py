"""Small measurements of a curve's shape shared by the rules: where it is best, how it ends.

Every function takes a :class:`~learnscope.read.curves.Curve` and works on its
finite points, oriented so that lower is better (accuracy is negated).

>>> from learnscope.read.curves import Curve
>>> import numpy as np
>>> c = Curve("loss", "train", np.array([1.0, np.nan, 0.5, 0.4]), np.array([1., 2, 3, 4]), None)
>>> finite(c)[0], oriented(c)
(array([0, 2, 3]), array([1. , 0.5, 0.4]))
"""

from __future__ import annotations

import numpy as np

from .curves import Curve
from .noise import trend

def finite(c: Curve) -> tuple[np.ndarray, np.ndarray]:
    """Indices and values of the curve's finite points."""
    idx = np.flatnonzero(np.isfinite(c.value))
    return idx, c.value[idx]


def oriented(c: Curve) -> np.ndarray:
    """Finite values with lower = better (accuracy negated)."""
    y = finite(c)[1]
    return -y if c.accuracy else y


def tail_mean(y: np.ndarray, k: int) -> float:
    """Mean of the last ``k`` values (at least one)."""
    return float(np.mean(y[-max(1, min(k, len(y))):]))


def late_level(y: np.ndarray) -> float:
    """Where a curve ended: the median of its last quarter (at least 3 points), which a few wild points
    (a wrecked model's loss jumps) do not move."""
    return float(np.median(y[-max(3, len(y) // 4):]))


def rose_every_time(y: np.ndarray, rises: int = 5) -> bool:
    """``y`` (lower is better) got worse at every step, ``rises`` steps or more: a trend, not noise
    (noise puts the five points after a minimum in rising order once in 120).

    >>> rose_every_time(np.array([0.5, 0.51, 0.53, 0.54, 0.56, 0.57])), rose_every_time(np.array([0.5, 0.52, 0.51]))
    (True, False)
    """
    return len(y) > rises and bool((np.diff(y) > 0).all())


def best_index(y: np.ndarray) -> int:
    """Index of the best point of the smoothed trend (lower is better)."""
    return int(np.argmin(trend(y)))


def shown(c: Curve, v: float) -> float:
    """An oriented value back in the curve's own units, for messages."""
    return -v if c.accuracy else v


def label(c: Curve) -> str:
    """``"validation loss"``, ``"training accuracy"``: what a reader calls the curve."""
    split = {"train": "training", "val": "validation", "test": "test"}.get(c.split, c.split)
    return f"{split} {c.name}"

