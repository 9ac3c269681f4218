"""Points for charts, read chunk by chunk and thinned on the way (the store's downsampled reads).

A chart is a few hundred pixels wide, so a series is cut into ``buckets`` equal
step ranges and each keeps its first, last, minimum and maximum point
(:func:`learnscope.plot.downsample.minmax`, applied per chunk). Chunks are read one
at a time, so a 10-million-point series never sits in memory whole; a chunk
spanning at most two buckets is not even decoded: its stored ``vmin``/``vmax`` stand
for it (so a NaN inside such a chunk shows only once zoomed in). Only bound parameters reach SQL.

>>> pts = store.series_points(series_id, lo=0, hi=10_000, buckets=500)   # doctest: +SKIP
>>> len(pts["value"]) <= 4 * 500 + 2 * 16384                               # doctest: +SKIP
True
"""

from __future__ import annotations

import math
import struct
import zlib

import numpy as np
from sqlalchemy import and_, select

from . import chunks as ck
from .schema import chunks, series

_F8 = struct.Struct("<d")
_META = (chunks.c.seq, chunks.c.n, chunks.c.first_step, chunks.c.last_step, chunks.c.vmin, chunks.c.vmax)


def run_series(store, run_id: str) -> list[dict]:
    """The series of a run: ``id``, ``name``, ``split``, ``level``, ``n`` (point count), in order."""
    query = (select(series.c.id, series.c.name, series.c.split, series.c.level, series.c.n)
             .where(series.c.run_id == run_id).order_by(series.c.id))
    with store.reader.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def series_points(store, series_id: int, *, lo: int | None = None, hi: int | None = None,
                  buckets: int = 1000, want_time: bool = False) -> dict:
    """The points of one series with steps in ``[lo, hi]``, at most ~``4 * buckets`` of them
    when the range holds more (``exact`` says whether nothing was thinned)."""
    lo = -(2**62) if lo is None else lo
    hi = 2**62 if hi is None else hi
    with store.reader.begin() as conn:  # one snapshot (SQLite): a live writer may merge tail chunks
        where = and_(chunks.c.series_id == series_id, chunks.c.last_step >= lo, chunks.c.first_step <= hi)
        index = conn.execute(select(*_META).where(where).order_by(chunks.c.seq)).all()
        if not index:
            return _pack([], want_time, exact=True, total=0)
        total = round(sum(_in_range(r, lo, hi) for r in index))
        exact = total <= 4 * buckets
        span = max(min(hi, index[-1].last_step) - max(lo, index[0].first_step), 1)
        width = span / buckets  # steps per bucket
        parts = _read_parts(conn, series_id, index, lo, hi, width, exact, want_time)
    return _pack(parts, want_time, exact=exact, total=total)


def _in_range(r, lo: int, hi: int) -> float:
    """How many of a chunk's points fall in ``[lo, hi]``, assuming evenly spread steps."""
    if lo <= r.first_step and r.last_step <= hi:
        return r.n
    span = r.last_step - r.first_step + 1
    return r.n * (min(hi, r.last_step) - max(lo, r.first_step) + 1) / span


def _read_parts(conn, series_id, index, lo, hi, width, exact, want_time) -> list:
    """Decode the chunks worth decoding (streamed), summarise the rest from the index."""
    # A chunk spanning at most two buckets is drawn from its index row alone: its min and max
    # are as much as one or two pixel columns can show, and its values blob is never read.
    narrow = set() if exact else {r.seq for r in index
                                  if r.last_step - r.first_step <= 2 * width and lo <= r.first_step
                                  and r.last_step <= hi}
    cols = [chunks.c.seq, chunks.c.n, chunks.c.steps, chunks.c.epochs, chunks.c.vals]
    if want_time:
        cols.append(chunks.c.times)
    wide = [r.seq for r in index if r.seq not in narrow]
    parts, by_seq = {}, {r.seq: r for r in index}
    light = [chunks.c.seq, chunks.c.epochs] + ([chunks.c.times] if want_time else [])
    for row in _stream(conn, series_id, sorted(narrow), light):
        parts[row.seq] = _from_index(row, by_seq[row.seq], want_time)
    for row in _stream(conn, series_id, wide, cols):
        parts[row.seq] = _decode_thin(row, lo, hi, width, exact, want_time)
    return _in_order([parts[r.seq] for r in index if r.seq in parts])  # (PostgreSQL: a tail merged meanwhile)


