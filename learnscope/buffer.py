"""In-memory buffers behind ``Run.log``: the hot path of recording.

A log call appends one row (step, epoch, time) and its values to the group of its key
set (a ``_Group``: the values of every row logged with exactly those keys, flat, row
after row), with no per-key bookkeeping and no container object kept per row (so the
garbage collector has nothing to scan). The common call, a dict of Python floats,
goes as it is into an unboxed array of float64; any other call has its values checked
and converted first, so a bad one keeps nothing of its row. Tensors on an accelerator
are kept (detached) and converted together at flush time, so logging never waits for a
device; CPU tensors are read at once (there is no device to wait for)."""

from __future__ import annotations

import logging
from array import array
from collections.abc import Mapping

import numpy as np

from .errors import InvalidValueError
from .names import SeriesKey, parse_key
from .scalars import coerce, to_float64

log = logging.getLogger("learnscope")
MAX_KEY_LENGTH = 512


class _Group:
    """Rows logged with exactly these keys, in this order."""

    __slots__ = ("cols", "rows", "vals", "versions")

    def __init__(self, cols: list, vals):
        self.cols = cols        # the series key of each key, in order
        self.rows = array("q")  # buffer row of each logged dict
        self.vals = vals        # their values, row after row: an array("d") of floats (the fast
        #                         path), or a list of floats and device tensors (scalars.coerce)
        self.versions = array("q")  # each device tensor's version when logged, in that order


