"""Unstable training: the training loss jumps up again and again instead of settling.

An epoch's training loss is a mean over many batches, so a healthy one rarely rises by a
quarter from one epoch to the next. Jumps are ratios (a loss that fell from 4 to 0.004 can
still jump from 0.005 to 0.04; below 5% of its start only doublings count; the start is where
training started, ln K or its first batch's loss, when a first epoch that blew up averaged more),
counted after the first tenth of the run (the start may
bounce while a schedule warms up); ``min_share`` of the steps must be jumps, so a few bumps
in a long run are not oscillation. Without epochs, windows of batch losses are judged.

Oscillation that ended once the logged learning rate fell (a step cut, ReduceLROnPlateau, a
one-cycle's annealing) is ``oscillation_settled``, information: the run is not oscillating any more.

>>> import numpy as np
>>> from learnscope.history import History
>>> y = 0.5 * np.exp(-np.arange(30) / 10) + 0.2
>>> y[5::3] *= 1.6
>>> [f.code for f in unstable(History.from_dict({"loss": list(y)}))]
['unstable']
"""

from __future__ import annotations

import numpy as np

from ..history import History
from .curves import curves
from .explosion import start_level
from .finding import Finding
from .noise import fmt
from .registry import rule
from .runmeta import learning_rate
from .shape import finite, label


def _jumps(y: np.ndarray, jump: float, low: float = 0.05, resolution: float = 1.4e-14,
           start: float | None = None) -> np.ndarray:
    """Which steps rose by more than ``jump`` (a ratio for positive losses). Near zero, ratios
    are noise (0.005 -> 0.007 after starting at 0.3): there only a doubling counts. Under
    ``resolution`` of the start nothing counts: float32 predictions (epsilon 1.2e-7) resolve a squared
    error no finer than epsilon squared (1.4e-14) times the targets' scale, about where the loss
    began; a memorised loss moving from 1e-16 to 3e-15 is that rounding, not oscillation. ``start``
    (where training started) replaces a first value above it: an epoch that blew up (10 where ln 2 is
    0.69) would put every later loss "near zero", and its jumps of 30% and 80% out of sight."""
    if (y > 0).all():
        r = np.diff(np.log(y))
        ref = min(float(y[0]), start) if start else float(y[0])
        return ((r > np.log(2)) | ((r > np.log1p(jump)) & (y[:-1] > low * ref))) & (y[1:] > resolution * y[0])
    # a loss that can be negative: judge rises against the curve's own scale
    scale = np.maximum(np.abs(y[:-1]), 0.2 * float(np.median(np.abs(y))) + 1e-12)
    return np.diff(y) > jump * scale


