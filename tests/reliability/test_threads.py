"""Logging from several threads of one process (data-loader workers, callbacks, a progress
hook) while flushes run: every point is kept, in order per thread, steps never collide."""

import threading

import numpy as np
import pytest

import learnscope as ls
from learnscope.store import open_store


def _run_threads(targets) -> None:
    start = threading.Barrier(len(targets))
    errors = []

    def wrap(fn):
        def go():
            start.wait()
            try:
                fn()
            except BaseException as exc:  # surfaced below: a thread's failure fails the test
                errors.append(exc)
        return go

    threads = [threading.Thread(target=wrap(fn)) for fn in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors


@pytest.mark.parametrize("flush_interval", [0.001, 0.2])
def test_many_threads_log_at_once_with_flushes(store, flush_interval):
    torch = pytest.importorskip("torch")
    n, workers, epochs = 20000, 4, 50
    run = ls.init(project="threads", name=f"f{flush_interval}", store=store, flush_interval=flush_interval)
    done = threading.Event()

    def worker(k):
        def go():
            for i in range(n):
                run.log({f"worker{k}": float(i), "shared": float(k)})
        return go

    def tensors():  # a loader thread handing over device scalars (converted at flush)
        for i in range(n):
            run.log({"tensor": torch.tensor(float(i))})

    def callback():
        for e in range(1, epochs + 1):
            run.log_epoch({"val_loss": 1.0 / e, "val_accuracy": e / epochs})
            run.set_meta(last_epoch=e, **{f"k{e}": e})
            run.log_config({f"c{e}": e})

    def flusher():
        while not done.is_set():
            run.flush()

    flush_thread = threading.Thread(target=flusher)
    flush_thread.start()
    _run_threads([worker(k) for k in range(workers)] + [tensors, callback])
    done.set()
    flush_thread.join()
    run.finish()

    h = ls.load(run.id, store=store)
    all_steps = []
    for k in range(workers):
        s = h.batch.series(f"worker{k}")
        np.testing.assert_array_equal(s.value, np.arange(n, dtype=float))  # every point, in order
        assert np.all(np.diff(s.step) > 0)
        all_steps.append(s.step)
    tensor = h.batch.series("tensor")
    np.testing.assert_array_equal(tensor.value, np.arange(n, dtype=float))
    all_steps.append(tensor.step)
    steps = np.concatenate(all_steps)
    np.testing.assert_array_equal(np.sort(steps), np.arange(len(steps)))  # each log call its own step
    shared = h.batch.series("shared")
    assert len(shared) == workers * n
    np.testing.assert_array_equal(np.sort(shared.step), np.sort(np.concatenate(all_steps[:workers])))
    np.testing.assert_array_equal(h.epoch["val_loss"], 1.0 / np.arange(1, epochs + 1))
    assert h.get("loss", "val", "epoch").epoch.tolist() == list(range(1, epochs + 1))
    assert h.meta["last_epoch"] == epochs and all(h.meta[f"k{e}"] == e for e in range(1, epochs + 1))
    assert all(h.config[f"c{e}"] == e for e in range(1, epochs + 1))
    row = open_store(store).resolve(run.id)
    assert row.summary["batch"]["worker0"]["n"] == n and row.status == "finished"


def test_two_runs_in_two_threads_share_one_store(store):
    runs = [ls.init(project="threads", name=f"r{k}", store=store, flush_interval=0.001) for k in range(2)]

    def go(run, sign):
        def body():
            for i in range(20000):
                run.log({"loss": sign * float(i)})
        return body

    _run_threads([go(runs[0], 1.0), go(runs[1], -1.0)])
    for run in runs:
        run.finish()
    np.testing.assert_array_equal(ls.load("threads/r0", store=store).batch["loss"], np.arange(20000.0))
    np.testing.assert_array_equal(ls.load("threads/r1", store=store).batch["loss"], -np.arange(20000.0))
