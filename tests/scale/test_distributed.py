"""Distributed PyTorch: two real gloo processes train a tiny DDP model into ONE run."""

import json
import os
import socket
import subprocess
import sys

import numpy as np
import pytest

import learnscope as ls
from learnscope.store import open_store
from tests.conftest import ROOT

pytest.importorskip("torch")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def ddp(tmp_path_factory):
    """Run tests/scale/ddp_worker.py on 2 ranks; return (store, [rank0 seen, rank1 seen])."""
    tmp = tmp_path_factory.mktemp("ddp")
    store = str(tmp / "store")
    env = {**os.environ, "MASTER_ADDR": "127.0.0.1", "MASTER_PORT": str(_free_port()), "WORLD_SIZE": "2",
           "OMP_NUM_THREADS": "1"}
    env.pop("LEARNSCOPE_STORE", None)
    procs = [subprocess.Popen([sys.executable, "-m", "tests.scale.ddp_worker", store, str(tmp)], cwd=ROOT,
                              env={**env, "RANK": str(r)}, stderr=subprocess.PIPE, text=True) for r in range(2)]
    try:
        errs = [p.communicate(timeout=240)[1] for p in procs]
    finally:
        for p in procs:
            p.kill()
    assert [p.returncode for p in procs] == [0, 0], errs
    return store, [json.loads((tmp / f"rank{r}.json").read_text()) for r in range(2)]


def test_ddp_training_is_one_run_with_epoch_values_averaged_over_ranks(ddp):
    store, seen = ddp
    runs = [r for r in open_store(store).list_runs("ddp") if r.name == "tracker"]
    assert len(runs) == 1 and runs[0].meta["world_size"] == 2 and runs[0].status == "finished"
    assert [s["run_type"] for s in seen] == ["DistributedRun", "RankRun"]
    h = ls.load(runs[0].id, store=store)
    for key in ("loss", "accuracy", "val_loss", "val_accuracy"):
        local = np.array([[ep[key] for ep in s["epochs"]] for s in seen])  # rank x epoch
        assert not np.allclose(local[0], local[1])  # the shards differ, so the mean means something
        np.testing.assert_allclose(h.epoch[key], local.mean(axis=0), rtol=1e-12)
        for r in range(2):
            np.testing.assert_allclose(h.epoch[f"{key}/rank{r}"], local[r], rtol=1e-12)


def test_batch_values_are_rank_0s_own_plus_per_rank_series(ddp):
    store, seen = ddp
    h = ls.load("ddp/tracker", store=store)
    np.testing.assert_allclose(h.batch["loss"], seen[0]["batch_loss"], rtol=1e-6)
    for r in range(2):
        s = h.batch.series(f"loss/rank{r}")
        np.testing.assert_allclose(s.value, seen[r]["batch_loss"], rtol=1e-6)
        assert s.step.tolist() == list(range(12)) and s.split == "train" and s.name == f"loss/rank{r}"
    assert h.get("loss/rank1", "val", "epoch") is not None  # val_loss/rank1 stays a validation series


def test_selectable_reductions_and_no_per_rank_series_by_default(ddp):
    store, _ = ddp
    (run,) = [r for r in open_store(store).list_runs("ddp") if r.name == "reduce"]
    h = ls.load(run.id, store=store)
    assert h.epoch["loss"].tolist() == [0.5, 1.5]        # mean of rank + e
    assert h.epoch["n"].tolist() == [30.0, 30.0]         # sum of 10 and 20
    assert h.epoch["worst"].tolist() == [1.0, 1.0]       # max over ranks
    assert h.batch["loss"].tolist() == [0.0, 1.0]        # rank 0's own batches
    assert not [k for k in h.epoch if "/rank" in k]


def test_init_on_rank_0_only_records_without_waiting(ddp):
    store, _ = ddp
    assert ls.load("ddp/rank0-only", store=store).epoch["loss"].tolist() == [7.0]


def test_bad_distributed_arguments_are_clear_errors(store):
    import torch  # noqa: F401  (imported, but no process group)

    with pytest.raises(ls.LearnscopeError, match="reduce must be one of mean, sum, max, min"):
        ls.init(project="d", store=store, reduce="median")
    with pytest.raises(ls.LearnscopeError, match="got 'avg'"):
        ls.init(project="d", store=store, reduce={"loss": "avg"})
    with pytest.raises(ls.LearnscopeError, match="init_process_group"):
        ls.init(project="d", store=store, distributed=True)
    with pytest.raises(ls.LearnscopeError, match="distributed must be"):
        ls.init(project="d", store=store, distributed="yes")
    run = ls.init(project="d", store=store)  # "auto" without a process group: a plain run
    assert type(run).__name__ == "Run"
    run.finish()
