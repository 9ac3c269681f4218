"""Keras 3 integration: a ``keras.callbacks.Callback`` that records ``model.fit``.

Backend-agnostic (TensorFlow, JAX, PyTorch). Epoch level holds exactly what
``History.history`` holds; batch level holds what Keras reports per training batch.
Only training events are recorded: the validation pass inside ``fit`` and any
``evaluate``/``predict`` call report through test/predict events, which are ignored.
"""

from __future__ import annotations

import keras

from . import given_shares, held_labels, held_size, label_shares, start_run
from .stop import read_stop

RUNNING_MEAN_NOTE = ("Keras reports train loss and metrics as the running mean over the epoch's "
                     "batches so far; the epoch value is that mean at the epoch's last batch")


class Callback(keras.callbacks.Callback):
    """Record a Keras ``fit`` as one learnscope run.

    >>> from learnscope.keras import Callback                          # doctest: +SKIP
    >>> model.fit(x, y, validation_split=0.2, epochs=10,
    ...           callbacks=[Callback(project="digits", name="mlp")])   # doctest: +SKIP

    Keras does not tell callbacks the batch size: pass ``config={"batch_size": 32}`` to keep it.
    ``stop_on=("non_finite", "diverging")`` reads the run at each epoch end and sets
    ``model.stop_training`` when one of those codes is found (see :mod:`learnscope.integrations.stop`).

    The validation set's size and class shares are read once, after the first validation, from the
    arrays (or the ``DataLoader``'s dataset, see :func:`~learnscope.integrations.held_labels`) Keras
    validates on, so the read's chance level on imbalanced classes is what always answering the
    majority class scores, not 1/K. Keras does not show callbacks that data, so this looks at its
    evaluation iterator; where that finds no labels (a generator, a ``tf.data`` pipeline),
    ``val_labels=y_val`` (class ids, or one-hot rows) gives them.
    """

    def __init__(self, project=None, name=None, config=None, store=None, *, live=False, stop_on=(),
                 val_labels=None, **options):
        super().__init__()
        self._stop = read_stop(stop_on)   # checked first: a bad code creates no run
        shares = None if val_labels is None else given_shares(val_labels, "val_labels")
        meta = {"keras_backend": keras.backend.backend(), "train_metric_reduction": RUNNING_MEAN_NOTE,
                **({"val_class_shares": shares} if shares else {}), **dict(options.pop("meta", None) or {})}
        self.run = start_run(project, name, config, store, framework="keras", live=live, meta=meta, **options)
        self._epoch = 0           # the 1-based epoch being trained
        self._last_epoch = 0      # the last epoch recorded
        self._pending = None      # (epoch, logs) not yet recorded
        self._lr = self._lr_now = None   # the learning rate last recorded / of this batch
        self._schedule = False
        self._eval_read = False   # the validation set's size and class shares looked for
        if self._stop is not None:
            self._stop.attach(self.run)

    # ---- training events ------------------------------------------------------------------
    def on_train_begin(self, logs=None):
        self.run.resume()
        self._lr = None
        self.run.log_config(self._config())
        self.run.set_meta(**self._model_meta())

    def on_epoch_begin(self, epoch, logs=None):
        self._record_pending()
        # A second fit without initial_epoch counts from 0 again: keep the run's epochs increasing.
        self._epoch = max(epoch + 1, self._last_epoch + 1)
        self._schedule = _is_schedule(self.model.optimizer)

    def on_train_batch_begin(self, batch, logs=None):
        # A schedule changes the rate every step; a plain rate only between epochs (callbacks).
        self._lr_now = self._read_lr() if (self._schedule or batch == 0) else self._lr

    def on_train_batch_end(self, batch, logs=None):
        data = dict(logs or {})
        if self._lr_now is not None and self._lr_now != self._lr:
            data["learning_rate"] = self._lr = self._lr_now
        self.run.log(data, epoch=self._epoch)

    def on_epoch_end(self, epoch, logs=None):
        # Keep the logs dict itself: callbacks after this one (LearningRateScheduler, History last)
        # may still add to it, and the epoch level must equal History.history.
        self._pending = (self._epoch, logs if logs is not None else {})
        if not self._eval_read and any(str(k).startswith("val_") for k in self._pending[1]):
            self._eval_read = True  # once: the set Keras just validated on
            self._keep_eval_set()
        if self._stop is not None:
            self._stop.add_epoch(self._epoch, self._pending[1], self.run.step - 1)
            if self._stop.check() is not None:
                self.model.stop_training = True

    def on_train_end(self, logs=None):
        self._record_pending()
        self.run.finish()

    def _record_pending(self):
        if self._pending is not None:
            epoch, logs = self._pending
            self._pending = None
            self.run.log_epoch(dict(logs), epoch=epoch)
            self._last_epoch = epoch

    # ---- what Keras knows about the run ------------------------------------------------------
    def _read_lr(self):
        opt = getattr(self.model, "optimizer", None)
        if opt is None or not hasattr(opt, "learning_rate"):
            return None
        try:
            return float(opt.learning_rate)   # a variable, a backend tensor or a number
        except (TypeError, ValueError):
            return None

    def _config(self) -> dict:
        params = self.params or {}
        out = {"epochs": params.get("epochs"), "steps_per_epoch": params.get("steps")}
        opt = getattr(self.model, "optimizer", None)
        if opt is not None:
            out["optimizer"] = type(opt).__name__
            out["learning_rate"] = self._read_lr()
        loss = getattr(self.model, "loss", None)
        if loss is not None:
            out["loss"] = _name_of(loss)
        return {k: v for k, v in out.items() if v is not None and k not in self.run.config}

    def _keep_eval_set(self) -> None:
        size, labels = _eval_set(self.model)
        known, meta = self.run.info.meta, {}
        if size and "val_size" not in known:
            meta["val_size"] = size
        k = _num_classes(self.model)
        shares = label_shares(labels, k) if k and labels is not None and "val_class_shares" not in known else None
        if shares:
            meta["val_class_shares"] = shares
        if meta:
            self.run.set_meta(**meta)

    def _model_meta(self) -> dict:
        meta = {}
        classes = _num_classes(self.model)
        if classes:
            meta["num_classes"] = classes
        return meta


