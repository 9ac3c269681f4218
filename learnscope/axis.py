"""Epochs or steps: the one decision of which axis a run is told in.

A run evaluated at fractional epochs (a Hugging Face ``Trainer`` with
``eval_steps=100`` over a third of an epoch, Lightning's ``val_check_interval``, a
language model that never finishes an epoch) is *step-based*: the read, the figures,
the report and the dashboard speak of its steps and evaluations ("step 12,000,
evaluation 12 of 24"), never of "epoch 0.161". A run whose evaluations fall on whole
epochs keeps epochs; a run with no epoch-level values at all is drawn against steps.

A run that logs a ``tokens`` series (cumulative tokens seen; the Hugging Face Trainer's
``num_input_tokens_seen``) is also told in tokens beside its steps ("step 12,000 (1.2M
tokens; evaluation 12 of 24)"), and its figures can take tokens as the x axis.

>>> import numpy as np
>>> step_based([np.array([1.0, 2.0, 3.0])]), step_based([np.array([0.05, 0.1, 0.15])])
(False, True)
>>> step_based([np.array([1.0, 1, 2, 2])]), step_based([np.array([1.0, 2, 1, 2])])  # val_check_interval
(True, False)
>>> from learnscope.history import History
>>> x_axis([History.from_dict({"loss": [1.0, 0.5], "val_loss": [1.1, 0.7]})])
'epoch'
>>> tokens_text(1_234_567), tokens_text(2048), tokens_text(950), tokens_text(3.2e9)
('1.23M', '2.05K', '950', '3.2B')
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


TOKENS = "tokens"  # the series name of cumulative tokens seen (importers map framework names to it)


def tokens_series(history):
    """The run's cumulative tokens as ``(steps, tokens)`` in step order, finite points only
    (None when it logs no ``tokens`` series)."""
    s = next((history.get(TOKENS, "train", lv) for lv in ("batch", "epoch") if history.get(TOKENS, "train", lv)),
             None)
    if s is None or not len(s):
        return None
    st, v = np.asarray(s.step, dtype=np.float64), np.asarray(s.value, dtype=np.float64)
    ok = np.isfinite(v) & np.isfinite(st)
    if not ok.any():
        return None
    st, v = st[ok], v[ok]
    order = np.argsort(st, kind="stable")
    return st[order], v[order]


def tokens_at(tokens, steps):
    """Tokens seen by ``steps`` (a number or an array): interpolated between logged points (from
    0 tokens at step 0) and extrapolated at the run's mean tokens per step past the last one.

    >>> tokens_at((np.array([10.0, 20.0]), np.array([100.0, 200.0])), np.array([5, 15, 30]))
    array([ 50., 150., 300.])
    """
    st, v = tokens
    if st[0] > 0 and v[0] >= 0:
        st, v = np.r_[0.0, st], np.r_[0.0, v]
    steps = np.asarray(steps, dtype=np.float64)
    out = np.interp(steps, st, v)
    if st[-1] > st[0]:
        out = np.where(steps > st[-1], v[-1] + (steps - st[-1]) * (v[-1] - v[0]) / (st[-1] - st[0]), out)
    return float(out) if out.ndim == 0 else out


def tokens_text(n: float) -> str:
    """A token count in a few characters: 950, 2.05K, 1.23M, 3.2B."""
    n = float(n)
    for unit, div in (("T", 1e12), ("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if abs(n) >= div:
            return f"{n / div:.3g}{unit}"
    return f"{n:.0f}"
