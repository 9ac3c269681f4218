"""The diverging rule: a training loss that climbs well above its best and stays there, or
blew up early and never came back below where it started, or a classifier's loss far above
any guess's (the explosion a too-large learning rate makes in the first epochs).

Other rules ask it too: ``overfit`` (was the rise an explosion?) and ``chance`` (a model
thrown about by too-large steps; imported there lazily, as this module asks ``chance``
whether a model guesses).
"""

from __future__ import annotations

import math
import weakref
from typing import NamedTuple

import numpy as np

from ..history import History
from .chance import collapse, guesses, infer_classes
from .curves import curves
from .finding import Finding
from .noise import fmt, in_sigmas, series_sigma
from .registry import rule
from .shape import finite, label, late_level, tail_mean


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
    if not _scores_accuracy(cs, min_acc):
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
                            advice=_DIVERGING_ADVICE + " Check that the inputs are scaled.")]
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
        return _exploded(history, c) if explode else []
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
        exploded = _exploded(history, c) if explode else []
        if exploded or not undone:
            return exploded
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
    return [Finding("diverging", "error", message, evidence=evidence, **where, advice=_DIVERGING_ADVICE)]


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


_DIVERGING_ADVICE = "Lower the learning rate (try 10x lower), add warm-up or gradient clipping."
EXPLOSION = 5.0  # a loss this many times its start blew up
LEARNED = 0.2  # a loss that fell this share below an untrained model's level learned something


_explosions: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _exploded(history: History, c, factor: float = EXPLOSION, recovered_factor: float = 10.0) -> list[Finding]:
    """:func:`_explosion`, worked out once per history and curve (the diverging and overfitting rules
    both ask; like :func:`~learnscope.read.curves.curves`, per History object)."""
    memo = _explosions.setdefault(history, {})
    key = (c.key, factor, recovered_factor)
    if key not in memo:
        memo[key] = _explosion(history, c, factor, recovered_factor)
    return list(memo[key])


def _explosion(history: History, c, factor: float, recovered_factor: float) -> list[Finding]:
    """The loss blew up to many times where it started: a step so large it wrecked the model. It
    may sit at a constant guess (ln K) afterwards, or learn again from a worse place; either way
    the learning rate was far too high. One wild batch is not an explosion: a blow-up the run
    recovered from must reach ``recovered_factor`` (an order of magnitude) in a whole epoch's loss, one
    it never came back from (ending no lower than a start that is a level: ln K or the first epoch's
    mean) ``factor`` (or a validation loss measured while training stood above its start:
    ``_validation_blew_up``), or
    in a batch's loss after which the model only guesses (``chance_level``): an explosion that wrecked
    it, whatever the loss settled at. A classifier with no start to measure from (classes unknown, no
    first-step batch) is measured against the ln K of any vocabulary (``_ANY_START``): an order of
    magnitude above it, or above it at all when the loss then fell to a guess's level (under a tenth of
    its peak and under that ln K: a per-sample loss's scale, not a loss summed over many terms) and the
    model ends guessing (``chance_level``)."""
    cs = curves(history)
    b = _blowup(history, cs, c, factor, recovered_factor)
    return [] if b is None else [_explosion_finding(history, cs, c, b, recovered_factor)]


class _Blowup(NamedTuple):
    shown: object      # the curve the peak is on
    peak: float
    start: float       # where training started (or any vocabulary's ln K when ``unknown``)
    step: int
    where: dict        # the finding's epoch and step
    how: str           # "at step N", "in epoch N"
    unknown: bool      # no start of its own to measure from
    at_chance: bool    # the model guesses afterwards
    first_mean: bool = False  # measured from the first epoch's mean (no start logged)
    val_first: bool = False   # measured from validation's first evaluation, in the first epoch


