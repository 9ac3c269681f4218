"""The committed subset of real language-model runs (``bench/read/lm.py``), as Histories.

``lm_runs.json.gz`` holds a few of the tiny byte-level models trained for real on the
CPU, with their labels (``loss_spike`` or ``healthy``, from the cause and the
independent curve check of ``bench/read/lm_labels.py``).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np

from learnscope.history import History, RunInfo, Series

PATH = Path(__file__).parent / "data" / "lm_runs.json.gz"


def load() -> list[tuple[dict, History]]:
    """``(record, History)`` per committed run; ``record`` has name, family, condition, label, config."""
    with gzip.open(PATH, "rt", encoding="utf-8") as f:
        records = json.load(f)
    out = []
    for r in records:
        series = []
        for key, pts in r["series"].items():
            name, split, level = key.split("|")
            series.append(Series(name, split, level, np.asarray(pts["step"], np.int64),
                                 np.asarray(pts["epoch"], float), None, np.asarray(pts["value"], float)))
        out.append((r, History(RunInfo(project="lm-spikes", name=r["name"], config=r["config"]), series)))
    return out
