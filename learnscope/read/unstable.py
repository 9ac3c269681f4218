"""Unstable training: the training loss jumps up again and again instead of settling.

An epoch's training loss is a mean over many batches, so a healthy one rarely rises by a
quarter from one epoch to the next. Jumps are ratios (a loss that fell from 4 to 0.004 can
still jump from 0.005 to 0.04; below 5% of its start only doublings count; the start is where
training started, ln K or its first batch's loss, when a first epoch that blew up averaged more),
counted after the first tenth of the run (the start may
bounce while a schedule warms up); ``min_share`` of the steps must be jumps, so a few bumps
in a long run are not oscillation. Without epochs, windows of batch losses are judged.

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


@rule("unstable", "warning", priority=60,  # its jumps are spikes too; still improving through them is said
      supersedes=("loss_spike",))
def unstable(history: History, *, jump: float = 0.25, min_jumps: int = 2,
             min_share: float = 0.1) -> list[Finding]:
    """The training loss jumps up again and again: the learning rate is likely too high."""
    cs = curves(history)
    c = cs.train_loss
    if c is None or c.finite.sum() < 6:
        return []
    idx, y = finite(c)
    skip = max(1, len(y) // 10)
    ups = _jumps(y, jump, start=start_level(history, cs, c))  # where training started: ln K, or its first batch
    ups[: skip - 1] = False
    n = int(ups.sum())
    if n < max(min_jumps, min_share * (len(y) - skip)):
        return []  # a few bumps in a long run is not oscillation
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
