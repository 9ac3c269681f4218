"""Many processes recording into one store at once: throughput, and proof nothing is lost.

Each of ``--processes`` worker processes records one run of ``--points`` points
(``--keys`` metrics per step, so points / keys steps) into the same store, as fast as
it can. The clock starts when every worker has imported learnscope and opened its run
(a start file appears) and stops when the last one has returned from ``finish()``,
so it times recording and writing, not interpreter start-up. Afterwards every run is
read back and compared value by value, and the workers' stderr is searched for
"database is locked".

>>> python bench/load_bench.py --store /tmp/load --processes 16 --points 1000000     # doctest: +SKIP
>>> python bench/load_bench.py --store postgresql://127.0.0.1/db --json             # doctest: +SKIP
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORKER = """
import os, sys, time, learnscope as ls
store, name, steps, keys, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
run = ls.init(project="load", name=name, store=store)
names = [f"m{k}" for k in range(keys)]
open(start + "." + name, "w").close()          # ready
while not os.path.exists(start):
    time.sleep(0.005)
base = int(name[1:]) * 1e9
for i in range(steps):
    x = base + i
    run.log({k: x + j for j, k in enumerate(names)})
run.finish()
"""


def run_load(store: str, processes: int = 16, points: int = 1_000_000, keys: int = 4,
             verify: bool = True) -> dict:
    """Record ``processes`` runs of ``points`` points at once into ``store``; return the numbers."""
    steps = points // keys
    with tempfile.TemporaryDirectory() as tmp:
        start = os.path.join(tmp, "go")
        procs = [subprocess.Popen([sys.executable, "-c", WORKER, store, f"w{p}", str(steps), str(keys), start],
                                  stderr=subprocess.PIPE, text=True) for p in range(processes)]
        _wait_ready(procs, [f"{start}.w{p}" for p in range(processes)])
        t0 = time.perf_counter()
        Path(start).touch()
        errs = [p.communicate()[1] for p in procs]
        seconds = time.perf_counter() - t0
    codes = [p.returncode for p in procs]
    result = dict(store="postgresql" if "://" in str(store) else "sqlite", processes=processes,
                  points_per_process=steps * keys, total_points=processes * steps * keys,
                  seconds=round(seconds, 2), points_per_s=round(processes * steps * keys / seconds),
                  exit_codes_ok=all(c == 0 for c in codes),
                  database_locked_reports=sum(e.count("database is locked") for e in errs),
                  stderr="".join(errs)[-2000:])
    if verify:
        result["all_points_present"] = _verify(store, processes, steps, keys)
    return result


def _wait_ready(procs, flags, timeout: float = 600) -> None:
    end = time.monotonic() + timeout
    while not all(os.path.exists(f) for f in flags):
        dead = [p for p in procs if p.poll() is not None]
        if dead:
            raise RuntimeError(f"a worker exited before starting: {dead[0].communicate()[1][-2000:]}")
        if time.monotonic() > end:
            raise TimeoutError("workers did not start")
        time.sleep(0.02)


def _verify(store: str, processes: int, steps: int, keys: int) -> bool:
    """Every value of every run, compared with what the worker logged."""
    import numpy as np

    import learnscope as ls

    for p in range(processes):
        h = ls.load(f"load/w{p}", store=store)
        expected = p * 1e9 + np.arange(steps, dtype=float)
        for j in range(keys):
            s = h.batch.series(f"m{j}")
            if not (np.array_equal(s.value, expected + j) and np.array_equal(s.step, np.arange(steps))):
                return False
        if h.info.status != "finished":
            return False
    return True


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", default=None, help="store directory or postgresql:// URL [a fresh temp dir]")
    ap.add_argument("--processes", type=int, default=16)
    ap.add_argument("--points", type=int, default=1_000_000, help="points per process")
    ap.add_argument("--keys", type=int, default=4, help="metrics logged per step")
    ap.add_argument("--json", action="store_true", help="print the result as one JSON line")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        result = run_load(args.store or os.path.join(tmp, "store"), args.processes, args.points, args.keys)
    result.pop("stderr") if not result["stderr"] else None
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['store']}: {result['processes']} processes x {result['points_per_process']:,} points "
              f"= {result['total_points']:,} in {result['seconds']} s: {result['points_per_s']:,} points/s; "
              f"all present: {result.get('all_points_present')}; "
              f"'database is locked' reported: {result['database_locked_reports']}")


if __name__ == "__main__":
    main()
