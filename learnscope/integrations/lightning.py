"""PyTorch Lightning integration: a real ``lightning.pytorch.loggers.Logger``.

Lightning hands loggers flat dicts such as ``{"train_loss_step": .., "epoch": 0}``;
names go through :func:`learnscope.names.parse_key` (``_step`` -> batch level,
``_epoch`` -> epoch level). Lightning adds its own 0-based ``epoch`` to each dict,
which gives the 1-based epoch here. Sanity-check validation never reaches loggers,
and a standalone ``trainer.validate()`` is not recorded (it is not a training epoch).
"""

from __future__ import annotations

from lightning.pytorch.loggers import Logger as _LightningLogger
from lightning.pytorch.utilities import rank_zero_only

from ..names import keras_key, parse_key
from . import held_shares, held_size, start_run
from .stop import read_stop


class Logger(_LightningLogger):
    """Record a ``Trainer.fit`` as one learnscope run.

    >>> from learnscope.lightning import Logger                                # doctest: +SKIP
    >>> trainer = Trainer(max_epochs=10, logger=Logger(project="digits", name="lit"))  # doctest: +SKIP

    ``stop_on=("non_finite", "diverging")`` reads the run whenever epoch values arrive
    and sets ``trainer.should_stop`` when one of those codes is found.
    """

    def __init__(self, project=None, name=None, config=None, store=None, *, live=False, stop_on=(),
                 **options):
        super().__init__()
        self._stop = read_stop(stop_on)
        self._args = dict(project=project, name=name, config=config, store=store, live=live, **options)
        self._run = None
        self._trainer = None
        self._lr = None
        self._val_set_read = False

    @property
    def run(self):
        """The learnscope run (created on first use, so only rank 0 of a distributed job makes one)."""
        if self._run is None:
            a = dict(self._args)
            self._run = start_run(a.pop("project"), a.pop("name"), a.pop("config"), a.pop("store"),
                                  framework="lightning", **a)
            if self._stop is not None:
                self._stop.attach(self._run)
        return self._run

    @property
    def experiment(self):
        return self.run

    @property
    def name(self):
        return self.run.project

    @property
    def version(self):
        return self.run.name

    # ---- Lightning's logger interface --------------------------------------------------------
    @rank_zero_only
    def log_graph(self, model, input_array=None) -> None:
        # Called at the start of every fit/validate/test: the one place a logger sees the trainer.
        try:
            self._trainer = model.trainer
        except (AttributeError, RuntimeError):   # a bare nn.Module, or a module not attached to a Trainer
            self._trainer = None
        self.run.resume()
        if self._trainer is not None:
            self.run.log_config({k: v for k, v in _trainer_config(self._trainer).items() if k not in self.run.config})

    @rank_zero_only
    def log_hyperparams(self, params, *args, **kwargs) -> None:
        self.run.log_config(vars(params) if hasattr(params, "__dict__") and not isinstance(params, dict) else params)

    @rank_zero_only
    def log_metrics(self, metrics, step=None) -> None:
        t = self._trainer
        if t is not None and (t.sanity_checking or _standalone_validate(t)):
            return
        metrics = dict(metrics)
        epoch = int(metrics.pop("epoch")) if "epoch" in metrics else None
        if epoch is not None:   # 0-based while fitting; after fit (a test) it counts the epochs done
            epoch = max(epoch, 1) if _fn(t) == "test" else epoch + 1
        batch, per_epoch = self._split_levels(metrics)
        if batch and (t is None or t.training):
            self._log_lr(batch)
            self.run.log(batch, step=step, epoch=epoch)
            if self._stop is not None:
                self._stop.add_batch(batch, epoch if epoch is not None else self.run._epochs_done + 1, step)
        if per_epoch:
            if t is not None and not self._val_set_read and any(k.startswith("val_") for k in per_epoch):
                self._val_set_read = True  # once: the first validation epoch's loader holds the set
                self.run.set_meta(**{k: v for k, v in _val_set_meta(t).items() if k not in self.run.info.meta})
            self.run.log_epoch(per_epoch, epoch=epoch, step=step)
            if self._stop is not None and t is not None and self._stop.check() is not None:
                t.should_stop = True

    @rank_zero_only
    def finalize(self, status: str) -> None:
        if self._run is not None:
            self._run.finish("crashed" if status == "failed" else "finished")

    # ---- mapping ----------------------------------------------------------------------------
    def _split_levels(self, metrics: dict) -> tuple[dict, dict]:
        """Lightning names mapped to Keras-style keys, split into batch and epoch level."""
        default = self._default_level()
        batch, per_epoch = {}, {}
        for key, value in metrics.items():
            sk = parse_key(key, level_suffix=True)
            level = sk.level or default or ("batch" if sk.split == "train" else "epoch")
            (batch if level == "batch" else per_epoch)[keras_key(sk.name, sk.split)] = value
        return batch, per_epoch

    def _default_level(self):
        """The level of an unsuffixed name: Lightning's own flag for "logging at an epoch end"."""
        connector = getattr(self._trainer, "_logger_connector", None)
        if connector is None or not hasattr(connector, "_first_loop_iter"):
            return None
        return "epoch" if connector._first_loop_iter is None else "batch"

    def _log_lr(self, batch: dict) -> None:
        if "batch_size" not in self.run.config:
            size = getattr(getattr(self._trainer, "train_dataloader", None), "batch_size", None)
            if isinstance(size, int):
                self.run.log_config({"batch_size": size})
        opts = getattr(self._trainer, "optimizers", None) or []
        lr = opts[0].param_groups[0].get("lr") if opts and opts[0].param_groups else None
        if isinstance(lr, (int, float)) and lr != self._lr:
            batch["learning_rate"] = self._lr = float(lr)


