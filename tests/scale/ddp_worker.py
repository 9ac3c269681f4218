"""One rank of a tiny real DDP training on the CPU (gloo), recorded with learnscope.

Run by tests/scale/test_distributed.py as: python -m tests.scale.ddp_worker STORE OUT_DIR
with RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT set. Each rank writes what it saw
locally to OUT_DIR/rank<r>.json so the test can compare it with the one stored run.
"""

import json
import os
import sys

import torch
import torch.distributed as dist
import torch.nn.functional as F

import learnscope as ls
from learnscope.torch import Tracker


def _data(rank: int):
    g = torch.Generator().manual_seed(100 + rank)  # each rank its own shard
    x = torch.randn(96, 8, generator=g)
    y = (x[:, 0] + 0.5 * x[:, 1] > 0).long()
    return x[:64], y[:64], x[64:], y[64:]


def train_with_tracker(store: str, rank: int) -> dict:
    torch.manual_seed(0)
    model = torch.nn.parallel.DistributedDataParallel(torch.nn.Linear(8, 2))
    opt = torch.optim.SGD(model.parameters(), lr=0.5)
    xtr, ytr, xva, yva = _data(rank)
    seen = {"epochs": [], "batch_loss": []}
    tracker = Tracker(project="ddp", name="tracker", store=store, optimizer=opt, per_rank=True)
    for _ in range(3):
        for i in range(0, 64, 16):
            logits = model(xtr[i:i + 16])
            loss = F.cross_entropy(logits, ytr[i:i + 16])
            opt.zero_grad(), loss.backward(), opt.step()
            tracker.update(loss, logits, ytr[i:i + 16])
            seen["batch_loss"].append(loss.item())
        with torch.no_grad(), tracker.validating():
            logits = model(xva)
            tracker.update(F.cross_entropy(logits, yva), logits, yva)
        seen["epochs"].append(tracker.end_epoch())
    tracker.finish()
    seen["run_type"] = type(tracker.run).__name__
    return seen


def plain_runs(store: str, rank: int) -> None:
    with ls.init(project="ddp", name="reduce", store=store, reduce={"n": "sum", "worst": "max"}) as run:
        for e in range(2):
            run.log({"loss": 10.0 * rank + e})
            run.log_epoch({"loss": rank + e, "n": 10 * (rank + 1), "worst": float(rank)})
    if rank == 0:  # the common "only rank 0 records" guard: must not wait for rank 1
        with ls.init(project="ddp", name="rank0-only", store=store) as run:
            run.log_epoch({"loss": 7.0})


def main() -> None:
    store, out = sys.argv[1], sys.argv[2]
    dist.init_process_group("gloo")
    rank = dist.get_rank()
    seen = train_with_tracker(store, rank)
    plain_runs(store, rank)
    with open(os.path.join(out, f"rank{rank}.json"), "w") as f:
        json.dump(seen, f)
    # both ranks tear the group down together: rank 0 records one more run than rank 1 (above), and a
    # rank that destroys its gloo group while its peer is still busy was seen to abort at exit
    # ("terminate called without an active exception", CI of 3 December 2026, once in many runs)
    dist.barrier()
    dist.destroy_process_group()


if __name__ == "__main__":
    main()
