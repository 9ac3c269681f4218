"""The diagnosis rules: pure functions ``rule(history, *, thresholds) -> list[Finding]``.

Each rule looks at one question, with its thresholds as keyword defaults (like
Keras' ``EarlyStopping(patience=, min_delta=)``), and cites the epochs and values
it used in the finding's evidence. Changes are judged against the curve's noise
(see :mod:`learnscope.read.noise`), not against fixed amounts alone.

Each rule lives in its own module and declares its code there (``@rule``); this module
imports them all, which fills the registry (``RULES``, most important first), and
holds the simplest, ``non_finite``.

>>> from learnscope.history import History
>>> h = History.from_dict({"loss": [1.0, 0.5, float("nan")]})
>>> [f.code for f in non_finite(h)]
['non_finite']
"""

from __future__ import annotations

import math

import numpy as np

from ..history import History
from ..names import higher_is_better, is_accuracy
from .finding import Finding
from .registry import rule, rules as registered_rules
from . import probes  # noqa: F401  (registers the probe rules)
from .diverging import diverging  # noqa: F401  (registered there; re-exported)
from .plateau import plateau  # noqa: F401  (registered there; re-exported)
from .underfit import underfitting  # noqa: F401  (registered there; re-exported)
from .slow import slow_convergence  # noqa: F401  (registered there; re-exported)
from .unstable import oscillation_settled, unstable  # noqa: F401  (both registered there; re-exported)
from .chance import chance_level  # noqa: F401  (registered there; re-exported)
from .overfit import overfitting  # noqa: F401  (registered there; re-exported)
from .noisy import noisy_validation  # noqa: F401  (registered there; re-exported)
from . import notes  # noqa: F401  (registers insufficient_data, epoch_vs_batch, healthy)
from .spike import loss_spike  # noqa: F401  (registered there; re-exported)


def _watched(history: History):
    """Series whose NaN/inf matters: losses and accuracies (all series if there is neither)."""
    series = [s for s in history.series.values() if not s.name.startswith("probe/") and len(s)]
    picked = [s for s in series if ("loss" in s.name.lower() and not higher_is_better(s.name))
              or is_accuracy(s.name)]
    return picked or series


@rule("non_finite", "error", priority=10,
      # after the first NaN, accuracies and plateaus describe a broken model, not learning
      supersedes=("chance_level", "underfitting", "plateau", "noisy_validation", "slow_convergence",
                  "dead_units", "vanishing_gradients", "overfitting"))
def non_finite(history: History) -> list[Finding]:
    """The first NaN or infinity in a loss or accuracy: everything after it is meaningless."""
    hits = []
    for s in _watched(history):
        bad = ~np.isfinite(s.value)
        if bad.any():
            i = int(np.argmax(bad))
            ep = float(s.epoch[i]) if math.isfinite(s.epoch[i]) else math.inf
            hits.append((ep, 0 if s.level == "batch" else 1, int(s.step[i]), s, i, int(bad.sum())))
    if not hits:
        return []
    ep, _, step, s, i, count = min(hits, key=lambda h: h[:3])
    where = f"at epoch {max(1, math.ceil(ep))}" if math.isfinite(ep) else f"at step {step}"
    every = count == len(s)
    before = s.value[:i][np.isfinite(s.value[:i])]
    message = (f"every value of {s.keras_key} is {s.value[i]}." if every else
               f"{s.keras_key} ({s.level} level) became {s.value[i]} {where} (step {step}); "
               f"{count} of {len(s)} values are not finite, so nothing after that point means anything.")
    evidence = {"series": s.keras_key, "level": s.level, "value": float(s.value[i]), "non_finite": count,
                "points": len(s), "last_finite": float(before[-1]) if len(before) else None}
    return [Finding("non_finite", "error", message, max(1, math.ceil(ep)) if math.isfinite(ep) else None,
                    step, evidence, "Lower the learning rate, clip gradients (clip_grad_norm_), and look for "
                    "log(0), division by zero or NaN in the inputs.")]


# every rule module is imported above, so the registry is complete here
RULES = registered_rules()
