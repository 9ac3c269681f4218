"""Hugging Face ``trainer_state.json``: the Trainer's ``log_history``.

Entries with ``loss`` are training logs every ``logging_steps`` (batch level, with
``learning_rate`` and ``grad_norm``); ``eval_*`` entries are validation (epoch level,
numbered by the epoch in progress, or at HF's fractional epoch when evaluated
several times an epoch); the final entry's
``train_loss``/``train_runtime`` summary and timing noise go to the run's metadata.
``num_input_tokens_seen`` (``include_num_input_tokens_seen``) is the run's ``tokens``
series, at batch level whichever entry carries it (once per step).

>>> state = {"log_history": [{"epoch": 0.5, "step": 5, "loss": 0.9},
...                          {"epoch": 1.0, "step": 10, "eval_loss": 0.8}]}
>>> h = from_trainer_state(state, "trainer_state.json")
>>> h.batch["loss"], h.epoch["val_loss"]
(array([0.9]), array([0.8]))
"""

from __future__ import annotations

import math
import re

import numpy as np

from ..axis import TOKENS
from ..errors import ImportFormatError
from ..names import parse_key
from .collect import Collector
from .registry import Format

_NOISE = re.compile(r"(_runtime|_samples_per_second|_steps_per_second|^total_flos|_flos)$")
_CONFIG_KEYS = ("num_train_epochs", "max_steps", "train_batch_size", "logging_steps", "eval_steps",
                "save_steps", "best_metric", "best_model_checkpoint", "best_global_step")


def is_trainer_state(data) -> bool:
    return isinstance(data, dict) and isinstance(data.get("log_history"), list)


def from_trainer_state(data: dict, source: str):
    """A :class:`History` from a parsed ``trainer_state.json``."""
    if not is_trainer_state(data):
        raise ImportFormatError(f"{source}: JSON without a log_history list (expected a Hugging Face "
                                f"trainer_state.json)")
    points: dict[tuple[str, str], list] = {}
    summary: dict = {}
    for i, entry in enumerate(data["log_history"]):
        if not isinstance(entry, dict):
            raise ImportFormatError(f"{source}: log_history[{i}] is {type(entry).__name__}, expected an object")
        _entry(entry, i, source, points, summary)
    c = Collector(source, "hf-trainer-state")
    for (key, level), rows in points.items():
        step, epoch, value = np.array(rows, dtype=np.float64).T
        epoch = _epoch_numbers(epoch) if level == "epoch" else epoch
        c.add_column(key, level, value=value, step=step.astype(np.int64), epoch=epoch)
    config = {k: data[k] for k in _CONFIG_KEYS if data.get(k) is not None}
    return c.history({"framework": "transformers", "train_summary": summary}, config)


def _entry(entry: dict, i: int, source: str, points: dict, summary: dict) -> None:
    step, epoch = _num(entry.get("step", i), source, i, "step"), _num(entry.get("epoch", math.nan), source, i, "epoch")
    final = "train_loss" in entry or "train_runtime" in entry
    is_eval = any(k.startswith("eval_") for k in entry)
    for key, value in entry.items():
        if key in ("step", "epoch"):
            continue
        if final or _NOISE.search(key) or not isinstance(value, (int, float)) or isinstance(value, bool):
            if final or _NOISE.search(key):
                summary[key] = value
            continue
        level = "epoch" if is_eval or key.startswith(("eval_", "test_")) else "batch"
        if parse_key(key).name == TOKENS:  # a training counter, also logged with evaluations
            rows = points.setdefault((key, "batch"), [])
            if not rows or rows[-1][0] != step:
                rows.append((step, _in_progress(epoch), float(value)))
            continue
        # a training log point belongs to the epoch in progress: HF's 0.5 is learnscope's epoch 1
        ep = epoch if level == "epoch" else _in_progress(epoch)
        points.setdefault((key, level), []).append((step, ep, float(value)))


def _in_progress(epoch: float) -> float:
    """HF's fractional epoch (0.5, 1.0 at the end of the first) as the 1-based epoch in progress."""
    return max(1.0, math.ceil(epoch)) if math.isfinite(epoch) else math.nan


def _epoch_numbers(epochs: np.ndarray) -> np.ndarray:
    """Evaluations once per epoch get that epoch's number (old Trainers log 0.97 or 1.95 for
    them); several per epoch keep HF's fractional epochs, so no two share a number."""
    whole = np.array([_in_progress(e) for e in epochs])
    return whole if len(np.unique(whole)) == len(whole) else epochs


def _num(x, source, i, what) -> float:
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        raise ImportFormatError(f"{source}: log_history[{i}].{what} is {x!r}, expected a number")
    return float(x)


def _is_hf(probe) -> bool:
    return probe.is_json and is_trainer_state(probe.json)


FORMATS = (Format("hf-trainer-state", "Hugging Face trainer_state.json",
                  lambda probe: from_trainer_state(probe.json, str(probe.path)), _is_hf,
                  names=("trainer_state.json",)),)
