"""A training process killed with SIGKILL at random moments: the store opens, everything the
process confirmed as flushed is there (a clean prefix, nothing torn), and the run turns
``crashed`` once its heartbeat is stale instead of showing ``running`` forever."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import numpy as np

import learnscope as ls
from learnscope import run as run_mod
from learnscope.store import open_store
from learnscope.store import query as store_mod  # the one home of STALE_AFTER

def _victim(store: str, name: str, out) -> None:
    """Logs as fast as it can; after each flush the store took, says how many steps are safe."""
    run = ls.init(project="crash", name=name, store=store, flush_interval=0.01)
    i = 0
    while True:
        run.log({"loss": float(i), "acc": -float(i), "lr": 1e-3})
        i += 1
        if i % 100 == 0:
            run.log_epoch({"val_loss": float(i // 100)})
        if i % 700 == 0 and run.flush():
            os.write(out, f"{i}\n".encode())


def _kill_at_random(store: str, name: str, rng: random.Random) -> int:
    """Fork a victim (fast: no interpreter start), let it run a random while, SIGKILL it;
    return the last step count it confirmed as flushed."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_end)
            _victim(store, name, write_end)
        finally:
            os._exit(1)
    os.close(write_end)
    with os.fdopen(read_end) as out:
        first = out.readline()  # it has created the run and flushed once
        assert first.strip().isdigit(), f"victim did not start: {first!r}"
        time.sleep(rng.uniform(0.0, 0.3))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        lines = [first, *out.read().splitlines()]
    return max(int(x) for x in lines if x.strip().isdigit())


def test_sigkill_at_random_moments_keeps_every_confirmed_point(store):
    rng = random.Random(20261123)
    trials = 30
    confirmed = {f"victim{k}": _kill_at_random(store, f"victim{k}", rng) for k in range(trials)}
    db = os.path.join(store, "learnscope.db")
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    s = open_store(store)
    assert len(s.list_runs("crash")) == trials
    for name, safe in confirmed.items():
        h = ls.load(f"crash/{name}", store=store)
        loss = h.batch.series("loss")
        n = len(loss)
        assert n >= safe, f"{name}: {safe} steps were confirmed flushed but only {n} are stored"
        np.testing.assert_array_equal(loss.value, np.arange(n, dtype=float))  # a prefix, in order
        np.testing.assert_array_equal(loss.step, np.arange(n))
        np.testing.assert_array_equal(h.batch["acc"], -np.arange(n, dtype=float))
        assert len(h.batch["acc"]) == len(h.batch["lr"]) == n  # one transaction: no torn row
        val = h.epoch["val_loss"]
        assert len(val) >= safe // 100
        np.testing.assert_array_equal(val, np.arange(1, len(val) + 1, dtype=float))
        assert h.info.summary["batch"]["loss"]["n"] == n  # the summary was written with the points


IDLE = textwrap.dedent("""
    import sys, time, learnscope as ls, learnscope.run
    learnscope.run.HEARTBEAT_EVERY = float(sys.argv[2])
    run = ls.init(project="beat", name="idle", store=sys.argv[1], flush_interval=0.05)
    run.log({"loss": 1.0})
    run.flush()
    print("ready", flush=True)
    time.sleep(600)   # a long validation pass, say: logs nothing, heartbeat goes on
""")


def test_idle_run_stays_running_then_killed_run_turns_crashed(store, monkeypatch):
    beat = 0.25
    monkeypatch.setattr(store_mod, "STALE_AFTER", 6 * beat)  # the same ratio as the defaults
    proc = subprocess.Popen([sys.executable, "-c", IDLE, store, str(beat)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        for _ in range(12):  # 2.4 s, well beyond STALE_AFTER: alive and silent is still "running"
            time.sleep(0.2)
            assert open_store(store).resolve("beat/idle").status == "running"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    time.sleep(6 * beat + 0.5)
    assert open_store(store).resolve("beat/idle").status == "crashed"
    assert [r.status for r in open_store(store).list_runs("beat")] == ["crashed"]


def test_staleness_is_several_heartbeats():
    # A run is declared crashed only after several heartbeats were missed (a slow flush or a
    # busy store must not flip a live run), and a flush interval longer than the heartbeat
    # still sends heartbeats (the flush thread wakes at least every HEARTBEAT_EVERY).
    assert store_mod.STALE_AFTER >= 3 * run_mod.HEARTBEAT_EVERY


def test_long_flush_interval_still_beats(store, monkeypatch):
    monkeypatch.setattr(run_mod, "HEARTBEAT_EVERY", 0.1)
    run = ls.init(project="p", name="slow-flush", store=store, flush_interval=3600)
    first = open_store(store).resolve("p/slow-flush").heartbeat
    time.sleep(0.6)
    assert open_store(store).resolve("p/slow-flush").heartbeat > first
    run.finish()
