"""Labels for step-based runs, from their cause and an independent check of their own curve.

The check (:func:`curve_spikes`) does not use the read's rule or its thresholds. It asks a
plainer question of the logged training loss ``y``: is there a point that is at least
25% above the median of the 20 points before it, and above their maximum by more than
their whole range (max - min), after
which the mean of 10 consecutive points gets back within 5% of that median within the
next 200 points? The rule measures against a block median and the median absolute
deviation instead; the two agree on clear cases and may differ on borderline ones,
which is the point of an independent check.

A run's label (``where``: the stretches of steps where the cause acts, e.g. a bad batch's
step, the first 50 steps after a warm restart; None: anywhere):

- cause ``spike_*`` and the check sees a spike where the cause acts: ``loss_spike`` expected;
- cause ``spike_*`` and a jump only elsewhere: dropped (not explained by its cause);
- cause ``spike_*`` and no spike on the curve: relabelled ``healthy`` (the cause did
  not show: tiny models shrug off settings that break large ones);
- cause ``healthy`` and no spike: ``healthy`` (a ``loss_spike`` would be a false alarm);
- cause ``healthy`` and a spike on the curve: dropped (an unintended spike).

>>> import numpy as np
>>> y = np.full(300, 2.0) + np.random.default_rng(0).normal(0, 0.02, 300)
>>> curve_spikes(y)
[]
>>> y[150] = 3.0
>>> curve_spikes(y)
[150]
"""

from __future__ import annotations

import numpy as np

RISE, BEFORE, BACK, WITHIN, RUN = 1.25, 20, 1.05, 200, 10


def curve_spikes(y: np.ndarray) -> list[int]:
    """Indices where the curve jumps 25% above its recent median and comes back (see above)."""
    y = np.asarray(y, float)
    y = y[np.isfinite(y)]
    out: list[int] = []
    for t in range(BEFORE, len(y)):
        prev = y[t - BEFORE: t]
        med = float(np.median(prev))
        if med <= 0 or y[t] < RISE * med or y[t] <= 2 * prev.max() - prev.min():
            continue
        after = y[t + 1: t + 1 + WITHIN]
        if len(after) >= RUN and (np.convolve(after, np.ones(RUN) / RUN, "valid") <= BACK * med).any():
            if not out or t - out[-1] > BEFORE:  # one spike, not each of its points
                out.append(t)
    return out


def label(cause: str, y: np.ndarray, steps: np.ndarray | None = None,
          where: list[tuple[int, int]] | None = None) -> tuple[str | None, str]:
    """``(label, reason)``: ``loss_spike``, ``healthy`` or None (dropped)."""
    seen = curve_spikes(y)
    if cause.startswith("spike"):
        at = [int(steps[i]) if steps is not None else i for i in seen]
        explained = [s for s in at if where is None or any(a <= s <= b for a, b in where)]
        if explained:
            return "loss_spike", f"cause {cause}; the curve jumps at step(s) {explained}"
        if seen:
            return None, f"dropped: the curve jumps at step(s) {at}, not where {cause} acts"
        return "healthy", f"relabelled: cause {cause} did not show on the curve"
    if seen:
        return None, f"dropped: healthy settings, but the curve jumps at {len(seen)} point(s)"
    return "healthy", "healthy settings, no jump on the curve"
