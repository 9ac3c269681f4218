"""Importers: logs people already have, turned into a :class:`~learnscope.history.History`.

Every format learnscope reads is declared once in :mod:`.registry` (Keras, Lightning,
fastai, Ultralytics, Hugging Face, TensorBoard, and the MLflow, W&B and Trackio stores);
:mod:`.detect` tells a path's format from its content, then its name. ``ls.load(path)``
calls :func:`load_path`; ``learnscope import PATH`` stores every run :func:`find_runs`
finds; the in-Python objects (a Keras ``History``, a fastai ``Learner``) have their own readers.

>>> h = load_path(Path("lightning_logs/version_0/metrics.csv"))   # doctest: +SKIP
>>> h.epoch["val_loss"], h.batch["loss"]                          # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ImportFormatError
from .detect import find_runs
from .fastai import from_fastai
from .keras import from_keras_history

__all__ = ["find_runs", "from_fastai", "from_keras_history", "load_path"]


def load_path(path: Path):
    """The :class:`History` of a log file or folder that holds one run."""
    path = Path(path)
    runs = find_runs(path)
    if len(runs) == 1:
        return runs[0]
    names = ", ".join(h.info.name for h in runs[:5]) + (", ..." if len(runs) > 5 else "")
    raise ImportFormatError(f"{path}: holds {len(runs)} runs ({names}), not one; `learnscope import {path}` "
                            f"stores each, then load one by its project/name")
