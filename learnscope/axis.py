"""Epochs or steps: the one decision of which axis a run is told in.

A run evaluated at fractional epochs (a Hugging Face ``Trainer`` with
``eval_steps=100`` over a third of an epoch, Lightning's ``val_check_interval``, a
language model that never finishes an epoch) is *step-based*: the read, the figures,
the report and the dashboard speak of its steps and evaluations ("step 12,000,
evaluation 12 of 24"), never of "epoch 0.161". A run whose evaluations fall on whole
epochs keeps epochs; a run with no epoch-level values at all is drawn against steps.

>>> import numpy as np
>>> step_based([np.array([1.0, 2.0, 3.0])]), step_based([np.array([0.05, 0.1, 0.15])])
(False, True)
>>> step_based([np.array([1.0, 1, 2, 2])]), step_based([np.array([1.0, 2, 1, 2])])  # val_check_interval
(True, False)
>>> from learnscope.history import History
>>> x_axis([History.from_dict({"loss": [1.0, 0.5], "val_loss": [1.1, 0.7]})])
'epoch'
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np


def step_based(epochs: Iterable[np.ndarray]) -> bool:
    """True when any epoch-level series (epochs in recording order) was evaluated at a
    fractional epoch, or several times within one epoch (Lightning's ``val_check_interval``
    logs 1, 1, 1, 2, 2, 2; appended fits that restart at 1 are not that)."""
    for e in epochs:
        e = np.asarray(e, dtype=float)
        e = e[np.isfinite(e)]
        if len(e) and np.abs(e - np.round(e)).max() > 1e-6:  # (np.allclose: 5x slower per call)
            return True
        steps = np.diff(e)
        if len(e) > 1 and (steps >= 0).all() and (steps == 0).any():
            return True
    return False


def history_step_based(history) -> bool:
    """:func:`step_based` for a History's epoch-level series."""
    return step_based(s.epoch for k, s in history.series.items() if k.level == "epoch" and len(s))


def x_axis(histories) -> str:
    """``"epoch"`` or ``"step"``: the x axis for these histories' figures and report."""
    has_epoch = any(k.level == "epoch" and len(s) for h in histories for k, s in h.series.items())
    if not has_epoch or any(history_step_based(h) for h in histories):
        return "step"
    return "epoch"
