"""Plateaus: a stall the run itself shows it could beat, or a curve that never moved.

A curve that converged and then stayed flat is healthy (the healthy note says where it
converged and how many epochs added nothing). ``plateau`` warns about:

- a curve flat from the start (it never moved beyond its noise), or a training loss that never moved
  while validation never improved beyond its noise (read 92: a few outlier evaluations that validation
  came back from leave its trend wiggling, not flat from its first point, and had hidden this);
- a classifier's training loss that sat at an untrained model's ln K for its first epochs
  before it started learning (a saddle, a warm-up from nothing): epochs spent learning nothing;
- a stall in the middle that a later improvement ended (a rate drop, say): those
  epochs were spent at a level the run went on to beat (a validation stall while the
  training loss fell a tenth or more is learning that validation shows later, not a stall);
- a stall that set in abruptly while the curve was still falling fast (training froze
  rather than converged: the training loss stopped too, short of fitting its training data:
  at 99% training accuracy or more there was nothing left to freeze).

>>> import numpy as np
>>> from learnscope.history import History
>>> y = np.r_[np.linspace(2.0, 1.2, 5), np.full(20, 1.2), np.linspace(1.2, 0.4, 5), np.full(5, 0.4)]
>>> f = plateau(History.from_dict({"loss": list(y)}))
>>> f[0].evidence["kind"], f[0].evidence["since_epoch"], f[0].evidence["until_epoch"]
('stall', 8, 26)
"""

from __future__ import annotations

import math

import numpy as np

from ..history import History
from .classes import infer_classes
from .curves import Curve, curves
from .finding import Finding
from .noise import fmt, trend
from .registry import rule
from .shape import finite, label, oriented


def tolerance(c: Curve, t: np.ndarray, rel_tol: float = 0.02, n_sigma: float = 2.0) -> float:
    """How far a trend may move and still count as flat: its noise, or 2% of its level."""
    return max(n_sigma * c.noise().sigma, rel_tol * abs(float(t.min())), 1e-3 * float(np.ptp(t)))


def flat_since(t: np.ndarray, tol: float) -> int:
    """The first index from which the trend stays within ``tol`` of its value there to the end."""
    sufmin = np.minimum.accumulate(t[::-1])[::-1]
    sufmax = np.maximum.accumulate(t[::-1])[::-1]
    return int(np.argmax((sufmin >= t - tol) & (sufmax <= t + tol)))


def converged(c: Curve | None, *, patience: int = 10, frac: float = 0.3) -> dict | None:
    """``{"since": i, "flat": n, "level": v}`` when the curve converged and stayed flat for at least
    ``max(patience, frac * points)`` points at its end, else None."""
    if c is None or c.finite.sum() < 8:
        return None
    idx, y = finite(c)
    t = trend(oriented(c))
    tol = tolerance(c, t)
    if tol > 0.5 * abs(float(np.median(t))):
        return None  # noise as large as the level itself: "flat" would mean nothing
    s = flat_since(t, tol)
    if s == 0 or len(y) - 1 - s < max(patience, frac * len(y)):
        return None
    return {"since": int(idx[s]), "flat": len(y) - 1 - s, "level": float(np.median(y[s:])), "tol": tol}


