"""Hugging Face ``Trainer.train`` runs of the corpus, recorded with ``learnscope.transformers.Callback``.

The same small networks, optimizers and schedules as the other frameworks, trained by a real
``Trainer`` (CPU, no download: the model is a plain ``nn.Module`` that returns its loss), evaluated
every N steps and logging its training loss every M steps as a Trainer user sets ``eval_steps`` and
``logging_steps``. What the Trainer does on its own stays as it does it: gradients clipped at
``max_grad_norm`` 1.0 unless the spec clips, ``grad_norm`` logged beside the loss, and a non-finite
training loss left out of the logged mean (``logging_nan_inf_filter``). Drawn from fresh488 on, in
place of the ``steps`` recording style that imitates it.
"""

from __future__ import annotations

import math
import os
import tempfile

from torch_train import Schedule, _config, _tensors, build_model, lr_factor, loss_fn, make_optimizer, step_intervals


def _module(spec: dict, n_in: int, classes: int):
    """The corpus network for ``classes`` classes (0: a regression, one output)."""
    import torch
    from transformers import PretrainedConfig

    class Net(torch.nn.Module):
        """The corpus network, returning ``{"loss", "logits"}`` as a Transformers model does."""

        def __init__(self):
            super().__init__()
            self.net = build_model(spec, n_in, classes or 1)
            self.lf = loss_fn(spec, not classes)
            # one output for a regression, as a Transformers regression model has (the default config
            # says 2 labels, which the callback would record as a 2-class run)
            self.config = PretrainedConfig(num_labels=classes or 1)

        def forward(self, x, labels=None):
            out = self.net(x)
            return {"loss": self.lf(out, labels), "logits": out} if labels is not None else {"logits": out}

    return Net()


class _Rows:
    """A torch data set of ``{"x", "labels"}`` rows."""

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return {"x": self.x[i], "labels": self.y[i]}


def _scheduler(spec: dict, opt, spe: int):
    """The spec's schedule as a scheduler the Trainer steps: per step (one-cycle, and the epoch-wise
    schedules at the step's epoch), or on the evaluation loss (ReduceLROnPlateau, which the Trainer
    steps with ``eval_loss`` after each evaluation)."""
    import torch

    kind = spec.get("sched", "const")
    if kind in ("onecycle", "plateau"):
        return Schedule(spec, opt, spe).torch_sched
    return torch.optim.lr_scheduler.LambdaLR(opt, lambda step: lr_factor(spec, step // spe))


def train(spec: dict, data, store: str) -> str:
    """Train ``spec`` on ``data`` with a Hugging Face ``Trainer``, recording into ``store``; the run's ref."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
    import numpy as np
    import torch
    from transformers import PrinterCallback, Trainer, TrainingArguments
    from transformers.utils import logging as hf_logging

    from learnscope.transformers import Callback

    hf_logging.set_verbosity_error()
    torch.manual_seed(spec.get("seed", 0))
    regression = data.regression
    xt, yt, xv, yv = _tensors(data, spec)
    model = _module(spec, xt.shape[1], data.classes)
    batch = spec.get("batch", 32)
    spe = math.ceil(len(xt) / batch)
    eval_every, log_every = step_intervals(spec, spe)
    opt = make_optimizer(spec, model.parameters())
    metrics = None if regression else (
        lambda p: {"accuracy": float((np.argmax(p.predictions, 1) == p.label_ids).mean())})
    with tempfile.TemporaryDirectory(prefix="ls-hf-") as out:
        args = TrainingArguments(
            output_dir=out, num_train_epochs=spec["epochs"], per_device_train_batch_size=batch,
            per_device_eval_batch_size=len(yv), eval_strategy="steps", eval_steps=eval_every,
            logging_steps=log_every, save_strategy="no", report_to="none", disable_tqdm=True,
            use_cpu=True, seed=spec.get("seed", 0), dataloader_num_workers=0,
            max_grad_norm=spec.get("clip") or 1.0,
            # ReduceLROnPlateau: the Trainer steps it with this evaluation metric
            **({"metric_for_best_model": "loss", "greater_is_better": False}
               if spec.get("sched") == "plateau" else {}))
        callback = Callback(project="corpus", name=spec["id"], config=_config(spec), store=store)
        trainer = Trainer(model=model, args=args, train_dataset=_Rows(xt, yt), eval_dataset=_Rows(xv, yv),
                          optimizers=(opt, _scheduler(spec, opt, spe)), compute_metrics=metrics,
                          callbacks=[callback])
        trainer.remove_callback(PrinterCallback)  # the logs the Trainer prints: the callback records them
        trainer.train()
    return callback.run.info.ref
