"""Two runs side by side: the config keys that differ, the best and final value of each
shared metric, and how their reads differ.

>>> from learnscope.history import History, RunInfo
>>> a = History.from_dict({"loss": [1.0, 0.5], "val_loss": [1.1, 0.8]},
...                       info=RunInfo(name="a", config={"lr": 0.1, "layers": 2}))
>>> b = History.from_dict({"loss": [1.0, 0.4], "val_loss": [1.0, 0.6]},
...                       info=RunInfo(name="b", config={"lr": 0.01, "layers": 2}))
>>> d = diff(a, b)
>>> d.config
{'lr': (0.1, 0.01)}
>>> m = d.metrics[1]; m.key, m.best, m.final, m.better
('val_loss', (0.8, 0.6), (0.8, 0.6), 'b')
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .history import History
from .names import higher_is_better
from .summary import summarize

_MISSING = object()  # a config key one run lacks (JSON: the key is left out of that side)


@dataclass
class MetricDiff:
    """One metric both runs logged: (a, b) pairs of its best and final values."""

    key: str
    level: str
    best: tuple[float | None, float | None]
    final: tuple[float | None, float | None]
    higher_is_better: bool

    @property
    def better(self) -> str:
        """``"a"``, ``"b"`` or ``"="``: whose best value is better ("" when one has none)."""
        a, b = self.best
        if a is None or b is None:
            return ""
        if a == b:
            return "="
        return "a" if (a > b) == self.higher_is_better else "b"

    def to_dict(self) -> dict:
        return {"key": self.key, "level": self.level, "higher_is_better": self.higher_is_better,
                "best": {"a": _num(self.best[0]), "b": _num(self.best[1])},
                "final": {"a": _num(self.final[0]), "b": _num(self.final[1])}, "better": self.better}


@dataclass
class Diff:
    """What :func:`diff` found; ``to_dict()`` is its JSON form."""

    a: str
    b: str
    config: dict[str, tuple]
    metrics: list[MetricDiff]
    read_a: object
    read_b: object

    @property
    def codes(self) -> tuple[list[str], list[str], list[str]]:
        """Finding codes only in a, only in b, and in both."""
        ca, cb = self.read_a.codes(), self.read_b.codes()
        return [c for c in ca if c not in cb], [c for c in cb if c not in ca], [c for c in ca if c in cb]

    def to_dict(self) -> dict:
        only_a, only_b, both = self.codes
        config = {k: {side: v for side, v in zip("ab", pair) if v is not _MISSING}
                  for k, pair in self.config.items()}
        return {"a": self.a, "b": self.b, "config": config, "metrics": [m.to_dict() for m in self.metrics],
                "read": {"verdict": {"a": self.read_a.verdict, "b": self.read_b.verdict},
                         "only_a": only_a, "only_b": only_b, "both": both}}


def diff(a: History, b: History, **read_options) -> Diff:
    """Compare two histories; ``read_options`` go to :func:`learnscope.read` for both."""
    from .read import read

    return Diff(a=_label(a, "a"), b=_label(b, "b"), config=config_diff(a.config, b.config),
                metrics=metric_diffs(a, b), read_a=read(a, **read_options), read_b=read(b, **read_options))


def config_diff(a: dict, b: dict) -> dict[str, tuple]:
    """The keys whose values differ (or that one config lacks), as ``key: (a, b)``."""
    keys = list(dict.fromkeys([*a, *b]))
    out = {}
    for k in keys:
        va, vb = a.get(k, _MISSING), b.get(k, _MISSING)
        if va is _MISSING or vb is _MISSING or va != vb:
            out[k] = (va, vb)
    return out


def is_absent(value) -> bool:
    """Whether a config value in a :class:`Diff` stands for a key that run lacks."""
    return value is _MISSING


def metric_diffs(a: History, b: History) -> list[MetricDiff]:
    """Best and final of each metric both runs hold: epoch level, then batch-only metrics."""
    sa, sb = summarize(a.series.values()), summarize(b.series.values())
    out, seen = [], set()
    for level in ("epoch", "batch"):
        for key in sa.get(level, {}):
            if key in sb.get(level, {}) and key not in seen:
                seen.add(key)
                ea, eb = sa[level][key], sb[level][key]
                name = _series_name(a, key, level)
                out.append(MetricDiff(key, level, (ea.get("best"), eb.get("best")),
                                      (ea.get("last"), eb.get("last")), higher_is_better(name)))
    return out


def _series_name(h: History, keras_key: str, level: str) -> str:
    return next((k.name for k, s in h.series.items() if k.level == level and s.keras_key == keras_key),
                keras_key)


def _label(h: History, side: str) -> str:
    return h.info.ref if h.info.name else side.upper()


def _num(x):
    return x if x is None or math.isfinite(x) else str(x)

