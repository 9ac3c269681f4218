"""A sweep of 1,000 runs, drawn: the dashboard's compare page and ``learnscope plot --group``.

1,000 real trainings (a logistic regression by minibatch SGD, 20 epochs, learning rate
and L2 drawn at random; ``tests/plot/sweeps.py``) are saved into a store (cached in
``bench/.cache``). Then:
- ``learnscope plot --group big-sweep -o sweep.png``: the whole CLI process, start to PNG
  written (target <= 5 s);
- the dashboard's ``#/compare/group=big-sweep`` in headless Chromium: navigation to the
  first chart drawn (the page's ``ls-first-chart`` mark; target <= 2 s), cold and warm.

    python bench/sweep_bench.py [--runs 1000] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
CACHE = ROOT / "bench" / ".cache"


def make_store(runs: int) -> str:
    store = CACHE / f"sweep-{runs}"
    stamp = store / ".complete"
    if not stamp.exists():
        from tests.plot.sweeps import big_sweep

        print(f"  training and saving {runs} runs into {store} (once) ...", file=sys.stderr, flush=True)
        big_sweep(str(store), runs)
        stamp.write_text("ok")
    return str(store)


def figure_seconds(store: str, out: Path, repeats: int) -> tuple[list[float], list[float]]:
    """Wall seconds of the whole CLI process, and its CPU seconds (user + system: on a
    machine other processes load, the CPU time says what the wall time would be alone)."""
    import resource

    exe = Path(sys.executable).parent / "learnscope"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "learnscope"]
    walls, cpus = [], []
    for _ in range(repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run([*cmd, "plot", "--group", "big-sweep", "-o", str(out), "--store", store], check=True,
                       capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus


def first_chart_ms(store: str, repeats: int) -> list[float]:
    from dashboard_bench import CHROMIUM, start_server
    from playwright.sync_api import sync_playwright

    proc, base = start_server(store)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=[
                "--no-sandbox", "--disable-background-networking", "--disable-gpu"])
            warm = browser.new_page()  # start Chromium's renderer first: we time the dashboard, not it
            warm.set_content("<p>warm-up</p>")
            warm.close()
            times = []
            for _ in range(repeats):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.goto(f"{base}#/compare/group=big-sweep")
                page.wait_for_selector(".ls-panel canvas", timeout=120_000)
                page.wait_for_function("performance.getEntriesByName('ls-first-chart').length > 0")  # after paint
                times.append(page.evaluate("performance.getEntriesByName('ls-first-chart')[0].startTime"))
                page.close()
            browser.close()
        return times
    finally:
        proc.terminate()
        proc.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    store = make_store(args.runs)
    fig, cpu = figure_seconds(store, CACHE / "sweep.png", args.repeats)
    dash = first_chart_ms(store, args.repeats)
    warm = dash[1:] or dash
    out = {"runs": args.runs, "figure_seconds": [round(t, 2) for t in fig], "figure_best_s": round(min(fig), 2),
           "figure_median_s": round(statistics.median(fig), 2), "figure_cpu_s": [round(c, 2) for c in cpu],
           "figure_cpu_median_s": round(statistics.median(cpu), 2),
           # cold: the fresh server builds the chart model; warm: it is reused (the store is unchanged)
           "first_chart_ms_cold": round(dash[0]), "first_chart_ms_warm": round(min(warm)),
           "first_chart_ms_warm_median": round(statistics.median(warm)), "load_avg": os.getloadavg()}
    print(json.dumps(out) if args.json else "\n".join(f"{k}: {v}" for k, v in out.items()))


if __name__ == "__main__":
    main()
