"""Hugging Face Transformers integration: a ``TrainerCallback`` that records ``Trainer.train``.

Every ``log_history`` entry the Trainer writes while training is recorded: training
entries (``loss``, ``learning_rate``, ``grad_norm``, ...) at batch level on the
Trainer's ``global_step``; ``eval_*`` entries at epoch level as validation, at the
Trainer's (possibly fractional) epoch. The end-of-training summary (``train_loss``
averaged over the whole run, runtimes) goes to the run's metadata, not into series.
With ``include_num_input_tokens_seen``, the Trainer's ``num_input_tokens_seen`` is the
run's ``tokens`` series (batch level, once per step), so the read and the figures can
speak in tokens beside steps.
A standalone ``trainer.evaluate()`` after training is not recorded.
"""

from __future__ import annotations

from transformers import TrainerCallback

from ..names import keras_key, parse_key
from . import held_shares, held_size, start_run
from .stop import read_stop

_SUMMARY_KEYS = ("train_runtime", "train_samples_per_second", "train_steps_per_second", "total_flos", "train_loss")
_SPEED_SUFFIXES = ("_runtime", "_per_second")


class Callback(TrainerCallback):
    """Record a Hugging Face ``Trainer`` as one learnscope run.

    >>> from learnscope.transformers import Callback                          # doctest: +SKIP
    >>> trainer = Trainer(model, args, train_dataset=ds, eval_dataset=val,
    ...                   callbacks=[Callback(project="sst2", name="bert-tiny")])   # doctest: +SKIP

    ``stop_on=("non_finite", "diverging")`` reads the run after each evaluation and at
    each epoch end, and sets ``control.should_training_stop`` when one of those codes is found.
    """

    def __init__(self, project=None, name=None, config=None, store=None, *, live=False, stop_on=(),
                 **options):
        self._stop = read_stop(stop_on)
        self.run = start_run(project, name, config, store, framework="transformers", live=live, **options)
        self._training = False
        self._tokens_step = None  # the step tokens were last recorded at (eval logs repeat them)
        if self._stop is not None:
            self._stop.attach(self.run)

    def on_train_begin(self, args, state, control, model=None, optimizer=None, lr_scheduler=None, **kwargs):
        self._training = True
        self.run.resume()
        config = {**_args_config(args), **_own_optimizer(args, optimizer, lr_scheduler)}
        self.run.log_config({k: v for k, v in config.items() if k not in self.run.config and v is not None})
        labels = getattr(getattr(model, "config", None), "num_labels", None)
        if isinstance(labels, int) and labels > 1:
            self.run.set_meta(num_classes=labels)

    def on_evaluate(self, args, state, control, eval_dataloader=None, **kwargs):
        dataset = getattr(eval_dataloader, "dataset", None)
        if self._training and "val_size" not in self.run.info.meta:
            size = held_size(dataset)
            if size is not None:
                self.run.set_meta(val_size=size)
        k = self.run.info.meta.get("num_classes")
        if self._training and k and "val_class_shares" not in self.run.info.meta:
            shares = held_shares(dataset, k)
            if shares is not None:
                self.run.set_meta(val_class_shares=shares)

    def on_log(self, args, state, control, logs=None, **kwargs):
        if not self._training or not logs:
            return
        logs = dict(logs)
        epoch = logs.pop("epoch", None)
        if any(k in logs for k in _SUMMARY_KEYS):
            self.run.set_meta(train_summary={k: v for k, v in logs.items() if isinstance(v, (int, float))})
            return
        batch, per_epoch = _split(logs)
        if "tokens" in batch:
            if state.global_step == self._tokens_step:
                del batch["tokens"]
            self._tokens_step = state.global_step
        if batch:
            self.run.log(batch, step=state.global_step, epoch=epoch)
            if self._stop is not None and set(batch) != {"tokens"}:
                self._stop.add_batch(batch, epoch, state.global_step)
        if per_epoch:
            self.run.log_epoch(per_epoch, epoch=epoch, step=state.global_step)
            self._check(control)

    def on_epoch_end(self, args, state, control, **kwargs):
        if self._training:
            self._check(control)

    def _check(self, control) -> None:
        if self._stop is not None and self._stop.check() is not None:
            control.should_training_stop = True

    def on_train_end(self, args, state, control, **kwargs):
        self._training = False
        self.run.finish()


def _split(logs: dict) -> tuple[dict, dict]:
    """Training values (batch level) and evaluation values (epoch level), under Keras-style keys."""
    batch, per_epoch = {}, {}
    for key, value in logs.items():
        if not isinstance(value, (int, float)) or isinstance(value, bool) or key.endswith(_SPEED_SUFFIXES):
            continue
        sk = parse_key(key)
        (batch if sk.split == "train" else per_epoch)[keras_key(sk.name, sk.split)] = value
    return batch, per_epoch


def _own_optimizer(args, optimizer, lr_scheduler) -> dict:
    """What trains where ``args`` may say otherwise (``optimizers=(opt, sched)`` are taken as given): the
    first group's starting rate and weight decay, the optimizer's class name where ``args.optim`` makes
    another, and the class name of a scheduler not of Transformers' own (no warm-up steps then)."""
    out: dict = {}
    inner = getattr(optimizer, "optimizer", optimizer)  # Accelerate wraps the optimizer it trains with
    if getattr(inner, "param_groups", None):
        g = inner.param_groups[0]
        out.update(learning_rate=g.get("initial_lr", g.get("lr")), weight_decay=g.get("weight_decay"))
        try:
            from transformers import Trainer  # loaded by now: this runs inside Trainer.train

            made = Trainer.get_optimizer_cls_and_kwargs(args)[0]
        except Exception:  # noqa: BLE001 - an optim this version cannot build: name the class
            made = None
        if not (isinstance(made, type) and isinstance(inner, made)):
            out["optimizer"] = type(inner).__name__
    lambdas = getattr(lr_scheduler, "lr_lambdas", None) or [None]
    fn = getattr(lambdas[0], "func", lambdas[0])  # Transformers' schedules are partials of its own functions
    if lr_scheduler is not None and not getattr(fn, "__module__", "").startswith("transformers."):
        out.update(lr_scheduler=type(lr_scheduler).__name__, warmup_steps=None)
    return out


def _args_config(args) -> dict:
    optim = getattr(args, "optim", None)
    out = {"learning_rate": args.learning_rate, "batch_size": args.per_device_train_batch_size,
           "epochs": args.num_train_epochs, "max_steps": args.max_steps if args.max_steps > 0 else None,
           "optimizer": getattr(optim, "value", optim), "weight_decay": args.weight_decay,
           "lr_scheduler": getattr(args.lr_scheduler_type, "value", args.lr_scheduler_type),
           "warmup_steps": args.warmup_steps or None,
           "gradient_accumulation_steps": args.gradient_accumulation_steps, "seed": args.seed}
    return {k: v for k, v in out.items() if v is not None}

