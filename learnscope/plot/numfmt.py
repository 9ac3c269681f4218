"""Numbers as people typed them: one formatter for labels, tables and payloads.

A config value that went through float32 (``0.0010000000474974513``) is shown as the
shortest number that float32 gives back (``0.001``), which is what the user typed.

>>> typed(0.0010000000474974513), typed(0.1), typed(3), short(0.000123456), short(12.3456)
(0.001, 0.1, 3, '1.23e-04', '12.35')
"""

from __future__ import annotations

import math

import numpy as np


def typed(value):
    """A float widened from float32 turned back into the number typed; anything else unchanged."""
    if isinstance(value, np.generic):
        value = value.item()
    if not isinstance(value, float) or not math.isfinite(value) or value == 0:
        return value
    narrow = np.float32(value)
    if float(narrow) == value and len(repr(value)) > 12:
        return float(str(narrow))  # str: the shortest float32 round trip
    return value


def short(value, digits: int = 4) -> str:
    """A compact label for a number: ``1.23e-04``, ``12.35``, ``64``."""
    value = typed(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int) or (math.isfinite(value) and value == int(value) and abs(value) < 1e6):
        return str(int(value))
    a = abs(value)
    if not math.isfinite(value):
        return str(value)
    return f"{value:.{digits - 2}e}" if (a < 1e-3 or a >= 1e5) else f"{value:.{digits}g}"
