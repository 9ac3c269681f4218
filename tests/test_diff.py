"""`learnscope diff RUN_A RUN_B` and learnscope.diff: config, best/final side by side, reads."""

import json

import learnscope as ls
from learnscope.diff import diff
from tests.conftest import cli


def _record(store, name, lr, *, blow_up=False, extra=None):
    with ls.init(project="sweep", name=name, config={"lr": lr, "layers": 2, **(extra or {})}, store=store) as run:
        for e in range(1, 9):
            run.log({"loss": 1 / e})
            run.log({"grad_norm": 2.0 / e})
            loss = float("nan") if blow_up and e > 5 else 1 / e
            run.log_epoch({"loss": loss, "val_loss": 1.1 / e + (0.05 * e if blow_up else 0),
                           "val_accuracy": 1 - 1 / (e + 1)})
        if not blow_up:
            run.log_epoch({"lr_only_in_a": lr})
    return run


def test_library_diff(store):
    _record(store, "good", 0.1)
    _record(store, "bad", 1.0, blow_up=True, extra={"dropout": 0.2})
    d = diff(ls.load("sweep/good", store=store), ls.load("sweep/bad", store=store))
    assert list(d.config) == ["lr", "dropout"] and d.config["lr"] == (0.1, 1.0)
    by_key = {m.key: m for m in d.metrics}
    assert set(by_key) == {"loss", "val_loss", "val_accuracy", "grad_norm"}   # shared only
    assert by_key["grad_norm"].level == "batch" and by_key["loss"].level == "epoch"
    assert by_key["val_loss"].best == (1.1 / 8, min(1.1 / e + 0.05 * e for e in range(1, 9)))
    assert by_key["loss"].final[0] == 1 / 8 and by_key["loss"].final[1] != by_key["loss"].final[1]  # NaN
    assert by_key["loss"].best == (1 / 8, 1 / 5) and by_key["loss"].better == "a"
    assert by_key["val_accuracy"].better == "=" and by_key["val_accuracy"].higher_is_better
    assert d.read_a.verdict == ls.read(ls.load("sweep/good", store=store)).verdict != "non_finite"
    assert d.read_b.verdict == "non_finite"
    only_a, only_b, _ = d.codes
    assert "non_finite" in only_b and "non_finite" not in only_a
    json.dumps(d.to_dict(), allow_nan=False)


def test_cli_table_and_json(store):
    _record(store, "good", 0.1)
    _record(store, "bad", 1.0, blow_up=True, extra={"dropout": 0.2})
    out = cli("diff", "sweep/good", "sweep/bad", "--store", store, check=True).stdout
    verdict_a = ls.read(ls.load("sweep/good", store=store)).verdict
    for text in ("config: 2 key(s) differ", "dropout", "best A", "final B", "val_loss", "non_finite",
                 verdict_a, "◀ A"):
        assert text in out, text
    data = json.loads(cli("diff", "sweep/good", "sweep/bad", "--store", store, "--json", check=True).stdout)
    assert data["config"] == {"lr": {"a": 0.1, "b": 1.0}, "dropout": {"b": 0.2}}
    assert data["read"]["verdict"] == {"a": verdict_a, "b": "non_finite"}
    loss = next(m for m in data["metrics"] if m["key"] == "loss")
    assert loss["final"] == {"a": 0.125, "b": "nan"} and loss["better"] == "a"


def test_same_run_twice_has_nothing_to_tell(store):
    _record(store, "good", 0.1)
    out = cli("diff", "sweep/good", "sweep/good", "--store", store, check=True).stdout
    assert "config: the same" in out and "A: sweep/good" in out and "B: sweep/good" in out


def test_bad_refs_are_one_line_exit_2(store, tmp_path):
    _record(store, "good", 0.1)
    for args in (("sweep/good", "sweep/nope"), ("nope", "sweep/good"), ("sweep/good",)):
        proc = cli("diff", *args, "--store", store)
        assert proc.returncode == 2 and proc.stdout == "", args
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    missing_store = cli("diff", "a/b", "c/d", "--store", tmp_path / "none")
    assert missing_store.returncode == 2 and len(missing_store.stderr.strip().splitlines()) == 1
