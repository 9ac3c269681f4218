"""W&B runs kept on disk: a run folder (``wandb/offline-run-*``, ``wandb/run-*``) or its
``run-<id>.wandb`` file, offline runs included.

The ``.wandb`` file is W&B's transaction log of protobuf records. It is read by the
``wandb`` package's own reader (``wandb-core leet inspect --json``, one JSON object per
record), not by a parser of ours: install the extra, ``pip install 'learnscope[wandb]'``.
The run record gives project, name, config and start; history records every logged value
at its ``_step`` with its ``_timestamp``; the exit record the exit code (non-zero, or
none at all: a crashed run). A file cut short or damaged is refused.

>>> _config({"lr": {"value": 0.1}, "_wandb": {}, "layers": [2, 3]})
{'lr': 0.1, 'layers': [2, 3]}
"""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from pathlib import Path

from ..errors import ImportFormatError
from .registry import Format
from .tracked import TrackedRun

_MAGIC = b":W&B"
_INSTALL = "pip install 'learnscope[wandb]'"


def _core() -> str:
    try:
        from wandb.util import get_core_path
        return get_core_path()
    except ImportError:
        raise ImportFormatError(f"reading a W&B .wandb file needs the wandb package: {_INSTALL}") from None
    except Exception as exc:  # WandbCoreNotAvailableError: no binary for this platform
        raise ImportFormatError(f"the wandb package has no reader for this platform ({exc})") from None


def records(path: Path) -> list[dict]:
    """The records of a ``.wandb`` file as dicts, read by wandb's own reader."""
    path = Path(path).resolve()
    args = [_core(), "leet", "inspect", "--json", "--no-observability", "--run-file", str(path), str(path.parent)]
    try:
        proc = subprocess.run(args, capture_output=True, text=True, timeout=600)
    except subprocess.TimeoutExpired:
        raise ImportFormatError(f"{path}: W&B's reader gave no answer in 10 minutes") from None
    problem = " ".join(proc.stderr.split())
    if proc.returncode != 0 or "incomplete" in problem or "corrupt" in problem:
        raise ImportFormatError(f"{path}: W&B's reader: {problem[:200] or f'exit status {proc.returncode}'} "
                                f"(expected a complete .wandb file; a run still writing it can be imported "
                                f"once it has finished)")
    try:
        return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    except ValueError as exc:
        raise ImportFormatError(f"{path}: W&B's reader printed something that is not JSON ({exc})") from None


def _config(update: dict) -> dict:
    """Config values; W&B's own keys (``_wandb``) left out, ``{"value": v}`` wrappers opened."""
    out = {}
    for key, v in update.items():
        if not key.startswith("_"):
            out[key] = v["value"] if isinstance(v, dict) and set(v) <= {"value", "desc"} and "value" in v else v
    return out


def _seconds(text) -> float | None:
    try:
        return datetime.fromisoformat(str(text).replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def read_file(path: Path):
    """The run of one ``.wandb`` file."""
    recs = records(path)
    start = next((r["run"] for r in recs if r.get("type") == "run"), None)
    if start is None:
        raise ImportFormatError(f"{path}: no run record in this .wandb file (expected W&B's record of wandb.init)")
    run = TrackedRun(str(path), "wandb", name=start.get("display_name") or start.get("run_id") or path.stem,
                     project=start.get("project") or "default", created=_seconds(start.get("start_time")),
                     meta={"wandb_run_id": start.get("run_id")})
    for r in recs:
        _record(run, r)
    return run.history()


def _record(run: TrackedRun, r: dict) -> None:
    kind = r.get("type")
    if kind == "run" or kind == "config":
        run.config.update(_config(((r.get(kind) or {}).get("config") or r.get(kind) or {}).get("update") or {}))
    elif kind == "history":
        item = r["history"].get("item") or {}
        step = item.get("_step", (r["history"].get("step") or {}).get("num", 0))
        wall = item.get("_timestamp", float("nan"))
        for key, value in _flat(item):
            run.add(key, step, wall, value)
    elif kind == "exit":
        code = (r.get("exit") or {}).get("exit_code", 0)
        run.meta["exit_code"] = code
        run.status = "finished" if not code else "crashed"
        run.ended = run.ended or max((w for pts in run.points.values() for _, w, _ in pts), default=None)


def _flat(item: dict, prefix: str = ""):
    """``{"a": {"b": 1}}`` as ``("a/b", 1)``: nested dicts logged to W&B."""
    for key, value in item.items():
        if isinstance(value, dict) and "_type" not in value:  # _type: an image, a table...
            yield from _flat(value, f"{prefix}{key}/")
        else:
            yield f"{prefix}{key}", value


def _run_file(d: Path) -> Path | None:
    found = sorted(d.glob("*.wandb"))
    return found[0] if len(found) == 1 else None


def _read_probe(probe):
    h = read_file(probe.path)
    h.info.status = h.info.status if "exit_code" in h.meta else "crashed"  # no exit record: it never ended
    return h


def _read_dir(probe):
    f = _run_file(probe.path)
    h = _read_probe(type(probe)(f))
    h.info.name = h.info.name or probe.path.name
    return h


FORMATS = (
    Format("wandb", "W&B run folder or .wandb file", _read_probe, lambda probe: probe.head.startswith(_MAGIC),
           names=("*.wandb",)),
    Format("wandb", "W&B run folder or .wandb file", _read_dir, lambda probe: _run_file(probe.path) is not None,
           folder=True),
)
