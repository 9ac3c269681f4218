"""Scenario 1 (logging cost) and 4 (bytes on disk), for one tool, in this process.

``python bench/logging_cost.py TOOL STEPS KEYS REPS SCRATCH`` prints one JSON line:
per repetition, the seconds of the loop with logging and of the same loop without
it (the floor, run just before), both including the tool's final close, and the
bytes the tool left on disk. The timed region starts after the tool's run is
opened (wandb, MLflow and Aim spend seconds starting a run) and ends when
``close()`` returns, so everything logged has been handed to the OS.

>>> python bench/logging_cost.py learnscope 100000 10 5 /tmp/scratch   # doctest: +SKIP
"""

from __future__ import annotations

import gc
import json
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tools import TOOLS, prepare_env, version  # noqa: E402


def _loop(log, steps: int, keys: list[str]) -> None:
    """The work: a fresh dict of ``len(keys)`` floats per step (the floor passes ``log=None``)."""
    for i in range(steps):
        x = i * 1e-3
        metrics = {k: x for k in keys}
        if log is not None:
            log(metrics, i)


def disk_bytes(path: Path) -> int:
    """Apparent size of every file under ``path`` (SQLite WAL files included)."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def one_rep(tool_cls, steps: int, keys: list[str], root: Path) -> dict:
    gc.collect()
    t0 = time.perf_counter()
    c0 = time.process_time()
    _loop(None, steps, keys)
    floor, floor_cpu = time.perf_counter() - t0, time.process_time() - c0
    tool = tool_cls(str(root))
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    _loop(tool.log, steps, keys)
    t_loop = time.perf_counter() - t0
    tool.close()
    total, cpu = time.perf_counter() - t0, time.process_time() - c0
    return dict(seconds=total, loop_seconds=t_loop, cpu_seconds=cpu, floor=floor, floor_cpu=floor_cpu,
                bytes=sum(disk_bytes(p) for p in tool.paths) if tool.persists else None, paths=tool.paths)


def main(tool_name: str, steps: int, n_keys: int, reps: int, scratch: str) -> dict:
    scratch_dir = Path(scratch)
    prepare_env(str(scratch_dir))
    keys = ["loss"] if n_keys == 1 else [f"metric_{j}" for j in range(n_keys)]
    out = []
    for r in range(reps):
        root = scratch_dir / f"rep{r}"
        rep = one_rep(TOOLS[tool_name], steps, keys, root)
        for path in rep.pop("paths") + [root]:
            shutil.rmtree(path, ignore_errors=True)
        out.append(rep)
    return dict(tool=tool_name, version=version(tool_name), steps=steps, keys=n_keys, reps=out)


if __name__ == "__main__":
    name, steps, keys, reps, scratch = sys.argv[1:6]
    print(json.dumps(main(name, int(steps), int(keys), int(reps), scratch)))