@rule("plateau", "warning", priority=110)
def plateau(history: History, *, patience: int = 10, rel_tol: float = 0.02, n_sigma: float = 2.0,
            abrupt: float = 50.0, gain: float = 3.0, stall_min: int = 5,
            stall_share: float = 0.1) -> list[Finding]:
    """A stall the run shows it could beat (ended later by an improvement, or set in while the curve
    was still falling fast), or a curve that never moved."""
    cs = curves(history)
    c = cs.monitor or cs.train_loss or cs.train_acc
    if c is None or c.finite.sum() < 3:
        return []
    idx, y = finite(c)
    if np.ptp(y) <= 1e-6 * float(np.median(np.abs(y))) + 1e-12:
        return [_finding(c, idx, y, 0, len(y) - 1, "constant", 0.0)]
    t = trend(oriented(c))
    tol = tolerance(c, t, rel_tol, n_sigma)
    stall_len = max(stall_min, int(stall_share * len(t)))
    if tol > 0.5 * abs(float(np.median(t))) or len(y) < max(patience, 6):
        # no stall to see on a curve this noisy (or short); a training loss sitting at ln K for its first
        # epochs is judged on its own, whatever the monitored curve's noise
        return _start_at_ln_k(history, cs, stall_len)
    train = cs.train_loss if c is not cs.train_loss else None  # the training loss beside a monitored curve
    s = flat_since(t, tol)
    if s == 0 and _never_moved(train, rel_tol, n_sigma):
        return [_finding(c, idx, y, 0, len(y) - 1, "never", tol)]
    if float(t[0] - t.min()) <= tol:  # validation never improved beyond its noise: did training ever move?
        flat = _training_never_moved(train, patience, rel_tol, n_sigma)
        if flat:
            return flat
    stall = _stall_then_gain(t, tol, stall_len, gain)
    if stall is not None and not _learned_through(train, c, idx, stall, rel_tol, n_sigma):
        return [_finding(c, idx, y, *stall, "stall", tol)]
    start = _start_at_ln_k(history, cs, stall_len)
    if start:
        return start
    froze = _froze(oriented(c), tol, patience, abrupt)
    if froze is not None and not _kept_training(train, c.epoch_at(idx[froze[0]]), rel_tol, n_sigma) \
            and (froze[1] or _stopped_dead(train, c.epoch_at(idx[froze[0]]))) \
            and not _fits_training_data(cs, c.epoch_at(idx[froze[0]])):
        return [_finding(c, idx, y, froze[0], len(y) - 1, "froze", tol)]
    return []


def _start_at_ln_k(history: History, cs, patience: int) -> list[Finding]:
    """The plateau finding for a training loss that sat at ln K for its first epochs, or none."""
    start = _untrained_at_start(history, cs, patience)
    return [] if start is None else [_start_finding(cs.train_loss, *start)]


def _untrained_at_start(history: History, cs, patience: int, near: float = 0.02,
                        learned: float = 0.7) -> tuple[int, int, int] | None:
    """``(n, K, above)``: the index where a classifier's training loss first left an untrained model's
    ln K, when it sat within ``near`` of it for the first ``patience`` epochs or more and later fell
    below ``learned`` of it (a third below: far beyond the band it sat in, so learning, not a drift):
    epochs spent not learning at all (a saddle of weights initialised too small, a warm-up from a
    rate near zero) that the run itself shows it could leave. A model that learns from the start is
    below ln K by its first epoch's mean. First epochs above the band (an initialisation whose outputs
    were off uniform, falling to ln K) learned nothing either: they count with the stretch, which
    must sit in the band for ``patience`` epochs itself (read 85)."""
    t = cs.train_loss
    if t is None or t.split != "train" or t.finite.sum() < 2 * patience:
        return None
    k, _ = infer_classes(history)
    if not k or k < 2:
        return None
    lnk = math.log(k)
    y = finite(t)[1]
    high = y > (1 + near) * lnk
    above = int(np.argmin(high)) if high.any() else 0  # the first epoch not above the band
    at = np.abs(y[above:] - lnk) <= near * lnk
    n = above + (len(at) if at.all() else int(np.argmin(at)))
    if n - above < patience or n == len(y) or float(y[n:].min()) > learned * lnk:
        return None
    return n, k, above


def _start_finding(c: Curve, n: int, k: int, above: int = 0) -> Finding:
    idx, y = finite(c)
    lnk = f"an untrained model's loss (ln {k} = {math.log(k):.3f})"
    sat = (f"stayed at {lnk} from {c.at(idx[0])}" if not above else
           f"began above {lnk} at {fmt(float(y[0]))}, came down to it by {c.at(idx[above])} and stayed there")
    message = (f"{label(c)} {sat} to {c.at(idx[n - 1])}, then fell to {fmt(float(y[n:].min()))}: the run spent "
               f"its first {n} {c.unit} not learning at all.")
    advice = ("Check the initialisation (weights too small sit at a saddle: use the framework's default "
              "He/Glorot init) and the start of the schedule (a warm-up from a rate near zero).")
    evidence = {"series": c.key, "kind": "start", "since_epoch": c.epoch_at(idx[0]),
                "until_epoch": c.epoch_at(idx[n]), "level": float(np.median(y[:n])), "ln_classes": math.log(k),
                "num_classes": k, "epochs_flat": n}
    return Finding("plateau", "warning", message, evidence=evidence, **c.where(idx[0]), advice=advice)


