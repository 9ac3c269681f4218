"""The few curves the read looks at, picked out of a History once.

A rule wants "the training loss per epoch", "the validation accuracy", "the
number of classes", not series keys. :func:`curves` answers that for any history:
epoch-level series where they exist, else per-epoch means of batch-level ones,
else windows of batch steps.

>>> from learnscope.history import History
>>> c = curves(History.from_dict({"loss": [0.9, 0.5, 0.4], "val_loss": [1.0, 0.7, 0.6]}))
>>> c.val_loss.value, c.val_loss.epoch_at(1)
(array([1. , 0.7, 0.6]), 2)
"""

from __future__ import annotations

import math
import re
import weakref
from dataclasses import dataclass, field

import numpy as np

from ..axis import step_based, tokens_at, tokens_series, tokens_text
from ..history import History, Series
from ..names import higher_is_better, is_accuracy
from .noise import Noise, curve_noise
from .runmeta import BATCH_SIZE_KEYS, VAL_SIZE_KEYS, int_meta, named_classes, shares

_WINDOWS = 40  # batch-only histories without epochs: judged on this many windows


@dataclass
class Curve:
    """One curve as the rules see it: values with the epoch (1-based) and step of each point."""

    name: str
    split: str
    value: np.ndarray
    epoch: np.ndarray | None  # None: batch windows with no epoch information
    step: np.ndarray | None
    source: str = "epoch"  # "epoch", "batch means per epoch", "batch windows"
    accuracy: bool = False
    n_samples: int | None = None
    tokens: tuple | None = field(default=None, repr=False)  # the run's (steps, tokens seen), if logged
    _noise: Noise | None = field(default=None, repr=False)

    @property
    def key(self) -> str:
        return self.name if self.split == "train" else f"{self.split}_{self.name}"

    @property
    def finite(self) -> np.ndarray:
        return np.isfinite(self.value)

    def epoch_at(self, i: int) -> int | None:
        if self.epoch is None or not math.isfinite(self.epoch[i]):
            return None
        return max(1, int(math.ceil(self.epoch[i] - 1e-9)))

    def epochs(self, idx) -> np.ndarray:
        """``epoch_at`` of each point in ``idx``, as floats (NaN where a point has no epoch)."""
        return np.asarray([self.epoch_at(i) for i in idx], dtype=float)

    def step_at(self, i: int) -> int | None:
        return None if self.step is None else int(self.step[i])

    @property
    def step_based(self) -> bool:
        """Evaluated at fractional epochs (every N steps): told in steps, never in epochs."""
        return self.epoch is not None and self.step is not None and step_based([self.epoch])

    @property
    def unit(self) -> str:
        """What one point is, for messages: "epochs", "evaluations" (fractional epochs), "windows"."""
        if self.epoch is None:
            return "windows"
        return "evaluations" if step_based([self.epoch]) else "epochs"

    def tokens_at(self, i: int) -> int | None:
        """Tokens seen by point ``i`` (None when the run logs no ``tokens`` series)."""
        if self.tokens is None or self.step is None:
            return None
        return int(round(tokens_at(self.tokens, float(self.step[i]))))

    def at(self, i: int) -> str:
        """Where point ``i`` is, for messages: "epoch 3", "step 500 (evaluation 5 of 24)", "step 500"
        (with tokens seen when logged: "step 500 (1.02M tokens; evaluation 5 of 24)")."""
        t = self.tokens_at(i)
        tok = f"{tokens_text(t)} tokens" if t is not None else ""
        if self.step_based:
            return f"step {self.step_at(i):,} ({tok + '; ' if tok else ''}evaluation {i + 1} of {len(self.value)})"
        if self.epoch is None or not math.isfinite(self.epoch[i]):
            return (f"step {self.step_at(i):,}" + (f" ({tok})" if tok else "")) if self.step is not None \
                else f"point {i + 1}"
        return f"epoch {float(self.epoch[i]):.0f}"

    def where(self, i: int) -> dict:
        """``epoch=`` and ``step=`` of point ``i``, for a Finding (no epoch for a step-based curve)."""
        return {"epoch": None if self.step_based else self.epoch_at(i), "step": self.step_at(i)}

    def noise(self) -> Noise:
        if self._noise is None:
            self._noise = curve_noise(self.value, accuracy=self.accuracy, n_samples=self.n_samples)
        return self._noise


@dataclass
class Curves:
    """What the read works from: the main curves, batch loss, probes, classes."""

    train_loss: Curve | None = None
    val_loss: Curve | None = None
    train_acc: Curve | None = None
    val_acc: Curve | None = None
    batch_loss: Series | None = None
    batch_acc: Series | None = None
    probes: dict[str, dict[str, Series]] = field(default_factory=dict)
    num_classes: int | None = None
    tokens: tuple | None = None  # (steps, cumulative tokens) when the run logs ``tokens``
    classes_from: str = ""
    val_size: int | None = None
    val_class_shares: tuple | None = None  # each class's share of the validation set, when the run says
    batch_size: int | None = None  # samples per training batch, when the config or metadata says
    has_epoch_level: bool = False
    n_series: int = 0
    not_accuracy: list = field(default_factory=list)  # accuracy series no scale makes one: (label, value)

    @property
    def monitor(self) -> Curve | None:
        """The curve a reader judges generalisation by: validation loss, else accuracy."""
        return self.val_loss or self.val_acc

    @property
    def main(self) -> Curve | None:
        return self.train_loss or self.val_loss or self.train_acc or self.val_acc


