"""The common case of an event file, parsed for all records at once with NumPy.

``SummaryWriter.add_scalar`` (torch, tensorboardX, Lightning, the HF Trainer) writes
each scalar as one record of exactly this shape::

    09 <wall_time f64>  10 <step varint>  2a <n1> { 0a <n2> { 0a <n> <tag>  15 <value f32> } }

Records of that shape (one value, short tag, nothing else) are decoded here column by
column; every other record (file version, tensor-form scalars, histograms, images)
goes to the general parser in :mod:`.tfevents`.

>>> ok, step, wall, value, tag_ids, tags = simple_scalars(np.zeros(0, np.uint8), np.zeros(0, np.int64), np.zeros(0, np.int64))
>>> ok.shape, tags
((0,), [])
"""

from __future__ import annotations

import numpy as np


def simple_scalars(buf: np.ndarray, starts: np.ndarray, lengths: np.ndarray):
    """``(ok, step, wall_time, value, tag_id, tags)`` for the records of the shape above
    (``ok`` marks them; the other arrays hold only theirs, in record order)."""
    last = len(buf) - 1

    def at(offsets):
        return buf[np.clip(offsets, 0, max(last, 0))].astype(np.int64) if len(buf) else np.zeros(len(offsets), np.int64)

    ok = (lengths >= 20) & (at(starts) == 0x09) & (at(starts + 9) == 0x10)
    step, k = _varints(at, starts + 10, ok)
    ok &= k > 0
    p = starts + 10 + k
    n1, n2, nt = at(p + 1), at(p + 3), at(p + 5)
    ok &= (at(p) == 0x2A) & (n1 < 0x80) & (p + 2 + n1 == starts + lengths)
    ok &= (at(p + 2) == 0x0A) & (n2 + 2 == n1) & (at(p + 4) == 0x0A) & (nt + 7 == n2)
    ok &= at(p + 6 + nt) == 0x15
    idx = np.flatnonzero(ok)
    wall = _unaligned(buf, "<f8")[starts[idx] + 1]
    value = _unaligned(buf, "<f4")[(p + 7 + nt)[idx]].astype(np.float64)
    tag_ids, tags = _tags(buf, (p + 6)[idx], nt[idx])
    return ok, step[idx], wall, value, tag_ids, tags


def _varints(at, pos: np.ndarray, ok: np.ndarray):
    """Step varints (up to 10 bytes) at ``pos``: values as int64 (two's complement) and byte counts."""
    value = np.zeros(len(pos), dtype=np.uint64)
    size = np.zeros(len(pos), dtype=np.int64)
    live = ok.copy()
    for i in range(10):
        if not live.any():
            break
        b = at(pos + i)
        value |= np.where(live, (b & 0x7F).astype(np.uint64) << np.uint64(7 * i), np.uint64(0))
        ends = live & (b < 0x80)
        size[ends] = i + 1
        live &= ~ends
    return value.view(np.int64), size


def _unaligned(buf: np.ndarray, dtype: str) -> np.ndarray:
    """A view reading ``dtype`` at every byte offset of ``buf`` (no copy)."""
    size = np.dtype(dtype).itemsize
    return np.ndarray((max(len(buf) - size + 1, 0),), dtype=dtype, buffer=buf, strides=(1,))


def _gather(buf: np.ndarray, offsets: np.ndarray, width: int) -> np.ndarray:
    """Rows of ``width`` bytes starting at each offset (a fresh contiguous uint8 array)."""
    return buf[offsets[:, None] + np.arange(width)].reshape(len(offsets), width)


def _tags(buf: np.ndarray, offsets: np.ndarray, sizes: np.ndarray):
    """A tag id per record and the tag strings, grouping equal byte strings exactly."""
    tag_ids = np.empty(len(offsets), dtype=np.int64)
    tags: list[str] = []
    for size in np.flatnonzero(np.bincount(sizes, minlength=1)):
        sel = np.flatnonzero(sizes == size)
        rows = _gather(buf, offsets[sel], int(size)) if size else np.zeros((len(sel), 0), np.uint8)
        keys = np.ascontiguousarray(rows).view(f"V{max(int(size), 1)}").ravel() if size else np.zeros(len(sel), "V1")
        uniq, inverse = np.unique(keys, return_inverse=True)
        tag_ids[sel] = len(tags) + inverse.ravel()
        tags += [bytes(u).decode("utf-8") for u in uniq] if size else [""]
    return tag_ids, tags
