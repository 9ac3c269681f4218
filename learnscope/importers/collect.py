"""Gather imported points per series and turn them into a :class:`History`.

Every importer maps framework keys through :func:`learnscope.names.parse_key`, adds
points here, and calls :meth:`Collector.history`, which refuses a file that holds
no numeric series (one clear line, instead of an empty run in the store).

>>> c = Collector("log.csv", "keras-csv")
>>> c.add_column("val_loss", "epoch", value=[0.9, 0.7])
>>> c.history().epoch["val_loss"]
array([0.9, 0.7])
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..errors import ImportFormatError
from ..history import History, RunInfo, Series
from ..names import SeriesKey, parse_key


class Collector:
    """Series gathered from one log file (or one directory of event files)."""

    def __init__(self, source, fmt: str):
        self.source, self.fmt = str(source), fmt
        self.series: dict[SeriesKey, Series] = {}
        self.raw_keys: dict[SeriesKey, str] = {}

    def key_for(self, raw: str, level: str, *, level_suffix: bool = False) -> SeriesKey:
        """The series key of framework key ``raw``; a second raw key landing on a taken
        series keeps its own name (``train_loss`` beside ``loss``) rather than mixing points."""
        name, split, lvl = parse_key(raw, level, level_suffix=level_suffix)
        key = SeriesKey(name, split, lvl or level)
        if key in self.raw_keys and self.raw_keys[key] != raw:
            key = SeriesKey(raw.strip(), "train", key.level)
        self.raw_keys.setdefault(key, raw)
        return key

    def add_column(self, raw: str, level: str, *, value, step=None, epoch=None, wall_time=None,
                   level_suffix: bool = False) -> None:
        """Add one framework key's points (arrays or lists, parallel)."""
        key = self.key_for(raw, level, level_suffix=level_suffix)
        self.add(key, value=value, step=step, epoch=epoch, wall_time=wall_time)

    def add(self, key: SeriesKey, *, value, step=None, epoch=None, wall_time=None) -> None:
        value = np.asarray(value, dtype=np.float64).reshape(-1)
        n = len(value)
        if n == 0:
            return
        step = np.arange(n, dtype=np.int64) if step is None else np.asarray(step, dtype=np.int64)
        if epoch is None:
            epoch = np.arange(1, n + 1, dtype=np.float64) if key.level == "epoch" else np.full(n, np.nan)
        wall = np.full(n, np.nan) if wall_time is None else np.asarray(wall_time, dtype=np.float64)
        self.series[key] = Series(key.name, key.split, key.level, step=step,
                                  epoch=np.asarray(epoch, dtype=np.float64), wall_time=wall, value=value)

    def history(self, meta: dict | None = None, config: dict | None = None, name: str | None = None) -> History:
        """The History of everything collected; :class:`ImportFormatError` if nothing numeric was found."""
        if not self.series:
            raise ImportFormatError(f"{self.source}: parsed as {self.fmt} but holds no numeric series "
                                    f"(nothing to import)")
        info = RunInfo(name=name or default_name(self.source), config=dict(config or {}),
                       meta={"source": self.source, "format": self.fmt, **(meta or {})})
        h = History(info)
        for s in self.series.values():
            h.add(s)
        return h


def default_name(source: str) -> str:
    """A run name from a file name: ``results/metrics.csv`` -> ``results``, ``a__log.csv`` -> ``a__log``."""
    p = Path(source)
    generic = {"metrics", "results", "trainer_state", "history", "log", "training_log"}
    if p.is_dir() or p.stem not in generic or not p.parent.name:
        return p.name if p.is_dir() else p.stem
    return p.parent.name