_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def curves(history: History) -> Curves:
    """The :class:`Curves` of a history (computed once per History object)."""
    hit = _cache.get(history)
    if hit is None:
        hit = _cache[history] = _build(history)
    return hit


def _build(h: History) -> Curves:
    c = Curves(has_epoch_level=any(s.level == "epoch" and len(s) for s in h.series.values()),
               n_series=sum(1 for s in h.series.values() if len(s)))
    c.val_size = int_meta(h, VAL_SIZE_KEYS)
    c.batch_size = int_meta(h, BATCH_SIZE_KEYS)
    loss, acc = _loss_name(h), _acc_name(h)
    c.train_loss = _curve(h, loss, "train")
    c.val_loss = _curve(h, loss, "val")
    c.train_acc = _accuracy_or_none(c, _curve(h, acc, "train", accuracy=True))
    c.val_acc = _accuracy_or_none(c, _curve(h, acc, "val", accuracy=True, n_samples=c.val_size))
    if c.val_loss is None and c.val_acc is None:
        # no validation split, but a test split evaluated epoch after epoch: it is the held-out curve there
        # is, and generalisation is judged on it (read 94; the insufficient_data note says so)
        c.val_loss = _held_out(h, loss)
        c.val_acc = _accuracy_or_none(c, _held_out(h, acc, accuracy=True, n_samples=c.val_size))
    c.batch_loss = _per_batch(h, h.get(loss, "train", "batch")) if loss else None
    c.batch_acc = _per_batch(h, h.get(acc, "train", "batch")) if acc and c.train_acc is not None else None
    c.tokens = tokens_series(h)
    for curve in (c.train_loss, c.val_loss, c.train_acc, c.val_acc):
        if curve is not None:
            curve.tokens = c.tokens
    c.probes = _probes(h)
    c.val_class_shares = shares(h)
    c.num_classes, c.classes_from = named_classes(h)
    if c.num_classes is None and c.val_class_shares:
        c.num_classes, c.classes_from = len(c.val_class_shares), "the validation set's class shares"
    return c


def _names(h: History) -> list[str]:
    return [n for n in h.metrics() if not n.startswith("probe/")]


# a run that logs a loss or an accuracy per part (per head, class or term) beside their aggregate is
# judged on the aggregate: the plain name, else one named a total or a mean, else the first
_AGGREGATE = re.compile(r"(^|[_/.\-])(total|mean|avg|average|overall)([_/.\-]|$)", re.I)


def _aggregate_first(names: list[str], plain: tuple[str, ...]) -> str | None:
    """The name a reader means by "the" loss or accuracy among ``names``.

    >>> _aggregate_first(["class_0_acc", "class_1_acc", "acc"], ("acc", "accuracy"))
    'acc'
    >>> _aggregate_first(["Conductor_Copper_loss", "Dielectric_Air_loss", "mean_loss"], ("loss",))
    'mean_loss'
    """
    return next((n for n in names if n.lower() in plain),
                next((n for n in names if _AGGREGATE.search(n)), names[0] if names else None))


def _loss_name(h: History) -> str | None:
    return _aggregate_first([n for n in _names(h) if "loss" in n.lower() and not higher_is_better(n)], ("loss",))


def _acc_name(h: History) -> str | None:
    return _aggregate_first([n for n in _names(h) if is_accuracy(n)], ("accuracy", "acc"))


def _curve(h: History, name: str | None, split: str, *, accuracy=False, n_samples=None) -> Curve | None:
    if name is None:
        return None
    s = h.get(name, split, "epoch")
    if s is not None and len(s):
        value, epoch, step = _sorted(s)
        curve = Curve(name, split, value, epoch, step, "epoch", accuracy, n_samples)
    else:
        s = h.get(name, split, "batch")
        if s is None or not len(s):
            return None
        curve = _from_batches(s, accuracy, n_samples)
    return curve


def _held_out(h: History, name: str | None, **kw) -> Curve | None:
    """The test split's epoch-level curve of ``name`` when it was evaluated at 3 epochs or more (a test
    score logged once, at the end, is no curve), else None."""
    c = _curve(h, name, "test", **kw)
    return c if c is not None and c.source == "epoch" and c.finite.sum() >= 3 else None


