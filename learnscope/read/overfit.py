"""Overfitting: validation gets worse after its best by more than its noise, while training improves.

The noise is the larger of the curve's own (see :mod:`learnscope.read.noise`) and the
scatter of the points after the best, or of the points that still moved where a quarter of a loss
curve froze (a rate decayed to nothing: a frozen stretch is one measurement, not many); the best of
n noisy points is allowed to sit about ``sigma * sqrt(2 ln n)`` below the truth, so pure noise is
not called overfitting; a broad best (the lowest mean of 5 to 9 points) pays a smaller allowance,
so an end that stays above such a basin by 3 sigma plus that allowance is a rise too, though it no
longer climbs. A
validation curve that got worse at every one of five or more evaluations after its best (what
Keras' ``EarlyStopping(patience=5)`` stops on) is a trend whatever its size against that
allowance: noise puts the five points after a minimum in rising order once in 120. It is judged
from the raw best to its last point (a mean of the last points lags a climb), and must still be
visible (5% of the best) while training improved.

>>> import numpy as np
>>> from learnscope.history import History
>>> vl = [1.0, 0.6, 0.5, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85]
>>> h = History.from_dict({"loss": list(np.geomspace(1, 0.01, 12)), "val_loss": vl})
>>> overfitting(h)[0].evidence["onset_epoch"]
4
"""

from __future__ import annotations

import math

import numpy as np

from ..history import History, Series
from .curves import curves
from .diverging import _exploded
from .finding import Finding
from .registry import rule
from .noise import fmt, in_sigmas, series_sigma
from .slow import late_slope, line_t
from .shape import best_index, finite, label, oriented, rose_every_time, shown, tail_mean


# a rise of a loss is large from a tenth of its best on (_sustained; _steady_climb's lower t asks it too)
BIG_REL = 0.1


