"""Runs of experiment trackers (MLflow, W&B, Trackio) as Histories.

A tracker keeps ``key -> (step, wall time, value)`` and a run's project, name, config
and status, but no epochs and no levels. They are decided here, once for all trackers:

- an ``epoch`` key (Lightning, Keras and HF callbacks log one) numbers the points: a
  point belongs to the epoch of the next ``epoch`` value logged at or after its step
  (the callbacks log it at the end of the epoch), counted from 1; a key with one point
  per epoch (validation, or training logged at the ``epoch`` steps) is epoch level;
- without one, validation keys, and training keys logged only at their steps, are epoch
  level; the rest is batch level, in the epoch in progress.

>>> run = TrackedRun("runs.db", "trackio", name="a", project="p")
>>> for s in range(4):
...     run.add("loss", s, 0.0, 1.0 / (s + 1))
>>> run.add("val_loss", 1, 0.0, 0.9); run.add("val_loss", 3, 0.0, 0.6)
>>> h = run.history()
>>> h.batch["loss"].tolist(), h.epoch["val_loss"].tolist(), h.epoch.series("val_loss").epoch.tolist()
([1.0, 0.5, 0.3333333333333333, 0.25], [0.9, 0.6], [1.0, 2.0])
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ..names import parse_key
from .collect import Collector

EPOCH_KEYS = ("epoch", "epoch/epoch", "trainer/epoch")
_WORDS = {"nan": math.nan, "infinity": math.inf, "inf": math.inf, "-infinity": -math.inf, "-inf": -math.inf}


def number(value) -> float | None:
    """A logged value as a float (``"NaN"``/``"Infinity"`` as trackers write them); None if not a number."""
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        return _WORDS.get(value.strip().lower())
    return None


@dataclass
class TrackedRun:
    """One run read from a tracker, before its points become series."""

    source: str
    fmt: str
    name: str
    project: str = "default"
    config: dict = field(default_factory=dict)
    status: str = "finished"
    created: float | None = None
    ended: float | None = None
    meta: dict = field(default_factory=dict)
    points: dict[str, list[tuple[int, float, float]]] = field(default_factory=dict)

    def add(self, key: str, step: int, wall_time: float, value) -> None:
        """One logged value; values that are not numbers (images, tables, text) are skipped."""
        v = number(value)
        if v is not None and not key.startswith("_"):
            self.points.setdefault(key, []).append((int(step), float(wall_time), v))

    def history(self):
        """The :class:`History` of this run; :class:`ImportFormatError` if it logged no number."""
        arrays = {k: _arrays(rows) for k, rows in self.points.items()}
        marker = next((arrays.pop(k) for k in EPOCH_KEYS if k in arrays), None)
        c = Collector(self.source, self.fmt)
        _add_series(c, arrays, marker)
        h = c.history({**self.meta, "tracker": self.fmt}, self.config, name=self.name)
        info = h.info
        info.project, info.status = self.project, self.status
        walls = [w for pts in self.points.values() for _, w, _ in pts if math.isfinite(w)]
        if walls or self.created is not None:  # a tracker may write its start after the first values
            info.created = min([*walls, *([self.created] if self.created is not None else [])])
        info.ended = self.ended if self.ended is not None else max(walls, default=None)
        return h


def _arrays(rows):
    """Steps, wall times and values in step order; a key logged at one step only (MLflow's
    default step 0) is numbered in the order it was logged."""
    step, wall, value = (np.array(col) for col in zip(*rows))
    if len(step) > 1 and np.all(step == step[0]):
        order = np.argsort(wall, kind="stable")
        return np.arange(len(step), dtype=np.int64), wall[order], value[order]
    order = np.argsort(step, kind="stable")
    return step[order].astype(np.int64), wall[order].astype(np.float64), value[order].astype(np.float64)


def _add_series(c: Collector, arrays: dict, marker) -> None:
    epoch_of = _epoch_marker(marker) if marker is not None else None
    levels = {k: parse_key(k).level for k in arrays}
    if epoch_of is None:
        epoch_steps = _epoch_steps(arrays, levels)
        levels = {k: lvl or ("epoch" if set(arrays[k][0].tolist()) <= epoch_steps else "batch")
                  for k, lvl in levels.items()}
        epoch_of = _epoch_by_rank(np.array(sorted(epoch_steps), dtype=np.int64))
    marked = set(marker[0].tolist()) if marker is not None else set()
    for key, (step, wall, value) in arrays.items():
        epochs = epoch_of(step)
        once = len(np.unique(epochs)) == len(epochs) and (parse_key(key).split != "train"
                                                          or set(step.tolist()) <= marked)
        level = levels[key] or ("epoch" if once else "batch")
        c.add_column(key, level, value=value, step=step, epoch=epochs, wall_time=wall)


def _epoch_steps(arrays: dict, levels: dict) -> set:
    """Steps of validation points (and of keys said to be epoch level): the epochs' ends."""
    steps: set = set()
    for key, (step, _, _) in arrays.items():
        if levels[key] == "epoch" or (levels[key] is None and parse_key(key).split != "train"):
            steps.update(step.tolist())
    return steps


def _epoch_marker(marker):
    """step -> epoch from the logged ``epoch`` values (from 1; a count from 0 is shifted)."""
    steps, _, values = marker
    base = 1.0 if len(values) and np.nanmin(values) == 0 else 0.0
    values = values + base

    def epoch_of(s: np.ndarray) -> np.ndarray:
        pos = np.searchsorted(steps, s, side="left")
        after = pos >= len(steps)
        e = values[np.minimum(pos, len(steps) - 1)]
        return np.where(after, values[-1] + 1, e)
    return epoch_of


def _epoch_by_rank(ends: np.ndarray):
    """step -> epoch when epochs are known only by their validation steps ``ends``."""
    def epoch_of(s: np.ndarray) -> np.ndarray:
        if not len(ends):
            return np.full(len(s), np.nan)
        return np.searchsorted(ends, s, side="left") + 1.0
    return epoch_of