def _sorted(s: Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Values, epochs and steps in epoch order (epochs 1..n where the series has none)."""
    epoch = np.asarray(s.epoch, dtype=float)
    if not np.isfinite(epoch).all():
        epoch = np.arange(1, len(s) + 1, dtype=float)
    else:
        epoch = _continued(epoch, np.asarray(s.step))
    order = np.argsort(epoch, kind="stable")
    return np.asarray(s.value, float)[order], epoch[order], np.asarray(s.step)[order]


def _per_batch(h: History, s: Series | None) -> Series | None:
    """Real per-batch values: Keras reports the running mean over the epoch's batches so far, from
    which batch k's own value is ``k m_k - (k - 1) m_(k-1)`` (each epoch starts a new mean)."""
    reduction = str((h.meta or {}).get("train_metric_reduction", "")).lower()
    if s is None or len(s) < 2 or "running mean" not in reduction or not np.isfinite(s.epoch).all():
        return s
    m = np.asarray(s.value, float)
    epoch = np.ceil(np.asarray(s.epoch, float) - 1e-9)
    starts = np.flatnonzero(np.r_[True, epoch[1:] != epoch[:-1]])
    k = np.arange(len(m)) - np.repeat(starts, np.diff(np.r_[starts, len(m)])) + 1.0
    prev = np.r_[0.0, m[:-1]]
    with np.errstate(invalid="ignore", over="ignore"):  # inf - inf after a blow-up: NaN, as it should be
        value = np.where(k == 1, m, k * m - (k - 1) * prev)
    return Series(s.name, s.split, s.level, step=s.step, epoch=s.epoch, value=value)


def _continued(epoch: np.ndarray, step: np.ndarray) -> np.ndarray:
    """Epochs that restart in step order (a second ``fit`` appended to the same log) continue
    from where the previous fit ended, instead of interleaving with it."""
    by_step = np.argsort(step, kind="stable")
    e = epoch[by_step]
    restarts = np.flatnonzero(np.diff(e) < 0) + 1
    if not len(restarts) or len(np.unique(step)) < len(step):
        return epoch
    offset = np.zeros(len(e))
    for r in restarts:
        offset[r:] += e[r - 1] - e[r] + 1
    out = np.empty_like(epoch)
    out[by_step] = e + offset
    return out


def _from_batches(s: Series, accuracy: bool, n_samples) -> Curve:
    """Per-epoch means of a batch-level series (or windows of steps where epochs are unknown)."""
    value, step = np.asarray(s.value, float), np.asarray(s.step)
    epoch = np.asarray(s.epoch, float)
    if len(epoch) and np.isfinite(epoch).all() and len(np.unique(np.ceil(epoch))) >= 2:
        groups, source = np.maximum(np.ceil(epoch - 1e-9), 1).astype(np.int64), "batch means per epoch"
    else:
        groups, source = np.arange(len(value)) * _WINDOWS // max(len(value), 1), "batch windows"
    keys, start = np.unique(groups, return_index=True)
    sums = np.add.reduceat(value, start)  # NaN in a group makes its mean NaN: kept on purpose
    means = sums / np.diff(np.append(start, len(value)))
    last_step = step[np.append(start[1:], len(value)) - 1]
    ep = keys.astype(float) if source != "batch windows" else None
    return Curve(s.name, s.split, means, ep, last_step, source, accuracy, n_samples)


def batch_windows(s: Series | None, windows: int = _WINDOWS) -> Curve | None:
    """A batch-level series as ``windows`` means of consecutive steps: the detail a run of few, long
    epochs (or none) has at batch level and not at epoch level."""
    if s is None or len(s) < 2 * windows:
        return None
    value, step = np.asarray(s.value, float), np.asarray(s.step)
    groups = np.arange(len(value)) * windows // len(value)
    _, start = np.unique(groups, return_index=True)
    means = np.add.reduceat(value, start) / np.diff(np.append(start, len(value)))
    ends = np.append(start[1:], len(value)) - 1
    epoch = np.asarray(s.epoch, float)[ends] if np.isfinite(s.epoch).all() else None
    return Curve(s.name, s.split, means, epoch, step[ends], "batch windows")


def _accuracy_or_none(c: Curves, curve: Curve | None) -> Curve | None:
    """Accuracy ``curve`` as fractions (percentages divided by 100) when its values are an accuracy on
    either scale, else None, noted in ``c.not_accuracy`` with its value furthest out: -3 or 1e308 is no
    accuracy, and a rule reading it as one would judge nonsense (insufficient_data says it was not read)."""
    if curve is None:
        return None
    v = curve.value[np.isfinite(curve.value)]
    out = v[(v < -1e-9) | (v > 100.0 + 1e-9)]
    if len(out):
        c.not_accuracy.append((f"{'validation' if curve.split == 'val' else 'training'} {curve.name}",
                               float(out[np.argmax(np.abs(out))])))
        return None
    curve.value = _as_fraction(curve.value)
    return curve


def _as_fraction(value: np.ndarray) -> np.ndarray:
    """Accuracies logged in percent (93.75) as fractions (0.9375)."""
    finite = value[np.isfinite(value)]
    if len(finite) and finite.max() > 1.0 + 1e-9 and finite.max() <= 100.0:
        return value / 100.0
    return value


def _probes(h: History) -> dict[str, dict[str, Series]]:
    out: dict[str, dict[str, Series]] = {}
    for key, s in h.series.items():
        parts = key.name.split("/", 2)
        if len(parts) == 3 and parts[0] == "probe" and len(s):
            out.setdefault(parts[1], {})[parts[2]] = s
    return out