def _in_order(parts: list) -> list:
    """Runs of two-point summaries (plain lists) joined into arrays, decoded parts kept as they are."""
    out, pending = [], None
    for p in parts:
        if isinstance(p[0], list):
            if pending is None:
                pending = ([], [], [], [])
            for col, vals in zip(pending, p):
                col.extend(vals)
        else:
            if pending is not None:
                out.append(_arrays(pending))
                pending = None
            out.append(p)
    if pending is not None:
        out.append(_arrays(pending))
    return out


def _arrays(cols) -> tuple:
    step, epoch, wall, value = cols
    return (np.array(step, np.int64), np.array(epoch, np.float64),
            np.array(wall, np.float64) if wall else None, np.array(value, np.float64))


def _decode_thin(row, lo, hi, width, exact, want_time) -> tuple:
    step = ck.decode_steps(row.steps, row.n)
    value = ck.decode_values(row.vals)
    keep = np.flatnonzero((step >= lo) & (step <= hi))
    if not exact and len(keep) > 4:
        k = max(1, math.ceil((step[keep[-1]] - step[keep[0]]) / width))
        from ..plot.downsample import minmax  # the one owner of min/max thinning
        keep, _ = minmax(keep, value[keep], k)
    epoch = ck.decode_epochs(row.epochs, row.n)[keep]
    wall = ck.decode_times(row.times, row.n)[keep] if want_time else None
    return step[keep], epoch, wall, value[keep]


def _stream(conn, series_id: int, seqs: list, cols: list):
    """Rows of chunks ``seqs``, fetched a few at a time (bounded IN lists, streamed)."""
    for start in range(0, len(seqs), 256):
        query = select(*cols).where(and_(chunks.c.series_id == series_id, chunks.c.seq.in_(seqs[start:start + 256])))
        yield from conn.execution_options(stream_results=True, yield_per=16).execute(query)


def _from_index(row, meta, want_time) -> tuple:
    """Two points standing for a chunk at most two buckets wide: its min and its max, at its
    first and last step (its values are never read). Plain lists: there are many."""
    raw = zlib.decompress(row.epochs)  # run-length encoded: first and last run give the ends
    runs = len(raw) // 16
    e0, e1 = _F8.unpack_from(raw, 0)[0], _F8.unpack_from(raw, (runs - 1) * 8)[0]
    wall = []
    if want_time:
        t = ck.decode_times(row.times, meta.n)
        wall = [float(t[0]), float(t[-1])]
    lo_v = math.nan if meta.vmin is None else meta.vmin
    hi_v = math.nan if meta.vmax is None else meta.vmax
    return [meta.first_step, meta.last_step], [e0, e1], wall, [lo_v, hi_v]


def _pack(parts: list, want_time: bool, *, exact: bool, total: int) -> dict:
    if not parts:
        empty = np.empty(0)
        return dict(step=np.empty(0, np.int64), epoch=empty, time=empty if want_time else None,
                    value=empty, exact=exact, total=total)
    return dict(step=np.concatenate([p[0] for p in parts]), epoch=np.concatenate([p[1] for p in parts]),
                time=np.concatenate([p[2] for p in parts]) if want_time else None,
                value=np.concatenate([p[3] for p in parts]), exact=exact, total=total)


class ThinReads:
    """The store's methods for charts (a mixin of :class:`learnscope.store.Store`)."""

    def run_series(self, run_id: str) -> list[dict]:
        """The series of a run: ``id``, ``name``, ``split``, ``level``, ``n``, in order."""
        return run_series(self, run_id)

    def series_points(self, series_id: int, *, lo: int | None = None, hi: int | None = None,
                      buckets: int = 1000, want_time: bool = False) -> dict:
        """The points of one series in ``[lo, hi]``, thinned to about ``4 * buckets``."""
        return series_points(self, series_id, lo=lo, hi=hi, buckets=buckets, want_time=want_time)