def _blowup(history: History, cs, c, factor: float, recovered_factor: float) -> _Blowup | None:
    """The explosion :func:`_explosion` describes, if the curves show one."""
    spike = collapse(cs, factor)
    at_chance = unknown = False
    shown = c
    if spike is None:  # a batch explosion to an order of magnitude, after which the model guesses
        spike = collapse(cs, recovered_factor, recovered=True)
        at_chance = spike is not None and guesses(history)
        spike = spike if at_chance else None
    if spike is not None:
        step, peak, start = spike
        return _Blowup(shown, peak, start, step, {"epoch": _epoch_of(cs.batch_loss, step), "step": step},
                       f"at step {step}", unknown, at_chance)
    start, sample = _start(history, cs, c)  # sample: the first batch's loss, one sample of the start
    idx, y = finite(c)
    unknown = start is None and c.split == "train" and _scores_accuracy(cs, 0.01)
    start = _ANY_START if unknown else start  # an untrained classifier starts at ln K: 12.5 at most
    # no start logged: a regression's first epoch may average a bad start it fell from (learning), but
    # a loss that rose to an order of magnitude above that mean after it blew up whatever the start
    first_mean = start is None and c.split == "train" and len(y) >= 3 and float(y[0]) > 0
    start = float(y[0]) if first_mean else start
    if start is None or len(y) < 3:
        return None
    # above any untrained start, then down to a guess's level (a per-sample loss's scale): it blew up
    at_chance = unknown and start < float(y.max()) and \
        late_level(y) < min(start, float(y.max()) / recovered_factor) and guesses(history)
    val_first = False
    # a blow-up the run never came back from (it ends no lower than its start) needs only ``factor``: an
    # order of magnitude is asked of one it recovered from, where one wild epoch could pass for it. The
    # start must be a level (ln K, or the first epoch's mean), not one batch: a lucky first batch of a
    # few samples sits far below the level the run then learns from (collapse() asks the same)
    need = factor if start > 0 and not sample and tail_mean(y, 3) >= start else recovered_factor
    if float(y.max()) < need * start and not at_chance:
        shown = None if unknown else _validation_blew_up(cs, c, start * recovered_factor, start)
        if shown is None and first_mean:
            v0 = _first_evaluation(cs, c)
            shown = None if v0 is None else _validation_blew_up(cs, c, v0 * recovered_factor, v0)
            if shown is not None:
                start, first_mean, val_first = v0, False, True
        if shown is None:
            return None
        idx, y = finite(shown)
    i = int(np.argmax(y))
    if unknown and not at_chance and (i + 1 >= len(y) or y[i + 1] > y[i] / recovered_factor):
        return None  # a blow-up's batches pass within an epoch; a loss of many terms falls gradually
    if first_mean and shown is c and i == 0:
        return None
    return _Blowup(shown, float(y[i]), start, shown.step_at(idx[i]), shown.where(idx[i]), f"in {shown.at(idx[i])}",
                   unknown, at_chance, first_mean, val_first)


def _first_evaluation(cs, c) -> float | None:
    """Validation's first loss when it was measured in training loss ``c``'s first epoch (every N steps,
    or at its end): the model's own level then, on the whole validation set, a start to measure from
    when the first epoch's mean averaged an explosion (a regression logs no untrained level). None
    otherwise."""
    v = cs.val_loss
    if v is None or v.epoch is None or c.epoch is None or v.finite.sum() < 3 or c.finite.sum() < 3:
        return None
    vi, vy = finite(v)
    ti = finite(c)[0]
    first, own = float(v.epoch[vi[0]]), float(c.epoch[ti[0]])
    if not (math.isfinite(first) and math.isfinite(own)) or first > own or not vy[0] > 0:
        return None
    return float(vy[0])


def _explosion_finding(history: History, cs, c, b: _Blowup, recovered_factor: float) -> Finding:
    """The explosion in words: how far the loss blew up, and whether the run came back."""
    shown, peak, start, unknown, at_chance = b.shown, b.peak, b.start, b.unknown, b.at_chance
    # measured from validation's first evaluation, like is compared with like: where validation ended
    end = tail_mean(finite(shown if b.val_first else c)[1], 3)
    whose = "its" if shown is c else "the run's"
    ref = ("the first epoch's mean" if b.first_mean else "its first evaluation, in the first epoch"
           if b.val_first else f"{whose} start")
    size = (f"{'above' if peak < recovered_factor * start else f'over {recovered_factor:g}x'} the ln K of any "
            f"real number of classes (a 256,000-word vocabulary gives {fmt(start)})" if unknown else
            f"{fmt(peak / start)}x {ref} ({fmt(start)})")
    right = _still_right(history, cs) if end >= 0.9 * start else None
    back = ("" if unknown else " below the first epoch's mean" if b.first_mean else
            " below its first evaluation" if b.val_first else " below the start")
    after = (f"never came back{back}, though {right}: the explosion left some answers given with huge "
             f"confidence and wrong, while most are right" if end >= 0.9 * start and right else
             f"never came back{back}: the model stopped learning" if end >= 0.9 * start else
             f"then settled at {fmt(end)}, the loss of a guess that ignores the inputs (see chance_level)"
             if at_chance else
             f"came back to {fmt(end)}: it recovered, but from a model the explosion had wrecked")
    also = ("" if shown is c else f", while {label(c)} stood above it too; {label(shown)}" if b.val_first else
            f", while {label(c)} stood above its start too; {label(c)}")
    message = (f"{label(shown)} exploded to {fmt(peak)} {b.how}, {size}{also or ', and'} {after}. The learning "
               f"rate is far too high.")
    evidence = {"series": shown.key, "peak": peak, "start": None if unknown else start, "peak_step": b.step,
                **({"any_start": start} if unknown else {"factor": peak / start}),
                "end": end, "recovered": bool(end < 0.9 * start)}
    return Finding("diverging", "error", message, evidence=evidence, **b.where, advice=_DIVERGING_ADVICE)


