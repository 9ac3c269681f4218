"""Slow convergence: the training curve, and validation with it, still clearly improving at the end.

"Clearly" means a straight line through the last quarter of the curve falls with a t
statistic of at least ``n_sigma`` (the scatter around it as the noise), and that last
quarter holds at least ``min_share`` of the whole improvement: for a curve decaying like
``exp(-t / tau)``, a run about two time constants long, with 15% of its gain still to come
(an accuracy, bounded and hardest to raise near its ceiling, needs ``acc_share``). A loss must
also fall by a material share of its level there (``MATERIAL``, 2% per quarter of the run, the
line of a short run spanning more): a loss that moved 0.7% over the last quarter of its run,
however steadily, would gain about as little from as many epochs again, which is no reason to
train longer. Validation must still improve too (at a lower t, 2, since the training side already
showed the trend), and a validation loss by that same material share: training that still falls
while validation gains 0.7% of its level a quarter would not help validation, which is what more
epochs are for. Runs of few, long epochs are judged on windows of their batch-level loss, where
their detail is. A run that logged no training curve (validation only) is judged on validation alone
(read 93): nothing else shows whether it was still learning.

>>> import numpy as np
>>> from learnscope.history import History
>>> h = History.from_dict({"loss": list(2.0 - 0.05 * np.arange(30))})
>>> f = slow_convergence(h)
>>> f[0].code, f[0].evidence["share"] > 0.2
('slow_convergence', True)
"""

from __future__ import annotations

import math

import numpy as np

from ..history import History
from .curves import Curve, batch_windows, curves
from .finding import Finding
from .noise import fmt, trend
from .registry import rule
from .shape import finite, label, oriented, rose_every_time


# the least fall of a loss over its last quarter, as a share of its level there, that makes training
# longer worth it (as many epochs again would bring about as much)
MATERIAL = 0.02


def late_slope(y: np.ndarray, tail: float) -> tuple[float, float, int]:
    """``(improvement, t, points)`` of a straight line through the last ``tail`` share of ``y``
    (lower is better): how much it fell over those points, and its t statistic."""
    w = min(len(y), max(5, int(round(tail * len(y))) + 1))
    slope, t = line_t(np.arange(w, dtype=float), y[-w:])
    return float(-slope * (w - 1)), float(-t), w


