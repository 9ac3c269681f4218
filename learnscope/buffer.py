"""In-memory buffers behind ``Run.log``: the hot path of recording.

A log call appends one row (step, epoch, time). The common call, a dict of Python
floats with the same keys as before, takes the fast path: its values go as they are
into one flat array of float64 per key set (a ``_Group``), with no per-key work and no
container object kept per row (so the garbage collector has nothing to scan). Any
other call takes the general path: per key, the row index and the value. Tensors on an
accelerator are kept detached and converted together at flush time, so logging never
waits for a device; CPU tensors are read at once (there is no device to wait for).
"""

from __future__ import annotations

import logging
from array import array
from collections.abc import Mapping

import numpy as np

from .errors import InvalidValueError
from .names import SeriesKey, parse_key

log = logging.getLogger("learnscope")
MAX_KEY_LENGTH = 512
_IS_TENSOR: dict[type, bool] = {}  # whether a value type is a torch tensor (told once per type)


class _Column:
    __slots__ = ("key", "idx", "vals", "tensors")

    def __init__(self, key: SeriesKey):
        self.key, self.idx, self.vals, self.tensors = key, [], [], False


class _Group:
    """Rows logged as a dict of floats with exactly these keys, in this order."""

    __slots__ = ("cols", "rows", "vals")

    def __init__(self, cols: list):
        self.cols = cols                # the _Column of each key, in order
        self.rows = array("q")          # buffer row of each logged dict
        self.vals = array("d")          # their values, row after row (flat, unboxed)


class Buffer:
    """Points of one level (``batch`` or ``epoch``) not yet flushed."""

    def __init__(self, level: str):
        self.level = level
        self.steps, self.epochs, self.times = array("q"), array("d"), array("d")
        self.cols: dict[str, _Column] = {}       # raw key -> column
        self._by_key: dict[SeriesKey, _Column] = {}
        self._groups: dict[tuple, _Group] = {}   # key tuple -> fast-path rows
        self._told: set = set()                  # keys said to be device tensors changed in place

    def _column(self, key) -> _Column:
        if not isinstance(key, str):
            raise InvalidValueError(f"metric keys must be strings, got {key!r} ({type(key).__name__}): "
                                    f"use a name such as 'loss' or 'val_accuracy'")
        if not key.strip() or len(key) > MAX_KEY_LENGTH or not key.isprintable():
            raise InvalidValueError(f"metric key {key[:60]!r} is not allowed: keys must be 1 to "
                                    f"{MAX_KEY_LENGTH} printable characters")
        sk = parse_key(key, self.level)
        sk = SeriesKey(sk.name, sk.split, sk.level or self.level)
        col = self._by_key.get(sk)
        if col is None:
            col = self._by_key[sk] = _Column(sk)
        self.cols[key] = col
        return col

    def add_floats(self, data: dict, step: int, epoch: float, t: float) -> bool:
        """The fast path: keep a dict whose values are all Python floats. False (and nothing
        kept) for anything else, which then goes through :meth:`add`."""
        values = data.values()
        for v in values:            # first: a tensor or an int (often the first value) leaves at once
            if type(v) is not float:
                return False
        group = self._groups.get(tuple(data))
        if group is None:
            if not data:
                return False
            group = self._groups[tuple(data)] = self._new_group(data)
        group.vals.extend(values)
        group.rows.append(len(self.steps))
        self.steps.append(step)
        self.epochs.append(epoch)
        self.times.append(t)
        return True

    def _new_group(self, data: dict) -> _Group:
        """The group of the key set of ``data``, its keys validated."""
        cols = [self.cols.get(k) if type(k) is str else None for k in data]
        return _Group([c if c is not None else self._column(k) for c, k in zip(cols, data)])

    def add(self, data: Mapping, step: int, epoch: float, t: float) -> None:
        """Append one row of values; on a bad key or value nothing of the row is kept."""
        if not isinstance(data, Mapping):
            raise InvalidValueError(f"log() takes a dict of metric values, got {type(data).__name__}: "
                                    f"call run.log({{'loss': value}})")
        i = len(self.steps)
        done = []
        try:
            for k, v in data.items():
                col = self.cols.get(k) if type(k) is str else None
                if col is None:
                    col = self._column(k)
                if type(v) is not float:
                    v = _coerce(k, v)
                    if type(v) is not float:
                        col.tensors = True
                col.vals.append(v)
                col.idx.append(i)
                done.append(col)
        except Exception:
            for col in done:
                col.vals.pop()
                col.idx.pop()
            raise
        self.steps.append(step)
        self.epochs.append(epoch)
        self.times.append(t)

    def take(self) -> dict[SeriesKey, tuple]:
        """Everything buffered as ``{key: (step, epoch, wall_time, value)}``; the buffer is emptied."""
        if not self.steps:
            return {}
        steps, epochs, times = (np.frombuffer(a, dtype=t) for a, t in (
            (self.steps, np.int64), (self.epochs, np.float64), (self.times, np.float64)))
        for shared in (steps, epochs, times):  # several series may share them: nobody may write
            shared.flags.writeable = False
        # device tensors first: if copying them fails (a device error), nothing is taken yet
        converted = {id(col): to_float64(col.vals, self._told)
                     for col in self._by_key.values() if col.idx and col.tensors}
        pieces: dict[SeriesKey, list] = {}
        for col in self._by_key.values():
            if col.idx:
                vals = converted.get(id(col))
                if vals is None:
                    vals = np.array(col.vals, dtype=np.float64)
                pieces.setdefault(col.key, []).append((np.asarray(col.idx, dtype=np.int64), vals))
                col.idx, col.vals, col.tensors = [], [], False
        for group in self._groups.values():
            if group.rows:
                rows = np.frombuffer(group.rows, dtype=np.int64)
                vals = np.frombuffer(group.vals, dtype=np.float64).reshape(len(rows), len(group.cols))
                group.rows, group.vals = array("q"), array("d")
                for j, col in enumerate(group.cols):
                    pieces.setdefault(col.key, []).append((rows, vals[:, j].copy()))
        self.steps, self.epochs, self.times = array("q"), array("d"), array("d")
        out = {}
        for key, parts in pieces.items():
            idx, vals = _in_row_order(parts)
            if _every_row(idx, len(steps)):  # the usual case: no gather, the arrays are shared
                out[key] = (steps, epochs, times, vals)
            else:
                out[key] = (steps[idx], epochs[idx], times[idx], vals)
        return out