def _oscillation(history: History, jump: float, min_jumps: int, min_share: float):
    """The training loss' jumps when they are many enough to be oscillation: ``(curve, idx, y, skip,
    ups)``, ``ups[k]`` the rise from ``y[k]`` to ``y[k + 1]``; None otherwise."""
    cs = curves(history)
    c = cs.train_loss
    if c is None or c.finite.sum() < 6:
        return None
    idx, y = finite(c)
    skip = max(1, len(y) // 10)
    ups = _jumps(y, jump, start=start_level(history, cs, c))  # where training started: ln K, or its first batch
    ups[: skip - 1] = False
    if ups.sum() < max(min_jumps, min_share * (len(y) - skip)):
        return None  # a few bumps in a long run is not oscillation
    return c, idx, y, skip, ups


def _rates(history: History, c) -> tuple[np.ndarray, np.ndarray, bool] | None:
    """The logged learning rate as ``(where, rate, by_epoch)``: by epoch where both it and the curve
    know epochs, else by step; None when the run logged none that can be placed on the curve."""
    for level in ("epoch", "batch"):
        s = learning_rate(history, level)
        if s is None or not len(s.value):
            continue
        v = np.asarray(s.value, dtype=float)
        for by_epoch, where, have in ((True, s.epoch, c.epoch), (False, s.step, c.step)):
            if where is not None and have is not None:
                x = np.asarray(where, dtype=float)
                ok = np.isfinite(x) & np.isfinite(v) & (v > 0)
                if ok.any():
                    return x[ok], v[ok], by_epoch
    return None


def _settled(history: History, c, idx: np.ndarray, y: np.ndarray, skip: int, ups: np.ndarray) -> dict | None:
    """Oscillation that a fall of the learning rate ended: after the last jump, a quarter of the run
    (5 points at least) without one, the loss ending below its lowest before, and the rate at the end
    a third or less of its highest up to that jump. A step schedule that cuts a rate too high for the
    start, or a one-cycle's annealing, ends that way; the run is not oscillating any more."""
    last = int(np.flatnonzero(ups)[-1]) + 1  # the last jump's top
    quiet = len(y) - 1 - last
    if quiet < max(5, (len(y) - skip) / 4) or not y[-1] < y[:last].min():
        return None
    rates = _rates(history, c)
    if rates is None:
        return None
    x, v, by_epoch = rates
    at = c.epoch_at(idx[last]) if by_epoch else c.step_at(idx[last])
    before = v[x <= at] if at is not None else v[:0]
    if not len(before) or not v[-1] <= before.max() / 3:
        return None
    return {"last": last, "quiet": quiet, "peak_rate": float(before.max()), "end_rate": float(v[-1]),
            "lowest_before": float(y[:last].min())}


def oscillation_kind(history: History, *, jump: float = 0.25, min_jumps: int = 2,
                     min_share: float = 0.1) -> str | None:
    """What the two rules below would say, worked out once: ``"unstable"`` while the training loss
    oscillates, ``"settled"`` once a fall of the learning rate ended it, None when it never did."""
    o = _oscillation(history, jump, min_jumps, min_share)
    if o is None:
        return None
    return "settled" if _settled(history, *o) is not None else "unstable"


@rule("unstable", "warning", priority=60,  # its jumps are spikes too; still improving through them is said
      supersedes=("loss_spike",))
def unstable(history: History, *, jump: float = 0.25, min_jumps: int = 2,
             min_share: float = 0.1) -> list[Finding]:
    """The training loss jumps up again and again: the learning rate is likely too high."""
    o = _oscillation(history, jump, min_jumps, min_share)
    if o is None or _settled(history, *o) is not None:
        return []  # settled after the rate fell: oscillation_settled says so
    c, idx, y, skip, ups = o
    n = int(ups.sum())
    ratio = np.where(ups, y[1:] / np.where(y[:-1] != 0, y[:-1], np.nan), 0.0)
    j = int(np.nanargmax(np.abs(ratio)))
    first = int(np.argmax(ups))
    message = (f"{label(c)} jumped up by more than {jump:.0%} in {n} of its {len(y) - skip} steps from "
               f"{c.unit[:-1]} to {c.unit[:-1]} (the largest: {fmt(y[j])} to {fmt(y[j + 1])} at "
               f"{c.at(idx[j + 1])}): training is oscillating.")
    evidence = {"series": c.key, "jumps": n, "steps": len(y) - skip, "largest_from": float(y[j]),
                "largest_to": float(y[j + 1]), "largest_epoch": c.epoch_at(idx[j + 1])}
    return [Finding("unstable", "warning", message, evidence=evidence, **c.where(idx[first + 1]),
                    advice="Lower the learning rate, raise the batch size, or clip gradients.")]


@rule("oscillation_settled", "info", priority=135, supersedes=("loss_spike",))  # its jumps are spikes too
def oscillation_settled(history: History, *, jump: float = 0.25, min_jumps: int = 2,
                        min_share: float = 0.1) -> list[Finding]:
    """The training loss oscillated until the learning rate fell, then settled."""
    o = _oscillation(history, jump, min_jumps, min_share)
    s = _settled(history, *o) if o is not None else None
    if s is None:
        return []
    c, idx, y, skip, ups = o
    last, quiet = s["last"], s["quiet"]
    message = (f"{label(c)} oscillated while the learning rate was up to {fmt(s['peak_rate'])} ({int(ups.sum())} "
               f"jumps of more than {jump:.0%}, the last at {c.at(idx[last])}); as the rate fell (to "
               f"{fmt(s['end_rate'])} at the end) it settled: no jump in the {quiet} {c.unit} since, and it ended at "
               f"{fmt(y[-1])}, below its lowest before ({fmt(s['lowest_before'])}).")
    evidence = {"series": c.key, "jumps": int(ups.sum()), "last_jump_epoch": c.epoch_at(idx[last]),
                "quiet_steps": quiet, "peak_learning_rate": s["peak_rate"], "end_learning_rate": s["end_rate"]}
    return [Finding("oscillation_settled", "info", message, evidence=evidence, **c.where(idx[last]),
                    advice="Nothing to fix in this run; a lower starting rate or a warm-up would spend fewer "
                           "epochs oscillating.")]
