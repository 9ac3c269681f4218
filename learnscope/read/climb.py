"""How a validation curve's rise after its best is told from noise (the overfitting rule's tests,
:mod:`learnscope.read.overfit`): the noise of the points after the best (a frozen stretch is one
measurement), the allowance a lucky best is owed, and the shapes a real rise takes that a comparison
of the best with the end misses: a rise that holds at nearly every later point, a higher level that
stays after a broad best, a steady climb along a straight line, and one still climbing at the end.

>>> import numpy as np
>>> round(lucky(0.1, 3, 50), 3)
0.161
>>> still = np.r_[np.linspace(1.0, 0.5, 6), [0.5] * 4]
>>> int(frozen(still).sum()), measured(frozen(still), 5)
(4, 1)
"""

from __future__ import annotations

import math

import numpy as np

from .noise import series_sigma
from .slow import late_slope, line_t


# a rise of a loss is large from a tenth of its best on (sustained; steady_climb's lower t asks it too)
BIG_REL = 0.1


def sustained(after: np.ndarray, best: float, sigma: float, rise: float, beyond: float, m,
               share: float = 0.8, min_rel: float = BIG_REL) -> bool:
    """A rise beyond the noise that holds at (nearly) every later point is overfitting whatever
    allowance is kept for a lucky best: the allowance guards against one low point, not this."""
    big = rise >= (min_rel * abs(best) if not m.accuracy else 2 * beyond / 3)
    if rise < beyond or not big or len(after) < 4 or float(np.mean(after > best + sigma)) < share:
        return False
    return -late_slope(after, 1.0)[1] >= 2.0  # and still climbing: a lucky low best before flat noise is not


def frozen(y: np.ndarray, still: float = 1e-4) -> np.ndarray:
    """The points equal to the one before to the fourth digit (within ``still`` of their level): the
    rate decayed to nothing and the model stopped changing."""
    return np.r_[False, np.abs(np.diff(y)) <= still * np.abs(y[1:])]


def moving_noise(y: np.ndarray, frozen: np.ndarray | None, share: float = 0.25) -> float:
    """The noise of the points that still moved, when a ``share`` or more of the curve froze (``frozen``,
    see ``frozen``; None: not asked): a frozen stretch measures no noise (the model stopped changing,
    not the measurement got precise), and its level is where one noisy evaluation left it. 0 when the
    curve did not freeze that much."""
    if frozen is None or frozen.sum() < share * len(y):
        return 0.0
    return series_sigma(y[~frozen]) or 0.0


def measured(frozen: np.ndarray | None, k: int) -> int:
    """How many of the last ``k`` points measure the end's level: a frozen stretch's points are one."""
    return k if frozen is None else max(1, k - int(frozen[len(frozen) - k + 1:].sum()))


def lucky(sigma: float, w: int, n: int) -> float:
    """How far below the truth the lowest ``w``-point mean of ``n`` noisy points (noise ``sigma``) may
    sit by luck alone: ``sigma / sqrt(w) * sqrt(2 ln n)``, the allowance a best must be risen above."""
    return sigma / math.sqrt(w) * math.sqrt(2 * math.log(n))


def level_rose(y: np.ndarray, end: float, k: int, sigma: float, n_sigma: float,
                widths: tuple[int, ...] = (5, 7, 9)) -> tuple[float, int] | None:
    """The curve's end (the mean of its last ``k`` points) sits above its lowest ``w``-point mean before
    them by ``n_sigma`` of the difference's noise plus the selection allowance of a ``w``-point mean
    (the lowest of many such means of pure noise sits about ``sigma / sqrt(w) * sqrt(2 ln n)`` low),
    for some ``w`` in ``widths``: a broad best followed by a higher level that stays. The 3-point best
    the rule measures first pays the large allowance of a single lucky point; a basin of five to nine
    points pays a smaller one, and a rise that set in and then stayed flat (a model thrown about by a
    high rate, then settled worse) is a shift of level, not a climb still going on at the end.
    ``(low, w)``: that basin's mean and width, the first that shows it; None when none does."""
    n = len(y)
    for w in widths:
        if n - k < w + 1:
            break
        low = float(np.convolve(y[:n - k], np.ones(w) / w, mode="valid").min())
        need = n_sigma * sigma * math.sqrt(1 / k + 1 / w) + lucky(sigma, w, n)
        if end - low >= need:
            return low, w
    return None


