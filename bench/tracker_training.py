"""Scenario 2 for ``learnscope.torch.Tracker``: ``update(loss, logits, y)`` per batch.

The MLP and data of ``training.py``; blocks of steps with and without the tracker
alternate in pairs (the order alternating too), an epoch ends every ten pairs, and the
slowdown is the median over pairs of (tracked block / plain block) - 1.

``python bench/tracker_training.py STEPS BLOCKS DEVICE`` prints one JSON line.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from training import _sync, alternate, make_model  # noqa: E402


def main(steps: int, blocks: int, device: str) -> dict:
    import torch

    from learnscope.torch import Tracker

    torch.set_num_threads(1)
    model, opt, x, y = make_model(device)
    tracker = Tracker(project="bench", name="tracker", store=tempfile.mkdtemp(), optimizer=opt)
    params = list(model.parameters())

    def block(track: bool) -> float:
        _sync(device)
        t0 = time.perf_counter()
        for i in range(steps):
            xb, yb = x[i % 16], y[i % 16]
            opt.zero_grad(set_to_none=True)
            out = model(xb)
            loss = torch.nn.functional.cross_entropy(out, yb)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 10.0)
            opt.step()
            if track:
                tracker.update(loss, out, yb)
        _sync(device)
        return time.perf_counter() - t0

    block(False), block(True)  # warm-up
    plain, tracked = alternate(blocks, lambda b, track: block(track),
                               after_pair=lambda b: tracker.end_epoch() if b % 10 == 9 else None)
    t0 = time.perf_counter()
    tracker.finish()
    ratios = [t / p for t, p in zip(tracked, plain)]
    return dict(tool="learnscope.torch.Tracker", device=device, steps=steps, blocks=blocks,
                slowdown_pct=100.0 * (statistics.median(ratios) - 1.0),
                plain_steps_per_s=steps * blocks / sum(plain), close_s=time.perf_counter() - t0)


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])))
