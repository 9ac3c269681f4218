import json

import learnscope as ls
from tests.conftest import cli


def _record(store):
    with ls.init(project="digits", name="base", config={"lr": 0.1}, store=store) as run:
        for e in range(3):
            for b in range(4):
                run.log({"loss": 1.0 / (e * 4 + b + 1)})
            run.log_epoch({"loss": 1.0 / (e + 1), "val_loss": float("nan") if e == 2 else 0.5 + e,
                           "val_accuracy": 0.25 * e})
    return run


def test_help_lists_commands():
    out = cli("--help", check=True).stdout
    for name in ("runs", "show", "export", "demo"):
        assert name in out


def test_runs_json_and_table(store):
    run = _record(store)
    rows = json.loads(cli("runs", "--store", store, "--json", check=True).stdout)
    assert rows[0]["id"] == run.id and rows[0]["status"] == "finished"
    assert rows[0]["epochs"] == 3 and rows[0]["steps"] == 12 and rows[0]["last"]["val_loss"] == "nan"
    table = cli("runs", "--store", store, check=True).stdout
    assert "digits" in table and "base" in table


def test_show_table(store):
    _record(store)
    out = cli("show", "digits/base", "--store", store, check=True).stdout
    assert "val_accuracy" in out and "finished" in out and "nan" in out


def test_export_json_is_keras_history_layout(store):
    _record(store)
    data = json.loads(cli("export", "digits/base", "--store", store, check=True).stdout)
    assert data == {"loss": [1.0, 0.5, 1 / 3], "val_loss": [0.5, 1.5, "nan"], "val_accuracy": [0.0, 0.25, 0.5]}


def test_export_csv_is_csvlogger_layout(store, tmp_path):
    _record(store)
    out = tmp_path / "log.csv"
    cli("export", "digits/base", "--store", store, "--format", "csv", "-o", out, check=True)
    lines = out.read_text().splitlines()
    assert lines[0] == "epoch,loss,val_loss,val_accuracy"
    assert lines[1] == "0,1.0,0.5,0.0" and lines[3].startswith("2,") and lines[3].split(",")[2] == "nan"
    batch = cli("export", "digits/base", "--store", store, "--level", "batch", "--format", "csv", check=True)
    assert batch.stdout.splitlines()[0] == "step,loss" and len(batch.stdout.splitlines()) == 13


def test_env_store_is_used(store):
    _record(store)
    out = cli("runs", "--json", env={"LEARNSCOPE_STORE": store}, check=True).stdout
    assert json.loads(out)[0]["name"] == "base"


def test_bad_input_is_one_line_exit_2(store, tmp_path):
    _record(store)
    cases = [
        ("show", "nope", "--store", store),
        ("runs", "--store", tmp_path / "missing"),
        ("runs", "--store", "ftp://host/x"),
        ("export", "digits/base", "--store", store, "--format", "xml"),
        ("show", "digits/base", "--store", tmp_path / "afile"),
    ]
    (tmp_path / "afile").write_text("x")
    for args in cases:
        proc = cli(*args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert "Traceback" not in proc.stderr
        assert proc.stderr.strip() and len(proc.stderr.strip().splitlines()) <= 3, proc.stderr
    # nothing already recorded was lost
    assert ls.load("digits/base", store=store).epoch["loss"].tolist() == [1.0, 0.5, 1 / 3]
    assert not (tmp_path / "missing").exists()


def test_demo_runs_and_records_three_runs(tmp_path):
    proc = cli("demo", "--out", tmp_path / "demo", check=True)
    assert "baseline" in proc.stdout and "lr-too-high" in proc.stdout and "overfit" in proc.stdout
    runs = {r.name: r for r in __import__("learnscope.store", fromlist=["x"]).open_store(
        tmp_path / "demo" / "store").list_runs()}
    assert set(runs) == {"baseline", "lr-too-high", "overfit"}
    base = ls.load("demo/baseline", store=tmp_path / "demo" / "store")
    assert base.epoch["val_accuracy"][-1] > 0.9
    over = ls.load("demo/overfit", store=tmp_path / "demo" / "store")
    assert over.epoch["val_loss"][-1] > over.epoch["val_loss"].min() * 1.2 and over.epoch["accuracy"][-1] > 0.99


def test_step_based_run_is_shown_and_imported_in_steps(store):
    """A RoBERTa LoRA fine-tune of 0.32 epochs evaluated every 100 steps: show's rows are its
    evaluations at their steps, the import line counts steps and evaluations, never 0 epochs."""
    import re

    from tests.conftest import public_logs

    path = next(p for p in public_logs() if p.name == "agnews-lora__trainer_state.json")
    out = cli("import", path, "--store", store, check=True).stdout
    assert "2,400 steps, 24 evaluations" in out and "epochs" not in out
    table = cli("show", path, check=True).stdout
    assert re.search(r"step\s*┃", table) and "2,400" in table and "100 " in table
    rows = [line.split("│")[1].strip() for line in table.splitlines() if line.startswith("│")]
    assert rows[:2] == ["100", "200"] and rows[-1] == "2,400"  # steps, not fractional epochs
