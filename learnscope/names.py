"""Translate framework metric names into ``(name, split, level)`` and back.

This module owns the only mapping from the names frameworks use (``val_loss``,
``eval_accuracy``, ``train/loss``, Lightning's ``train_loss_epoch``, TensorBoard's
``Loss/val``) to learnscope's series keys, and the only answer to "is a higher
value of this metric better?".

>>> parse_key("val_accuracy")
SeriesKey(name='accuracy', split='val', level=None)
>>> keras_key("loss", "val")
'val_loss'
"""

from __future__ import annotations

import re
from typing import NamedTuple

SPLITS = ("train", "val", "test")
LEVELS = ("batch", "epoch")

# Longest first, so "validation_" wins over "val_" is not needed: each is matched whole.
_SPLIT_WORDS = {
    "train": "train", "training": "train", "trn": "train",
    "val": "val", "valid": "val", "validation": "val", "eval": "val", "dev": "val",
    "test": "test",
}
_PREFIX = re.compile(r"^(train|training|val|valid|validation|eval|dev|test)[_/.\-](.+)$", re.I)
_SUFFIX = re.compile(r"^(.+?)[_/.\-](train|training|val|valid|validation|eval|test)$", re.I)
_LEVEL_SUFFIX = re.compile(r"^(.+?)_(step|epoch)$")
# counters frameworks name their own way, under the one name learnscope tells them by
_ALIASES = {"num_input_tokens_seen": "tokens"}  # Hugging Face Trainer (include_num_input_tokens_seen)
# Ultralytics results.csv puts validation metrics under "metrics/" (mAP, precision, recall).
_VAL_GROUP = re.compile(r"^metrics/(.+)$", re.I)


class SeriesKey(NamedTuple):
    """The identity of a series: metric ``name``, data ``split``, and ``level`` (or None)."""

    name: str
    split: str
    level: str | None


def parse_key(key: str, level: str | None = None, *, level_suffix: bool = False) -> SeriesKey:
    """Split a framework metric key into ``(name, split, level)``.

    ``level`` is the level the caller logs at; a Lightning ``_step``/``_epoch``
    suffix overrides it (``_step`` is the batch level). Keys with no split marker are training metrics.
    ``level_suffix=True`` (a source known to be Lightning) reads any such suffix as
    the level (``acc_step``), not only after a split marker (``time_per_step`` stays whole).

    >>> parse_key("acc_epoch", level_suffix=True)
    SeriesKey(name='acc', split='train', level='epoch')
    >>> parse_key("num_input_tokens_seen")
    SeriesKey(name='tokens', split='train', level=None)
    """
    name = key.strip()
    if name in _ALIASES:
        return SeriesKey(_ALIASES[name], "train", level)
    m = _LEVEL_SUFFIX.match(name)
    if m and (level_suffix or _PREFIX.match(m.group(1)) or _SUFFIX.match(m.group(1))):
        name, level = m.group(1), "batch" if m.group(2) == "step" else "epoch"
    m = _VAL_GROUP.match(name)
    if m:
        return SeriesKey(m.group(1), "val", level)
    split = "train"
    m = _PREFIX.match(name)
    if m:
        split, name = _SPLIT_WORDS[m.group(1).lower()], m.group(2)
    else:
        m = _SUFFIX.match(name)
        if m:
            name, split = m.group(1), _SPLIT_WORDS[m.group(2).lower()]
    return SeriesKey(name, split, level)


def keras_key(name: str, split: str) -> str:
    """The Keras-style key of a series: ``loss``, ``val_loss``, ``test_loss``."""
    return name if split == "train" else f"{split}_{name}"


_HIGHER_IS_BETTER = re.compile(
    r"(acc|accuracy|auc|f1|precision|recall|iou|dice|map|bleu|rouge|r2|score|"
    r"correlation|pearson|spearman|samples_per_second|steps_per_second)",
    re.I,
)


def higher_is_better(name: str) -> bool:
    """Whether a larger value of metric ``name`` means a better model.

    Losses and errors are minimised; accuracy-like scores are maximised. Unknown
    names default to "lower is better", the convention of a loss.
    """
    if _HIGHER_IS_BETTER.search(name) and not re.search(r"(loss|error)", name, re.I):
        return True
    return False


def is_accuracy(name: str) -> bool:
    """Whether ``name`` is a classification accuracy (a fraction of correct answers)."""
    return bool(re.fullmatch(r"(.*_)?(acc|accuracy|categorical_accuracy|sparse_categorical_accuracy|binary_accuracy)", name, re.I))