class Buffer:
    """Points of one level (``batch`` or ``epoch``) not yet flushed."""

    def __init__(self, level: str):
        self.level = level
        self.steps, self.epochs, self.times = array("q"), array("d"), array("d")
        self.cols: dict[str, SeriesKey] = {}     # raw key -> its series, validated once
        self._groups: dict[tuple, _Group] = {}   # key tuple -> rows of floats (the fast path)
        self._mixed: dict[tuple, _Group] = {}    # key tuple -> rows of any values
        self._told: set = set()                  # keys said to be device tensors changed in place
        self._aside: list = []                   # rows set aside, waiting for take_aside

    def _column(self, key) -> SeriesKey:
        if not isinstance(key, str):
            raise InvalidValueError(f"metric keys must be strings, got {key!r} ({type(key).__name__}): "
                                    f"use a name such as 'loss' or 'val_accuracy'")
        if not key.strip() or len(key) > MAX_KEY_LENGTH or not key.isprintable():
            raise InvalidValueError(f"metric key {key[:60]!r} is not allowed: keys must be 1 to "
                                    f"{MAX_KEY_LENGTH} printable characters")
        sk = parse_key(key, self.level)
        sk = self.cols[key] = SeriesKey(sk.name, sk.split, sk.level or self.level)
        return sk

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
            group = self._groups[tuple(data)] = self._new_group(data, array("d"))
        group.vals.extend(values)
        group.rows.append(len(self.steps))
        self.steps.append(step)
        self.epochs.append(epoch)
        self.times.append(t)
        return True

    def _new_group(self, data: Mapping, vals) -> _Group:
        """The group of the key set of ``data``, its keys validated."""
        cols = [self.cols.get(k) if type(k) is str else None for k in data]
        return _Group([c if c is not None else self._column(k) for c, k in zip(cols, data)], vals)

    def add(self, data: Mapping, step: int, epoch: float, t: float) -> None:
        """Append one row of values; on a bad key or value nothing of the row is kept."""
        if not isinstance(data, Mapping):
            raise InvalidValueError(f"log() takes a dict of metric values, got {type(data).__name__}: "
                                    f"call run.log({{'loss': value}})")
        if data:
            keys = tuple(data)
            group = self._mixed.get(keys)
            if group is None:
                group = self._new_group(data, [])
            values = [v if type(v) is float else coerce(k, v) for k, v in data.items()]
            self._mixed[keys] = group
            group.vals.extend(values)
            group.rows.append(len(self.steps))
            for v in values:
                if type(v) is not float:  # a device tensor: changed in place before the flush?
                    group.versions.append(v._version)
        self.steps.append(step)
        self.epochs.append(epoch)
        self.times.append(t)

    def _tell_changed(self, mixed: list) -> None:
        """Say once per key which device tensors were changed in place after they were logged:
        an accumulator (``total += loss``) holds its later value, which is what gets recorded."""
        changed = []
        for keys, _, _, vals, versions in mixed:
            if not versions:
                continue
            tensors = [v for v in vals if type(v) is not float]
            if sum(t._version for t in tensors) == sum(versions):
                continue  # versions only grow: none changed (the usual case, told cheaply)
            logged = iter(versions)
            for i, v in enumerate(vals):
                if type(v) is not float and v._version != next(logged):
                    changed.append(keys[i % len(keys)])
        for key in dict.fromkeys(changed):
            if key not in self._told:
                self._told.add(key)
                log.warning("learnscope: %r is a device tensor changed in place after run.log (an accumulator?): "
                            "the value recorded is its later one; log %s.clone() (or a new tensor) instead",
                            key, key)

    def set_aside(self) -> None:
        """Move everything buffered aside, for :meth:`take_aside`: cheap, done under the run's
        lock, while the copies from a device that ``take_aside`` waits for are done without it."""
        if not self.steps:
            return
        floats = [(g.cols, g.rows, g.vals) for g in self._groups.values() if g.rows]
        mixed = [(keys, g.cols, g.rows, g.vals, g.versions) for keys, g in self._mixed.items() if g.rows]
        for g in self._groups.values():
            g.rows, g.vals = array("q"), array("d")
        for g in self._mixed.values():
            g.rows, g.vals, g.versions = array("q"), [], array("q")
        self._aside.append((self.steps, self.epochs, self.times, floats, mixed))
        self.steps, self.epochs, self.times = array("q"), array("d"), array("d")

    def take_aside(self) -> dict[SeriesKey, tuple]:
        """What was set aside as ``{key: (step, epoch, wall_time, value)}``. If copying tensors
        from their device fails, it all stays aside for the next try (nothing is lost)."""
        taken = [self._points(*aside) for aside in self._aside]
        self._aside = []
        if len(taken) == 1:
            return taken[0]
        out: dict = {}
        for part in taken:   # after a failed try: older points first
            for key, arrays in part.items():
                out[key] = arrays if key not in out else tuple(map(np.concatenate, zip(out[key], arrays)))
        return out

    def drop_aside(self) -> int:
        """Give up what was set aside (its tensors' device failed for good): the number of rows."""
        rows = sum(len(aside[0]) for aside in self._aside)
        self._aside = []
        return rows

    def take(self) -> dict[SeriesKey, tuple]:
        """Everything buffered as ``{key: (step, epoch, wall_time, value)}``; the buffer is emptied."""
        self.set_aside()
        return self.take_aside()

    def _points(self, steps, epochs, times, floats, mixed) -> dict[SeriesKey, tuple]:
        # values of any kind first: if copying tensors from a device fails, this raises here
        columns = [[to_float64(vals[j::len(cols)]) for j in range(len(cols))] for _, cols, _, vals, _ in mixed]
        self._tell_changed(mixed)
        steps, epochs, times = (np.frombuffer(a, dtype=t) for a, t in (
            (steps, np.int64), (epochs, np.float64), (times, np.float64)))
        for shared in (steps, epochs, times):  # several series may share them: nobody may write
            shared.flags.writeable = False
        pieces: dict[SeriesKey, list] = {}
        for cols, rows, vals in floats:
            rows = np.frombuffer(rows, dtype=np.int64)
            vals = np.frombuffer(vals, dtype=np.float64).reshape(len(rows), len(cols))
            for j, col in enumerate(cols):
                pieces.setdefault(col, []).append((rows, vals[:, j].copy()))
        for (_, cols, rows, _, _), values in zip(mixed, columns):
            rows = np.frombuffer(rows, dtype=np.int64)
            for col, vals in zip(cols, values):
                pieces.setdefault(col, []).append((rows, vals))
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
