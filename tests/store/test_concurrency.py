"""Several processes writing one store, and a process killed mid-run."""

import os
import signal
import subprocess
import sys
import textwrap
import time

import numpy as np

import learnscope as ls
from learnscope.store import open_store

WRITER = textwrap.dedent("""
    import sys, learnscope as ls
    store, name, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    run = ls.init(project="conc", name=name, store=store, flush_interval=0.05)
    for i in range(n):
        run.log({"loss": i, "acc": -i})
        if i % 1000 == 999:
            run.log_epoch({"val_loss": i})
    run.finish()
""")


def test_four_processes_write_four_runs_at_once(store):
    n = 20000
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, store, f"w{k}", str(n)]) for k in range(4)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    runs = open_store(store).list_runs("conc")
    assert sorted(r.name for r in runs) == ["w0", "w1", "w2", "w3"]
    for k in range(4):
        h = ls.load(f"conc/w{k}", store=store)
        assert h.batch["loss"].tolist() == list(range(n))
        assert h.batch["acc"].tolist() == [-i for i in range(n)]
        assert len(h.epoch["val_loss"]) == n // 1000
        assert h.info.status == "finished"


KILLED = textwrap.dedent("""
    import sys, time, learnscope as ls
    run = ls.init(project="kill", name="victim", store=sys.argv[1], flush_interval=0.05)
    i = 0
    while True:
        run.log({"loss": i})
        i += 1
        if i % 500 == 0:
            run.flush()
            print(i, flush=True)   # everything up to i is now in the store
            time.sleep(0.01)
""")


def test_killed_process_leaves_readable_store_with_everything_flushed(store):
    proc = subprocess.Popen([sys.executable, "-c", KILLED, store], stdout=subprocess.PIPE, text=True)
    confirmed = 0
    while confirmed < 5000:
        confirmed = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    h = ls.load("kill/victim", store=store)
    got = h.batch["loss"]
    assert len(got) >= confirmed
    assert np.array_equal(got, np.arange(len(got)))  # a prefix, in order, nothing torn
    assert h.info.status == "running"  # heartbeat is fresh; it turns "crashed" once stale


def test_stale_heartbeat_shows_crashed(store, monkeypatch):
    from learnscope.store import query as store_mod  # the one home of STALE_AFTER

    run = ls.init(project="p", name="stale", store=store)
    run.log({"loss": 1.0})
    run.flush()
    monkeypatch.setattr(store_mod, "STALE_AFTER", 0.0)
    time.sleep(0.01)
    assert ls.load("p/stale", store=store).info.status == "crashed"
    monkeypatch.undo()
    run.finish()
    assert ls.load("p/stale", store=store).info.status == "finished"
