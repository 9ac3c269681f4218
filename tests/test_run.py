import math

import numpy as np
import pytest

import learnscope as ls
from learnscope.errors import InvalidValueError, LearnscopeError, RunNotFoundError, StoreError
from learnscope.scalars import to_float64


def test_round_trip_every_value_kind(store):
    torch = pytest.importorskip("torch")
    values = [0.5, 3, True, np.float32(0.25), np.float64(1e-300), np.int64(7), 1e308, -1e308,
              5e-324, float("nan"), float("inf"), float("-inf"), torch.tensor(0.125),
              torch.tensor([2.5], dtype=torch.float16), torch.tensor(9, dtype=torch.int32),
              np.array(4.5)]
    with ls.init(project="p", name="kinds", store=store) as run:
        for v in values:
            run.log({"x": v})
    got = ls.load("p/kinds", store=store).batch["x"]
    expected = np.array([float(v) for v in values])
    assert got.dtype == np.float64
    np.testing.assert_array_equal(got, expected)  # NaN == NaN here; infinities and extremes exact


def test_cpu_tensors_are_read_at_log_time(store):
    torch = pytest.importorskip("torch")
    run = ls.init(project="p", name="t", store=store)
    t = torch.tensor(1.0, requires_grad=True) * 2
    acc = torch.zeros(())
    for _ in range(3):
        acc += 1            # a running total changed in place after it was logged
        run.log({"loss": t, "total": acc, "n": torch.tensor(7), "ok": torch.tensor(True)})
    with pytest.raises(InvalidValueError, match="shape"):
        run.log({"loss": torch.ones(2)})
    with pytest.raises(InvalidValueError, match="complex"):
        run.log({"loss": torch.tensor(1 + 2j)})
    run.finish()
    h = ls.load("p/t", store=store)
    assert h.batch["loss"].tolist() == [2.0] * 3 and h.batch["total"].tolist() == [1.0, 2.0, 3.0]
    assert h.batch["n"].tolist() == [7.0] * 3 and h.batch["ok"].tolist() == [1.0] * 3


def test_device_tensors_are_converted_in_bulk_at_flush():
    """The flush-time path for tensors on an accelerator (run here with CPU tensors)."""
    torch = pytest.importorskip("torch")
    vals = [0.5, torch.tensor(1.5), torch.tensor([2.5]), torch.tensor(3, dtype=torch.int32), float("nan")]
    np.testing.assert_array_equal(to_float64(vals), [0.5, 1.5, 2.5, 3.0, np.nan])


def test_batch_and_epoch_levels_with_steps_epochs_and_times(store):
    with ls.init(project="p", name="levels", config={"lr": 0.01, "layers": [2, 3]}, store=store) as run:
        for epoch in range(3):
            for b in range(4):
                run.log({"loss": epoch * 10 + b, "accuracy": 0.1 * b})
            run.log_epoch({"loss": epoch, "val_loss": epoch + 0.5, "val_accuracy": 0.3})
    h = ls.load("p/levels", store=store)
    assert h.config == {"lr": 0.01, "layers": [2, 3]}
    loss = h.batch.series("loss")
    assert loss.step.tolist() == list(range(12))
    assert loss.epoch.tolist() == [1] * 4 + [2] * 4 + [3] * 4
    assert np.all(np.diff(loss.wall_time) >= 0) and abs(loss.wall_time[0] - h.info.created) < 60
    assert h.epoch["val_loss"].tolist() == [0.5, 1.5, 2.5]
    assert h.get("loss", "val", "epoch").epoch.tolist() == [1, 2, 3]
    assert h.get("loss", "train", "epoch").step.tolist() == [3, 7, 11]  # the last batch of each epoch
    assert h.info.status == "finished" and h.info.ended >= h.info.created


def test_key_pairing_across_prefix_styles(store):
    with ls.init(project="p", name="pairs", store=store) as run:
        run.log_epoch({"train/loss": 1.0, "valid_loss": 2.0, "eval_accuracy": 0.5, "test_accuracy": 0.4})
    h = ls.load("p/pairs", store=store)
    assert set(h.epoch) == {"loss", "val_loss", "val_accuracy", "test_accuracy"}
    assert {k.split for k in h.series if k.name == "loss"} == {"train", "val"}


def test_explicit_steps_and_fractional_epochs(store):
    with ls.init(project="p", name="steps", store=store) as run:
        run.log({"loss": 1.0}, step=10)
        run.log({"loss": 0.5})
        run.log({"loss": 0.4}, step=2**40)
        run.log_epoch({"eval_loss": 0.7}, epoch=0.5)
    h = ls.load("p/steps", store=store)
    assert h.batch.series("loss").step.tolist() == [10, 11, 2**40]
    assert h.get("loss", "val", "epoch").epoch.tolist() == [0.5]


