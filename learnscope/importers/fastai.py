"""fastai: a ``Learner``'s ``Recorder`` (in Python) and the ``history.csv`` its CSVLogger writes.

fastai computes metrics on the validation set unless ``train_metrics=True``, so an
unprefixed metric (``accuracy``) is a validation metric; ``recorder.losses`` is the
per-batch *smoothed* training loss and ``recorder.lrs`` the learning rate per batch.

>>> fastai_key("accuracy"), fastai_key("train_loss"), fastai_key("valid_loss")
('valid_accuracy', 'train_loss', 'valid_loss')
"""

from __future__ import annotations

import numpy as np

from ..errors import ImportFormatError
from .collect import Collector
from .csvlogs import csv_format, read_rows


def fastai_key(name: str) -> str:
    """The key of a fastai metric column: unprefixed metrics are validation metrics."""
    return name if name.startswith(("train_", "valid_")) else f"valid_{name}"


def from_fastai(obj, source: str = "fastai Recorder"):
    """A :class:`History` from a fastai ``Learner`` or its ``Recorder`` after ``fit``.

    >>> learn.fit_one_cycle(3); h = ls.load(learn)   # doctest: +SKIP
    """
    rec = getattr(obj, "recorder", obj)
    names = [n for n in list(getattr(rec, "metric_names", []))[1:] if n != "time"]
    values = list(getattr(rec, "values", []) or [])
    iters = [int(i) for i in getattr(rec, "iters", []) or []]
    c = Collector(source, "fastai-recorder")
    _epoch_values(c, names, values, iters, source)
    _batch_values(c, rec, iters)
    return c.history({"framework": "fastai", "batch_loss": "fastai's smoothed training loss (beta 0.98)"})


def _epoch_values(c: Collector, names, values, iters, source) -> None:
    for j, name in enumerate(names):
        rows = [(i, _float(row[j]) if j < len(row) else None) for i, row in enumerate(values)]
        rows = [(i, v) for i, v in rows if v is not None]
        if not rows:
            continue
        idx = np.array([i for i, _ in rows])
        steps = np.array([iters[i] - 1 if i < len(iters) else i for i in idx], dtype=np.int64)
        c.add_column(fastai_key(name), "epoch", value=[v for _, v in rows], epoch=idx + 1.0, step=steps)


def _batch_values(c: Collector, rec, iters) -> None:
    ends = np.asarray(iters, dtype=np.int64)
    for attr, key in (("losses", "loss"), ("lrs", "lr")):
        vals = [_float(v) for v in getattr(rec, attr, []) or []]
        if vals:
            steps = np.arange(len(vals), dtype=np.int64)
            epoch = np.searchsorted(ends, steps, side="right") + 1.0  # batches before iters[0] are epoch 1
            c.add_column(key, "batch", value=vals, step=steps, epoch=epoch)


def _float(v):
    """A Python float from a number or a scalar tensor; None stays None (a cancelled phase)."""
    if v is None:
        return None
    try:
        return float(v.item() if hasattr(v, "item") else v)
    except (TypeError, ValueError):
        raise ImportFormatError(f"fastai recorder value {v!r} is not a number") from None



def _read_fastai_rows(t, c):
    return read_rows(t, c, rename=fastai_key)


def _is_fastai(header: list[str]) -> bool:
    return {"epoch", "train_loss", "valid_loss"} <= set(header)


FORMATS = (csv_format("fastai-csv", "fastai CSVLogger history.csv", _is_fastai, names=("history.csv",),
                      fill=_read_fastai_rows),)
