"""The runs list's endpoints: one page at a time, filtered and sorted by the store's SQL.

========================  ====================================================
``GET /api/runs``          a page: ``?text=&where=&group=&status=&verdict=&project=&sort=&offset=&limit=``
                           (counts included); ``&since=T``: only rows written after T;
                           ``&ids=ID,..``: those runs
``GET /api/runs/ids``      the ids of every run matching the same filters ("tick all that match")
``GET /api/verdicts``      verdicts of ``?runs=ID,ID,...`` (stored reads made where missing)
========================  ====================================================

A filter the store cannot read is a 400 with its one-line message, which the page shows.

>>> list_row(row)["verdict"]                       # doctest: +SKIP
'overfitting'
"""

from __future__ import annotations

import re
import time

from starlette.requests import Request

from ..store.query import RunQuery
from .api import _ID, _REF, MAX_IDS, ApiError, _ids, _int, _param, endpoint

PAGE = 100
MAX_PAGE = 1000
MAX_MATCH_IDS = 100_000
SINCE_ROWS = 500  # a refresh sending more than this many changed rows reloads the page instead
_FLOAT = re.compile(r"\d{1,12}(\.\d{1,9})?")


def _text(request: Request, name: str, limit: int = 300) -> str | None:
    raw = _param(request, name)
    if raw is not None and (len(raw) > limit or re.search(r"[\x00-\x1f\x7f]", raw)):
        raise ApiError(400, f"parameter {name!r} must be at most {limit} printable characters")
    return raw or None


def query_of(request: Request) -> RunQuery:
    """The RunQuery the request's parameters describe (checked, one-line errors)."""
    since = _param(request, "since")
    if since is not None and not _FLOAT.fullmatch(since):
        raise ApiError(400, f"parameter 'since' must be a time in seconds, got {since[:40]!r}")
    project = _text(request, "project")
    if project is not None and not _REF.fullmatch(project):
        raise ApiError(400, "parameter 'project' must be 1-300 printable characters")
    return RunQuery(text=_text(request, "text") or "", where=_text(request, "where", 1000) or "",
                    project=project, group=_text(request, "group"), status=_text(request, "status"),
                    verdict=_text(request, "verdict"), sort=_text(request, "sort") or "-created",
                    since=float(since) if since is not None else None, ids=_ids(request, "ids", _ID))


@endpoint
def runs_list(request: Request) -> dict:
    store = request.app.state.store
    q = query_of(request)
    offset = _int(request, "offset", 0, 0, 10**9)
    limit = _int(request, "limit", PAGE, 1, MAX_PAGE)
    newest = _newest(store)
    # the next refresh asks for rows written after next_since: the newest write, or 2 s back from
    # now while writes are that recent (a transaction committed just after this one read)
    out = {"store": store.location, "total": store.total(), "next_since": min(newest, time.time() - 2.0)}
    if q.since is not None:
        rows = store.runs(q, limit=SINCE_ROWS + 1)
        return {**out, "matching": store.count(_without_since(q)), "changed": [list_row(r) for r in rows],
                "more": len(rows) > SINCE_ROWS}
    rows = store.runs(q, limit=limit, offset=offset)
    out.update(matching=store.count(q), offset=offset, runs=[list_row(r) for r in rows])
    if _int(request, "metrics", 0, 0, 1):
        out["metric_keys"] = store.metric_keys()
    return out


def _without_since(q: RunQuery) -> RunQuery:
    from dataclasses import replace
    return replace(q, since=None)


def _newest(store) -> float:
    return store.newest_update() or 0.0


@endpoint
def runs_ids(request: Request) -> dict:
    store = request.app.state.store
    ids = store.run_ids(query_of(request))
    if len(ids) > MAX_MATCH_IDS:
        raise ApiError(400, f"{len(ids):,} runs match; tick at most {MAX_MATCH_IDS:,} at once (narrow the filter)")
    return {"ids": ids}


@endpoint
def verdicts(request: Request) -> dict:
    wanted = _ids(request, "runs", _ID) or []
    store = request.app.state.store
    rows = store.ensure_reads(store.runs(ids=wanted, limit=MAX_IDS), budget=10.0) if wanted else []
    return {"verdicts": {r.info.id: r.verdict for r in rows if r.read_current},
            "headlines": {r.info.id: r.headline for r in rows if r.read_current}}


def list_row(row) -> dict:
    """What the runs list shows of a run (a :class:`~learnscope.store.listing.RunRow`): no point is read."""
    info = row.info
    epoch, batch = info.summary.get("epoch", {}), info.summary.get("batch", {})
    end = info.ended or (time.time() if info.status == "running" else info.heartbeat) or info.created
    metrics = {f"{k}@{level}": {f: v.get(f) for f in ("last", "best", "best_epoch", "n")}
               for level, entries in (("epoch", epoch), ("batch", batch)) for k, v in entries.items()}
    return {"id": info.id, "project": info.project, "group": info.group, "fold": info.fold,
            "name": info.name, "status": info.status, "created": info.created, "ended": info.ended,
            "duration": max(end - info.created, 0.0), "config": info.config, "updated": row.updated,
            "epochs": max((int(v.get("last_epoch") or 0) for v in epoch.values()), default=0),
            "steps": max((int(v.get("last_step", -1)) + 1 for v in batch.values()), default=0),
            "metrics": metrics, "verdict": row.verdict, "headline": row.headline,
            "verdict_known": row.read_current}
