import numpy as np
import pytest

from learnscope.history import History, RunInfo, Series


def make_history(epochs=20, *, name="run", config=None, group=None, batches=0, seed=0,
                 scale=1.0, overfit_from=None, nan_from=None):
    """A synthetic but plausible history: loss falling, optional overfitting, NaN, batches."""
    rng = np.random.default_rng(seed)
    t = np.arange(epochs, dtype=float)
    loss = scale * np.exp(-t / 5) + 0.05 + rng.normal(0, 0.005, epochs)
    val = loss + 0.02
    if overfit_from:
        val = val + np.where(t >= overfit_from, (t - overfit_from) * 0.05, 0)
    if nan_from is not None:
        loss = loss.copy()
        loss[nan_from:] = np.nan
    data = {"loss": loss, "val_loss": val, "accuracy": 1 - loss / 2, "val_accuracy": 1 - val / 2}
    h = History.from_dict(data, info=RunInfo(project="p", name=name, group=group, config=config or {}))
    if batches:
        n = epochs * batches
        step = np.arange(n)
        ep = np.repeat(np.arange(1, epochs + 1, dtype=float), batches)
        h.add(Series("loss", "train", "batch", step, ep, None, np.repeat(loss, batches) + rng.normal(0, .01, n)))
    return h


@pytest.fixture
def history():
    return make_history()
