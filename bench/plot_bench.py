"""Plotting cost: 5 runs of 1 million batch-level points each, compared in one figure.

Histories are built in memory (loading from the store is timed by the store's own
bench), then ``ls.plot`` builds the figure (downsampling each series with min/max
buckets, mapping batches to fractional epochs) and Agg renders it to PNG.
Target: under 2 s for the figure and its PNG.

>>> python bench/plot_bench.py --runs 5 --points 1000000 --json     # doctest: +SKIP
"""

from __future__ import annotations

import argparse
import io
import json
import time

import numpy as np


def make_runs(runs: int, points: int, epochs: int = 100) -> list:
    from learnscope.history import History, RunInfo, Series

    rng = np.random.default_rng(0)
    step = np.arange(points, dtype=np.int64)
    epoch = np.repeat(np.arange(1, epochs + 1, dtype=np.float64), points // epochs)
    out = []
    for r in range(runs):
        lr = 10.0 ** -(r + 1)
        t = step / points
        batch = np.exp(-t * 5 * (r + 1)) + 0.05 + rng.normal(0, 0.02, points)
        e = np.exp(-np.arange(1, epochs + 1) / epochs * 5 * (r + 1)) + 0.05
        h = History.from_dict({"loss": e, "val_loss": e * 1.1}, info=RunInfo(project="bench", name=f"r{r}",
                                                                             config={"lr": lr}))
        h.add(Series("loss", "train", "batch", step, epoch, None, batch))
        out.append(h)
    return out


def time_plot(histories, repeat: int = 3, **kwargs) -> dict:
    from learnscope.plot.figure import plot

    best_fig = best_png = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fig = plot(histories, read=False, **kwargs)
        t1 = time.perf_counter()
        fig.savefig(io.BytesIO(), format="png")
        t2 = time.perf_counter()
        best_fig, best_png = min(best_fig, t1 - t0), min(best_png, t2 - t0)
    return {"figure_s": round(best_fig, 3), "figure_and_png_s": round(best_png, 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--points", type=int, default=1_000_000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    histories = make_runs(args.runs, args.points)
    cases = {"batch points under epoch lines": dict(batch_points=True),
             "batch level only (x in steps)": dict(level="batch")}
    results = {name: {"runs": args.runs, "points_per_run": args.points, **time_plot(histories, **kw)}
               for name, kw in cases.items()}
    if args.json:
        print(json.dumps(results))
        return
    for name, r in results.items():
        print(f"plot {args.runs} runs x {args.points:,} batch points, {name}: figure {r['figure_s']} s, "
              f"figure + PNG {r['figure_and_png_s']} s (target < 2 s)")


if __name__ == "__main__":
    main()
