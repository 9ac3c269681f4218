"""The diverging rule: a training loss that climbs well above its best and stays there, or
blew up early and never came back below where it started, or a classifier's loss far above
any guess's (the explosion a too-large learning rate makes in the first epochs).

What an explosion is lives in :mod:`learnscope.read.explosion` (``overfit`` asks it too: was the rise
an explosion?). ``chance`` asks this rule whether a model was thrown about by too-large steps
(imported there lazily, as the explosion asks ``chance`` whether a model guesses).
"""

from __future__ import annotations

import numpy as np

from ..history import History
from .curves import curves
from .explosion import DIVERGING_ADVICE, EXPLOSION, exploded, scores_accuracy, start_level
from .finding import Finding
from .noise import fmt, in_sigmas, series_sigma
from .registry import rule
from .shape import finite, label, late_level


@rule("diverging", "error", priority=20,  # a diverging loss is no plateau, no slow convergence...
      supersedes=("slow_convergence", "plateau", "underfitting", "loss_spike"))
def diverging(history: History, *, rise: float = 0.5, n_sigma: float = 3.0, absurd: float = 25.0) -> list[Finding]:
    """The training loss climbs well above its best and stays there (or runs off to NaN), or it
    exploded early and never came back below where it started, or a classifier's loss sits far above
    the ln K of any number of classes."""
    return _rose(history, rise, n_sigma) or _wrecked(history, absurd)


def _wrecked(history: History, absurd: float, min_acc: float = 0.01) -> list[Finding]:
    """A classifier (it logs an accuracy, and scores some) whose loss sits, over its last quarter, above
    ``absurd`` nats: a cross-entropy that gives the right answers a probability below e^-25 on average,
    twice the ln K of a 256,000-word vocabulary (12.5). No model that learned anything scores that;
    its logits have blown up (a rate far too high, or unscaled inputs)."""
    cs = curves(history)
    if not scores_accuracy(cs, min_acc):
        return []  # no accuracy (a regression's loss has any scale), or one that is 0 (a regression's)
    for c in (cs.train_loss, cs.val_loss):
        if c is None or c.finite.sum() < 3:
            continue
        idx, y = finite(c)
        level = late_level(y)
        if level > absurd:
            message = (f"{label(c)} sits at {fmt(level)} (the median of its last quarter), far above ln K for "
                       f"any real number of classes K (a 256,000-word vocabulary gives 12.5): the model gives "
                       f"the right answers a probability near zero. Its logits have blown up.")
            evidence = {"series": c.key, "level": level, "absurd": absurd, "kind": "wrecked"}
            return [Finding("diverging", "error", message, evidence=evidence, **c.where(idx[0]),
                            advice=DIVERGING_ADVICE + " Check that the inputs are scaled.")]
    return []


def _rose(history: History, rise: float, n_sigma: float) -> list[Finding]:
    cs = curves(history)
    c = cs.train_loss or cs.val_loss
    if c is None or c.finite.sum() < 3:
        return []
    return _rose_on(history, c, rise, n_sigma) or _val_rose_alone(cs, rise, n_sigma)


def _val_rose_alone(cs, rise: float, n_sigma: float) -> list[Finding]:
    """The validation loss rose far above its best (judged as ``_rose_on`` judges a training loss)
    while the training loss did not improve over the same epochs and never fitted: the model is being
    knocked about by too large steps, which a noisy training loss can hide."""
    v, t = cs.val_loss, cs.train_loss
    if v is None or t is None or v.finite.sum() < 5 or t.finite.sum() < 5:
        return []
    return _rose_on(None, v, rise, n_sigma, explode=False, beside=lambda best: _never_fitted_since(t, best))


def _never_fitted_since(t, best: int | None, unfit: float = 0.5) -> tuple[str, dict] | None:
    """``(text, evidence)`` when training loss ``t`` did not improve after epoch ``best`` and never
    fitted (it ends above ``unfit`` of its first value), else None. Training that kept improving is
    overfitting's to judge, and a model that fits its training data may grow surer of a few
    validation errors (overfitting in the loss)."""
    if best is None:
        return None
    ti, ty = finite(t)
    at = ty[t.epochs(ti) <= best]
    end = float(np.median(ty[-3:]))
    if not len(at) or end < float(at[-1]) or end < unfit * float(ty[0]):
        return None
    return (f", while {label(t)} did not improve ({fmt(float(at[-1]))} then, {fmt(end)} at the end)",
            {"train_at_best": float(at[-1]), "train_end": end})


