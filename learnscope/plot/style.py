"""Colours, line styles, panel order and scale choices shared by figures and the report.

Colours are the Okabe-Ito palette (safe for the common colour-vision deficiencies),
yellow last because it is hard to see on white. A colour means a run (or a group);
a line style means a split, so train and validation of one run share a colour.
"""

from __future__ import annotations

import re

import numpy as np

from ..names import higher_is_better

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442")
SPLIT_STYLE = {"train": "-", "val": "--", "test": ":"}
SPLIT_LABEL = {"train": "train", "val": "validation", "test": "test"}
BEST_COLOUR = "#009E73"
ALERT_COLOUR = "#D55E00"

# Bookkeeping values some loggers store next to the metrics: not learning curves.
_NOT_CURVES = re.compile(r"^(epoch|step|global_step|total_flos|.*runtime|.*_per_second|time|.*_time)$", re.I)
_MAX_PANELS = 12


def colour(i: int) -> str:
    """The i-th run colour, cycling through the palette."""
    return PALETTE[i % len(PALETTE)]


def panel_metrics(histories, level: str | None, wanted=None) -> list[str]:
    """The metric names to draw, one panel each: loss first, then the rest in the
    order first logged. Probe series and bookkeeping values are left out unless asked."""
    levels = ("epoch", "batch") if level is None else (level,)
    seen: dict[str, None] = {}
    for h in histories:
        for key, s in h.series.items():
            if key.level in levels and len(s):
                seen.setdefault(key.name, None)
    names = list(seen)
    if wanted is not None:
        wanted = [wanted] if isinstance(wanted, str) else list(wanted)
        missing = [m for m in wanted if m not in seen]
        if missing:
            from ..errors import InvalidValueError
            raise InvalidValueError(f"no metric {', '.join(map(repr, missing))} in these runs; "
                                    f"they have: {', '.join(names) or 'none'}")
        return wanted
    names = [n for n in names if not n.startswith("probe/") and not _NOT_CURVES.match(n)]
    names.sort(key=lambda n: (not n.endswith("loss"), n != "loss"))  # stable: keeps log order otherwise
    return names[:_MAX_PANELS]


def grid_shape(n: int) -> tuple[int, int]:
    """(rows, cols) of a tidy grid for n panels: side by side up to 3 wide."""
    cols = 1 if n == 1 else 2 if n in (2, 4) else 3
    return -(-n // cols), cols


def wants_log(name: str, values: list[np.ndarray], forced: bool | None) -> bool:
    """Whether a panel gets a log y axis: forced by the caller, else a lower-is-better
    metric whose positive finite values span more than two decades."""
    if higher_is_better(name) or forced is False:
        return False
    finite = np.concatenate([v[np.isfinite(v)] for v in values]) if values else np.empty(0)
    if len(finite) == 0 or finite.min() <= 0:
        return False
    return True if forced else bool(finite.max() / finite.min() > 100)


def pretty(name: str) -> str:
    """A panel title from a metric name: ``val_top_5_accuracy`` -> ``top 5 accuracy``."""
    return name.replace("_", " ")
