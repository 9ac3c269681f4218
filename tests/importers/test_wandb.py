"""W&B offline runs written here by the real wandb: a finished run and one that raised
midway, read with wandb's own reader of its .wandb record format."""

import json
import math
import os
import subprocess
import sys
import textwrap

import pytest

import learnscope as ls
from learnscope.store import open_store
from tests.conftest import cli

pytest.importorskip("wandb")

WRITE = textwrap.dedent("""
    import sys
    import wandb

    run = wandb.init(project="digits", name="good", config={"lr": 0.01, "layers": [64, 32]})
    for epoch in range(3):
        for b in range(4):
            run.log({"loss": 1.0 / (epoch * 4 + b + 1)})
        run.log({"epoch": epoch, "val_loss": 0.9 - 0.2 * epoch, "val_accuracy": 0.5 + 0.1 * epoch})
    run.log({"loss": float("nan"), "grad/norm": float("inf")})
    run.finish()
    run = wandb.init(project="digits", name="raised", config={"lr": 1.0})
    for step in range(5):
        run.log({"loss": 0.5 * (step + 1)})
    raise RuntimeError("diverged")   # wandb records exit code 1
""")


@pytest.fixture(scope="module")
def wandb_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("w")
    (d / "write.py").write_text(WRITE)
    env = {**os.environ, "WANDB_MODE": "offline", "WANDB_DIR": str(d), "WANDB_SILENT": "true",
           "WANDB_DISABLE_GIT": "true"}
    proc = subprocess.run([sys.executable, str(d / "write.py")], capture_output=True, text=True, cwd=d, env=env,
                          timeout=600)
    assert proc.returncode == 1 and "diverged" in proc.stderr, proc.stderr[-3000:]
    return d / "wandb"


def _run_dir(wandb_dir, name):
    for d in sorted(wandb_dir.glob("offline-run-*")):
        if f'"display_name":"{name}"' in _inspect(d):
            return d
    raise AssertionError(name)


def _inspect(d):
    from learnscope.importers.wandb import records
    return json.dumps(records(next(d.glob("*.wandb"))), separators=(",", ":"))


def test_a_run_folder_with_project_config_steps_and_times(wandb_dir):
    h = ls.load(_run_dir(wandb_dir, "good"))
    assert (h.info.project, h.info.name, h.info.status) == ("digits", "good", "finished")
    assert h.config == {"lr": 0.01, "layers": [64, 32]} and h.meta["format"] == "wandb"
    loss = h.batch.series("loss")
    assert loss.value[:12].tolist() == pytest.approx([1.0 / (s + 1) for s in range(12)]) and math.isnan(loss.value[12])
    assert loss.epoch.tolist() == [1.0] * 4 + [2.0] * 4 + [3.0] * 4 + [4.0]   # the last one: epoch 4 begun
    assert loss.step.tolist() == [0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 15]  # W&B's _step
    val = h.epoch.series("val_loss")
    assert val.value.tolist() == pytest.approx([0.9, 0.7, 0.5]) and val.epoch.tolist() == [1.0, 2.0, 3.0]
    assert h.batch["grad/norm"].tolist() == [math.inf]
    assert h.info.created <= loss.wall_time.min() <= loss.wall_time.max() <= h.info.ended


def test_import_the_wandb_folder_every_run_and_the_crashed_one(wandb_dir, store):
    out = cli("import", wandb_dir, "--store", store, check=True).stdout
    assert out.count("imported digits/") == 2, out            # latest-run (a link) is not a third
    raised = ls.load("digits/raised", store=store)
    assert raised.info.status == "crashed" and raised.meta["exit_code"] == 1
    assert raised.batch["loss"].tolist() == [0.5, 1.0, 1.5, 2.0, 2.5] and raised.config == {"lr": 1.0}
    f = next(_run_dir(wandb_dir, "good").glob("*.wandb"))
    assert ls.load(f).epoch["val_accuracy"].tolist() == pytest.approx([0.5, 0.6, 0.7])


@pytest.mark.parametrize("cut", ["half", "header"])
def test_a_truncated_wandb_file_is_one_line_and_stores_nothing(wandb_dir, store, tmp_path, cut):
    cli("import", _run_dir(wandb_dir, "raised"), "--store", store, check=True)
    before = [r.id for r in open_store(store).list_runs()]
    data = next(_run_dir(wandb_dir, "good").glob("*.wandb")).read_bytes()
    bad = tmp_path / "run-cut.wandb"
    # W&B's log survives a crash at a record boundary (that is a shorter, valid log); a cut inside
    # a record is what must be refused. Records are at least 8 bytes (a 7-byte header), so of two
    # cuts 3 bytes apart at most one is a boundary: the first that lands inside a record is used.
    for size in ((len(data) // 2, len(data) // 2 + 3) if cut == "half" else (5,)):
        bad.write_bytes(data[:size])
        proc = cli("import", bad, "--store", str(tmp_path / f"probe-{size}"))
        if proc.returncode != 0:
            break
    proc = cli("import", bad, "--store", store)
    err = proc.stderr.strip()
    assert proc.returncode == 2 and len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert err.startswith(f"learnscope: error: {bad}") and "incomplete" in err, err
    assert [r.id for r in open_store(store).list_runs()] == before