def _fn(trainer) -> str | None:
    """What the trainer is running: "fit", "validate", "test", "predict" (None if unknown)."""
    fn = getattr(getattr(trainer, "state", None), "fn", None)
    return None if fn is None else str(getattr(fn, "value", fn))


def _standalone_validate(trainer) -> bool:
    return _fn(trainer) == "validate"


def _val_set_meta(trainer) -> dict:
    """What the validation set tells the read: its size (``val_size``: the dataset's length, where the
    whole set is validated, ``limit_val_batches`` left at 1.0) and each class's share (``val_class_shares``:
    where its labels are held, ``held_labels``: a ``TensorDataset``'s last tensor on the CPU, a ``targets``
    or ``labels`` attribute, a ``random_split`` of either, as class ids). Nothing for a dataset that would
    have to be iterated, labels on a device, regression targets, or several validation loaders. For the
    read's accuracy noise (binomial on the set's size) and its chance level on imbalanced classes."""
    loaders = getattr(trainer, "val_dataloaders", None)
    if isinstance(loaders, (list, tuple)):
        loaders = loaders[0] if len(loaders) == 1 else None
    dataset = getattr(loaders, "dataset", None)
    out = {}
    limit = getattr(trainer, "limit_val_batches", 1.0)
    size = held_size(dataset) if isinstance(limit, float) and limit == 1.0 else None
    if size is not None and size >= 1:
        out["val_size"] = size
    shares = held_shares(dataset)
    if shares is not None:
        out["val_class_shares"] = shares
    return out


def _trainer_config(trainer) -> dict:
    out = {"max_epochs": trainer.max_epochs, "accumulate_grad_batches": trainer.accumulate_grad_batches}
    opts = trainer.optimizers or []
    if opts:
        out["optimizer"] = type(opts[0]).__name__
        lr = opts[0].param_groups[0].get("lr") if opts[0].param_groups else None
        if isinstance(lr, (int, float)):
            out["learning_rate"] = lr
    return {k: v for k, v in out.items() if v is not None}
