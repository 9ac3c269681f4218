"""Scenario 2: training-loop overhead of logging 4 metrics per step, for one tool.

A small PyTorch MLP (64 -> 256 -> 256 -> 10, batch 128, Adam) trains on random data.
Each step logs ``loss`` (a tensor), ``accuracy`` (a tensor), ``grad_norm`` (a tensor)
and ``lr`` (a float). Short blocks of steps with and without logging alternate in
pairs (which one goes first alternates too), so the drifts and bursts of a shared
machine hit both sides of a pair alike; the slowdown is the median over pairs of
(logging block / plain block) - 1, and the tool's ``close()`` is timed with the last
logging block. Also measured, with far less noise: the time spent inside the tool's
calls (``log`` and ``close``), as a share of the plain training time.

``python bench/training.py TOOL STEPS BLOCKS DEVICE SCRATCH`` prints one JSON line.
DEVICE is ``cpu`` or ``cuda`` (the GPU rows; there, logging a tensor with ``.item()``
waits for the device every step, which is what this scenario shows).
"""

from __future__ import annotations

import gc
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tools import TOOLS, prepare_env, version  # noqa: E402


def make_model(device: str):
    import torch

    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(64, 256), torch.nn.ReLU(), torch.nn.Linear(256, 256),
                                torch.nn.ReLU(), torch.nn.Linear(256, 10)).to(device)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    x = torch.randn(16, 128, 64, device=device)
    y = torch.randint(0, 10, (16, 128), device=device)
    return model, opt, x, y


def train_block(model, opt, x, y, steps: int, first_step: int, log) -> None:
    import torch

    loss_fn = torch.nn.functional.cross_entropy
    params = list(model.parameters())
    for i in range(steps):
        xb, yb = x[i % 16], y[i % 16]
        opt.zero_grad(set_to_none=True)
        out = model(xb)
        loss = loss_fn(out, yb)
        loss.backward()
        grad_norm = torch.nn.utils.clip_grad_norm_(params, 10.0)
        opt.step()
        acc = (out.argmax(1) == yb).float().mean()  # computed with or without logging
        if log is not None:
            log({"loss": loss, "accuracy": acc, "grad_norm": grad_norm, "lr": 1e-3}, first_step + i)


def _sync(device: str) -> None:
    if device == "cuda":
        import torch
        torch.cuda.synchronize()


def timed_block(model, opt, x, y, steps, first, device, log=None) -> float:
    gc.collect()
    _sync(device)
    t0, c0 = time.perf_counter(), time.process_time()
    train_block(model, opt, x, y, steps, first, log)
    _sync(device)
    return time.perf_counter() - t0, time.process_time() - c0


def alternate(blocks: int, run_block, after_pair=None) -> tuple[list, list]:
    """``blocks`` pairs of ``run_block(b, with_log)``, without and with logging, which one goes first
    alternating from pair to pair; ``after_pair(b)`` after each. Returns (plain, logged) results."""
    plain, logged = [], []
    for b in range(blocks):
        for with_log in ((False, True) if b % 2 == 0 else (True, False)):
            (logged if with_log else plain).append(run_block(b, with_log))
        if after_pair is not None:
            after_pair(b)
    return plain, logged


def main(tool_name: str, steps: int, blocks: int, device: str, scratch: str) -> dict:
    import torch

    torch.set_num_threads(1)  # a shared 2-core machine: one thread keeps the timing steady
    prepare_env(scratch)
    model, opt, x, y = make_model(device)
    timed_block(model, opt, x, y, max(steps // 4, 10), 0, device)  # warm-up
    tool = TOOLS[tool_name](str(Path(scratch) / "run"))
    inside = [0.0]

    def log(metrics, step, _log=tool.log, _clock=time.perf_counter):
        t0 = _clock()
        _log(metrics, step)
        inside[0] += _clock() - t0

    def run_block(b: int, with_log: bool):
        return timed_block(model, opt, x, y, steps, b * steps if with_log else 0, device, log if with_log else None)

    plain, logged = alternate(blocks, run_block)
    t0, c0 = time.perf_counter(), time.process_time()
    tool.close()
    closing = time.perf_counter() - t0
    logged[-1] = (logged[-1][0] + closing, logged[-1][1] + time.process_time() - c0)
    shutil.rmtree(scratch, ignore_errors=True)
    ratios = [lg[0] / pl[0] for lg, pl in zip(logged, plain)]
    base, with_log = sum(b[0] for b in plain), sum(b[0] for b in logged)
    return dict(tool=tool_name, version=version(tool_name), device=device, steps=steps, blocks=blocks,
                plain=plain, logged=logged, steps_per_s=steps * blocks / with_log,
                plain_steps_per_s=steps * blocks / base, slowdown_pct=100.0 * (statistics.median(ratios) - 1.0),
                inside_pct=100.0 * (inside[0] + closing) / base, inside_us_per_step=1e6 * (inside[0] + closing)
                / (steps * blocks))

if __name__ == "__main__":
    name, steps, blocks, device, scratch = sys.argv[1:6]
    print(json.dumps(main(name, int(steps), int(blocks), device, scratch)))