def _learned_through(train: Curve | None, c: Curve, idx, stall: tuple[int, int], rel_tol: float,
                     n_sigma: float, learning: float = 0.1) -> bool:
    """Over a stall of the monitored validation curve ``c``, the training loss fell by ``learning`` of
    its level or more, and beyond its own tolerance (the medians of its first and last three points
    there): the model went on learning, and validation shows it later; it did not stall."""
    first, last = c.epochs([idx[stall[0]], idx[stall[1]]])
    inside = _after(train, first - 1, last)
    if len(inside) < 6:
        return False
    fell = _fell(inside)
    return fell >= learning * abs(float(np.median(inside[:3]))) and fell > _train_tolerance(train, rel_tol, n_sigma)


def _fits_training_data(cs, since, fitted: float = 0.99) -> bool:
    """The training accuracy stood at ``fitted`` (99%) or more from ``since`` on: the model already fits its
    training data, so a curve that stops moving there converged on it; it did not freeze short of it."""
    after = _after(cs.train_acc, since)
    return len(after) >= 3 and float(np.median(after)) >= fitted


def _kept_training(train: Curve | None, since, rel_tol: float, n_sigma: float) -> bool:
    """The training loss went on falling beyond its own tolerance after the monitored curve stopped:
    training did not freeze, the validation curve converged (fast, from a steep fall)."""
    after = _after(train, since)
    return len(after) >= 6 and _fell(after) > _train_tolerance(train, rel_tol, n_sigma)


def _fell(y: np.ndarray) -> float:
    """How far ``y`` fell from its first three points to its last three (their medians)."""
    return float(np.median(y[:3]) - np.median(y[-3:]))


def _train_tolerance(train: Curve, rel_tol: float, n_sigma: float) -> float:
    """How far the training loss may move and still count as flat (``tolerance`` of its trend)."""
    return tolerance(train, trend(oriented(train)), rel_tol, n_sigma)


def _after(c: Curve | None, since, until=None) -> np.ndarray:
    """Curve ``c``'s finite values after epoch ``since`` (through epoch ``until`` when given; none
    without a curve of 3 or more)."""
    if c is None or since is None or c.finite.sum() < 3:
        return np.empty(0)
    idx, y = finite(c)
    epochs = c.epochs(idx)
    keep = epochs > since if until is None else (epochs > since) & (epochs <= until)
    return y[keep]


def _training_never_moved(train: Curve | None, patience: int, rel_tol: float, n_sigma: float) -> list[Finding]:
    """The "never" finding on the training loss when it never moved beyond its noise, itself no noisier
    than half its level (else "flat" says nothing), over ``patience`` epochs or more. Asked when
    validation never improved beyond its own noise but a few outlier evaluations (spikes it came back
    from) left its trend wiggling beyond 2% somewhere, so that it is not flat from its first point."""
    if train is None or train.finite.sum() < max(patience, 6):
        return []
    idx, y = finite(train)
    t = trend(oriented(train))
    tol = tolerance(train, t, rel_tol, n_sigma)
    if flat_since(t, tol) != 0 or tol > 0.5 * abs(float(np.median(t))):  # moved (see _never_moved), or too noisy
        return []
    return [_finding(train, idx, y, 0, len(y) - 1, "never", tol)]


def _never_moved(train: Curve | None, rel_tol: float, n_sigma: float) -> bool:
    """A flat validation curve means "never learned" only if training did not move either; if it
    did, validation simply converged within the first epoch."""
    if train is None or train.finite.sum() < 3:
        return True
    t = trend(oriented(train))
    return flat_since(t, tolerance(train, t, rel_tol, n_sigma)) == 0


