"""Ultralytics ``results.csv``: one row per epoch, ``train/*`` losses and ``metrics/*`` scores.

``metrics/`` columns are validation scores (see :func:`learnscope.names.parse_key`).

>>> _is_ultralytics(["epoch", "train/box_loss", "metrics/map50(b)"])
True
"""

from __future__ import annotations

from .csvlogs import csv_format


def _is_ultralytics(header: list[str]) -> bool:
    """An Ultralytics header: ``train/`` and ``metrics/`` columns."""
    return any(n.startswith("train/") for n in header) and any(n.startswith("metrics/") for n in header)


FORMATS = (csv_format("ultralytics-csv", "Ultralytics results.csv", _is_ultralytics, names=("results.csv",)),)
