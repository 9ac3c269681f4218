"""Keras reports running means per batch; the read recovers each batch's own value."""

import os

import numpy as np
import pytest

os.environ.setdefault("KERAS_BACKEND", "torch")
keras = pytest.importorskip("keras")

import learnscope as ls  # noqa: E402
from learnscope.keras import Callback  # noqa: E402
from learnscope.read.curves import curves  # noqa: E402


def test_recovered_batch_losses_equal_each_batch_evaluated_alone(store):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(320, 5)).astype("float32")
    y = (x @ rng.normal(size=(5, 1))).astype("float32") + rng.normal(0, 1.0, size=(320, 1)).astype("float32")
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((5,)), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mse")  # weights never move
    cb = Callback("keras-batches", "lr0", store=store)
    model.fit(x, y, batch_size=32, epochs=2, shuffle=False, verbose=0, callbacks=[cb])
    truth = [float(model.evaluate(x[i:i + 32], y[i:i + 32], verbose=0)) for i in range(0, 320, 32)]
    h = ls.load("keras-batches/lr0", store=store)
    running = h.batch["loss"]
    recovered = curves(h).batch_loss.value
    assert len(recovered) == 20
    np.testing.assert_allclose(recovered, truth * 2, rtol=1e-4)
    assert not np.allclose(running, recovered, rtol=1e-3)  # the stored values are the running means
    np.testing.assert_allclose(recovered[:10].mean(), h.epoch["loss"][0], rtol=1e-5)
