"""Points for charts, read from the store chunk by chunk and thinned on the way.

A chart is a few hundred pixels wide, so a series is cut into ``buckets`` equal
step ranges and each keeps its first, last, minimum and maximum point
(:func:`learnscope.plot.downsample.minmax`, applied per chunk). Chunks are read one
at a time, so a 10-million-point series never sits in memory whole; a chunk
narrower than one bucket is not even decoded: its stored ``vmin``/``vmax`` stand
for it. Only bound parameters reach SQL.

>>> pts = series_points(store, series_id, lo=0, hi=10_000, buckets=500)   # doctest: +SKIP
>>> len(pts["value"]) <= 4 * 500 + 2 * 16384                               # doctest: +SKIP
True
"""

from __future__ import annotations

import math

import numpy as np
from sqlalchemy import and_, select

from ..plot.downsample import minmax
from ..store import chunks as ck
from ..store.schema import chunks, series

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
        total = sum(r.n for r in index)
        if not index:
            return _pack([], want_time, exact=True, total=0)
        exact = total <= 4 * buckets
        span = max(min(hi, index[-1].last_step) - max(lo, index[0].first_step), 1)
        width = span / buckets  # steps per bucket
        parts = _read_parts(conn, series_id, index, lo, hi, width, exact, want_time)
    return _pack(parts, want_time, exact=exact, total=total)


def _read_parts(conn, series_id, index, lo, hi, width, exact, want_time) -> list:
    """Decode the chunks worth decoding (streamed), summarise the rest from the index."""
    narrow = set() if exact else {r.seq for r in index
                                  if r.last_step - r.first_step < width and lo <= r.first_step
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
    return [parts[r.seq] for r in index if r.seq in parts]  # (PostgreSQL: a tail merged meanwhile)


def _decode_thin(row, lo, hi, width, exact, want_time) -> tuple:
    step = ck.decode_steps(row.steps, row.n)
    value = ck.decode_values(row.vals)
    keep = np.flatnonzero((step >= lo) & (step <= hi))
    if not exact and len(keep) > 4:
        k = max(1, math.ceil((step[keep[-1]] - step[keep[0]]) / width))
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
    """Two points standing for a chunk narrower than a bucket: its min and its max, at its
    first and last step (its values are never read)."""
    pick = np.array([0, meta.n - 1])
    step = np.array([meta.first_step, meta.last_step], dtype=np.int64)
    lo_v = np.nan if meta.vmin is None else meta.vmin
    hi_v = np.nan if meta.vmax is None else meta.vmax
    epoch = ck.decode_epochs(row.epochs, meta.n)[pick]
    wall = ck.decode_times(row.times, meta.n)[pick] if want_time else None
    return step, epoch, wall, np.array([lo_v, hi_v])


def _pack(parts: list, want_time: bool, *, exact: bool, total: int) -> dict:
    if not parts:
        empty = np.empty(0)
        return dict(step=np.empty(0, np.int64), epoch=empty, time=empty if want_time else None,
                    value=empty, exact=exact, total=total)
    return dict(step=np.concatenate([p[0] for p in parts]), epoch=np.concatenate([p[1] for p in parts]),
                time=np.concatenate([p[2] for p in parts]) if want_time else None,
                value=np.concatenate([p[3] for p in parts]), exact=exact, total=total)


def epoch_axis(step: np.ndarray, epoch_steps: np.ndarray, epochs: np.ndarray) -> np.ndarray | None:
    """Fractional epochs for batch steps, so batch points sit under the epoch line they
    lead to: a step between the ends of epochs e-1 and e maps into (e-1, e].

    ``epoch_steps``/``epochs`` are where epoch-level points were logged. None when
    the run has no usable epoch-level points.
    """
    order = np.argsort(epoch_steps, kind="stable")
    xs, ys = np.asarray(epoch_steps, np.float64)[order], np.asarray(epochs, np.float64)[order]
    ok = np.isfinite(ys)
    xs, ys = xs[ok], ys[ok]
    if len(xs) == 0:
        return None
    xs, first = np.unique(xs, return_index=True)
    ys = ys[first]
    per_epoch = np.diff(xs).mean() if len(xs) > 1 else max(xs[0] + 1, 1.0)
    # one extra epoch before the first and after the last, so the ends interpolate too
    xs = np.concatenate(([xs[0] - per_epoch], xs, [xs[-1] + per_epoch]))
    ys = np.concatenate(([ys[0] - 1], ys, [ys[-1] + 1]))
    out = np.interp(step, xs, ys)
    beyond = step > xs[-1]  # a live run well into an epoch not yet closed
    out[beyond] = ys[-1] + (step[beyond] - xs[-1]) / per_epoch
    return out
