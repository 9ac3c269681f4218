"""History: what every downstream part (read, plot, dashboard, CLI) sees of a run.

A History is the run's metadata plus its series. Series are keyed by
``(name, split, level)``; on the way out they are also reachable by their
Keras-style key, per level:

>>> h = History.from_dict({"loss": [0.9, 0.5], "val_loss": [1.0, 0.7]})
>>> h.epoch["val_loss"]
array([1. , 0.7])
>>> h.get("loss", "val", "epoch").epoch
array([1., 2.])
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import numpy as np

from .errors import InvalidValueError
from .names import LEVELS, SeriesKey, keras_key, parse_key
from .runinfo import RunInfo  # noqa: F401  (its home is light: a runs list needs no numpy)

_EMPTY_F = np.empty(0, dtype=np.float64)


class Series:
    """One series of points as parallel numpy arrays.

    ``step`` is the global batch step (int64), ``epoch`` the epoch the point belongs
    to (1-based, float64 so fractional epochs survive), ``wall_time`` Unix seconds,
    ``value`` float64 with NaN and infinities kept. ``wall_time`` may be given as a
    function: the store decodes it only when someone asks (charts rarely do).
    """

    __slots__ = ("name", "split", "level", "step", "epoch", "value", "_wall_time")

    def __init__(self, name: str, split: str, level: str, step=None, epoch=None, wall_time=None, value=None):
        self.name, self.split, self.level = name, split, level
        self.value = _EMPTY_F if value is None else value
        n = len(self.value)
        self.step = np.arange(n, dtype=np.int64) if step is None else step
        self.epoch = np.full(n, np.nan) if epoch is None else epoch
        self._wall_time = np.full(n, np.nan) if wall_time is None else wall_time

    @property
    def wall_time(self) -> np.ndarray:
        if callable(self._wall_time):
            self._wall_time = self._wall_time()
        return self._wall_time

    @wall_time.setter
    def wall_time(self, value: np.ndarray) -> None:
        self._wall_time = value

    @property
    def key(self) -> SeriesKey:
        return SeriesKey(self.name, self.split, self.level)

    @property
    def keras_key(self) -> str:
        return keras_key(self.name, self.split)

    def __len__(self) -> int:
        return len(self.value)

    def __repr__(self) -> str:
        return f"Series({self.keras_key!r}, level={self.level!r}, points={len(self)})"


class LevelView(Mapping):
    """The value arrays of one level, keyed Keras-style (``loss``, ``val_loss``)."""

    def __init__(self, history: History, level: str):
        self._series = {s.keras_key: s for s in history.series.values() if s.level == level}
        self.level = level

    def __getitem__(self, key: str) -> np.ndarray:
        try:
            return self._series[key].value
        except KeyError:
            have = ", ".join(sorted(self._series)) or "none"
            raise KeyError(f"no {self.level}-level series {key!r}; this history has: {have}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._series)

    def __len__(self) -> int:
        return len(self._series)

    def series(self, key: str) -> Series:
        """The whole :class:`Series` (steps, epochs, times, values) for a Keras-style key."""
        self[key]  # raises the helpful KeyError
        return self._series[key]


class History:
    """A run's metadata and series.

    ``h.epoch["val_loss"]`` and ``h.batch["loss"]`` give value arrays; ``h.config``
    the run's configuration; :meth:`get` the full :class:`Series`.
    """

    def __init__(self, info: RunInfo | None = None, series: list[Series] | None = None):
        self.info = info or RunInfo()
        self.series: dict[SeriesKey, Series] = {}
        for s in series or []:
            self.add(s)

    def add(self, series: Series) -> None:
        if series.level not in LEVELS:
            raise InvalidValueError(f"series level {series.level!r} is not one of {LEVELS}")
        self.series[series.key] = series

    @property
    def epoch(self) -> LevelView:
        return LevelView(self, "epoch")

    @property
    def batch(self) -> LevelView:
        return LevelView(self, "batch")

    @property
    def config(self) -> dict[str, Any]:
        return self.info.config

    @property
    def meta(self) -> dict[str, Any]:
        return self.info.meta

    def get(self, name: str, split: str = "train", level: str = "epoch") -> Series | None:
        """The series ``(name, split, level)``, or None."""
        return self.series.get(SeriesKey(name, split, level))

    def metrics(self, level: str | None = None) -> list[str]:
        """Metric names (without split prefixes), in first-seen order."""
        seen: dict[str, None] = {}
        for key in self.series:
            if level is None or key.level == level:
                seen.setdefault(key.name, None)
        return list(seen)

    @property
    def n_epochs(self) -> int:
        epochs = [s.epoch for s in self.series.values() if s.level == "epoch" and len(s)]
        return int(max(np.nanmax(e) for e in epochs)) if epochs else 0

    def to_pandas(self, level: str = "epoch"):
        """A pandas DataFrame of one level: one column per Keras-style key, indexed by epoch (or step)."""
        try:
            import pandas as pd
        except ImportError:
            raise InvalidValueError("to_pandas() needs pandas: pip install pandas") from None
        index = "epoch" if level == "epoch" else "step"
        frames = [
            pd.Series(s.value, index=getattr(s, index), name=s.keras_key)
            for s in self.series.values() if s.level == level
        ]
        if not frames:
            return pd.DataFrame()
        frames = [f[~f.index.duplicated(keep="last")] for f in frames]
        df = pd.concat(frames, axis=1).sort_index()
        df.index.name = index
        return df

    def to_parquet(self, path):
        """Write one row per point (step, epoch, wall time, one column per series) to a Parquet
        file that pandas, polars and DuckDB read; needs pyarrow. See :mod:`learnscope.parquet`.

        >>> h.to_parquet("run.parquet"); pd.read_parquet("run.parquet")   # doctest: +SKIP
        """
        from .parquet import write
        return write(self, path)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, level: str = "epoch",
                  info: RunInfo | None = None, epochs: Any = None) -> History:
        """Build a History from a Keras-style dict of lists (``History.history``).

        Epochs are numbered from 1 unless ``epochs`` gives them.
        """
        h = cls(info)
        for key, values in data.items():
            if not isinstance(key, str):
                raise InvalidValueError(f"metric keys must be strings, got {key!r} ({type(key).__name__})")
            arr = np.asarray(values, dtype=np.float64).reshape(-1)
            ep = np.arange(1, len(arr) + 1, dtype=np.float64) if epochs is None else np.asarray(epochs, np.float64)[: len(arr)]
            name, split, lvl = parse_key(key, level)
            h.add(Series(name, split, lvl or level, step=np.arange(len(arr), dtype=np.int64),
                         epoch=ep, wall_time=np.full(len(arr), np.nan), value=arr))
        return h

    def _repr_html_(self) -> str:   # notebooks show a history as a small table of its series
        from .display import history_html
        return history_html(self)

    def _repr_markdown_(self) -> str:
        from .display import history_markdown
        return history_markdown(self)

    def __repr__(self) -> str:
        return (f"History({self.info.ref!r}, epochs={self.n_epochs}, "
                f"series={[s.keras_key + '@' + s.level for s in self.series.values()]})")
