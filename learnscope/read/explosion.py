"""An explosion: a loss that blew up to many times where training started (a learning rate far too
high), whether the run came back from it or not. The diverging rule reports it; the overfitting rule
reads a run from where it came back (:func:`back_from_explosion`), and ``unstable`` asks where
training started (:func:`start_level`).
"""

from __future__ import annotations

import math
import weakref
from typing import NamedTuple

import numpy as np

from ..history import History, Series
from .chance import collapse, guesses
from .classes import infer_classes
from .curves import curves
from .finding import Finding
from .noise import fmt
from .shape import finite, label, late_level, tail_mean


DIVERGING_ADVICE = "Lower the learning rate (try 10x lower), add warm-up or gradient clipping."
EXPLOSION = 5.0  # a loss this many times its start blew up


_explosions: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def exploded(history: History, c, factor: float = EXPLOSION, recovered_factor: float = 10.0) -> list[Finding]:
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
    unknown = start is None and c.split == "train" and scores_accuracy(cs, 0.01)
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
    return Finding("diverging", "error", message, evidence=evidence, **b.where, advice=DIVERGING_ADVICE)


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


def scores_accuracy(cs, min_acc: float) -> bool:
    """A classifier: it logs an accuracy and scores some (a regression may log an "accuracy" of 0)."""
    accs = [a for a in (cs.val_acc, cs.train_acc) if a is not None and a.finite.sum()]
    return bool(accs) and max(tail_mean(finite(a)[1], 3) for a in accs) >= min_acc


def _epoch_of(s, step: int) -> int | None:
    i = int(np.searchsorted(s.step, step))
    e = float(s.epoch[min(i, len(s) - 1)])
    return max(1, math.ceil(e - 1e-9)) if math.isfinite(e) else None


def back_from_explosion(history: History) -> float | None:
    """The epoch from which a run whose training loss exploded and came back learned again: the first
    after the peak from which the training loss stayed below the start, or, when earlier, the first
    whose validation loss got below it (an epoch's training loss averages the wrecked batches of its
    start; validation is measured on its end weights). The curves before it hold a wrecked model: a
    best, a trend and a noise measured across losses hundreds of times apart say nothing about what
    the model did once it learned again (the overfitting rule reads a run from here)."""
    cs = curves(history)
    t = cs.train_loss
    if t is None or t.split != "train" or t.finite.sum() < 3:
        return None
    found = exploded(history, t)
    if not found or not found[0].evidence.get("recovered"):
        return None
    start = found[0].evidence.get("start") or found[0].evidence.get("any_start")
    idx, y = finite(t)
    peak = int(np.argmax(y))
    stays = np.flatnonzero(np.maximum.accumulate(y[::-1])[::-1][peak:] < start)
    backs = [t.epoch_at(idx[peak + stays[0]])] if len(stays) else []
    v, at = cs.val_loss, t.epoch_at(idx[peak])
    if v is not None and v.finite.sum() and at is not None:  # no epoch to place the peak at: training's alone
        vi, vy = finite(v)
        below = np.flatnonzero((v.epochs(vi) > at) & (vy < start))
        backs += [v.epoch_at(vi[below[0]])] if len(below) else []
    return min(backs) if backs else None


def since(history: History, epoch: float) -> History:
    """The history's points from ``epoch`` on (every series, at every level)."""
    out = History(history.info)
    for s in history.series.values():
        keep = ~(s.epoch < epoch)  # points without an epoch stay
        out.add(Series(s.name, s.split, s.level, s.step[keep], s.epoch[keep], s.wall_time[keep], s.value[keep]))
    return out