def _froze(y: np.ndarray, tol: float, patience: int, abrupt: float) -> tuple[int, bool] | None:
    """``(where, at full speed)``: where the raw curve went from clear steps to almost none at once and
    stayed so: training that froze (a rate decayed to nothing) rather than converged. A converged curve
    slows down gradually (its steps shrink ~10x over three points), and its noise goes on after it
    flattens; a frozen one stops dead (~100x), noise and all, and never moves like before again. "At
    full speed" when the last step before is still ten times those after: a curve converging fast
    shrinks its steps geometrically into the flat, where only a training loss that stopped dead too
    tells a freeze."""
    steps = np.abs(np.diff(y))
    for i in range(3, len(steps) - patience + 1):
        before, after = float(np.mean(steps[i - 3:i])), float(np.mean(steps[i:i + 3]))
        if before > tol and before > abrupt * after and float(steps[i:].max()) < before / 10:
            return i, bool(steps[i - 1] > 10 * after)
    return None


def _stopped_dead(train: Curve | None, since, still: float = 1e-3) -> bool:
    """The training loss after ``since`` moves by no more than ``still`` of its level from epoch to
    epoch: the weights stopped changing (a fixed model scores the same mean over the same data)."""
    after = _after(train, since)
    return len(after) >= 6 and float(np.abs(np.diff(after)).max()) <= still * float(np.median(np.abs(after)))


def _stall_then_gain(t: np.ndarray, tol: float, patience: int, gain: float,
                     share: float = 0.25) -> tuple[int, int] | None:
    """``(start, end)`` of the longest stretch of at least ``patience`` points within ``tol`` of its
    start, after which the trend improved by more than ``gain * tol`` and ``share`` of the curve's
    whole improvement (a slow approach to an asymptote has short flat-looking stretches too);
    None if there is none."""
    best, total = None, float(t.max() - t.min())
    for a in range(len(t) - patience):
        out = np.flatnonzero(np.abs(t[a:] - t[a]) > tol)
        if not len(out):
            break  # flat to the end: converged, not a stall
        b = a + int(out[0])  # first point that left the band
        if b - a >= patience and t[a] - t[b:].min() > max(gain * tol, share * total) and _flat_then_fast(t, a, b):
            if best is None or b - a > best[1] - best[0]:
                best = (a, b)
    return best


def _flat_then_fast(t: np.ndarray, a: int, b: int, ratio: float = 4.0) -> bool:
    """The stretch was flat compared with what came after it: a steady slow decline that merely
    stays inside a tolerance band for a while is not a stall."""
    n = b - a
    during = max(float(t[a] - t[b]) / n, 0.0)
    after = float(t[b] - t[min(len(t) - 1, b + n)]) / n
    return after >= ratio * during and after > 0


_TEXT = {"constant": "never changed", "never": "never moved beyond its noise",
         "stall": "stalled",
         "froze": "stopped abruptly while still falling fast"}


def _finding(c: Curve, idx, y, s: int, e: int, kind: str, tol: float) -> Finding:
    band = f" (within ±{fmt(tol)})" if tol else ""
    level = float(np.median(y[s:e + 1]))
    if kind == "stall":
        after = float(y[e:].min() if not c.accuracy else y[e:].max())
        message = (f"{label(c)} stalled near {fmt(level)}{band} from {c.at(idx[s])} to {c.at(idx[e])} "
                   f"({e - s} {c.unit}), then improved to {fmt(after)}: the run spent those {c.unit} at a "
                   f"level it went on to beat.")
        advice = ("Lower the learning rate as soon as it flattens (ReduceLROnPlateau with a short "
                  "patience), or use a schedule (cosine, step) that decays sooner.")
    else:
        message = (f"{label(c)} {_TEXT[kind]}{' around ' + c.at(idx[s]) if kind == 'froze' else ''} and "
                   f"stayed near {fmt(level)}{band} for the last {len(y) - 1 - s} of {len(y)} {c.unit}"
                   + (f": whatever it learned, it learned by its first {c.unit[:-1]}." if kind == "never" else "."))
        advice = ("Check that the model is learning at all: the learning rate (too low, or decayed to "
                  "nothing), frozen layers, and that the loss is connected to the parameters.")
        if kind == "never":
            advice += f" If it did learn by its first {c.unit[:-1]}, the later ones added nothing: fewer would do."
    evidence = {"series": c.key, "kind": kind, "since_epoch": c.epoch_at(idx[s]),
                "until_epoch": c.epoch_at(idx[e]), "level": level, "band": tol, "epochs_flat": e - s}
    return Finding("plateau", "warning", message, evidence=evidence, **c.where(idx[s]), advice=advice)
