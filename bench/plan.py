"""What each scenario runs: steps, repetitions, and which worker, per tool.

Peers that cost milliseconds per value run fewer steps than 100,000 so that the whole
``make bench`` stays near 12 minutes; their per-value cost is a rate, and the table
shows the steps each tool ran. Bytes on disk (scenario 4) come from scenario 1's runs.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import time
from pathlib import Path

STEPS = 100_000
# Steps per tool in scenario 1: 100k where a repetition takes seconds, fewer where it takes minutes.
LOG_STEPS = {"learnscope": STEPS, "livelossplot": STEPS, "trackio": 20_000, "tensorboardX": 5_000,
             "tensorboard": 5_000, "wandb": 10_000, "mlflow": 1_000, "aim": 2_000, "dvclive": 200}
LOG_REPS = {"learnscope": 5}
READ_POINTS = {"learnscope": 10_000_000, "mlflow": 10_000}
TFEVENTS = (100_000, 10)  # 1M scalars: 100k steps of 10 tags


def _scaled(n: int, quick: bool) -> int:
    return max(n // 10, 10) if quick else n


def logging_cost(ctx) -> dict:
    out = {}
    for keys in (1, 10):
        for tool in ctx["tools"]:
            steps = _scaled(LOG_STEPS[tool], ctx["quick"])
            reps = 2 if ctx["quick"] else LOG_REPS.get(tool, 3)
            print(f"  {tool}: {steps:,} steps x {keys} scalar(s), {reps} repetitions", flush=True)
            out[f"{tool}/{keys}"] = ctx["worker"]("logging_cost.py", tool, tool, steps, keys, reps,
                                                  ctx["scratch"] / f"log-{tool}-{keys}")
    return out


def training(ctx) -> dict:
    out = {}
    devices = ["cpu"] + ([ctx["accelerator"]] if ctx["accelerator"] else [])
    steps, blocks = (30, 6) if ctx["quick"] else (50, 40)
    for device in devices:
        for tool in ["learnscope"] + [t for t in ctx["tools"] if t != "learnscope"]:
            if tool not in ctx["tools"]:
                continue
            print(f"  {tool} on {device}: {blocks} x {steps} steps with and without logging", flush=True)
            out[f"{tool}/{device}"] = ctx["worker"]("training.py", tool, tool, steps, blocks, device,
                                                    ctx["scratch"] / f"train-{tool}-{device}")
    return out


def read_path(ctx) -> dict:
    out, reps = {}, 2 if ctx["quick"] else 5
    for what in ("learnscope", "mlflow"):
        if what in ctx["tools"]:
            n = _scaled(READ_POINTS[what], ctx["quick"])
            print(f"  {what}: load a {n:,}-point series, {reps} repetitions", flush=True)
            out[what] = ctx["worker"]("readpath.py", what, what, n, reps, ctx["scratch"] / f"read-{what}")
    if "learnscope" in ctx["tools"]:
        out["plot"] = plot_first_chart(ctx, _scaled(READ_POINTS["learnscope"], ctx["quick"]), reps)
        out["dashboard"] = dashboard(ctx, _scaled(READ_POINTS["learnscope"], ctx["quick"]))
        steps = _scaled(1_000_000, ctx["quick"])
        print(f"  learnscope: read and figure of a {steps:,}-step run with 10 series", flush=True)
        out["step_run"] = ctx["worker"]("step_run_bench.py", "learnscope", "--steps", steps, "--reps", reps, "--json")
    return out


def import_tfevents(ctx) -> dict:
    out = {}
    steps, tags = TFEVENTS
    file = ctx["tfevents"](_scaled(steps, ctx["quick"]), tags)
    for what in ("learnscope-import", "learnscope-import-store", "tensorboard"):
        reps = 1 if ctx["quick"] else (3 if what == "tensorboard" else 5)
        if what.split("-")[0] in ctx["tools"]:
            print(f"  {what}: {file.rsplit('/', 1)[-1]}, {reps} repetitions", flush=True)
            out[what] = ctx["worker"]("readpath.py", what, what, 0, reps, ctx["scratch"] / f"imp-{what}", file,
                                      timeout=1800)
    return out


def plot_first_chart(ctx, n: int, reps: int) -> dict:
    """``learnscope plot RUN -o chart.png`` on the big run, from process start to PNG written."""
    store = ctx["scratch"] / "plot-store"
    made = subprocess.run([str(ctx["ls_py"]), "-c", (
        "import sys; sys.path.insert(0, 'bench'); from pathlib import Path; import readpath; "
        f"readpath.make_learnscope(Path({str(store)!r}), {n})")], capture_output=True, text=True)
    if made.returncode:
        return dict(error=made.stderr.strip().splitlines()[-1][:200])
    times = []
    for i in range(reps):
        png = ctx["scratch"] / f"chart{i}.png"
        t0 = time.perf_counter()
        proc = subprocess.run([str(ctx["ls_py"].parent / "learnscope"), "plot", "bench/big", "-o", str(png),
                               "--store", str(store)], capture_output=True, text=True)
        if proc.returncode or not png.exists():
            return dict(error=(proc.stderr.strip().splitlines() or ["no PNG"])[-1][:200])
        times.append(time.perf_counter() - t0)
    return dict(points=n, seconds=times, median=statistics.median(times))


def dashboard(ctx, n: int) -> dict:
    """The dashboard helper's benchmark (bench/dashboard_bench.py), when it exists."""
    script = Path(__file__).resolve().parent / "dashboard_bench.py"
    if not script.exists():
        return dict(error="bench/dashboard_bench.py not there yet")
    proc = subprocess.run([str(ctx["ls_py"]), str(script), "--points", str(n), "--json"],
                          capture_output=True, text=True, timeout=900)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode or not lines:
        return dict(error=(proc.stderr.strip().splitlines() or ["no output"])[-1][:200])
    return json.loads(lines[-1])


