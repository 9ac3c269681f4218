"""What a run says about itself, for the read: validation size, batch size, class count and shares,
and the learning rate it logged.

Looked up in the run's metadata first, then its config, under the names the integrations and the
common frameworks write (``num_classes``, ``num_labels``, ``per_device_train_batch_size``...).

>>> from learnscope.history import History
>>> from learnscope.runinfo import RunInfo
>>> h = History.from_dict({"loss": [1.0]}, info=RunInfo(meta={"num_labels": 3, "val_class_shares": [50, 30, 20]}))
>>> named_classes(h), shares(h)
((3, 'run metadata/config'), (0.5, 0.3, 0.2))
"""

from __future__ import annotations

import math

from ..history import History

CLASS_KEYS = ("num_classes", "n_classes", "nb_classes", "num_labels", "n_labels", "classes", "nc")
VAL_SIZE_KEYS = ("val_size", "n_val", "validation_size", "eval_samples")
BATCH_SIZE_KEYS = ("batch_size", "per_device_train_batch_size", "train_batch_size", "batch")
SHARE_KEYS = ("val_class_shares", "class_shares")
LR_NAMES = ("learning_rate", "lr", "learning-rate", "lr-Adam", "lr-SGD", "lr-AdamW")


def _given(h: History, keys):
    """The values of ``keys`` the run holds, in order: its metadata's, then its config's."""
    for source in (h.meta, h.config):
        for key in keys:
            if isinstance(source, dict) and source.get(key) is not None:
                yield source[key]


def int_meta(h: History, keys) -> int | None:
    """The first of ``keys`` that the metadata (then the config) holds as a number >= 1, as an int."""
    for value in _given(h, keys):
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 1:
            return int(value)
    return None


def shares(h: History) -> tuple | None:
    """Each class's share of the validation set (``val_class_shares`` in the run's metadata or config,
    as ``Tracker`` records it, or ``class_shares``): counts or fractions of two classes or more,
    normalised. None when absent or not a list of non-negative numbers."""
    for value in _given(h, SHARE_KEYS):
        if isinstance(value, (list, tuple)) and len(value) >= 2 and all(
                isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and v >= 0
                for v in value) and sum(value) > 0:
            total = float(sum(value))
            return tuple(float(v) / total for v in value)
    return None


def named_classes(h: History) -> tuple[int | None, str]:
    """``(K, where it came from)`` when the run names its class count or its class names."""
    k = int_meta(h, CLASS_KEYS)
    if k is not None and k >= 2:
        return k, "run metadata/config"
    names = (h.config or {}).get("class_names") or (h.meta or {}).get("class_names")
    if isinstance(names, (list, tuple)) and len(names) >= 2:
        return len(names), "class names in the config"
    return None, ""


def loss_name(h: History) -> str | None:
    """The loss the run names (``loss`` in its metadata, then its config: the Keras integration writes
    ``model.loss`` there), or None when it names none."""
    return next((v for v in _given(h, ("loss",)) if isinstance(v, str) and v), None)


def learning_rate(h: History, level: str):
    """The learning rate the run logged at ``level`` (under the names the frameworks write), or None."""
    return next((s for name in LR_NAMES if (s := h.get(name, "train", level))), None)
