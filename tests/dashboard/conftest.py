"""Fixtures: a store with a few recorded runs, and the real `learnscope ui` server on it."""

import math
import os
import re
import subprocess
import time
import urllib.request

import numpy as np
import pytest

from tests.conftest import CLI, ROOT



def record(store, name, *, lr, epochs=12, batches=40, group=None, optimizer="adam", bad_at=None):
    """A run recorded through the real API: batch loss under epoch loss/val_loss/accuracy."""
    import learnscope as ls

    rng = np.random.default_rng(abs(hash(name)) % 2**32)
    run = ls.init(project="demo", name=name, config={"lr": lr, "optimizer": optimizer, "model": {"hidden": 64}},
                  store=store, group=group)
    for epoch in range(1, epochs + 1):
        base = 2.3 * math.exp(-lr * 30 * epoch / epochs)
        for _ in range(batches):
            run.log({"loss": base * (1 + 0.15 * rng.standard_normal())})
        val = base * (1.05 + (0.04 * (epoch - epochs / 2) if epoch > epochs / 2 else 0))
        if bad_at is not None and epoch >= bad_at:
            val = float("nan")
        run.log_epoch({"loss": base, "val_loss": val, "accuracy": 1 - base / 2.5, "val_accuracy": 0.95 - val / 2.5})
    run.finish()
    return run.id


@pytest.fixture(scope="session")
def dash_store(tmp_path_factory):
    """Four finished runs in two groups, one with NaN validation losses."""
    path = str(tmp_path_factory.mktemp("dash") / "store")
    ids = {
        "alpha": record(path, "alpha", lr=0.1, group="fast"),
        "beta": record(path, "beta", lr=0.03, group="fast", optimizer="sgd"),
        "gamma": record(path, "gamma", lr=0.01, group="slow"),
        "delta": record(path, "delta", lr=0.01, group="slow", bad_at=9),
    }
    return path, ids


class Server:
    """`learnscope ui` in a subprocess; ``url`` is the address it printed."""

    def __init__(self, store, *args):
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([*CLI, "ui", "--store", store, "--port", "0", *args], cwd=ROOT, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        line = self.proc.stdout.readline()
        m = re.search(r"(http://\S+)", line)
        if not m:
            self.proc.kill()
            raise AssertionError(f"learnscope ui printed {line!r}: {self.proc.stdout.read()}")
        self.url = m.group(1)
        self.base = self.url.split("?")[0]
        self.token = self.url.split("token=")[1] if "token=" in self.url else None
        self._wait()

    def _wait(self):
        for _ in range(100):
            try:
                urllib.request.urlopen(self.url, timeout=2).read()
                return
            except OSError:
                time.sleep(0.1)
        raise AssertionError("the dashboard never answered")

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture(scope="session")
def server(dash_store):
    s = Server(dash_store[0])
    yield s
    s.stop()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors and page errors in ``page.errors``."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.errors = []
    pg.on("console", lambda msg: pg.errors.append(msg.text) if msg.type == "error" else None)
    pg.on("pageerror", lambda exc: pg.errors.append(f"{exc} {getattr(exc, 'stack', '')}"))
    yield pg
    context.close()
