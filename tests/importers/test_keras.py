"""Keras: a real model.fit (torch backend) -> CSVLogger CSV, History JSON, History object."""

import json
import os

import numpy as np
import pytest

import learnscope as ls

os.environ.setdefault("KERAS_BACKEND", "torch")


@pytest.fixture(scope="module")
def keras_run(tmp_path_factory):
    keras = pytest.importorskip("keras")
    out = tmp_path_factory.mktemp("keras")
    rng = np.random.default_rng(0)
    x = rng.normal(size=(96, 6)).astype("float32")
    y = (x[:, 0] + x[:, 1] > 0).astype("int64")
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((6,)), keras.layers.Dense(8, activation="relu"),
                              keras.layers.Dense(2, activation="softmax")])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    csv_path = out / "training_log.csv"
    history = model.fit(x, y, validation_split=0.25, epochs=4, batch_size=16, verbose=0,
                        callbacks=[keras.callbacks.CSVLogger(str(csv_path))])
    json_path = out / "history.json"
    json_path.write_text(json.dumps(history.history))
    return history, csv_path, json_path


def _assert_equal_to_keras(h, history):
    assert sorted(h.epoch) == sorted(history.history)
    for key, values in history.history.items():
        assert h.epoch[key].tolist() == [float(v) for v in values], key   # exact, value for value
        assert h.epoch.series(key).epoch.tolist() == [1.0, 2.0, 3.0, 4.0]  # CSVLogger's 0..3 -> 1..4


def test_csvlogger_file_round_trips_exactly(keras_run):
    history, csv_path, _ = keras_run
    h = ls.load(csv_path)
    _assert_equal_to_keras(h, history)
    assert h.meta["format"] == "keras-csv" and h.meta["source"] == str(csv_path)
    assert h.get("accuracy", "val", "epoch") is not None


def test_history_json_and_object_round_trip(keras_run):
    history, _, json_path = keras_run
    _assert_equal_to_keras(ls.load(json_path), history)
    h = ls.load(history)
    _assert_equal_to_keras(h, history)
    assert h.config["epochs"] == 4 and h.meta["framework"] == "keras"


def test_csvlogger_without_validation_writes_NA_columns(tmp_path):
    # Keras adds val_ columns filled with "NA" when there is no validation data
    p = tmp_path / "log.csv"
    p.write_text("epoch,accuracy,loss,val_accuracy,val_loss\n0,0.5,0.9,NA,NA\n1,0.6,0.8,NA,NA\n")
    h = ls.load(p)
    assert sorted(h.epoch) == ["accuracy", "loss"]
    assert h.epoch["loss"].tolist() == [0.9, 0.8]


def test_exported_json_imports_back(tmp_path, store):
    from tests.conftest import cli

    with ls.init(project="p", name="r", store=store) as run:
        for v in (0.9, float("nan"), 0.4):
            run.log_epoch({"loss": v, "val_loss": v + 1})
    out = tmp_path / "export.json"
    cli("export", "p/r", "--store", store, "-o", out, check=True)
    h = ls.load(out)
    assert np.array_equal(h.epoch["val_loss"], [1.9, np.nan, 1.4], equal_nan=True)


def test_pandas_to_json_of_a_history(tmp_path):
    pd = pytest.importorskip("pandas")
    p = tmp_path / "hist.json"
    pd.DataFrame({"loss": [0.9, 0.5, 0.4] * 4, "val_loss": [1.0, 0.7, 0.6] * 4}).to_json(p)  # 12 rows: "10" after "9"
    h = ls.load(p)
    assert h.epoch["val_loss"].tolist() == [1.0, 0.7, 0.6] * 4 and h.meta["format"] == "pandas-json"
