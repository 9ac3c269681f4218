"""MLflow tracking stores: the SQLite database (``mlflow.db``, MLflow 3's default) and a
``mlruns/`` folder (the file store). Every active run inside becomes a run: its experiment
is the project, its params the config (numbers as numbers), every metric at its step
with its time; FAILED and KILLED runs are crashed ones.

Both are read directly, read-only, without MLflow installed: opening a database through
MLflow would migrate its schema, and importing must never change what it reads.
MLflow stores NaN as ``is_nan`` and infinities as the largest float; they come back.

>>> _param("0.01"), _param("adam"), _param("[64, 32]")
(0.01, 'adam', [64, 32])
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..errors import ImportFormatError
from . import sqlite
from .registry import Format
from .tracked import TrackedRun

_WHAT = "an MLflow tracking database (mlflow.db)"
_STATUS = {"FINISHED": "finished", "FAILED": "crashed", "KILLED": "crashed", "RUNNING": "crashed",
           "SCHEDULED": "crashed"}
_STATUS_BY_NUMBER = {1: "RUNNING", 2: "SCHEDULED", 3: "FINISHED", 4: "FAILED", 5: "KILLED"}


def _param(text: str):
    try:
        return json.loads(text)
    except (ValueError, TypeError):
        return text


def _value(value, is_nan) -> float:
    if is_nan:
        return float("nan")
    if abs(value) == sys.float_info.max:  # MLflow's stand-in for an infinity
        return float("inf") if value > 0 else float("-inf")
    return float(value)


def _run(source, fmt, run_id, name, status, start, end, project) -> TrackedRun:
    note = {} if status == "FINISHED" else {"mlflow_status": status}
    if status == "RUNNING":
        note["note"] = "MLflow still marks it RUNNING: it ended without finishing, or was imported mid-run"
    return TrackedRun(str(source), fmt, name=name or run_id, project=project or "default",
                      status=_STATUS.get(status, "crashed"), created=start / 1000 if start else None,
                      ended=end / 1000 if end else None, meta={"mlflow_run_id": run_id, **note})


# ---- the SQLite database -------------------------------------------------------------------
def _is_db(probe) -> bool:
    t = probe.sqlite_tables
    return {"experiments", "runs", "metrics", "params"} <= set(t) and "run_uuid" in t["metrics"]


def read_db(probe) -> list:
    """Every active run of an MLflow SQLite database."""
    path = probe.path
    con = sqlite.connect(path, _WHAT)
    try:
        def q(sql):
            return sqlite.query(con, sql, path, _WHAT)
        exps = dict(q("SELECT experiment_id, name FROM experiments"))
        rows = q("SELECT run_uuid, name, status, start_time, end_time, experiment_id FROM runs "
                 "WHERE lifecycle_stage = 'active' ORDER BY start_time, run_uuid")
        runs = {r[0]: _run(path, "mlflow", *r[:5], exps.get(r[5])) for r in rows}
        for run_id, key, value in q("SELECT run_uuid, key, value FROM params"):
            if run_id in runs:
                runs[run_id].config[key] = _param(value)
        for run_id, key, step, ts, value, is_nan in q(
                "SELECT run_uuid, key, step, timestamp, value, is_nan FROM metrics ORDER BY timestamp, step"):
            if run_id in runs:
                runs[run_id].add(key, step, ts / 1000, _value(value, is_nan))
    finally:
        con.close()
    return _histories(path, runs.values())


def _histories(path, runs) -> list:
    runs = [r for r in runs if r.points]
    if not runs:
        raise ImportFormatError(f"{path}: an MLflow store with no run that logged a metric (nothing to import)")
    return [r.history() for r in runs]


# ---- the mlruns/ folder ---------------------------------------------------------------------
def _meta(d: Path) -> dict | None:
    """A ``meta.yaml`` as a dict, or None when there is none."""
    f = d / "meta.yaml"
    if not f.is_file():
        return None
    import yaml

    try:
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ImportFormatError(f"{f}: not readable YAML ({' '.join(str(exc).split())[:120]}); expected "
                                f"an MLflow meta.yaml") from None
    return data if isinstance(data, dict) else None


def _level(d: Path) -> str | None:
    """``store``, ``experiment`` or ``run``: which part of a file store ``d`` is, if any."""
    if not d.is_dir():
        return None
    if not (d / "meta.yaml").is_file():
        subs = [s for s in d.iterdir() if s.is_dir() and (s / "meta.yaml").is_file()]
        return "store" if any(_level(s) == "experiment" for s in subs) else None
    text = (d / "meta.yaml").read_text(encoding="utf-8", errors="replace")
    if "run_id:" in text or "run_uuid:" in text:
        return "run" if (d / "metrics").is_dir() else None
    return "experiment" if "experiment_id:" in text else None


def read_files(probe) -> list:
    """Every active run of an ``mlruns/`` folder, one experiment of it, or one run."""
    d = probe.path
    level = _level(d)
    if level == "run":
        exp = _meta(d.parent) or {}
        return _histories(d, [_file_run(d, exp.get("name"))])
    exps = [d] if level == "experiment" else sorted(s for s in d.iterdir() if s.is_dir() and
                                                     not s.name.startswith(".") and _level(s) == "experiment")
    runs = []
    for e in exps:
        meta = _meta(e) or {}
        if meta.get("lifecycle_stage", "active") == "active":
            runs += [_file_run(r, meta.get("name")) for r in sorted(e.iterdir()) if _level(r) == "run"]
    return _histories(d, [r for r in runs if r is not None])


def _file_run(d: Path, project) -> TrackedRun | None:
    meta = _meta(d) or {}
    if meta.get("lifecycle_stage", "active") != "active":
        return None
    status = _STATUS_BY_NUMBER.get(meta.get("status"), str(meta.get("status")))
    name = meta.get("run_name") or _read(d / "tags" / "mlflow.runName")
    run = _run(d, "mlflow-files", meta.get("run_id") or d.name, name, status, meta.get("start_time"),
               meta.get("end_time"), project)
    for f in sorted(p for p in (d / "params").rglob("*") if p.is_file()):
        run.config[f.relative_to(d / "params").as_posix()] = _param(_read(f))
    for f in sorted(p for p in (d / "metrics").rglob("*") if p.is_file()):
        _metric_file(run, f, f.relative_to(d / "metrics").as_posix())
    return run


def _read(f: Path) -> str | None:
    return f.read_text(encoding="utf-8").strip() if f.is_file() else None


def _metric_file(run: TrackedRun, f: Path, key: str) -> None:
    """Lines ``timestamp value step`` (old files: ``timestamp value``)."""
    for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), start=1):
        parts = line.split()
        try:
            ts, value = int(parts[0]), float(parts[1])
            step = int(parts[2]) if len(parts) > 2 else 0
        except (IndexError, ValueError):
            raise ImportFormatError(f"{f}: line {n}: {line[:60]!r} (expected an MLflow metric line "
                                    f"'timestamp value step')") from None
        run.add(key, step, ts / 1000, value)


FORMATS = (
    Format("mlflow", "MLflow tracking database (mlflow.db)", read_db, _is_db, names=("mlflow.db",)),
    Format("mlflow-files", "MLflow mlruns/ folder", read_files, lambda probe: _level(probe.path) is not None,
           folder=True),
)