def _is_schedule(opt) -> bool:
    lr = getattr(opt, "_learning_rate", None)
    return isinstance(lr, keras.optimizers.schedules.LearningRateSchedule) or \
        (callable(lr) and not isinstance(lr, keras.Variable))


def _name_of(obj) -> str:
    if isinstance(obj, str):
        return obj
    return getattr(obj, "name", None) or getattr(obj, "__name__", None) or type(obj).__name__


def _eval_set(model) -> tuple[int | None, object]:
    """``(samples, labels)`` of the set ``fit`` validates on, from the evaluation iterator Keras keeps on
    the model while fitting (``_eval_epoch_iterator``, in each backend's trainer): arrays' targets as
    given, or a ``DataLoader``'s dataset's held labels; ``(None, None)`` where it holds neither (a
    generator, a ``tf.data`` pipeline, a Keras that keeps it elsewhere). Nothing is iterated."""
    adapter = getattr(getattr(model, "_eval_epoch_iterator", None), "data_adapter", None)
    inputs = getattr(adapter, "_inputs", None)  # ArrayDataAdapter: (x, y[, sample_weight])
    if isinstance(inputs, tuple) and len(inputs) >= 2:
        size = getattr(adapter, "_num_samples", None)
        return (int(size) if isinstance(size, int) else None), inputs[1]
    dataset = getattr(getattr(adapter, "_dataloader", None), "dataset", None)  # TorchDataLoaderAdapter
    if dataset is None:
        return None, None
    size = held_size(dataset)
    return (None, None) if size is None else (size, held_labels(dataset))  # an IterableDataset: neither


def _num_classes(model) -> int | None:
    """Classes of a single-output classifier, from its output width and loss; None if unclear."""
    try:
        width = model.outputs[0].shape[-1] if len(model.outputs) == 1 else None
    except (AttributeError, ValueError, TypeError):
        width = None
    loss = _name_of(getattr(model, "loss", None) or "").lower()
    if not width or "crossentropy" not in loss.replace("_", ""):
        return None
    return 2 if width == 1 and "binary" in loss else (int(width) if width > 1 else None)
