"""Keras histories: the ``History`` object ``model.fit`` returns, and its ``.history``
dict saved as JSON (``json.dump(h.history, f)``; also ``learnscope export``'s output).

>>> from_dict_of_lists({"loss": [0.9, 0.5], "val_loss": [1.0, "nan"]}, "h.json").epoch["val_loss"]
array([ 1., nan])
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np

from ..errors import ImportFormatError
from .collect import Collector
from .registry import Format

_FLOAT_WORDS = {"nan": math.nan, "inf": math.inf, "infinity": math.inf, "-inf": -math.inf, "-infinity": -math.inf}


def from_keras_history(obj, source: str = "keras History"):
    """A :class:`History` from a Keras ``History`` object (``.history`` + ``.params``).

    >>> h = ls.load(model.fit(x, y, validation_split=0.2, epochs=5))   # doctest: +SKIP
    """
    params = dict(getattr(obj, "params", None) or {})
    h = from_dict_of_lists(obj.history, source, fmt="keras-history")
    h.info.config.update({k: v for k, v in params.items() if isinstance(v, (int, float, str, bool))})
    h.info.meta["framework"] = "keras"
    return h


def from_dict_of_lists(data: Mapping, source: str, fmt: str = "keras-json"):
    """Epoch-level series from ``{"loss": [...], "val_loss": [...]}``; ``null`` is a missing epoch."""
    c = Collector(source, fmt)
    for key, values in data.items():
        if not isinstance(key, str) or not isinstance(values, (list, tuple, np.ndarray)):
            raise ImportFormatError(f"{source}: key {key!r} maps to {type(values).__name__}, "
                                    f"expected a list of numbers per epoch (a Keras history)")
        v = np.array([_number(x, source, key, i) for i, x in enumerate(values)], dtype=np.float64)
        have = np.array([x is not None for x in values], dtype=bool)
        epochs = np.arange(1, len(v) + 1, dtype=np.float64)
        c.add_column(key, "epoch", value=v[have], epoch=epochs[have], step=(epochs[have] - 1).astype(np.int64))
    return c.history()


def _number(x, source, key, i) -> float:
    if x is None:
        return math.nan
    if isinstance(x, str) and x.strip().lower() in _FLOAT_WORDS:
        return _FLOAT_WORDS[x.strip().lower()]
    if isinstance(x, bool) or not isinstance(x, (int, float, np.number)):
        raise ImportFormatError(f"{source}: {key!r}[{i}] is {x!r}, expected a number (or null, \"nan\")")
    return float(x)


# ---- the JSON a Keras history is saved as ------------------------------------------------
def _is_wrapped(data) -> bool:
    """``{"history": {...}, "params": {...}}``: a History object dumped whole."""
    return isinstance(data, dict) and isinstance(data.get("history"), dict)


def _is_keras_json(probe) -> bool:
    if not probe.is_json:
        return False
    data = probe.json
    return _is_wrapped(data) or (isinstance(data, dict) and bool(data)
                                 and all(isinstance(v, list) for v in data.values()))


def _read_keras_json(probe):
    data = probe.json
    if not _is_wrapped(data):
        return from_dict_of_lists(data, str(probe.path))
    h = from_dict_of_lists(data["history"], str(probe.path))
    h.info.config.update(data.get("params") or {})
    return h


def _is_pandas_json(probe) -> bool:
    data = probe.json if probe.is_json else None
    return isinstance(data, dict) and bool(data) and all(isinstance(v, dict) for v in data.values())


def _read_pandas_json(probe):
    """``pd.DataFrame(history.history).to_json()``: ``{"loss": {"0": 0.9, "1": 0.5}}`` -> lists by row."""
    try:
        cols = {k: [v for _, v in sorted(col.items(), key=lambda kv: float(kv[0]))]
                for k, col in probe.json.items()}
    except ValueError:
        raise ImportFormatError(f"{probe.path}: JSON columns whose row labels are not numbers (expected a "
                                f"Keras history, or pandas to_json of one)") from None
    return from_dict_of_lists(cols, str(probe.path), fmt="pandas-json")


_JSON_NAMES = ("*history*.json", "*log*.json", "*metrics*.json")
FORMATS = (
    Format("keras-json", "Keras History JSON", _read_keras_json, _is_keras_json, _JSON_NAMES, generic=True),
    Format("pandas-json", "pandas to_json of a Keras history", _read_pandas_json, _is_pandas_json,
           _JSON_NAMES, generic=True),
)
