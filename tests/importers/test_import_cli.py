"""``learnscope import``: what it stores and prints."""

import json

import learnscope as ls
from learnscope.store import open_store
from tests.conftest import cli

CSV = "epoch,loss,val_loss\n0,0.9,1.0\n1,0.5,0.7\n2,0.4,0.6\n"


def test_import_names_project_and_prints_what_it_stored(tmp_path, store):
    p = tmp_path / "training_log.csv"
    p.write_text(CSV)
    out = cli("import", p, "--project", "old", "--name", "first", "--store", store, check=True).stdout
    h = ls.load("old/first", store=store)
    assert f"imported old/first  id {h.info.id}" in out and "2 series, 3 epochs, 6 points" in out
    assert h.epoch["val_loss"].tolist() == [1.0, 0.7, 0.6]
    assert h.meta["format"] == "keras-csv" and h.meta["source"] == str(p)
    assert h.info.status == "finished"
    runs = json.loads(cli("runs", "--json", "--store", store, check=True).stdout)
    assert [r["name"] for r in runs] == ["first"]


def test_default_names_and_several_files(tmp_path, store):
    (tmp_path / "exp1").mkdir()
    (tmp_path / "exp1" / "metrics.csv").write_text("epoch,step,val_loss\n0,9,1.0\n1,19,0.8\n")
    (tmp_path / "b.json").write_text('{"loss": [0.9, 0.8]}')
    cli("import", tmp_path / "exp1" / "metrics.csv", tmp_path / "b.json", "--store", store, check=True)
    names = sorted(r.name for r in open_store(store).list_runs())
    assert names == ["b", "exp1"]   # a generic file name (metrics.csv) takes its folder's


def test_name_for_many_runs_and_missing_path_are_errors(tmp_path, store):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text(CSV)
    b.write_text(CSV)
    proc = cli("import", a, b, "--name", "x", "--store", store)
    assert proc.returncode == 2 and "--name names one run, but 2 were found" in proc.stderr
    proc = cli("import", tmp_path / "nope.csv", "--store", store)
    assert proc.returncode == 2 and "nope.csv" in proc.stderr and "Traceback" not in proc.stderr


def test_show_reads_a_file_directly(tmp_path):
    p = tmp_path / "log.csv"
    p.write_text(CSV)
    out = cli("show", p, check=True, env={"COLUMNS": "120"}).stdout
    assert "val_loss" in out and "0.7" in out
