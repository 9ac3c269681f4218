"""TensorBoard event files (a file, or a directory of them) as a :class:`History`.

Tags are mapped through :func:`~learnscope.names.parse_key`. The level and epoch of a
point come from what wrote the file:

- Keras' TensorBoard callback: ``epoch_loss`` (step = epoch from 0) and ``batch_loss``,
  in ``train/`` and ``validation/`` subdirectories, which join their parent's run;
- Lightning's TensorBoardLogger: an ``epoch`` tag (from 0) gives each step's epoch; a tag
  with at most one value per epoch is epoch level;
- Hugging Face's Trainer: ``train/*`` tags are batch level, ``eval/*`` epoch level, at
  the fractional ``train/epoch``; runtime and throughput go to metadata;
- anything else (``SummaryWriter.add_scalar``): validation tags, and training tags logged
  at the same steps as validation ones, are epoch level; the rest batch level.

>>> h = load_run_dir(Path("runs/exp1"))    # doctest: +SKIP
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from ..errors import ImportFormatError
from ..names import keras_key, parse_key
from .collect import Collector
from .hf import _epoch_numbers
from .registry import Format
from .tfevents import looks_like_tfrecord, read_scalars

SPLIT_DIRS = {"train": "train", "training": "train", "validation": "val", "val": "val", "valid": "val",
              "eval": "val", "test": "test"}
_NOISE = re.compile(r"(runtime|samples_per_second|steps_per_second|total_flos|^hp_metric)$")


def is_event_file(p: Path) -> bool:
    return p.is_file() and "tfevents" in p.name


def _own_files(d: Path) -> list[Path]:
    return sorted(p for p in d.iterdir() if is_event_file(p))


def load_run_dir(d: Path):
    """The run of directory ``d``: its own event files plus those of its split subdirectories."""
    files = [(p, SPLIT_DIRS.get(d.name.lower())) for p in _own_files(d)]  # logs/validation given itself
    for sub in _split_dirs(d):
        files += [(p, SPLIT_DIRS[sub.name.lower()]) for p in _own_files(sub)]
    if not files:
        raise ImportFormatError(f"{d}: no TensorBoard event files (events.out.tfevents.*) here")
    return load_event_files(files, source=d)


def _split_dirs(d: Path) -> list[Path]:
    return sorted(p for p in d.iterdir() if p.is_dir() and p.name.lower() in SPLIT_DIRS)


def _is_run_dir(probe) -> bool:
    """A folder of event files, or of split subfolders of them (Keras' ``train/``, ``validation/``)."""
    d = probe.path
    return bool(_own_files(d)) or any(_own_files(sub) for sub in _split_dirs(d))


def _other_dirs(d: Path) -> list[Path]:
    """After reading a run folder, a walk still visits its subfolders that are not its splits."""
    return sorted(p for p in d.iterdir() if p.is_dir() and p.name.lower() not in SPLIT_DIRS
                  and not p.name.startswith(".") and not p.is_symlink())


def _read_file(probe):
    path = probe.path
    return load_event_files([(path, SPLIT_DIRS.get(path.parent.name.lower()))], source=path)


def load_event_files(files, source):
    """A :class:`History` from event files: ``[(path, split or None), ...]`` or paths."""
    parts: dict[tuple[str, str | None], list] = {}  # (tag, split) -> [TagPoints]
    for item in files:
        path, split = item if isinstance(item, tuple) else (item, None)
        for tag, pts in read_scalars(path).items():
            parts.setdefault((tag, split), []).append(pts)
    arrays = {k: tuple(np.concatenate([getattr(p, f) for p in ps]) for f in ("step", "wall_time", "value"))
              for k, ps in parts.items()}
    source = Path(source)
    # a folder names its run; a lone file its own prefix ("exp1__events.out...") or its folder
    prefix = source.name.split("events.out.tfevents")[0].rstrip("_.-")
    name = source.name if source.is_dir() else prefix or source.parent.name or source.name
    return _Mapper(source, arrays).history(name)


class _Mapper:
    """Decides name, split, level and epoch of every tag of one run."""

    def __init__(self, source: Path, arrays: dict):
        self.arrays = arrays
        self.hf = ("train/epoch", None) in arrays
        self.lightning = not self.hf and ("epoch", None) in arrays
        fmt = "tensorboard-hf" if self.hf else "tensorboard-lightning" if self.lightning else "tensorboard"
        self.c = Collector(source, fmt)
        self.summary: dict = {}
        self.epoch_of = self._epoch_map()

    def _epoch_map(self):
        """A function step -> epoch (1-based, fractional for HF), or None when the file has no epoch tag."""
        tag = ("train/epoch", None) if self.hf else ("epoch", None) if self.lightning else None
        if tag is None:
            return None
        steps, _, values = self.arrays.pop(tag)
        order = np.argsort(steps, kind="stable")
        steps, values = steps[order], values[order] + (0 if self.hf else 1)

        def epoch_of(s: np.ndarray) -> np.ndarray:
            pos = np.minimum(np.searchsorted(steps, s, side="right") - 1, len(steps) - 1)
            return np.where(pos >= 0, values[np.maximum(pos, 0)], values[0])
        return epoch_of

    def history(self, name: str):
        val_steps = {int(s) for (t, sp), (st, _, _) in self.arrays.items()
                     if (sp or parse_key(t).split) != "train" for s in st.tolist()}
        for (tag, split), (steps, wall, values) in self.arrays.items():
            if _NOISE.search(tag) or (self.hf and tag.startswith("train/train_")):
                self.summary[tag] = float(values[-1])
                continue
            self._add(tag, split, steps, wall, values, val_steps)
        meta = {"train_summary": self.summary} if self.summary else {}
        return self.c.history(meta, name=name)

    def _add(self, tag, split, steps, wall, values, val_steps) -> None:
        raw, level = _keras_prefix(tag)
        key = parse_key(raw, None, level_suffix=self.lightning)
        if split and key.name == raw.strip():       # no split marker of its own: the folder's
            raw = keras_key(key.name, split)
        level = key.level or level or self._level(key.split, steps, val_steps)
        epochs = self._epochs(steps, level)
        self.c.add_column(raw, level, value=values, step=steps, epoch=epochs, wall_time=wall,
                          level_suffix=self.lightning)

    def _level(self, split: str, steps: np.ndarray, val_steps: set) -> str:
        if self.hf:
            return "batch" if split == "train" else "epoch"
        if self.epoch_of is not None:
            e = self.epoch_of(steps)
            return "epoch" if len(np.unique(e)) == len(e) else "batch"
        if split != "train" or (val_steps and set(steps.tolist()) <= val_steps):
            return "epoch"
        return "batch"

    def _epochs(self, steps: np.ndarray, level: str) -> np.ndarray:
        if self.epoch_of is not None:
            e = self.epoch_of(steps)
            if self.hf:
                return np.maximum(np.ceil(e), 1.0) if level == "batch" else _epoch_numbers(e)
            return e
        if level == "batch":
            return np.full(len(steps), np.nan)
        if len(steps) and steps.min() == 0:   # a step that counts epochs from 0 (Keras, add_scalar(.., epoch))
            return steps + 1.0
        if len(steps) and np.array_equal(np.sort(steps), np.arange(1, len(steps) + 1)):
            return steps.astype(np.float64)
        return np.searchsorted(np.unique(steps), steps) + 1.0


def _keras_prefix(tag: str) -> tuple[str, str | None]:
    """Keras writes ``epoch_loss`` and ``batch_loss``: the prefix is the level."""
    for prefix, level in (("epoch_", "epoch"), ("batch_", "batch")):
        if tag.startswith(prefix) and len(tag) > len(prefix):
            return tag[len(prefix):], level
    return tag, None


_TITLE = "TensorBoard events.out.tfevents.*"
FORMATS = (
    Format("tensorboard", _TITLE, _read_file, lambda probe: looks_like_tfrecord(probe.head), ("*tfevents*",)),
    Format("tensorboard", _TITLE, lambda probe: load_run_dir(probe.path), _is_run_dir, folder=True,
           descend=_other_dirs),
)