SCALE_RUNS = 100_000


def scale(ctx) -> dict:
    """100,000 runs in SQLite and PostgreSQL: ``learnscope runs``, the dashboard's runs list,
    filters and sorts, server memory (bench/scale_bench.py; about 15-40 min on 2 busy cores)."""
    script = Path(__file__).resolve().parent / "scale_bench.py"
    n = 5_000 if ctx["quick"] else SCALE_RUNS
    print(f"  {n:,} runs into SQLite and PostgreSQL", flush=True)
    # PostgreSQL gets the SQLite store's rows by COPY (minutes, not the hour a second fill takes)
    proc = subprocess.run([str(ctx["ls_py"]), str(script), "--runs", str(n), "--json", "--pg-from-sqlite",
                           "--keep", str(ctx["scratch"] / "scale")], capture_output=True, text=True, timeout=7200)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode or not lines:
        return dict(error=(proc.stderr.strip().splitlines() or ["no output"])[-1][:200])
    return json.loads(lines[-1])


def sweep(ctx) -> dict:
    """A sweep of 1,000 runs drawn: dashboard compare and ``learnscope plot --group`` (sweep_bench.py)."""
    script = Path(__file__).resolve().parent / "sweep_bench.py"
    runs = 100 if ctx["quick"] else 1000
    print(f"  {runs}-run sweep: figure and dashboard compare", flush=True)
    proc = subprocess.run([str(ctx["ls_py"]), str(script), "--runs", str(runs), "--json"],
                          capture_output=True, text=True, timeout=1800)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode or not lines:
        return dict(error=(proc.stderr.strip().splitlines() or ["no output"])[-1][:200])
    return json.loads(lines[-1])


PLAN = {"logging": logging_cost, "training": training, "read": read_path, "import": import_tfevents,
        "scale": scale, "sweep": sweep}


def plan(name: str, ctx) -> dict:
    return PLAN[name](ctx)
