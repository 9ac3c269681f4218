"""Overfitting: validation gets worse after its best by more than its noise, while training improves.

The noise is the larger of the curve's own (see :mod:`learnscope.read.noise`) and the
scatter of the points after the best, or of the points that still moved where a quarter of a loss
curve froze (a rate decayed to nothing: a frozen stretch is one measurement, not many); the best of
n noisy points is allowed to sit about ``sigma * sqrt(2 ln n)`` below the truth, so pure noise is
not called overfitting; a broad best (the lowest mean of 5 to 9 points) pays a smaller allowance,
so an end that stays above such a basin by 3 sigma plus that allowance is a rise too, though it no
longer climbs, and where that basin sits below the mean of the three points around the raw best (a
bad evaluation or the last of a steep fall beside it), the rise is measured from the basin (read 86;
these measures and tests live in :mod:`learnscope.read.climb`). A validation curve
that got worse at every one of five or more evaluations after its best (what Keras'
``EarlyStopping(patience=5)`` stops on) is a trend whatever its size against that allowance: noise
puts the five points after a minimum in rising order once in 120. It is judged from the raw best to
its last point (a mean of the last points lags a climb), as is a curve worse at each of its last five
evaluations however it got there (read 81), and must still be visible (5% of the best) while training
improved.

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

from ..history import History
from . import climb
from .curves import curves
from .explosion import back_from_explosion, since
from .finding import Finding
from .registry import rule
from .noise import fmt, in_sigmas, series_sigma
from .shape import best_index, finite, label, oriented, rose_every_time, shown, tail_mean


@rule("overfitting", "warning", priority=50, supersedes=("plateau", "slow_convergence"))
def overfitting(history: History, *, patience: int = 3, n_sigma: float = 3.0,
                min_rise: float = 0.05, min_acc_drop: float = 0.01, big_rise: float = 0.5,
                min_visible: float = 0.03, min_fall: float = 0.01, rises: int = 5) -> list[Finding]:
    """Validation gets worse after its best by more than its noise while training keeps improving."""
    back = back_from_explosion(history)
    if back is not None:  # judged from where the model learned again: before, it was wrecked
        history = since(history, back)
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
    frozen = None if m.accuracy else climb.frozen(y)
    sigma = max(m.noise().sigma, climb.spread_after(y[i_best:]), climb.moving_noise(y, frozen))
    around = _around_best(y, lo, hi, sigma, n_sigma)
    best, end, points = float(np.mean(around)), tail_mean(y, k), len(around)
    rise = end - best
    sd, allowance = _rise_noise(sigma, climb.measured(frozen, k), points, len(y))
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
             or climb.sustained(y[i_best + 1:], best, sigma, rise, n_sigma * sd, m))
    big = None if m.accuracy else climb.BIG_REL * abs(best)
    steady = None if clear else climb.steady_climb(y[i_best + 1:], floor, big=big, sigma=sigma)
    basin = climb.level_rose(y, end, k, sigma, n_sigma)
    clear = clear or steady is not None or basin is not None
    if basin is not None and basin[0] < best:
        # a broad best below the 3-point one: a bad evaluation beside the raw best (a rate still high
        # there, dropped just after) lifted that mean; the level the curve rose from is the basin's (read 86)
        best, points = basin
        rise = max(rise, end - best)
        sd, allowance = _rise_noise(sigma, climb.measured(frozen, k), points, len(y))
    # rising at every evaluation since the best is climbing at the end too, however few they are
    climbing = climb.climbing(y[i_best + 1:]) or monotone
    along = climb.all_along(y[i_best + 1:], floor, sigma)
    reached = _how_far(y, i_best, k, best, rise, climbing, along, rises)
    if (not clear or reached < floor or not _train_kept_improving(cs, m, idx[i_best], n_sigma)
            or not _train_gained(cs, m, idx[i_best], climbing=climbing or along)):
        return _never_back(cs, m, y, idx, patience, n_sigma)
    return [_finding(m, idx[i_best], points, best, end, rise, sd, allowance, sigma, steady)]


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


def _rise_noise(sigma: float, measured: float, points: int, n: int) -> tuple[float, float]:
    """``(sd, allowance)`` of a rise from a best that is the mean of ``points`` to an end measured as
    ``measured`` independent points: the noise of their difference, and the selection allowance of the
    lowest ``points``-point mean of ``n`` (the best of n noisy points is lower than the truth by about
    sigma * sqrt(2 ln n))."""
    return sigma * math.sqrt(1 / measured + 1 / points), climb.lucky(sigma, points, n)


def _how_far(y: np.ndarray, i_best: int, k: int, best: float, rise: float, climbing: bool, along: bool,
             rises: int) -> float:
    """How far above ``best`` the rise got: the end's mean (``rise``), or, for a rise still climbing at
    the end, the end of the line through its last ``k`` points (their mean lags); for one that climbed
    steadily all along since the best, the end of the line through all of them; for a curve worse at
    each of its last ``rises`` evaluations, its last point."""
    reached = max(rise, _reached(y, k) - best) if climbing else rise
    if along:
        reached = max(reached, _reached(y, len(y) - 1 - i_best) - best)
    if len(y) - 1 - i_best > rises and rose_every_time(y[-rises - 1:], rises):
        reached = max(reached, float(y[-1]) - best)
    return reached


def _reached(y: np.ndarray, k: int) -> float:
    """Where a curve still moving at its end got to: the last point of a straight line through its
    last ``k`` points (their mean lags a steady climb by half its rise over them)."""
    x = np.arange(k, dtype=float)
    return float(np.polyval(np.polyfit(x, y[-k:], 1), k - 1))


def _never_back(cs, m, y: np.ndarray, idx, patience: int, n_sigma: float,
                factor: float = 2.0) -> list[Finding]:
    """The best validation loss, after which every later evaluation stayed at least ``factor`` times
    it (and ``n_sigma`` noise above it: one lucky low point is not a best to come back to, nor is a
    dip that the evaluation before it stands ``factor`` times above too, read 80), while training
    improved: overfitting that a smooth trend can hide when a long flat stretch follows (a rate
    decayed to nothing, say)."""
    if m.accuracy or len(y) < patience + 4:
        return []
    b = int(np.argmin(y))
    after = y[b + 1:]
    if len(after) < patience or y[b] <= 0 or after.min() < factor * y[b]:
        return []
    if b > 0 and y[b - 1] >= factor * y[b]:
        return []  # both neighbours that far above it: one lucky evaluation, no level to come back to
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


def _around_best(y: np.ndarray, lo: int, hi: int, sigma: float, n_sigma: float) -> np.ndarray:
    """The points ``y[lo:hi]`` around the best that its level is the mean of: all three, less a single
    bad evaluation among them, one that stands above the mean of the other two by more than ``n_sigma``
    of their difference's noise (``sigma`` times sqrt(3/2)) and above the point on its other side too
    (a spike: a validation loss a high rate threw up for one epoch, as ``climb.line_without_bad_evaluations``
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


def _steady_text(steady: tuple[float, int, int] | None, m) -> str:
    if steady is None:
        return ""
    t, points, left_out = steady
    but = (f" (leaving out {left_out} single bad evaluation{'s' if left_out > 1 else ''} far above the rest)"
           if left_out else "")
    return f", and a straight line through the {points} {m.unit} after the best{but} climbs steadily (t = {t:.1f})"


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
    steadily all along since it, see ``climb.all_along``): a model still learning its training data at the
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