def _validation_blew_up(cs, c, level: float, start: float):
    """The validation loss curve when one of its evaluations reached ``level`` (an order of magnitude
    above the start) while training loss ``c`` stood above its start at that epoch: the model at an
    epoch's end, measured on a whole set, wrecked; a training loss above where it began says it fitted
    nothing then, so this is no overfitting (which fits the training data ever better). An epoch's
    training loss averages its batches and can hide a blow-up its last steps made. None otherwise."""
    v = cs.val_loss
    if v is None or c.split != "train" or v.finite.sum() < 3 or v.epoch is None or c.epoch is None:
        return None
    vi, vy = finite(v)
    ti, ty = finite(c)
    i = int(np.argmax(vy))
    if vy[i] < level or not np.isfinite(v.epoch[vi[i]]):
        return None
    return v if float(np.interp(v.epoch[vi[i]], c.epoch[ti], ty)) > start else None


def _still_right(history: History, cs) -> str | None:
    """``"<accuracy> ends at <x>"`` when a classifier's accuracy (validation's, else training's) ends
    over halfway from chance (1/K; K = 2 when unknown, the most chance can be) to perfect: a loss
    that stayed above its start beside it comes from a few answers given with huge wrong confidence,
    not from a model that learned nothing."""
    a = cs.val_acc if cs.val_acc is not None and cs.val_acc.finite.sum() else cs.train_acc
    if a is None or not a.finite.sum():
        return None
    k, _ = infer_classes(history)
    end = tail_mean(finite(a)[1], 3)
    return f"{label(a)} ends at {fmt(end)}" if end > (1 + 1 / max(k or 2, 2)) / 2 else None


# ln of a 256,000-word vocabulary: no untrained classifier (logits near zero) starts above it, whatever
# its classes; a loss ten times that, with no start logged to measure from, is still an explosion
_ANY_START = math.log(256_000)


def start_level(history: History, cs, c) -> float | None:
    """Where training started: a classifier's untrained ln K, or its first batch's loss when the log
    begins at the first step (the untrained model's; a regression's too, whatever its targets'
    scale). None otherwise: without that batch, a regression's first epoch may average a bad start
    that it fell from by orders of magnitude, and that is learning."""
    return _start(history, cs, c)[0]


def _start(history: History, cs, c) -> tuple[float | None, bool]:
    """``(start_level, from_batch)``: from_batch when the start is the first batch's loss, one sample
    of the untrained level rather than the level itself (ln K)."""
    if c.split != "train":
        return None, False
    k, _ = infer_classes(history)
    if k and k >= 2:
        return math.log(k), False
    b = cs.batch_loss
    if b is None or not len(b) or b.step[0] > 1 or not np.isfinite(b.value[0]) or not b.value[0] > 0:
        return None, False
    return float(b.value[0]), True


def _scores_accuracy(cs, min_acc: float) -> bool:
    """A classifier: it logs an accuracy and scores some (a regression may log an "accuracy" of 0)."""
    accs = [a for a in (cs.val_acc, cs.train_acc) if a is not None and a.finite.sum()]
    return bool(accs) and max(tail_mean(finite(a)[1], 3) for a in accs) >= min_acc


def _epoch_of(s, step: int) -> int | None:
    i = int(np.searchsorted(s.step, step))
    e = float(s.epoch[min(i, len(s) - 1)])
    return max(1, math.ceil(e - 1e-9)) if math.isfinite(e) else None
