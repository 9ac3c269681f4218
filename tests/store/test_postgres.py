"""The same store code on a real PostgreSQL server."""

import numpy as np

import learnscope as ls
from tests.conftest import cli


def test_round_trip_on_postgres(pg_store):
    with ls.init(project="pg", name="a", config={"lr": 0.1}, store=pg_store) as run:
        for i in range(40000):
            run.log({"loss": 1.0 / (i + 1)})
        run.log_epoch({"loss": 0.5, "val_loss": float("nan"), "val_accuracy": float("inf")})
    h = ls.load("pg/a", store=pg_store)
    np.testing.assert_array_equal(h.batch["loss"], 1.0 / (np.arange(40000) + 1))
    assert np.isnan(h.epoch["val_loss"][0]) and h.epoch["val_accuracy"][0] == np.inf
    assert h.config == {"lr": 0.1} and h.info.status == "finished"


def test_cli_reads_postgres(pg_store):
    with ls.init(project="pg", name="cli", store=pg_store) as run:
        run.log_epoch({"loss": 1.0})
    out = cli("runs", "--json", "--store", pg_store, check=True).stdout
    assert '"cli"' in out
    assert cli("show", "pg/cli", env={"LEARNSCOPE_STORE": pg_store}, check=True).returncode == 0
