"""learnscope.keras.Callback against a real Keras 3 fit (torch backend, CPU)."""

import math
import os

import numpy as np
import pytest

os.environ.setdefault("KERAS_BACKEND", "torch")
keras = pytest.importorskip("keras")

import learnscope as ls  # noqa: E402
from learnscope.keras import Callback  # noqa: E402

# Keras' torch backend itself calls np.array(tensor) (NumPy 2 deprecation), not learnscope.
pytestmark = pytest.mark.filterwarnings("ignore:__array__ implementation:DeprecationWarning")


@pytest.fixture(scope="module")
def digits():
    from sklearn.datasets import load_digits

    x, y = load_digits(return_X_y=True)
    return (x / 16.0).astype("float32"), y


def _model(lr=1e-2):
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((64,)), keras.layers.Dense(32, activation="relu"),
                              keras.layers.Dense(10, activation="softmax")])
    model.compile(keras.optimizers.Adam(lr), "sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


def test_epoch_level_equals_history_and_batches_are_kept(digits, store):
    x, y = digits
    cb = Callback(project="digits", name="mlp", store=store, config={"batch_size": 64}, group="g", meta={"note": 1})
    hist = _model().fit(x, y, batch_size=64, epochs=3, validation_split=0.2, callbacks=[cb], verbose=0)
    h = ls.load("digits/mlp", store=store)
    assert set(h.epoch) == set(hist.history) == {"loss", "accuracy", "val_loss", "val_accuracy"}
    for key, values in hist.history.items():
        assert h.epoch[key].tolist() == values, key          # value for value, exactly
    steps = math.ceil(len(x) * 0.8 / 64)
    assert len(h.batch["loss"]) == len(h.batch["accuracy"]) == 3 * steps
    assert h.get("loss", "train", "batch").epoch.tolist() == [e for e in (1, 2, 3) for _ in range(steps)]
    # Keras' epoch train loss is its running mean at the epoch's last batch.
    assert np.allclose(h.batch["loss"][steps - 1 :: steps], hist.history["loss"], rtol=1e-6)
    assert "val_loss" not in h.batch                          # the validation pass is not batch data
    assert h.info.status == "finished"
    assert h.config["optimizer"] == "Adam" and h.config["epochs"] == 3 and h.config["batch_size"] == 64
    assert h.config["steps_per_epoch"] == steps and h.config["learning_rate"] == pytest.approx(1e-2)
    assert h.meta["framework"] == "keras" and h.meta["num_classes"] == 10 and h.meta["note"] == 1
    assert h.info.group == "g" and h.meta["keras_backend"] == "torch"
    assert "running mean" in h.meta["train_metric_reduction"]
    assert h.batch["learning_rate"].tolist() == [pytest.approx(1e-2)]   # logged once: it never changed


def test_learning_rate_changes_and_callback_order(digits, store):
    x, y = digits
    sched = keras.callbacks.LearningRateScheduler(lambda epoch, lr: 0.02 / (epoch + 1))
    cb = Callback(project="digits", name="sched", store=store)
    # The scheduler comes after ours and writes logs["learning_rate"]: History records it, so must we.
    hist = _model().fit(x[:512], y[:512], batch_size=128, epochs=3, callbacks=[cb, sched], verbose=0)
    h = ls.load("digits/sched", store=store)
    assert h.epoch["learning_rate"].tolist() == hist.history["learning_rate"]
    lr = h.get("learning_rate", "train", "batch")
    assert np.allclose(lr.value, [0.02, 0.01, 0.02 / 3]) and lr.step.tolist() == [0, 4, 8]


def test_evaluate_predict_and_second_fit(digits, store):
    x, y = digits
    model, cb = _model(), Callback(project="digits", name="twice", store=store)
    first = model.fit(x[:256], y[:256], batch_size=64, epochs=2, callbacks=[cb], verbose=0)
    model.evaluate(x[:256], y[:256], callbacks=[cb], verbose=0)   # must not add points
    model.predict(x[:64], callbacks=[cb], verbose=0)
    h = ls.load("digits/twice", store=store)
    assert h.epoch["loss"].tolist() == first.history["loss"] and len(h.batch["loss"]) == 8
    second = model.fit(x[:256], y[:256], batch_size=64, epochs=2, callbacks=[cb], verbose=0)
    h = ls.load("digits/twice", store=store)
    assert h.epoch["loss"].tolist() == first.history["loss"] + second.history["loss"]
    assert h.epoch.series("loss").epoch.tolist() == [1, 2, 3, 4]
    assert len(h.batch["loss"]) == 16 and h.info.status == "finished"
