"""A run's arguments checked once, where they come in: steps, epochs, and the config made JSON.

>>> check_int("step", 3.0), check_epoch(2)
(3, 2.0)
>>> clean_config({"lr": 0.1, "layers": (64, 32)})
{'lr': 0.1, 'layers': [64, 32]}
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

from .errors import InvalidValueError

INT64 = (-2**63, 2**63 - 2)  # steps: int64, keeping room for the next step
_MAX_EPOCH = 2**31 - 1         # epochs are counted in a 32-bit column


def _check_number(what: str, value) -> float:
    try:
        if isinstance(value, (str, bytes)):
            raise TypeError
        return float(value)
    except (TypeError, ValueError):
        raise InvalidValueError(f"{what} must be a number, got {value!r} ({type(value).__name__})") from None


def check_epoch(value) -> float:
    epoch = _check_number("epoch", value)
    if not abs(epoch) <= _MAX_EPOCH:  # NaN fails this too
        raise InvalidValueError(f"epoch must be a finite number within ±{_MAX_EPOCH}, got {value!r}")
    return epoch


def check_int(what: str, value) -> int:
    try:
        if isinstance(value, (str, bytes)):
            raise TypeError
        whole = int(value)
        if whole != value or not INT64[0] <= whole <= INT64[1]:
            raise ValueError
        return whole
    except (TypeError, ValueError, OverflowError):
        raise InvalidValueError(f"{what} must be a whole number from -2**63 to 2**63-2, got {value!r}") from None


def clean_config(config) -> dict:
    """A plain dict from a mapping, dataclass or argparse Namespace."""
    import dataclasses

    if config is None:
        return {}
    if dataclasses.is_dataclass(config) and not isinstance(config, type):
        return dataclasses.asdict(config)
    if not isinstance(config, Mapping) and hasattr(config, "__dict__"):
        config = vars(config)
    if not isinstance(config, Mapping):
        raise InvalidValueError(f"config must be a dict (or dataclass/Namespace), got {type(config).__name__}")
    bad = [k for k in config if not isinstance(k, str)]
    if bad:
        raise InvalidValueError(f"config keys must be strings, got {bad[0]!r}")
    return {k: _json_value(k, v) for k, v in config.items()}


def _json_value(path: str, value):
    """``value`` as JSON can hold it; anything else becomes its repr, said in one line naming the key."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Mapping):
        return {str(k): _json_value(f"{path}.{k}", v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_value(f"{path}[{i}]", v) for i, v in enumerate(value)]
    if hasattr(value, "item") and getattr(value, "shape", None) == ():  # a NumPy or tensor scalar
        try:
            return _json_value(path, value.item())
        except (TypeError, ValueError, RuntimeError):
            pass
    text = repr(value)
    print(f"learnscope: config value {path!r} is not JSON ({type(value).__name__}): stored as its repr "
          f"{text[:80]!r}", file=sys.stderr, flush=True)
    return text

