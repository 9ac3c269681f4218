"""Trackio project databases written here by the real Trackio (TRACKIO_DIR in a temporary
folder): a finished run, one that raised midway, and a SQLite file of another schema."""

import math
import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

import learnscope as ls
from learnscope.store import open_store
from tests.conftest import cli

pytest.importorskip("trackio")

WRITE = textwrap.dedent("""
    import trackio

    trackio.init(project="digits", name="good", config={"lr": 0.01, "layers": [64, 32]})
    step = 0
    for epoch in range(3):
        for b in range(4):
            trackio.log({"loss": 1.0 / (step + 1)}, step=step)
            step += 1
        trackio.log({"epoch": epoch, "val_loss": 0.9 - 0.2 * epoch}, step=step)
        step += 1
    trackio.log({"loss": float("nan")}, step=step)
    trackio.finish()
    trackio.init(project="digits", name="raised", config={"lr": 1.0})
    for s in range(5):
        trackio.log({"loss": 0.5 * (s + 1)})
    raise RuntimeError("diverged")
""")


@pytest.fixture(scope="module")
def trackio_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("trackio")
    (d / "write.py").write_text(WRITE)
    env = {**os.environ, "TRACKIO_DIR": str(d / "trackio"), "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "0"}
    proc = subprocess.run([sys.executable, str(d / "write.py")], capture_output=True, text=True, cwd=d, env=env,
                          timeout=600)
    assert proc.returncode == 1 and "diverged" in proc.stderr, proc.stderr[-3000:]
    return d / "trackio"


def test_every_run_with_project_config_steps_and_times(trackio_dir):
    from learnscope.importers import find_runs

    runs = {h.info.name: h for h in find_runs(trackio_dir / "digits.db")}
    good = runs["good"]
    assert (good.info.project, good.meta["format"]) == ("digits", "trackio")
    assert good.config == {"lr": 0.01, "layers": [64, 32]}
    loss = good.batch.series("loss")
    steps = [0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13]
    assert loss.step[:12].tolist() == steps and loss.step[12] == 15
    assert loss.value[:12].tolist() == pytest.approx([1.0 / (s + 1) for s in steps]) and math.isnan(loss.value[12])
    assert loss.epoch.tolist() == [1.0] * 4 + [2.0] * 4 + [3.0] * 4 + [4.0]
    val = good.epoch.series("val_loss")
    assert val.value.tolist() == pytest.approx([0.9, 0.7, 0.5]) and val.step.tolist() == [4, 9, 14]
    assert good.info.created <= loss.wall_time.min() <= good.info.ended
    assert runs["raised"].batch["loss"].tolist() == [0.5, 1.0, 1.5, 2.0, 2.5]   # all it logged before raising


def test_import_the_trackio_dir(trackio_dir, store):
    out = cli("import", trackio_dir, "--store", store, check=True).stdout
    assert out.count("imported digits/") == 2 and "(trackio)" in out, out
    assert ls.load("digits/raised", store=store).config == {"lr": 1.0}


def test_a_file_of_another_schema_is_one_line_and_stores_nothing(trackio_dir, store, tmp_path):
    cli("import", trackio_dir / "digits.db", "--store", store, check=True)
    before = [r.id for r in open_store(store).list_runs()]
    other = tmp_path / "old.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE metrics (id INTEGER PRIMARY KEY, run TEXT, value REAL)")
    con.execute("INSERT INTO metrics (run, value) VALUES ('a', 0.5)")
    con.commit()
    con.close()
    proc = cli("import", trackio_dir / "digits.db", other, "--store", store)
    err = proc.stderr.strip()
    assert proc.returncode == 2 and len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert err.startswith(f"learnscope: error: {other}: a SQLite database with tables metrics") and "Trackio" in err
    assert [r.id for r in open_store(store).list_runs()] == before
