"""Dashboard benchmark: a 10-million-point run, the run view's first chart, the server's memory.

Measures, with the real `learnscope ui` server and headless Chromium:
- time from navigation to the run view's first chart drawn (the page's ``ls-first-chart``
  performance mark; target <= 1 s), cold (the first page the fresh server serves) and warm
  (best of the next views);
- points sent per trace for the overview (target: a few thousand), and the time to fetch
  detail when zoomed onto 10% and 1% of the run;
- the server's peak resident memory, VmHWM (target < 500 MB).

    python bench/dashboard_bench.py [--points 10000000] [--store DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHROMIUM = "/usr/bin/chromium"


def make_store(path: str, points: int) -> str:
    """A store holding one finished run with a ``points``-long batch loss and 100 epochs."""
    from learnscope.history import History, RunInfo, Series
    from learnscope.store import open_store

    epochs = 100
    step = np.arange(points, dtype=np.int64)
    epoch = (step * epochs // points + 1).astype(np.float64)
    rng = np.random.default_rng(0)
    value = 2.3 * np.exp(-3 * step / points) + 0.1 * rng.standard_normal(points)
    wall = 1.7e9 + step * 0.001
    ends = np.searchsorted(epoch, np.arange(1, epochs + 1), side="right") - 1
    e = np.arange(1, epochs + 1, dtype=np.float64)
    loss_e = 2.3 * np.exp(-3 * e / epochs)
    info = RunInfo(project="bench", name=f"big-{points}", config={"points": points})
    history = History(info, [
        Series("loss", "train", "batch", step, epoch, wall, value),
        Series("loss", "train", "epoch", step[ends], e, wall[ends], loss_e),
        Series("loss", "val", "epoch", step[ends], e, wall[ends], loss_e * 1.1 + 0.02 * (e / epochs) ** 2),
    ])
    return open_store(path).save_history(history).id


def start_server(store: str):
    cmd = [sys.executable, "-m", "learnscope.cli.__main__", "ui", "--store", store, "--port", "0"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    line = proc.stdout.readline()
    url = re.search(r"(http://\S+)", line).group(1)
    for _ in range(200):
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return proc, url
        except OSError:
            time.sleep(0.05)
    raise SystemExit("the dashboard did not answer")


def peak_rss_mb(pid: int) -> float:
    text = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", text).group(1)) / 1024


def first_chart_ms(browser, url: str) -> float:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(url)
        page.wait_for_selector(".ls-panel[data-points]", timeout=60_000)
        return page.evaluate("performance.getEntriesByName('ls-first-chart')[0].startTime")
    finally:
        page.close()


def measure(store: str, run_id: str, repeats: int = 3) -> dict:
    from playwright.sync_api import sync_playwright

    proc, base = start_server(store)
    try:
        idle_mb = peak_rss_mb(proc.pid)
        # what the run view fetches: the run's chart model (api/run/chart), thinned by the store
        model = json.load(urllib.request.urlopen(f"{base}api/run/chart?run={run_id}&buckets=700"))["model"]
        sent = {f"{t['split']}_{p['metric']}@{t['kind']}": len(t["x"]) for p in model["panels"] for t in p["traces"]}
        last = max(x for p in model["panels"] for t in p["traces"] for x in t["x"] if x is not None)
        zoom = {}
        for frac in (0.1, 0.01):  # a drag-zoom onto a tenth, then a hundredth, of the run
            t0 = time.perf_counter()
            got = json.load(urllib.request.urlopen(
                f"{base}api/run/chart?run={run_id}&from=0&to={last * frac}&buckets=700"))["model"]
            zoom[f"{frac:g}"] = {"ms": round((time.perf_counter() - t0) * 1000, 1),
                                 "points": max(len(t["x"]) for p in got["panels"] for t in p["traces"])}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=[
                "--no-sandbox", "--disable-background-networking", "--disable-gpu"])
            warm = browser.new_page()  # start Chromium's renderer first: we time the dashboard, not it
            warm.set_content("<p>warm-up</p>")
            warm.close()
            times = [first_chart_ms(browser, f"{base}#/run/{run_id}") for _ in range(repeats)]
            browser.close()
        return {"first_chart_ms_cold": round(times[0], 1), "first_chart_ms_warm": round(min(times[1:]), 1),
                "points_sent_per_trace": sent, "zoom_detail": zoom, "server_idle_rss_mb": round(idle_mb, 1),
                "server_peak_rss_mb": round(peak_rss_mb(proc.pid), 1)}
    finally:
        proc.terminate()
        proc.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=10_000_000)
    parser.add_argument("--store", default=None, help="reuse (or create) this store directory")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or os.path.join(tmp, "store")
        from learnscope.store import open_store
        existing = [r for r in open_store(store).list_runs("bench") if r.name == f"big-{args.points}"]
        t0 = time.perf_counter()
        run_id = existing[0].id if existing else make_store(store, args.points)
        made_s = time.perf_counter() - t0
        result = {"points": args.points, "store_build_s": round(made_s, 1), **measure(store, run_id)}
    if args.json:
        print(json.dumps(result))
        return
    print(f"dashboard, {args.points:,}-point run (store built in {result['store_build_s']} s):")
    print(f"  first chart drawn: {result['first_chart_ms_cold']} ms cold, {result['first_chart_ms_warm']} ms warm "
          f"(target <= 1000 ms)")
    print(f"  points sent per trace: {result['points_sent_per_trace']}")
    for frac, z in result["zoom_detail"].items():
        print(f"  zoom onto {float(frac):.0%} of the run: {z['ms']} ms, {z['points']} points")
    print(f"  server peak RSS: {result['server_peak_rss_mb']} MB (idle {result['server_idle_rss_mb']} MB; "
          f"target < 500 MB)")


if __name__ == "__main__":
    main()
