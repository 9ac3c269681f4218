"""MLflow stores written here by the real MLflow: its SQLite database and an mlruns/ folder,
with a finished run, a run that raised midway (FAILED) and a process killed midway (RUNNING)."""

import json
import math
import os
import subprocess
import sys
import textwrap

import pytest

import learnscope as ls
from learnscope.importers import find_runs
from learnscope.store import open_store
from tests.conftest import cli

pytest.importorskip("mlflow")

WRITE = textwrap.dedent("""
    import os, sys
    import mlflow

    def runs(uri, kill):
        mlflow.set_tracking_uri(uri)
        mlflow.set_experiment("digits")
        with mlflow.start_run(run_name="good"):
            mlflow.log_params({"lr": 0.01, "optimizer": "adam", "layers": [64, 32]})
            for epoch in range(3):
                for b in range(4):
                    step = epoch * 4 + b
                    mlflow.log_metric("loss", 1.0 / (step + 1), step=step)
                mlflow.log_metrics({"val_loss": 0.9 - 0.2 * epoch, "val_accuracy": 0.5 + 0.1 * epoch}, step=step)
            mlflow.log_metric("val_loss", float("nan"), step=12)
            mlflow.log_metric("grad_norm", float("inf"), step=12)
        try:
            with mlflow.start_run(run_name="raised"):
                mlflow.log_metric("loss", 0.7, step=0)
                raise RuntimeError("diverged")
        except RuntimeError:
            pass
        if kill:
            mlflow.start_run(run_name="killed")
            mlflow.log_metric("loss", 0.8, step=0)
            mlflow.log_metric("loss", 0.6, step=1)
            os._exit(0)  # no end_run: MLflow keeps the run RUNNING

    os.environ["MLFLOW_ALLOW_FILE_STORE"] = "true"
    runs("file://" + sys.argv[1] + "/mlruns", kill=False)
    runs("sqlite:///" + sys.argv[1] + "/mlflow.db", kill=True)
""")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """One MLflow process writes both stores (importing MLflow takes seconds)."""
    d = tmp_path_factory.mktemp("mlflow")
    (d / "write.py").write_text(WRITE)
    proc = subprocess.run([sys.executable, str(d / "write.py"), str(d)], capture_output=True, text=True,
                          cwd=d, env={**os.environ, "MLFLOW_TRACKING_URI": ""}, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return d


def _by_name(runs):
    return {h.info.name: h for h in runs}


@pytest.mark.parametrize("store_path", ["mlflow.db", "mlruns"])
def test_every_run_with_project_config_steps_and_times(written, store_path):
    runs = _by_name(find_runs(written / store_path))
    want = {"good", "raised", "killed"} if store_path == "mlflow.db" else {"good", "raised"}
    assert set(runs) == want
    good = runs["good"]
    assert good.info.project == "digits" and good.info.status == "finished"
    assert good.config == {"lr": 0.01, "optimizer": "adam", "layers": [64, 32]}
    loss = good.batch.series("loss")
    assert loss.value.tolist() == pytest.approx([1.0 / (s + 1) for s in range(12)])
    assert loss.step.tolist() == list(range(12)) and loss.epoch.tolist() == [1.0] * 4 + [2.0] * 4 + [3.0] * 4
    val = good.epoch.series("val_loss")
    assert val.value[:3].tolist() == pytest.approx([0.9, 0.7, 0.5]) and math.isnan(val.value[3])
    assert good.epoch.series("val_accuracy").epoch.tolist() == [1.0, 2.0, 3.0]
    assert good.epoch["grad_norm"].tolist() == [math.inf]           # MLflow's largest float, read back
    assert good.info.created <= loss.wall_time.min() <= loss.wall_time.max() <= good.info.ended
    assert runs["raised"].info.status == "crashed" and runs["raised"].meta["mlflow_status"] == "FAILED"


def test_a_process_killed_midway_is_a_crashed_run(written, store):
    out = cli("import", written / "mlflow.db", "--store", store, check=True).stdout
    assert out.count("imported digits/") == 3 and "(mlflow)" in out
    killed = ls.load("digits/killed", store=store)
    assert killed.info.status == "crashed" and killed.meta["mlflow_status"] == "RUNNING"
    assert killed.batch["loss"].tolist() == [0.8, 0.6]


def test_import_dir_finds_both_stores(written, store):
    out = cli("import", written, "--project", "old", "--store", store, check=True).stdout
    assert out.count("imported old/") == 5, out
    rows = json.loads(cli("runs", "--json", "--store", store, check=True).stdout)
    assert sorted(r["name"] for r in rows) == ["good", "good", "killed", "raised", "raised"]


def test_a_corrupt_database_is_one_line_and_stores_nothing(written, store, tmp_path):
    cli("import", written / "mlruns", "--store", store, check=True)
    before = [r.id for r in open_store(store).list_runs()]
    data = (written / "mlflow.db").read_bytes()
    bad = tmp_path / "mlflow.db"
    bad.write_bytes(data[:4096] + bytes(len(data) - 4096))  # pages after the first zeroed
    proc = cli("import", written / "mlruns", bad, "--store", store)
    err = proc.stderr.strip()
    assert proc.returncode == 2 and len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert err.startswith(f"learnscope: error: {bad}") and "MLflow" in err, err
    assert [r.id for r in open_store(store).list_runs()] == before