def _rose_on(history, c, rise: float, n_sigma: float, explode: bool = True, beside=None) -> list[Finding]:
    """A loss that climbed well above its best and stayed (else an explosion, with ``explode``).
    ``beside(best_epoch)`` may add ``(text, evidence)`` about another curve, or veto with None."""
    idx, y = finite(c)
    i_min = int(np.argmin(y))
    blew_up = idx[-1] < len(c.value) - 1  # the finite part ends in NaN/inf
    k = 1 if blew_up else 3  # otherwise a rise must last 3 points to be divergence, not a spike
    if not blew_up and history is not None and _ends_blown(history, c, y, i_min):
        k = 2  # the run ended as it blew up: its last two points, and validation's last, say so
    if i_min > len(y) - 1 - k:
        return exploded(history, c) if explode else []
    end, lo = float(np.median(y[-k:])), float(y[i_min])
    # the level around the best, not its lowest dip: an oscillation's dips are not a level it left
    # (a best at the very start is the untrained model's level, no dip)
    level = max(lo, float(np.median(y[max(0, i_min - 2): i_min + 3]))) if i_min else lo
    # the run's whole fall, from where it started: an untrained model's level when known (a first epoch's
    # mean above it averaged early steps thrown up by the rate, not a start), else its first point; a
    # first epoch an explosion above it (EXPLOSION x) is the explosion's to tell
    first = float(y[0])
    start = start_level(history, curves(history), c) if history is not None else None
    thrown = start is not None and first >= EXPLOSION * start  # its first epoch exploded
    if start is not None and start < first and not thrown:
        first = start
    scale = max(abs(lo), 0.1 * (first - lo))
    sigma = c.noise().sigma if i_min < 8 else (series_sigma(y[: i_min + 1]) or c.noise().sigma)
    # every last point an order of magnitude above the best: a noise measured on the whole curve is the
    # explosion's own swings (a loss's noise is relative; on a log scale this is no noise at all)
    orders = lo > 0 and float(y[-k:].min()) >= 10 * lo
    # back above an untrained model's level after falling a fifth below it: worse than a uniform guess
    # again, whatever the dips of an oscillation around its best (a first epoch that exploded excepted)
    undone = (start is not None and not thrown and lo <= (1 - LEARNED) * start
              and end >= start and end - lo > n_sigma * sigma)
    rose = not (end - level <= rise * scale or (end - lo <= n_sigma * sigma and not orders) or
                y[-k:].min() <= lo + rise * scale / 2)
    if not rose:
        # an explosion inside the run tells more than its loss back above the untrained level
        blown = exploded(history, c) if explode else []
        if blown or not undone:
            return blown
    also = ("", {}) if beside is None else beside(c.epoch_at(idx[i_min]))
    if also is None:
        return []
    where = c.where(idx[i_min + 1] if i_min + 1 < len(idx) else idx[i_min])
    began = (f"never went below its first value, {fmt(lo)} at {c.at(idx[i_min])}, and rose" if i_min == 0 else
             f"reached {fmt(lo)} at {c.at(idx[i_min])}, then rose")
    above = f", above an untrained model's loss ({fmt(start)})" if undone else ""
    message = (f"{label(c)} {began} to {fmt(end)} "
               f"by the end ({fmt(end / lo) + 'x' if lo > 0 else ''}"
               f"{'' if orders else (', ' if lo > 0 else '') + in_sigmas(end - lo, sigma)}){above}{also[0]}: "
               f"training is diverging.")
    evidence = {"series": c.key, "best_epoch": c.epoch_at(idx[i_min]), "best": lo, "end": end,
                "rise": end - lo, "sigma": sigma, "z": (end - lo) / sigma if sigma else None,
                **({"untrained": start} if undone else {}), **also[1]}
    return [Finding("diverging", "error", message, evidence=evidence, **where, advice=DIVERGING_ADVICE)]


def _ends_blown(history: History, c, y: np.ndarray, i_min: int, far: float = 10.0) -> bool:
    """A training loss whose last point stands above its first (worse than the model it started
    from) and whose last two stand ``far`` times above its best, with the validation loss's last
    evaluation ``far`` times above its own best too: a run that ended as it blew up, too soon for a
    rise to last three points. One wild batch at the end moves neither its neighbour nor validation."""
    if i_min >= len(y) - 2 or not y[i_min] > 0 or y[-1] <= y[0] or min(y[-2:]) < far * y[i_min]:
        return False
    v = curves(history).val_loss
    if v is None or v.finite.sum() < 3 or v is c:
        return False
    vy = finite(v)[1]
    best = float(np.min(vy[:-1]))
    return best > 0 and float(vy[-1]) >= far * best


LEARNED = 0.2  # a loss that fell this share below an untrained model's level learned something