@rule("overfitting", "warning", priority=50, supersedes=("plateau", "slow_convergence"))
def overfitting(history: History, *, patience: int = 3, n_sigma: float = 3.0,
                min_rise: float = 0.05, min_acc_drop: float = 0.01, big_rise: float = 0.5,
                min_visible: float = 0.03, min_fall: float = 0.01, rises: int = 5) -> list[Finding]:
    """Validation gets worse after its best by more than its noise while training keeps improving."""
    back = _back_from_explosion(history)
    if back is not None:  # judged from where the model learned again: before, it was wrecked
        history = _since(history, back)
    cs = curves(history)
    m = cs.monitor
    if m is None or m.finite.sum() < 3:
        return []
    if m.finite.sum() < patience + 4:
        return _overfitting_short(cs, m, n_sigma)
    idx, _ = finite(m)
    y = oriented(m)
    i_best = _raw_best_near(y, _smoothed_best(y))
    if len(y) - 1 - i_best < patience:
        return _never_back(cs, m, y, idx, patience, n_sigma)
    k = int(np.clip((len(y) - i_best) // 2, 2, 10))
    # best = a 3-point mean around the trend's best: a smoothed minimum undershoots sharp corners
    lo, hi = max(0, i_best - 1), min(len(y), i_best + 2)
    # a loss frozen by a rate decayed to nothing (an accuracy on a finite set repeats its values anyway)
    frozen = None if m.accuracy else _frozen(y)
    sigma = max(m.noise().sigma, _spread_after(y[i_best:]), _moving_noise(y, frozen))
    around = _around_best(y, lo, hi, sigma, n_sigma)
    best, end = float(np.mean(around)), tail_mean(y, k)
    rise, sd = end - best, sigma * math.sqrt(1 / _measured(frozen, k) + 1 / len(around))
    # the best of n noisy points is lower than the truth by about sigma * sqrt(2 ln n): allow for that
    allowance = _lucky(sigma, len(around), len(y))
    # and visible on the curve's own scale past its first fall (a fifth of the run)
    floor = max(min_acc_drop if m.accuracy else min_rise * abs(best), min_visible * float(np.ptp(y[len(y) // 5:])),
                0.0 if m.accuracy else min_fall * float(np.max(y[:i_best + 1]) - best))
    # the allowance guards against a lucky best; a loss that ends half again above its best is no luck
    large = not m.accuracy and rise >= big_rise * abs(best) and rise >= n_sigma * sd
    # worse at every evaluation after the best, `rises` or more in a row: a trend (noise puts the five
    # points after a minimum in rising order once in 120), judged from the raw best to where it got
    monotone = rose_every_time(y[i_best:], rises)
    if monotone:
        rise = max(rise, float(y[-1] - y[i_best]))
    clear = (rise >= n_sigma * sd + allowance or large or monotone
             or _sustained(y[i_best + 1:], best, sigma, rise, n_sigma * sd, m))
    steady = None if clear else _steady_climb(y[i_best + 1:], floor, big=None if m.accuracy else BIG_REL * abs(best),
                                               sigma=sigma)
    clear = clear or steady is not None or _level_rose(y, end, k, sigma, n_sigma)
    # rising at every evaluation since the best is climbing at the end too, however few they are
    climbing = _climbing(y[i_best + 1:]) or monotone
    along = _all_along(y[i_best + 1:], floor, sigma)
    # a rise still climbing at the end has reached the end of its line, past the mean of its last points;
    # one that climbed steadily all along since the best, the end of the line through all of them
    reached = max(rise, _reached(y, k) - best) if climbing else rise
    if along:
        reached = max(reached, _reached(y, len(y) - 1 - i_best) - best)
    if (not clear or reached < floor or not _train_kept_improving(cs, m, idx[i_best], n_sigma)
            or not _train_gained(cs, m, idx[i_best], climbing=climbing or along)):
        return _never_back(cs, m, y, idx, patience, n_sigma)
    return [_finding(m, idx[i_best], len(around), best, end, rise, sd, allowance, sigma, steady)]


def _finding(m, i: int, around: int, best: float, end: float, rise: float, sd: float, allowance: float,
             sigma: float, steady: tuple[float, int, int] | None) -> Finding:
    """The overfitting finding: best around evaluation ``i`` (the mean of ``around`` points), the rise to
    the end in sigmas, and a steady climb's t where that made the rise clear."""
    message = (f"{label(m)} was best around {m.at(i)} ({fmt(shown(m, best))}, the mean of the "
               f"{around} {m.unit} there) and ended at "
               f"{fmt(shown(m, end))}: a {'drop' if m.accuracy else 'rise'} of {fmt(rise)} = "
               f"{in_sigmas(rise, sd)}{_steady_text(steady, m)}, while the training side kept improving: the "
               f"model is overfitting.")
    evidence = {"series": m.key, "onset_epoch": m.epoch_at(i), "best": shown(m, best), "end": shown(m, end),
                "change": rise, "z": rise / sd, "selection_allowance": allowance,
                "sigma": sigma, "noise_from": m.noise().method, **({"trend_t": steady[0]} if steady else {})}
    return Finding("overfitting", "warning", message, evidence=evidence, **m.where(i),
                   advice=f"Stop near {m.at(i)} (early stopping with restore_best_weights), "
                          "add regularisation (dropout, weight decay, augmentation) or more data.")


def _back_from_explosion(history: History) -> float | None:
    """The epoch from which a run whose training loss exploded (see the diverging rule, which owns
    what an explosion is) and came back learned again: the first after the peak from which the training
    loss stayed below the start, or, when earlier, the first whose validation loss got below it (an
    epoch's training loss averages the wrecked batches of its start; validation is measured on its end
    weights). The curves before it hold a wrecked model: a best, a trend and a noise measured across
    losses hundreds of times apart say nothing about what the model did once it learned again."""
    cs = curves(history)
    t = cs.train_loss
    if t is None or t.split != "train" or t.finite.sum() < 3:
        return None
    found = _exploded(history, t)
    if not found or not found[0].evidence.get("recovered"):
        return None
    start = found[0].evidence.get("start") or found[0].evidence.get("any_start")
    idx, y = finite(t)
    peak = int(np.argmax(y))
    stays = np.flatnonzero(np.maximum.accumulate(y[::-1])[::-1][peak:] < start)
    backs = [t.epoch_at(idx[peak + stays[0]])] if len(stays) else []
    v = cs.val_loss
    if v is not None and v.finite.sum():
        vi, vy = finite(v)
        below = np.flatnonzero((v.epochs(vi) > t.epoch_at(idx[peak])) & (vy < start))
        backs += [v.epoch_at(vi[below[0]])] if len(below) else []
    return min(backs) if backs else None


def _since(history: History, epoch: float) -> History:
    """The history's points from ``epoch`` on (every series, at every level)."""
    out = History(history.info)
    for s in history.series.values():
        keep = ~(s.epoch < epoch)  # points without an epoch stay
        out.add(Series(s.name, s.split, s.level, s.step[keep], s.epoch[keep], s.wall_time[keep], s.value[keep]))
    return out


def _reached(y: np.ndarray, k: int) -> float:
    """Where a curve still moving at its end got to: the last point of a straight line through its
    last ``k`` points (their mean lags a steady climb by half its rise over them)."""
    x = np.arange(k, dtype=float)
    return float(np.polyval(np.polyfit(x, y[-k:], 1), k - 1))


def _never_back(cs, m, y: np.ndarray, idx, patience: int, n_sigma: float,
                factor: float = 2.0) -> list[Finding]:
    """The best validation loss, after which every later evaluation stayed at least ``factor`` times
    it (and ``n_sigma`` noise above it: one lucky low point is not a best to come back to), while
    training improved: overfitting that a smooth trend can hide when a long flat stretch follows (a
    rate decayed to nothing, say)."""
    if m.accuracy or len(y) < patience + 4:
        return []
    b = int(np.argmin(y))
    after = y[b + 1:]
    if len(after) < patience or y[b] <= 0 or after.min() < factor * y[b]:
        return []
    sigma = m.noise().sigma
    if after.min() - y[b] < n_sigma * sigma or not _train_kept_improving(cs, m, idx[b], n_sigma):
        return []
    end = tail_mean(y, 3)
    message = (f"{label(m)} was best at {m.at(idx[b])} ({fmt(y[b])}); every one of the {len(after)} later "
               f"{m.unit} stayed at least {factor:g}x that, ending at {fmt(end)}, while the training side kept "
               f"improving: the model is overfitting.")
    evidence = {"series": m.key, "onset_epoch": m.epoch_at(idx[b]), "best": float(y[b]), "end": end,
                "change": end - float(y[b]), "lowest_after": float(after.min()), "sigma": sigma}
    return [Finding("overfitting", "warning", message, evidence=evidence, **m.where(idx[b]),
                    advice=f"Stop near {m.at(idx[b])} (early stopping with restore_best_weights), "
                           "add regularisation (dropout, weight decay, augmentation) or more data.")]


def _smoothed_best(y: np.ndarray) -> int:
    """Where the curve turned: the minimum of a centred moving average (3 points from 8, 5 from 30).
    A moving average never undershoots; a local quadratic trend rings after the first epoch's steep
    fall and puts a false minimum a few epochs in, before a broad best."""
    w = 5 if len(y) >= 30 else 3 if len(y) >= 8 else 1
    if w == 1:
        return best_index(y)
    pad = np.zeros(w // 2)  # at the edges: the mean of the points that exist
    n = np.convolve(np.r_[pad, np.ones(len(y)), pad], np.ones(w), mode="valid")
    return int(np.argmin(np.convolve(np.r_[pad, y, pad], np.ones(w), mode="valid") / n))


def _raw_best_near(y: np.ndarray, i: int, w: int = 2) -> int:
    """The best raw point within ``w`` of the smoothed best: smoothing finds where the curve turned,
    the raw values say at which epoch it was best."""
    lo = max(0, i - w)
    return lo + int(np.argmin(y[lo:i + w + 1]))


def _sustained(after: np.ndarray, best: float, sigma: float, rise: float, beyond: float, m,
               share: float = 0.8, min_rel: float = BIG_REL) -> bool:
    """A rise beyond the noise that holds at (nearly) every later point is overfitting whatever
    allowance is kept for a lucky best: the allowance guards against one low point, not this."""
    big = rise >= (min_rel * abs(best) if not m.accuracy else 2 * beyond / 3)
    if rise < beyond or not big or len(after) < 4 or float(np.mean(after > best + sigma)) < share:
        return False
    return -late_slope(after, 1.0)[1] >= 2.0  # and still climbing: a lucky low best before flat noise is not


def _around_best(y: np.ndarray, lo: int, hi: int, sigma: float, n_sigma: float) -> np.ndarray:
    """The points ``y[lo:hi]`` around the best that its level is the mean of: all three, less a single
    bad evaluation among them, one that stands above the mean of the other two by more than ``n_sigma``
    of their difference's noise (``sigma`` times sqrt(3/2)) and above the point on its other side too
    (a spike: a validation loss a high rate threw up for one epoch, as ``_line_without_bad_evaluations``
    leaves out of the climb). The mean with it sits far above the best, and a rise from there hides in the
    difference. The last point of a steep fall into the best is no spike: it stays."""
    window = y[lo:hi]
    if len(window) < 3 or not sigma > 0:
        return window
    top = int(np.argmax(window))
    rest = np.delete(window, top)
    j = lo + top
    # the noise there, from the points around (the bad one left out): a curve that settled flat after
    # a rate decayed to nothing has a tiny noise overall, and its early wiggles are no bad evaluations
    near = np.delete(y[max(0, j - 6): j + 7], min(j, 6))
    local = series_sigma(near) or 0.0
    margin = n_sigma * max(sigma, local) * math.sqrt(1.5)
    outer = y[j - 1] if top == 0 and j > 0 else y[j + 1] if top == 2 and j + 1 < len(y) else None
    spike = outer is not None and float(window[top] - outer) > margin
    return rest if spike and float(window[top] - rest.mean()) > margin else window


def _frozen(y: np.ndarray, still: float = 1e-4) -> np.ndarray:
    """The points equal to the one before to the fourth digit (within ``still`` of their level): the
    rate decayed to nothing and the model stopped changing."""
    return np.r_[False, np.abs(np.diff(y)) <= still * np.abs(y[1:])]


def _moving_noise(y: np.ndarray, frozen: np.ndarray | None, share: float = 0.25) -> float:
    """The noise of the points that still moved, when a ``share`` or more of the curve froze (``frozen``,
    see ``_frozen``; None: not asked): a frozen stretch measures no noise (the model stopped changing,
    not the measurement got precise), and its level is where one noisy evaluation left it. 0 when the
    curve did not freeze that much."""
    if frozen is None or frozen.sum() < share * len(y):
        return 0.0
    return series_sigma(y[~frozen]) or 0.0


def _measured(frozen: np.ndarray | None, k: int) -> int:
    """How many of the last ``k`` points measure the end's level: a frozen stretch's points are one."""
    return k if frozen is None else max(1, k - int(frozen[len(frozen) - k + 1:].sum()))


def _lucky(sigma: float, w: int, n: int) -> float:
    """How far below the truth the lowest ``w``-point mean of ``n`` noisy points (noise ``sigma``) may
    sit by luck alone: ``sigma / sqrt(w) * sqrt(2 ln n)``, the allowance a best must be risen above."""
    return sigma / math.sqrt(w) * math.sqrt(2 * math.log(n))


def _level_rose(y: np.ndarray, end: float, k: int, sigma: float, n_sigma: float,
                widths: tuple[int, ...] = (5, 7, 9)) -> bool:
    """The curve's end (the mean of its last ``k`` points) sits above its lowest ``w``-point mean before
    them by ``n_sigma`` of the difference's noise plus the selection allowance of a ``w``-point mean
    (the lowest of many such means of pure noise sits about ``sigma / sqrt(w) * sqrt(2 ln n)`` low),
    for some ``w`` in ``widths``: a broad best followed by a higher level that stays. The 3-point best
    the rule measures first pays the large allowance of a single lucky point; a basin of five to nine
    points pays a smaller one, and a rise that set in and then stayed flat (a model thrown about by a
    high rate, then settled worse) is a shift of level, not a climb still going on at the end."""
    n = len(y)
    for w in widths:
        if n - k < w + 1:
            break
        low = float(np.convolve(y[:n - k], np.ones(w) / w, mode="valid").min())
        need = n_sigma * sigma * math.sqrt(1 / k + 1 / w) + _lucky(sigma, w, n)
        if end - low >= need:
            return True
    return False


def _steady_text(steady: tuple[float, int, int] | None, m) -> str:
    if steady is None:
        return ""
    t, points, left_out = steady
    but = (f" (leaving out {left_out} single bad evaluation{'s' if left_out > 1 else ''} far above the rest)"
           if left_out else "")
    return f", and a straight line through the {points} {m.unit} after the best{but} climbs steadily (t = {t:.1f})"


def _steady_climb(after: np.ndarray, floor: float, min_t: float = 4.0, min_points: int = 8,
                  big: float | None = None, big_t: float = 3.0, *,
                  sigma: float) -> tuple[float, int, int] | None:
    """A straight line through every point after the best climbs at ``min_t`` or more (its t statistic)
    and by ``floor`` or more along its length: a slow, steady rise that noisy points hide from a
    comparison of the best with the end (a lucky best's allowance, points that dip back under it).
    A line over all of them does not depend on the best's luck: after the minimum of pure noise, the
    points are as likely to fall as to rise. A climb of ``big`` or more (a tenth of a loss's best, what
    ``_sustained`` asks of a rise) needs only ``big_t``, the 3 sigma the rule asks elsewhere: a model
    thrown about by a high rate scatters its validation loss so widely that a climb of two fifths of its
    best reaches t = 3.3, while flat noise climbs that far only by chance (a flattened curve plus noise
    of 2-8% of its level, 30 to 100 epochs: read overfitting in 0-0.9% of 1,000 seeds, 0-0.4% with t = 4
    for all). Single bad evaluations far above the rest are left out of that line
    (``_line_without_bad_evaluations``), up to a quarter of the points. ``(t, points, left out)``, or None."""
    if len(after) < min_points:
        return None
    climb, t, points = late_slope(after, 1.0)
    left_out = 0
    robust = _line_without_bad_evaluations(after, sigma)
    if robust is not None and robust[1] < t and points - robust[2] <= points // 4:
        climb, t, left_out = robust[0], robust[1], points - robust[2]
    need = big_t if big is not None and -climb >= big else min_t
    return (-t, points, left_out) if -t >= need and -climb >= floor else None


def _line_without_bad_evaluations(y: np.ndarray, sigma: float, k: float = 5.0,
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


def _all_along(after: np.ndarray, floor: float, sigma: float, half_t: float = 2.0) -> bool:
    """The points after the best climbed steadily all along: a line through all of them climbs (see
    ``_steady_climb``) and so does one through each half (t >= ``half_t``): a rise that went on, not
    a drift that stopped halfway (whose second half is flat)."""
    if _steady_climb(after, floor, sigma=sigma) is None:
        return False
    h = len(after) // 2
    return all(-late_slope(part, 1.0)[1] >= half_t for part in (after[:h], after[h:]))


def _spread_after(y: np.ndarray) -> float:
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


def _overfitting_short(cs, m, n_sigma: float, big: float = 0.2, small: float = 0.05, rises: int = 5) -> list[Finding]:
    """Too few evaluations to measure noise: only a large rise at every point after the best counts, or
    a visible one (``small``) that rose at every one of ``rises`` or more evaluations (a trend)."""
    idx, _ = finite(m)
    y = oriented(m)
    b = int(np.argmin(y))
    after = y[b + 1:]
    scale = abs(float(y[b])) if not m.accuracy else 0.25  # accuracy: 0.05 absolute
    need = small if rose_every_time(y[b:], rises) else big
    if len(after) < 2 or (after <= y[b]).any() or after[-1] - y[b] < need * scale:
        return []
    if not _train_kept_improving(cs, m, idx[b], n_sigma):
        return []
    message = (f"{label(m)} was best at {m.at(idx[b])} ({fmt(shown(m, y[b]))}) and got worse at every one of "
               f"the {len(after)} later {m.unit}, to {fmt(shown(m, after[-1]))}, while the training side kept "
               f"improving: the model is overfitting (too few points to measure the noise).")
    evidence = {"series": m.key, "onset_epoch": m.epoch_at(idx[b]), "best": shown(m, y[b]),
                "end": shown(m, after[-1]), "change": float(after[-1] - y[b]), "points_after": len(after)}
    return [Finding("overfitting", "warning", message, evidence=evidence, **m.where(idx[b]),
                    advice=f"Stop near {m.at(idx[b])}, add regularisation, or evaluate more often.")]


def _train_kept_improving(cs, m, i_best: int, n_sigma: float) -> bool:
    """Training loss (or accuracy) at the end is no worse than at the validation's best epoch."""
    t = cs.train_loss if not m.accuracy or cs.train_acc is None else cs.train_acc
    t = t or cs.train_acc
    if t is None or t.finite.sum() < 2 or m.epoch is None or t.epoch is None:
        return True
    tidx, _ = finite(t)
    ty = oriented(t)
    at_best = float(np.interp(m.epoch[i_best], t.epoch[tidx], ty))
    return tail_mean(ty, 3) <= at_best + n_sigma * t.noise().sigma


def _train_gained(cs, m, i_best: int, share: float = 0.05, climbing: bool = False) -> bool:
    """The training loss fell by at least ``share`` after the validation's best (half that while the
    validation is still climbing at the end, rose at every evaluation since its best, or climbed
    steadily all along since it, see ``_all_along``): a model still learning its training data at the
    validation's cost. (A converged one whose validation drifted, and stopped, is not what overfitting
    means to a reader.) A twentieth, not the tenth this once asked: the validation's rise has already
    cleared its noise and the selection allowance, and a tenth was an allowance of its own that hid such
    rises (an early-stopped run's validation loss 6% above its best, 7.5 sigma, while training fell 8%)."""
    t = cs.train_loss
    if t is None or t.finite.sum() < 2 or m.epoch is None or t.epoch is None:
        return True
    tidx, ty = finite(t)
    at_best = float(np.interp(m.epoch[i_best], t.epoch[tidx], ty))
    return at_best <= 0 or tail_mean(ty, 3) <= (1 - share / (2 if climbing else 1)) * at_best


def _climbing(after: np.ndarray, tail: float = 0.25, n_sigma: float = 3.0) -> bool:
    """The points after the best still rise over their last ``tail`` beyond noise (a line's t)."""
    return len(after) >= 6 and -late_slope(after, tail)[1] >= n_sigma
