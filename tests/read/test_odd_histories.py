"""Seeded random odd histories: read() and every rendering give a read, never an exception or a warning.

The named bad inputs (tests/read/test_read.py) are the cases we thought of; these are the mixtures
we did not: any number of series of any length (0 to 400), at epoch or batch level, with NaN and
inf sprinkled in or everywhere, constants, values at the float limits, percent accuracies, random
walks, epochs that restart (appended fits) or come unsorted, a class count that may be absurd, and a
validation set's size.
"""

import json
import warnings

import numpy as np
import pytest

import learnscope as ls
from learnscope.history import History, Series, parse_key
from learnscope.read import CODES
from learnscope.read.render import to_html, to_json, to_markdown, to_rich

KEYS = ["loss", "val_loss", "accuracy", "val_accuracy", "acc", "val_acc", "lr", "learning_rate", "mae",
        "val_mae", "auc", "val_f1", "perplexity", "val_perplexity", "grad_norm", "bleu"]


def _values(rng, n: int) -> np.ndarray:
    x = np.arange(n, dtype=float)
    kind = int(rng.integers(0, 6))
    if kind == 0:
        y = np.exp(-x / max(1, n / 5)) + rng.normal(0, rng.choice([0, 1e-3, 0.05, 0.5]), n)
    elif kind == 1:
        y = np.full(n, rng.choice([0.0, 1.0, -1.0, 1e300, 5e-324, np.log(10)]))
    elif kind == 2:
        y = rng.normal(0, 1, n) * 10 ** rng.uniform(-8, 8)
    elif kind == 3:
        y = np.geomspace(1, 10 ** rng.uniform(-10, 10), n)
    elif kind == 4:
        y = rng.choice([0.0, 0.5, 1.0, 50.0, 100.0], n)  # accuracies as fractions or percentages
    else:
        y = np.cumsum(rng.normal(0, 1, n))
    if n and rng.random() < 0.2:
        y[rng.integers(0, n, rng.integers(1, n + 1))] = rng.choice([np.nan, np.inf, -np.inf, 1e308])
    if rng.random() < 0.1:
        y[:] = np.nan
    return y


def _epochs(rng, m: int) -> np.ndarray:
    if m > 3 and rng.random() < 0.15:  # an appended fit: epochs restart at 1
        return np.r_[np.arange(1, m // 2 + 1), np.arange(1, m - m // 2 + 1)].astype(float)
    if rng.random() < 0.1:
        return np.sort(rng.uniform(0, 50, m))
    return np.arange(1, m + 1, dtype=float)


def _history(rng) -> History:
    n = int(rng.choice([0, 1, 2, 3, 4, 5, 7, 10, 30, 100, 400]))
    h = History()
    for key in rng.choice(KEYS, rng.integers(1, 5), replace=False):
        m = n if rng.random() < 0.8 else int(rng.integers(0, max(n, 1) + 3))  # series of other lengths
        level = "batch" if rng.random() < 0.15 else "epoch"
        name, split, _ = parse_key(str(key), level)
        h.add(Series(name, split, level, step=np.arange(m, dtype=np.int64), epoch=_epochs(rng, m),
                     wall_time=np.full(m, np.nan), value=_values(rng, m)))
    if rng.random() < 0.3:  # the validation set's size, as integrations record it
        h.meta["val_size"] = int(rng.choice([1, 7, 50, 10**6]))
    return h


@pytest.mark.parametrize("seed", range(4))
def test_random_odd_histories_read_and_render(seed):
    rng = np.random.default_rng(seed)
    for _ in range(250):
        h = _history(rng)
        kw = {"classes": int(rng.choice([1, 2, 3, 10, 1000]))} if rng.random() < 0.3 else {}
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # no overflow, NaN or deprecation warnings either
            r = ls.read(h, **kw)
            assert r.verdict in CODES, (r.verdict, h)
            json.loads(to_json(r), parse_constant=lambda c: pytest.fail(f"non-strict JSON token {c} in {h}"))
            to_markdown(r), to_html(r), to_rich(r)
