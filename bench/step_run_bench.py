"""A long step-based run: read and figure time for 1,000,000 steps of 10 series.

The history is built in memory (loading is the store's own bench): per-step training
loss with a few spikes, learning rate (warm-up then cosine), gradient norm, tokens and
five more per-step series, plus the validation loss every 10,000 steps at fractional
epochs (a pre-training run that never finishes an epoch). Times ``ls.read`` (target:
under 1 s) and ``ls.plot`` + PNG (Agg), and checks that the read found the spikes and
that the figure's x axis is in steps.

>>> python bench/step_run_bench.py --steps 1000000 --json      # doctest: +SKIP
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import time

import numpy as np


def make(steps: int, spikes=(0.31, 0.55, 0.82)):
    from learnscope.history import History, RunInfo, Series

    rng = np.random.default_rng(0)
    step = np.arange(1, steps + 1, dtype=np.int64)
    epoch = step / (4 * steps)  # a quarter of an epoch
    t = step / steps
    warm = steps // 50
    lr = np.where(step < warm, 3e-4 * step / warm, 3e-4 * 0.5 * (1 + np.cos(np.pi * t)))
    loss = 2.2 + 3.5 * np.exp(-t * 30) - 0.4 * t + rng.normal(0, 0.04, steps)
    grad = 0.6 + rng.gamma(4, 0.05, steps)
    for s in spikes:
        i = int(s * steps)
        loss[i:i + 3] += [1.5, 3.0, 1.0]
        grad[i:i + 3] *= 12
    series = {"loss": loss, "learning_rate": lr, "grad_norm": grad, "tokens": step * 2048.0}
    for k in range(6):
        series[f"aux_{k}"] = rng.normal(k, 0.1, steps)
    h = History(RunInfo(project="bench", name="pretrain-1M"), [])
    for name, v in series.items():
        h.add(Series(name, "train", "batch", step, epoch, None, np.asarray(v, float)))
    ev = step[9999::10000]
    h.add(Series("loss", "val", "epoch", ev, ev / (4 * steps), None, loss[ev - 1] + 0.05))
    return h


def timed(fn, reps: int) -> list[float]:
    out = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=1_000_000)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    import learnscope as ls

    h = make(a.steps)
    n = sum(len(s) for s in h.series.values())
    result = ls.read(h)
    read_s = timed(lambda: ls.read(make_fresh(h)), a.reps)

    def figure():
        fig = ls.plot(h)
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        return fig

    fig = figure()
    plot_s = timed(figure, a.reps)
    spike = result.first("loss_spike")
    out = {"steps": a.steps, "series": len(h.series), "points": n, "read_median_s": statistics.median(read_s),
           "plot_median_s": statistics.median(plot_s), "read_s": read_s, "plot_s": plot_s,
           "spikes_found": spike.evidence["count"] if spike else 0,
           "x_axis": fig.axes[0].get_xlabel(), "verdict": result.verdict}
    print(json.dumps(out) if a.json else
          f"1 run, {a.steps:,} steps x {len(h.series)} series ({n:,} points): read {out['read_median_s']:.2f} s "
          f"(target < 1 s), figure + PNG {out['plot_median_s']:.2f} s; spikes found {out['spikes_found']} of 3, "
          f"x axis in {out['x_axis']}s")
    return out


def make_fresh(h):
    """The same series in a new History: the read caches per History object, and must not here."""
    from learnscope.history import History

    return History(h.info, list(h.series.values()))


if __name__ == "__main__":
    main()