def line_t(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """``(slope, t)`` of a least-squares line through the points ``(x, y)``: its slope, and that slope
    over its standard error (the scatter around the line as the noise)."""
    slope, icept = np.polyfit(x, y, 1)
    resid = y - (slope * x + icept)
    var = float(np.sum(resid ** 2)) / max(len(x) - 2, 1)
    se = math.sqrt(max(var, 1e-300) / float(np.sum((x - x.mean()) ** 2)))
    return float(slope), float(slope / se)


def still_improving(c: Curve | None, tail: float = 0.25, n_sigma: float = 3.0,
                    min_share: float = 0.1, material: float = 0.0) -> dict | None:
    """The evidence that ``c`` is still improving at its end, or None. With ``material``, a loss's
    last quarter must also fall by that share of its level there (underfitting asks without it: any
    steady fall means the model is still learning)."""
    if c is None or c.finite.sum() < 4:
        return None
    y = oriented(c)
    if len(y) < 6:
        return _short(y)
    late, t_stat, w = late_slope(y, tail)
    tr = trend(y)
    total = float(tr.max() - tr.min())
    if total <= 0 or late < min_share * total or t_stat < n_sigma:
        return None
    # per quarter of the run: a short run's line spans more than its last quarter (5 points at least)
    if not c.accuracy and late < material * abs(float(np.median(y[-w:]))) * max(1.0, (w - 1) / (len(y) / 4)):
        return None
    return {"late_improvement": late, "t": t_stat, "points": w, "share": late / total}


def _short(y: np.ndarray, keep: float = 0.5) -> dict | None:
    """Too few points for a trend: the last step still brings at least half an average step."""
    total, last = float(y[0] - y[-1]), float(y[-2] - y[-1])
    if total <= 0 or last < keep * total / (len(y) - 1):
        return None
    return {"late_improvement": last, "t": None, "points": 2, "share": last / total}


def _judged(cs, tail: float, n_sigma: float, min_share: float,
            acc_share: float) -> tuple[Curve | None, dict | None]:
    """The training curve and its evidence: epoch level, or (for runs of few, long epochs, where the
    detail is at batch level) windows of the batch loss, whichever shows the run still improving."""
    c = cs.train_loss or cs.train_acc
    ev = still_improving(c, tail, n_sigma, acc_share if c is cs.train_acc else min_share, MATERIAL)
    if ev is None and cs.train_acc is not None and c is not cs.train_acc:
        ev_a = still_improving(cs.train_acc, tail, n_sigma, acc_share)  # accuracy still climbing
        if ev_a is not None:
            return cs.train_acc, ev_a
    if ev is None and (c is None or c.finite.sum() < 8):
        w = batch_windows(cs.batch_loss)
        ev_w = still_improving(w, tail, n_sigma, min_share, MATERIAL)
        if ev_w is not None:
            return w, ev_w
    return c, ev


def _judged_on_validation(cs, tail: float, n_sigma: float, min_share: float,
                          acc_share: float, train_t: float = 1.0) -> tuple[Curve | None, dict | None]:
    """The validation curve and its evidence when it is clearly still improving and the training
    curve is too, less clearly (a line through its last quarter falling at t >= ``train_t``): an
    epoch's training loss averages its batches, which a small batch makes noisy, and a run evaluated
    every N steps logs single batches' losses, noisier still, while validation is measured on the
    whole set, smooth. The training side need only lean the same way; with none logged, validation is
    all the run shows."""
    t = cs.train_loss or cs.train_acc
    if t is not None and still_improving(t, tail, train_t, acc_share if t.accuracy else min_share) is None:
        return None, None  # (a run that logged no training curve has only validation to show it)
    for v in (cs.val_loss, cs.val_acc):
        if v is not None and v.finite.sum() >= 6:
            ev = still_improving(v, tail, n_sigma, acc_share if v.accuracy else min_share, MATERIAL)
            if ev is not None:
                return v, ev
    return None, None


def _rising_since_best(vl: Curve) -> bool:
    """The validation loss got worse at every evaluation since its best, five or more (a trend a line
    through the last quarter can miss when the turn came inside it)."""
    y = oriented(vl)
    return rose_every_time(y[int(np.argmin(y)):])


@rule("slow_convergence", "warning", priority=100)
def slow_convergence(history: History, *, tail: float = 0.25, min_share: float = 0.10,
                     acc_share: float = 0.15, n_sigma: float = 3.0) -> list[Finding]:
    """Still improving steadily at the end: more epochs (or a higher learning rate) would help."""
    cs = curves(history)
    c, ev = _judged(cs, tail, n_sigma, min_share, acc_share)
    if ev is None:
        c, ev = _judged_on_validation(cs, tail, n_sigma, min_share, acc_share)
    if ev is None:
        return []
    vs = [v for v in (cs.val_loss, cs.val_acc) if v is not None and v.finite.sum() >= 4]
    if vs and all(still_improving(v, tail, n_sigma - 1, acc_share if v.accuracy else min_share, MATERIAL) is None
                  for v in vs):
        return []  # validation has stopped improving, or by too little of its level: more epochs would not help it
    vl = cs.val_loss
    if vl is not None and vl.finite.sum() >= 6 and (late_slope(oriented(vl), tail)[1] < -2 or _rising_since_best(vl)):
        return []  # validation loss is getting worse: more epochs would hurt it
    idx, y = finite(c)
    w = ev["points"]
    late = abs(float(y[-w] - y[-1]))  # in the curve's own units (the test may work in logs)
    how = (f"a line through them falls at t = {ev['t']:.1f}" if ev["t"] is not None
           else "too few points for a trend, but the last step was at least half an average one")
    message = (f"{label(c)} was still improving at the end: {fmt(late)} over the last "
               f"{w} {c.unit} ({ev['share']:.0%} of its whole improvement; {how}).")
    evidence = {"series": c.key, "source": c.source, **ev, "change": late, **c.noise().evidence()}
    from .unstable import oscillation_kind  # (the sibling rules' question: asked only when this one found something)

    advice = {"unstable": "Train for more epochs; its steps already throw it about (see unstable), so not a "
                          "higher rate.",
              "settled": "Train for more epochs at the rate it ended with; it oscillated at a higher one (see "
                         "oscillation_settled), so not a higher rate."}.get(
        oscillation_kind(history), "Train for more epochs, or raise the learning rate.")
    return [Finding("slow_convergence", "warning", message, evidence=evidence, **c.where(idx[-w]), advice=advice)]
