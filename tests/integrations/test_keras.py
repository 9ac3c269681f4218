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


def test_val_labels_give_the_majority_class_its_chance_level(store):
    """9-to-1 labels with a weak signal and a small model held back by L2: it learns the class
    shares and little else, ending within noise of always answering the majority class (0.8775 of
    the validation set), its accuracy moving a little from epoch to epoch. Told the labels (one-hot
    here, as categorical_crossentropy takes them), the read compares with that share, not 1/2."""
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2000, 8)).astype("float32")
    y = (rng.random(2000) < 0.1).astype("int64")
    x[:, 0] += 1.5 * y
    onehot = np.eye(2, dtype="float32")
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(2, activation="softmax",
                                                                     kernel_regularizer=keras.regularizers.l2(0.01))])
    model.compile(keras.optimizers.SGD(0.05), "categorical_crossentropy", metrics=["accuracy"])
    cb = Callback(project="imb", name="majority", store=store, val_labels=onehot[y[1600:]])
    hist = model.fit(x[:1600], onehot[y[:1600]], validation_data=(x[1600:], onehot[y[1600:]]), epochs=15,
                     batch_size=32, callbacks=[cb], verbose=0)
    share = float(np.mean(y[1600:] == 0))
    assert abs(hist.history["val_accuracy"][-1] - share) < 0.03  # the majority, hardly better
    h = ls.load("imb/majority", store=store)
    assert h.meta["val_class_shares"] == pytest.approx([share, 1 - share], abs=1e-6)
    f = ls.read(h).first("chance_level")
    assert f is not None and f.evidence["baseline"] == "majority class"
    assert f"always answering the majority class of 2 scores {share:.4g}" in f.message


def test_the_validation_set_is_read_from_what_fit_validates_on(store):
    """No val_labels: the callback reads the validation set's size and class shares from the data
    Keras validated on: the arrays of validation_split's last fifth, or a DataLoader's dataset (its
    TensorDataset's last tensor). A regression keeps only the size."""
    import torch

    rng = np.random.default_rng(1)
    x = rng.normal(size=(1000, 4)).astype("float32")
    y = (rng.random(1000) < 0.2).astype("int64")
    x[:, 0] += 2.0 * y

    def fit(name, loss, width, **data):
        keras.utils.set_random_seed(0)
        model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(width)])
        model.compile(keras.optimizers.Adam(1e-2), loss)
        cb = Callback(project="eval", name=name, store=store)
        model.fit(epochs=2, batch_size=100, callbacks=[cb], verbose=0, **data)
        return ls.load(f"eval/{name}", store=store).meta

    sparse = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    meta = fit("split", sparse, 2, x=x, y=y, validation_split=0.2)
    share = float(np.mean(y[800:] == 1))
    assert meta["val_size"] == 200 and meta["val_class_shares"] == pytest.approx([1 - share, share], abs=1e-6)
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(torch.from_numpy(x[:300]),
                                                                        torch.from_numpy(y[:300])), batch_size=50)
    meta = fit("loader", sparse, 2, x=x, y=y, validation_data=loader)
    share = float(np.mean(y[:300] == 1))
    assert meta["val_size"] == 300 and meta["val_class_shares"] == pytest.approx([1 - share, share], abs=1e-6)
    meta = fit("regression", "mse", 1, x=x, y=y.astype("float32"), validation_split=0.2)
    assert meta["val_size"] == 200 and "val_class_shares" not in meta


def test_bad_val_labels_are_one_line_errors_before_any_run(store):
    from learnscope.errors import InvalidValueError
    from learnscope.store import open_store

    for bad in ("labels", [0.5, 1.5], np.zeros((4, 2, 2))):
        with pytest.raises(InvalidValueError, match="val_labels must be the validation set's class ids"):
            Callback(project="imb", name="bad", store=store, val_labels=bad)
    assert not open_store(store).list_runs()
