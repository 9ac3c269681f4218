"""A series' points as ``chunks`` rows: the row a run of points is stored as, and the points read
back at full resolution (:meth:`learnscope.store.Store.load`)."""

from __future__ import annotations

import numpy as np
from sqlalchemy import and_, select

from . import chunks as ck
from .schema import chunks


def chunk_values(arrays) -> dict:
    c = ck.encode(*arrays)
    return dict(n=c.n, first_step=c.first_step, last_step=c.last_step, vmin=c.vmin, vmax=c.vmax,
                steps=c.steps, epochs=c.epochs, times=c.times, vals=c.values)


def read_points(conn, series_id: int, step_range):
    """A series' ``(step, epoch, wall_time, value)``, decoded straight into preallocated
    arrays; wall times are decoded only when first asked for."""
    query = (select(chunks.c.n, chunks.c.steps, chunks.c.epochs, chunks.c.times, chunks.c.vals)
             .where(chunks.c.series_id == series_id).order_by(chunks.c.seq))
    if step_range is not None:
        query = query.where(and_(chunks.c.last_step >= step_range[0], chunks.c.first_step <= step_range[1]))
    rows = conn.execute(query).all()
    total = sum(r.n for r in rows)
    step, epoch, value = np.empty(total, np.int64), np.empty(total), np.empty(total)
    pos = 0
    for r in rows:
        sl = slice(pos, pos + r.n)
        step[sl] = ck.decode_steps(r.steps, r.n)
        epoch[sl] = ck.decode_epochs(r.epochs, r.n)
        value[sl] = ck.decode_values(r.vals)
        pos += r.n
    times = [(r.n, r.times) for r in rows]

    def wall_time() -> np.ndarray:
        out, at = np.empty(total), 0
        for n, blob in times:
            out[at:at + n] = ck.decode_times(blob, n)
            at += n
        return out[keep] if keep is not None else out

    keep = None
    if step_range is not None:
        keep = (step >= step_range[0]) & (step <= step_range[1])
        step, epoch, value = step[keep], epoch[keep], value[keep]
    return step, epoch, wall_time, value
