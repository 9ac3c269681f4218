"""The PostgreSQL server goes away in the middle of a run: training goes on, points wait in
memory and land once the server is back; if it does not come back before the run ends, they
are written to a local fallback file that `learnscope import` loads. Nothing silently dropped."""

import time

import numpy as np
import pytest

import learnscope as ls
from learnscope import fallback
from learnscope import run as run_mod
from learnscope.store import open_store
from tests.conftest import cli


@pytest.fixture
def quick(monkeypatch, tmp_path):
    """Give up on a failing flush after 1 s (default 10 s) and on finish after 2 s."""
    monkeypatch.setattr(run_mod, "WRITE_PATIENCE", 1.0)
    monkeypatch.setattr(run_mod, "FINISH_PATIENCE", 2.0)
    monkeypatch.setenv(fallback.DIR_VAR, str(tmp_path))
    monkeypatch.chdir(tmp_path)


class Trainer:
    """Logs batch and epoch points with known values; never blocks on the store."""

    def __init__(self, run):
        self.run, self.i = run, 0

    def steps(self, n: int) -> float:
        """Log ``n`` steps; return the slowest ``log`` call in seconds."""
        slowest = 0.0
        for _ in range(n):
            t = time.perf_counter()
            self.run.log({"loss": float(self.i), "acc": self.i % 10 / 10})
            slowest = max(slowest, time.perf_counter() - t)
            self.i += 1
            if self.i % 500 == 0:
                self.run.log_epoch({"val_loss": self.i / 500})
        return slowest

    def until(self, what: str, cond, timeout: float = 60) -> None:
        """Keep training until ``cond(the run's waiting points)`` holds.

        Waits on the run's state, not on stderr: reading captured stderr while the flush
        thread writes to it can lose what is written between pytest's read and truncate."""
        end = time.monotonic() + timeout
        while not cond(self.run._pending):
            assert time.monotonic() < end, f"timed out waiting for {what}"
            assert self.steps(200) < 0.5  # logging never waits for the store
            time.sleep(0.01)


def _expect(n: int):
    return np.arange(n, dtype=float), np.arange(n) % 10 / 10, np.arange(1, n // 500 + 1, dtype=float)


def test_server_restarts_mid_run_and_everything_lands(pg_server, pg_store, quick, capfd):
    run = ls.init(project="pg", name="restart", store=pg_store, flush_interval=0.05)
    t = Trainer(run)
    t.steps(3000)
    assert run.flush()
    pg_server.stop()
    try:
        t.until("the report of the lost server", lambda pending: pending.failing)
        t.steps(5000)  # training goes on while the server is down
    finally:
        pg_server.start()
    t.until("the points to land", lambda pending: not pending.failing)
    t.steps(1000)
    run.finish()
    err = capfd.readouterr().err
    assert err.count("cannot write run") == 1 and err.count("\n") == 2, err  # said once; and its end
    assert "Traceback" not in err
    h = ls.load("pg/restart", store=pg_store)
    loss, acc, val = _expect(t.i)
    np.testing.assert_array_equal(h.batch["loss"], loss)
    np.testing.assert_array_equal(h.batch.series("loss").step, np.arange(t.i))
    np.testing.assert_array_equal(h.batch["acc"], acc)
    np.testing.assert_array_equal(h.epoch["val_loss"], val)
    assert h.info.status == "finished"


def test_server_gone_until_the_end_goes_to_a_fallback_file_that_imports(pg_server, pg_store, quick,
                                                                        capfd, tmp_path):
    run = ls.init(project="pg", name="gone", config={"lr": 0.1}, store=pg_store, flush_interval=0.05)
    t = Trainer(run)
    t.steps(2000)
    assert run.flush()
    pg_server.stop()
    try:
        t.until("the report of the lost server", lambda pending: pending.failing)
        t.steps(4000)
        started = time.monotonic()
        run.finish()
        assert time.monotonic() - started < 15  # FINISH_PATIENCE, not a hang
        err = capfd.readouterr().err
    finally:
        pg_server.start()
    files = sorted(tmp_path.glob("learnscope-unsaved-*.jsonl"))
    assert len(files) == 1
    lines = [line for line in err.splitlines() if str(files[0]) in line]
    assert len(lines) == 1 and f"learnscope import {files[0]}" in lines[0], err
    stored = ls.load("pg/gone", store=pg_store)
    assert len(stored.batch["loss"]) >= 2000  # flushed before the server went: kept
    imported = cli("import", files[0], "--store", pg_store)
    assert imported.returncode == 0, imported.stderr
    new = [r for r in open_store(pg_store).list_runs("pg") if r.id != stored.info.id]
    assert len(new) == 1 and new[0].name == "gone" and new[0].config == {"lr": 0.1}
    rescued = open_store(pg_store).load(new[0].id)
    assert rescued.meta["recovered_from"] == stored.info.id
    loss, acc, val = _expect(t.i)
    got = np.concatenate([stored.batch["loss"], rescued.batch["loss"]])
    np.testing.assert_array_equal(got, loss)  # store + fallback file = every point, in order
    steps = np.concatenate([stored.batch.series("loss").step, rescued.batch.series("loss").step])
    np.testing.assert_array_equal(steps, np.arange(t.i))
    np.testing.assert_array_equal(np.concatenate([stored.batch["acc"], rescued.batch["acc"]]), acc)
    np.testing.assert_array_equal(np.concatenate([stored.epoch["val_loss"], rescued.epoch["val_loss"]]), val)
