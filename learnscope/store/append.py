"""Appending points to a series without a row per flush piling up.

Each flush adds the new points of a series as one small chunk at its tail. Tail
chunks merge like a binary counter (two neighbours of equal-or-smaller size
become one), so a series keeps at most ~log2(CHUNK_POINTS) small chunks and each
point is rewritten a logarithmic number of times. Once the tail reaches
``CHUNK_POINTS`` it is sealed into full chunks that are never touched again.
"""

from __future__ import annotations

import numpy as np
from sqlalchemy import and_, delete, insert, select

from . import chunks as ck
from .points import chunk_values
from .schema import chunks as T

Tail = list  # [(seq, n), ...] of the unsealed chunks at the end of a series, in order


def load_tail(conn, series_id: int) -> tuple[Tail, int]:
    """The unsealed tail of a series and its next free ``seq``, read from the store."""
    rows = conn.execute(select(T.c.seq, T.c.n).where(T.c.series_id == series_id).order_by(T.c.seq)).all()
    tail: Tail = []
    for seq, n in rows:
        tail = [] if n >= ck.CHUNK_POINTS else tail + [(seq, n)]
    return tail, (rows[-1][0] + 1 if rows else 0)


def _insert(conn, series_id: int, seq: int, arrays) -> None:
    conn.execute(insert(T).values(series_id=series_id, seq=seq, **chunk_values(arrays)))


def _take(conn, series_id: int, seqs: list[int]):
    """Read and delete chunks ``seqs``; return their points concatenated, in order."""
    rows = conn.execute(select(T.c.n, T.c.steps, T.c.epochs, T.c.times, T.c.vals)
                        .where(and_(T.c.series_id == series_id, T.c.seq.in_(seqs))).order_by(T.c.seq)).all()
    conn.execute(delete(T).where(and_(T.c.series_id == series_id, T.c.seq.in_(seqs))))
    parts = [ck.decode(r.n, r.steps, r.epochs, r.times, bytes(r.vals)) for r in rows]
    return [np.concatenate([p[i] for p in parts]) for i in range(4)]


def append(conn, series_id: int, arrays, tail: Tail, next_seq: int) -> tuple[Tail, int]:
    """Append points ``(step, epoch, wall_time, value)`` to a series inside ``conn``'s
    transaction. Returns the new tail and next seq (apply them only after commit)."""
    tail = list(tail)
    n_new = len(arrays[3])
    if sum(n for _, n in tail) + n_new >= ck.CHUNK_POINTS:
        if tail:
            old = _take(conn, series_id, [s for s, _ in tail])
            arrays = [np.concatenate((o, a)) for o, a in zip(old, arrays)]
            next_seq = tail[0][0]
        tail = []
        for sl in ck.split(len(arrays[3])):
            part = [a[sl] for a in arrays]
            _insert(conn, series_id, next_seq, part)
            if len(part[3]) < ck.CHUNK_POINTS:
                tail.append((next_seq, len(part[3])))
            next_seq += 1
        return tail, next_seq
    _insert(conn, series_id, next_seq, arrays)
    tail.append((next_seq, n_new))
    next_seq += 1
    while len(tail) >= 2 and tail[-2][1] <= tail[-1][1]:
        (s1, n1), (s2, n2) = tail[-2], tail[-1]
        merged = _take(conn, series_id, [s1, s2])
        _insert(conn, series_id, s1, merged)
        tail[-2:] = [(s1, n1 + n2)]
    return tail, next_seq