def _every_row(idx: np.ndarray, n: int) -> bool:
    """Whether ``idx`` is exactly ``0, 1, ..., n - 1``."""
    return len(idx) == n and idx[0] == 0 and idx[-1] == n - 1 and bool(np.all(idx[1:] > idx[:-1]))


def _in_row_order(parts: list) -> tuple:
    """One series' (row, value) pieces from several key sets, merged back into logging order."""
    if len(parts) == 1:
        return parts[0]
    idx = np.concatenate([p[0] for p in parts])
    vals = np.concatenate([p[1] for p in parts])
    order = np.argsort(idx, kind="stable")
    return idx[order], vals[order]


def _coerce(key: str, v):
    """A loggable scalar from ``v``: a float, or a detached scalar tensor kept for bulk conversion."""
    tv = type(v)
    is_tensor = _IS_TENSOR.get(tv)
    if is_tensor is None:
        is_tensor = _IS_TENSOR[tv] = tv.__module__.startswith("torch") and hasattr(tv, "detach")
    if is_tensor:
        return _tensor_value(key, v)
    if tv is int or tv is bool or isinstance(v, (np.integer, np.floating, np.bool_)):
        try:
            f = float(v)
        except OverflowError:
            raise InvalidValueError(f"value for {key!r} is too large for a float64: {v}") from None
        if (tv is int or isinstance(v, np.integer)) and abs(f) >= 2**53 and int(f) != v:
            raise InvalidValueError(f"value for {key!r} is the integer {v}, which float64 cannot hold "
                                    f"exactly (beyond 2**53): log float(value) to accept rounding")
        return f
    if isinstance(v, np.ndarray) and v.size == 1 and v.dtype.kind in "biuf":
        return float(v.reshape(()))
    if isinstance(v, (str, bytes)) or not hasattr(tv, "__float__"):
        raise InvalidValueError(f"value for {key!r} is {tv.__name__} {str(v)[:40]!r}: log numbers "
                                f"(Python or NumPy numbers, or scalar tensors)")
    try:
        return float(v)
    except (TypeError, ValueError, OverflowError) as exc:
        raise InvalidValueError(f"value for {key!r} cannot be read as a number: {exc}") from None


def _tensor_value(key: str, v):
    """A float now for a CPU tensor (no device to wait for, and later in-place changes cannot
    alter it); a detached tensor, converted in bulk at flush time, for one on an accelerator."""
    if v.is_cpu:
        return _cpu_scalar(key, v)
    if v.numel() != 1:
        raise InvalidValueError(f"value for {key!r} is a tensor of shape {tuple(v.shape)}: "
                                f"log a scalar (e.g. loss.mean())")
    if v.is_complex():
        raise InvalidValueError(f"value for {key!r} is a complex tensor: log a real number")
    if v.is_meta:
        raise InvalidValueError(f"value for {key!r} is a tensor on the meta device, which holds no value")
    return key, v.detach(), v._version  # the version tells at flush whether it changed in place


def _cpu_scalar(key: str, v) -> float:
    """The value of a one-element CPU tensor, checked like any other number.

    ``tolist()`` reads it without the autograd bookkeeping of ``detach()`` (and without
    torch's warning for ``item()`` on a tensor that requires grad).
    """
    x = v.tolist()
    while type(x) is list and len(x) == 1:  # shape (1,), (1, 1)...
        x = x[0]
    if type(x) is float:
        return x
    if type(x) is list:
        raise InvalidValueError(f"value for {key!r} is a tensor of shape {tuple(v.shape)}: "
                                f"log a scalar (e.g. loss.mean())")
    if type(x) is complex:
        raise InvalidValueError(f"value for {key!r} is a complex tensor: log a real number")
    return _coerce(key, x)


def to_float64(vals: list, told: set | None = None) -> np.ndarray:
    """Convert buffered values to float64, moving all tensors to the host in one go per device.

    A tensor changed in place after it was logged holds its later value, which is what
    the host gets (the one logged is gone): said once per key (per ``told``, a run's
    buffer), with what to log instead.
    """
    out = np.empty(len(vals), dtype=np.float64)
    groups: dict = {}
    changed = set()
    for i, v in enumerate(vals):
        if type(v) is float:
            out[i] = v
        else:
            key, t, version = v
            groups.setdefault((str(t.device), t.dtype), []).append(i)
            if t._version != version:
                changed.add(key)
    import torch

    for idx in groups.values():
        tensors = [vals[i][1] for i in idx]
        stacked = torch.stack([t if t.dim() == 0 else t.reshape(()) for t in tensors])
        out[idx] = stacked.to("cpu", torch.float64).numpy()
    told = set() if told is None else told
    for key in sorted(changed - told):
        told.add(key)
        log.warning("learnscope: %r is a device tensor changed in place after run.log (an accumulator?): "
                    "the value recorded is its later one; log %s.clone() (or a new tensor) instead", key, key)
    return out


