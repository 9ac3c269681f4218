"""Trackio project databases: ``<project>.db`` under ``$TRACKIO_DIR`` (by default
``~/.cache/huggingface/trackio``). Every run inside becomes a run of that project,
with its config (Trackio's own ``_Created``-style keys kept apart as metadata) and every
metric at its step and time. Trackio records no run status: runs come in as finished.

Read directly and read-only (Trackio itself need not be installed); ``"NaN"`` and
``"Infinity"``, as Trackio writes them, come back as floats.

>>> _when("2026-01-02T03:04:05+00:00")
1767323045.0
"""

from __future__ import annotations

import json
from datetime import datetime

from ..errors import ImportFormatError
from . import sqlite
from .registry import Format
from .tracked import TrackedRun

_WHAT = "a Trackio project database (<project>.db, with a metrics table of run_name, step, metrics)"
_COLUMNS = {"run_name", "step", "timestamp", "metrics"}


def _when(text) -> float | None:
    try:
        return datetime.fromisoformat(str(text)).timestamp()
    except ValueError:
        return None


def _is_trackio(probe) -> bool:
    t = probe.sqlite_tables
    return _COLUMNS <= set(t.get("metrics", ())) and "configs" in t


def _json(text, path, what):
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        raise ImportFormatError(f"{path}: {what} is not JSON ({str(text)[:60]!r}); expected {_WHAT}") from None


def read(probe) -> list:
    """Every run of a Trackio project database."""
    path = probe.path
    con = sqlite.connect(path, _WHAT)
    try:
        cols = set(sqlite.tables(path).get("metrics", ()))
        if not _COLUMNS <= cols:
            raise ImportFormatError(f"{path}: a SQLite database whose metrics table has columns "
                                    f"{sorted(cols) or 'none'}; expected {_WHAT}")
        configs = sqlite.query(con, "SELECT run_name, config, created_at FROM configs", path, _WHAT)
        rows = sqlite.query(con, "SELECT run_name, step, timestamp, metrics FROM metrics ORDER BY id", path, _WHAT)
    finally:
        con.close()
    project = path.stem
    runs: dict[str, TrackedRun] = {}
    for name, config, created in configs:
        runs[name] = _run(path, project, name, _json(config, path, f"the config of run {name!r}"), created)
    for name, step, ts, metrics in rows:
        run = runs.get(name) or runs.setdefault(name, _run(path, project, name, {}, ts))
        values = _json(metrics, path, f"a metrics row of run {name!r}")
        for key, value in (values.items() if isinstance(values, dict) else ()):
            run.add(key, step, _when(ts) or float("nan"), value)
    found = [r for r in runs.values() if r.points]
    if not found:
        raise ImportFormatError(f"{path}: a Trackio project with no logged metric (nothing to import)")
    return [r.history() for r in found]


def _run(path, project, name, config: dict, created) -> TrackedRun:
    config = config if isinstance(config, dict) else {}
    own = {k: v for k, v in config.items() if k.startswith("_")}  # _Username, _Created, _Group
    user = {k: v for k, v in config.items() if not k.startswith("_")}
    return TrackedRun(str(path), "trackio", name=name, project=project, config=user, created=_when(created),
                      meta={"trackio": own} if own else {})


FORMATS = (Format("trackio", "Trackio project database (<project>.db)", read, _is_trackio),)
