"""Keras ``fit`` (torch backend) runs of the corpus, recorded with ``learnscope.keras.Callback``."""

from __future__ import annotations

import math
import os

from torch_train import lr_factor


def _model(keras, spec: dict, n_in: int, n_out: int):
    from keras import layers

    scale = spec.get("init_scale", 1.0)
    init = keras.initializers.VarianceScaling(scale=scale ** 2, mode="fan_avg", distribution="uniform")
    bias = keras.initializers.Constant(spec["bias_init"]) if spec.get("bias_init") is not None else "zeros"
    reg = keras.regularizers.L2(spec["wd"]) if spec.get("wd") and spec.get("opt") != "adamw" else None
    stack = [keras.Input((n_in,))]
    for h in spec.get("hidden", [32]):
        stack.append(layers.Dense(h, activation=spec.get("act", "relu"), kernel_initializer=init,
                                  bias_initializer=bias, kernel_regularizer=reg))
        if spec.get("dropout"):
            stack.append(layers.Dropout(spec["dropout"]))
    stack.append(layers.Dense(n_out))
    return keras.Sequential(stack)


def _rate(keras, spec: dict, spe: int):
    """A learning rate or a Keras schedule object (schedules Keras has; the rest are callbacks)."""
    s, lr, a, n = spec.get("sched", "const"), spec.get("lr", 1e-3), spec.get("sched_args", {}), spec["epochs"]
    sch = keras.optimizers.schedules
    if s == "step":
        return sch.ExponentialDecay(lr, decay_steps=a.get("every", max(1, n // 3)) * spe,
                                    decay_rate=a.get("gamma", 0.1), staircase=True)
    if s == "cosine":
        return sch.CosineDecay(lr, decay_steps=n * spe)
    if s in ("warmup", "onecycle"):
        w = a.get("warmup", max(1, n // 10)) * spe
        return sch.CosineDecay(lr * 0.01, decay_steps=n * spe - w, warmup_target=lr, warmup_steps=w)
    return lr


def _optimizer(keras, spec: dict, rate):
    o, opt = spec.get("opt", "adam"), keras.optimizers
    if o == "sgd":
        return opt.SGD(rate)
    if o == "momentum":
        return opt.SGD(rate, momentum=0.9)
    if o == "adamw":
        return opt.AdamW(rate, weight_decay=spec.get("wd") or 0.004)
    if o == "rmsprop":
        return opt.RMSprop(rate)
    return opt.Adam(rate)


def _callbacks(keras, spec: dict, store: str):
    from learnscope.keras import Callback

    cbs = [Callback(project="corpus", name=spec["id"], config={"batch_size": spec.get("batch", 32)}, store=store)]
    s, lr, a = spec.get("sched", "const"), spec.get("lr", 1e-3), spec.get("sched_args", {})
    if s in ("grow", "drop"):
        cbs.append(keras.callbacks.LearningRateScheduler(lambda e, _: lr * lr_factor(spec, e)))
    if s == "plateau":
        cbs.append(keras.callbacks.ReduceLROnPlateau(factor=a.get("factor", 0.1), patience=a.get("patience", 5)))
    if spec.get("es_patience"):
        cbs.append(keras.callbacks.EarlyStopping(patience=spec["es_patience"], restore_best_weights=True))
    return cbs


def train(spec: dict, data, store: str) -> str:
    os.environ.setdefault("KERAS_BACKEND", "torch")
    import keras
    import numpy as np

    keras.utils.set_random_seed(spec.get("seed", 0))
    regression = data.regression
    xt = data.x_train.copy()
    if spec.get("nan_input"):
        xt[len(xt) // 2, 0] = np.nan
    model = _model(keras, spec, xt.shape[1], 1 if regression else data.classes)
    spe = math.ceil(len(xt) / spec.get("batch", 32))
    loss = "mse" if regression else keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    model.compile(optimizer=_optimizer(keras, spec, _rate(keras, spec, spe)), loss=loss,
                  metrics=[] if regression else ["accuracy"])
    cbs = _callbacks(keras, spec, store)
    model.fit(xt, data.y_train, validation_data=(data.x_val, data.y_val), batch_size=spec.get("batch", 32),
              epochs=spec["epochs"], verbose=0, callbacks=cbs, validation_batch_size=1024)
    return cbs[0].run.info.ref
