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
    logs 1, 1, 1, 2, 2, 2; appended fits that restart at 1 are not that).

    All series are checked in a few array operations, not one Python loop each: a sweep of
    1,000 runs asks about 4,000 of them before drawing."""
    arrays = [np.asarray(e, dtype=float) for e in epochs]
    if not arrays:
        return False
    which = np.repeat(np.arange(len(arrays)), [len(e) for e in arrays])
    e = np.concatenate(arrays)
    finite = np.isfinite(e)
    e, which = e[finite], which[finite]
    if len(e) and np.abs(e - np.round(e)).max() > 1e-6:  # (np.allclose: 5x slower per call)
        return True
    within = which[1:] == which[:-1]  # consecutive values of one series
    steps, owner = np.diff(e)[within], which[1:][within]
    repeats = np.zeros(len(arrays), bool)
    repeats[owner[steps == 0]] = True
    repeats[owner[steps < 0]] = False  # an appended fit restarting at 1: not evaluations within epochs
    return bool(repeats.any())


def history_step_based(history) -> bool:
    """:func:`step_based` for a History's epoch-level series."""
    return step_based(s.epoch for k, s in history.series.items() if k.level == "epoch" and len(s))


def x_axis(histories) -> str:
    """``"epoch"`` or ``"step"``: the x axis for these histories' figures and report."""
    epochs = [s.epoch for h in histories for k, s in h.series.items() if k.level == "epoch" and len(s)]
    return "step" if not epochs or step_based(epochs) else "epoch"