def steady_climb(after: np.ndarray, floor: float, min_t: float = 4.0, min_points: int = 8,
                  big: float | None = None, big_t: float = 3.0, *,
                  sigma: float) -> tuple[float, int, int] | None:
    """A straight line through every point after the best climbs at ``min_t`` or more (its t statistic)
    and by ``floor`` or more along its length: a slow, steady rise that noisy points hide from a
    comparison of the best with the end (a lucky best's allowance, points that dip back under it).
    A line over all of them does not depend on the best's luck: after the minimum of pure noise, the
    points are as likely to fall as to rise. A climb of ``big`` or more (a tenth of a loss's best, what
    ``sustained`` asks of a rise) needs only ``big_t``, the 3 sigma the rule asks elsewhere: a model
    thrown about by a high rate scatters its validation loss so widely that a climb of two fifths of its
    best reaches t = 3.3, while flat noise climbs that far only by chance (a flattened curve plus noise
    of 2-8% of its level, 30 to 100 epochs: read overfitting in 0-0.9% of 1,000 seeds, 0-0.4% with t = 4
    for all). Single bad evaluations far above the rest are left out of that line
    (``line_without_bad_evaluations``), up to a quarter of the points. ``(t, points, left out)``, or None."""
    if len(after) < min_points:
        return None
    climb, t, points = late_slope(after, 1.0)
    left_out = 0
    robust = line_without_bad_evaluations(after, sigma)
    if robust is not None and robust[1] < t and points - robust[2] <= points // 4:
        climb, t, left_out = robust[0], robust[1], points - robust[2]
    need = big_t if big is not None and -climb >= big else min_t
    return (-t, points, left_out) if -t >= need and -climb >= floor else None


def line_without_bad_evaluations(y: np.ndarray, sigma: float, k: float = 5.0,
                                  n_sigma: float = 3.0) -> tuple[float, float, int] | None:
    """``(improvement, t, points kept)`` of a straight line through ``y`` (as ``late_slope`` gives over
    all of it) once its single bad evaluations are left out: points above a line through all of them by
    more than ``k`` robust sigmas (the median absolute deviation of the residuals, scaled) and more than
    ``n_sigma`` of the curve's noise ``sigma`` (a few points' deviation can be small by chance, and
    pure noise then shows "outliers" of 2 sigma). A validation loss thrown up for one evaluation by a
    high rate says nothing about the trend and swamps the scatter a t is measured against. Only rises:
    a loss is thrown up, not down. None when no point is that far above."""
    x = np.arange(len(y), dtype=float)
    resid = y - np.polyval(np.polyfit(x, y, 1), x)
    spread = 1.4826 * float(np.median(np.abs(resid - np.median(resid))))
    keep = resid - np.median(resid) <= max(k * spread, n_sigma * sigma)
    if spread <= 0 or keep.all() or keep.sum() < 5:
        return None
    slope, t = line_t(x[keep], y[keep])
    return -slope * (len(y) - 1), -t, int(keep.sum())


def all_along(after: np.ndarray, floor: float, sigma: float, half_t: float = 2.0) -> bool:
    """The points after the best climbed steadily all along: a line through all of them climbs (see
    ``steady_climb``) and so does one through each half (t >= ``half_t``): a rise that went on, not
    a drift that stopped halfway (whose second half is flat)."""
    if steady_climb(after, floor, sigma=sigma) is None:
        return False
    h = len(after) // 2
    return all(-late_slope(part, 1.0)[1] >= half_t for part in (after[:h], after[h:]))


def spread_after(y: np.ndarray) -> float:
    """Scatter of the points after the best around a smooth fit: if the "rise" is noise, this
    measures that noise directly (a global estimate from a few residuals can be far too small)."""
    if len(y) < 4:
        return 0.0
    if len(y) >= 12:
        return series_sigma(y) or 0.0
    degree = 2 if len(y) >= 6 else 1
    x = np.arange(len(y), dtype=float)
    resid = y - np.polyval(np.polyfit(x, y, degree), x)
    return float(np.sqrt(np.sum(resid ** 2) / (len(y) - degree - 1)))


def climbing(after: np.ndarray, tail: float = 0.25, n_sigma: float = 3.0) -> bool:
    """The points after the best still rise over their last ``tail`` beyond noise (a line's t)."""
    return len(after) >= 6 and -late_slope(after, tail)[1] >= n_sigma
