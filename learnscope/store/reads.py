"""The stored read: a finished run's verdict and headline, kept on its ``runs`` row.

A read is made once (when the run finishes, if it has at most POINTS_AT_FINISH points,
when it is imported, or lazily the first time a list needs it) so the runs list, a filter by verdict and the group read never
re-read thousands of runs. It is remade when :data:`learnscope.read_version.READ_VERSION`
changes, and cleared whenever the run gets new points (a live run has no stored read).

>>> headline_of({"verdict": "healthy", "findings": [{"message": "Learning looks sound."}]})
'Learning looks sound.'
"""

from __future__ import annotations

import logging
import time

from sqlalchemy import and_, select, update

from .lite import read_version  # noqa: F401  (re-exported: one place reads READ_VERSION)
from .schema import runs, series

log = logging.getLogger("learnscope.store")
BATCH_POINTS_FOR_READ = 2_000_000  # above this many batch points, the read sees epoch level only
# finish() stays quick: a run with more points than this gets its read from the first list instead
POINTS_AT_FINISH = 50_000
HEADLINE_LEN = 500


def headline_of(result: dict) -> str:
    findings = result.get("findings") or []
    return (findings[0].get("message") or "")[:HEADLINE_LEN] if findings else ""


def compute(history) -> dict:
    """``{"verdict", "headline", "read_version"}`` of a History; a failing read is stored as
    no verdict and the failure as headline (so it is not retried on every list)."""
    from ..read import read
    try:
        result = read(history).to_dict()
    except Exception as exc:  # one odd run must not break a list of thousands
        log.warning("learnscope: read of run %s failed: %s", history.info.id, exc)
        return dict(verdict=None, headline=f"the read failed: {type(exc).__name__}: {exc}"[:HEADLINE_LEN],
                    read_version=read_version())
    return dict(verdict=result["verdict"], headline=headline_of(result), read_version=read_version())


def levels_for(store, run_id: str) -> tuple:
    """The levels a read loads: batch points too, unless there are millions of them."""
    with store.reader.connect() as conn:
        n = conn.execute(select(series.c.n).where(and_(series.c.run_id == run_id,
                                                       series.c.level == "batch"))).scalars().all()
    return ("batch", "epoch") if sum(n) <= BATCH_POINTS_FOR_READ else ("epoch",)


def store_read(store, info) -> dict:
    """Compute the read of run ``info`` (a RunInfo) and keep it on its row; returns the columns."""
    with store.reader.connect() as conn:
        seen = conn.execute(select(runs.c.updated).where(runs.c.id == info.id)).scalar()
    history = store.load(info, levels=levels_for(store, info.id))
    values = compute(history)
    same = runs.c.updated.is_(None) if seen is None else runs.c.updated == seen
    with store.writer.begin() as conn:
        # only if no write came in meanwhile (that write cleared the read; a later list remakes it);
        # ``updated`` moves so the dashboard's refresh picks the verdict up
        conn.execute(update(runs).where(and_(runs.c.id == info.id, same))
                     .values(**values, updated=max(time.time(), (seen or 0) + 1e-6)))
    return values