@pytest.mark.parametrize("data,match", [
    ({"loss": "high"}, "value for 'loss' is str"),
    ({"loss": None}, "value for 'loss' is NoneType"),
    ({"loss": [1, 2]}, "value for 'loss' is list"),
    ({3: 1.0}, "metric keys must be strings"),
    ({"": 1.0}, "not allowed"),
    ({"x" * 600: 1.0}, "not allowed"),
    ({"loss": 10**400}, "too large"),
    ([("loss", 1.0)], "takes a dict"),
])
def test_bad_values_are_refused_and_nothing_recorded_is_lost(store, data, match):
    run = ls.init(project="p", name="bad", store=store)
    run.log({"loss": 1.0, "acc": 0.5})
    with pytest.raises(InvalidValueError, match=match):
        run.log({"acc": 0.6, **data} if isinstance(data, dict) else data)
    run.log({"loss": 0.9, "acc": 0.7})
    run.finish()
    h = ls.load(run.id, store=store)
    assert h.batch["loss"].tolist() == [1.0, 0.9]
    assert h.batch["acc"].tolist() == [0.5, 0.7]  # the refused row left nothing behind
    assert h.batch.series("acc").step.tolist() == [0, 1]


def test_non_scalar_tensor_refused(store):
    torch = pytest.importorskip("torch")
    with ls.init(project="p", name="nt", store=store) as run:
        with pytest.raises(InvalidValueError, match="shape"):
            run.log({"loss": torch.ones(3)})


def test_errors_are_learnscope_errors(store):
    with pytest.raises(RunNotFoundError, match="no run 'nope'"):
        ls.init(project="p", store=store).finish() or ls.load("nope", store=store)
    with pytest.raises(StoreError, match="unknown store scheme 'mysql'"):
        ls.init(project="p", store="mysql://localhost/db")
    with pytest.raises(InvalidValueError, match="may not contain '/'"):
        ls.init(project="a/b", store=store)
    with pytest.raises(InvalidValueError, match="config must be a dict"):
        ls.init(project="p", config=[1, 2], store=store)
    assert issubclass(StoreError, LearnscopeError)


def test_load_missing_store_does_not_create_it(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        ls.load("p/x", store=tmp_path / "nothing-here")
    assert not (tmp_path / "nothing-here").exists()


def test_flush_interval_writes_while_running(store):
    import time

    run = ls.init(project="p", name="live", store=store, flush_interval=0.1)
    run.log({"loss": 1.0})
    deadline = time.time() + 5
    seen = []
    while time.time() < deadline and not seen:
        from learnscope.store import open_store
        h = open_store(store).load(run.id)
        seen = h.batch["loss"].tolist() if "loss" in h.batch else []
        time.sleep(0.05)
    assert seen == [1.0]
    assert ls.load(run.id, store=store).info.status == "running"
    run.finish()


def test_env_var_store(tmp_path, monkeypatch):
    monkeypatch.setenv("LEARNSCOPE_STORE", str(tmp_path / "envstore"))
    with ls.init(project="p", name="env") as run:
        run.log_epoch({"loss": 1.0})
    assert (tmp_path / "envstore" / "learnscope.db").exists()
    assert ls.load("p/env").epoch["loss"].tolist() == [1.0]


def test_same_name_twice_newest_wins_and_id_prefix_resolves(store):
    for v in (1.0, 2.0):
        with ls.init(project="p", name="dup", store=store) as run:
            run.log_epoch({"loss": v})
    assert ls.load("p/dup", store=store).epoch["loss"].tolist() == [2.0]
    assert ls.load(run.id[:6], store=store).info.id == run.id
    assert ls.load("dup", store=store).info.id == run.id


def test_to_pandas(store):
    pd = pytest.importorskip("pandas")
    with ls.init(project="p", name="pd", store=store) as run:
        run.log_epoch({"loss": 1.0, "val_loss": 2.0})
        run.log_epoch({"loss": 0.5})
    df = ls.load("p/pd", store=store).to_pandas()
    assert list(df.columns) == ["loss", "val_loss"] and df.index.tolist() == [1.0, 2.0]
    assert math.isnan(df.loc[2.0, "val_loss"])
    assert isinstance(df, pd.DataFrame)


def test_threads_logging_at_once(store):
    import threading

    run = ls.init(project="p", name="threads", store=store, flush_interval=0.05)

    def work(k):
        for i in range(2000):
            run.log({f"m{k}": i})
    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    run.finish()
    h = ls.load(run.id, store=store)
    for k in range(4):
        assert h.batch[f"m{k}"].tolist() == list(range(2000))
    steps = np.concatenate([h.batch.series(f"m{k}").step for k in range(4)])
    assert len(np.unique(steps)) == 8000  # every log call got its own step


def test_summary_keeps_last_and_best(store):
    with ls.init(project="p", name="sum", store=store) as run:
        for v, a in [(1.0, 0.5), (0.4, 0.8), (0.6, 0.7), (float("nan"), 0.1)]:
            run.log_epoch({"val_loss": v, "val_accuracy": a})
    s = ls.load("p/sum", store=store).info.summary["epoch"]
    assert math.isnan(s["val_loss"]["last"]) and s["val_loss"]["best"] == 0.4
    assert s["val_loss"]["best_epoch"] == 2 and s["val_accuracy"]["best"] == 0.8
