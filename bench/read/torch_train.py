"""PyTorch pieces of the corpus: models, optimizers, schedules, and three recording styles.

* ``torch``: a hand-written loop recorded with ``ls.init`` / ``run.log`` / ``run.log_epoch``;
* ``tracker``: the same loop recorded with :class:`learnscope.torch.Tracker` (probes on request);
* ``steps``: evaluated every N steps instead of every epoch, recorded as the Hugging Face
  integration records a Trainer (training loss at batch level every ``log_every`` steps,
  validation at epoch level at the fractional epoch ``step / steps_per_epoch``).
"""

from __future__ import annotations

import math

import numpy as np


def build_model(spec: dict, n_in: int, n_out: int):
    import torch
    from torch import nn

    acts = {"relu": nn.ReLU, "sigmoid": nn.Sigmoid, "tanh": nn.Tanh}
    layers, width = [], n_in
    for h in spec.get("hidden", [32]):
        lin = nn.Linear(width, h)
        with torch.no_grad():
            lin.weight.mul_(spec.get("init_scale", 1.0))
            if spec.get("bias_init") is not None:
                lin.bias.fill_(spec["bias_init"])
        layers += [lin, acts[spec.get("act", "relu")]()]
        if spec.get("dropout"):
            layers.append(nn.Dropout(spec["dropout"]))
        width = h
    out = nn.Linear(width, n_out)
    layers.append(out)
    model = nn.Sequential(*layers)
    if spec.get("bias_only"):  # a bug seen in the wild: everything frozen but the output bias
        with torch.no_grad():
            out.weight.zero_()
        for p in model.parameters():
            p.requires_grad_(p is out.bias)
    return model


def make_optimizer(spec: dict, params):
    import torch

    lr, wd, name = spec.get("lr", 1e-3), spec.get("wd", 0.0), spec.get("opt", "adam")
    params = [p for p in params if p.requires_grad]
    if name == "sgd":
        return torch.optim.SGD(params, lr=lr, weight_decay=wd)
    if name == "momentum":
        return torch.optim.SGD(params, lr=lr, momentum=0.9, weight_decay=wd)
    if name == "adamw":
        return torch.optim.AdamW(params, lr=lr, weight_decay=wd or 0.01)
    if name == "rmsprop":
        return torch.optim.RMSprop(params, lr=lr, weight_decay=wd)
    return torch.optim.Adam(params, lr=lr, weight_decay=wd)


def lr_factor(spec: dict, epoch: int) -> float:
    """The epoch-wise learning-rate multiplier of the simple schedules (epoch counts from 0)."""
    s, a, n = spec.get("sched", "const"), spec.get("sched_args", {}), spec["epochs"]
    if s == "step":
        return a.get("gamma", 0.1) ** (epoch // a.get("every", max(1, n // 3)))
    if s == "cosine":
        return 0.5 * (1 + math.cos(math.pi * epoch / n))
    if s == "warmup":
        w = a.get("warmup", max(1, n // 10))
        return min(1.0, (epoch + 1) / w)
    if s == "grow":
        return a.get("growth", 1.3) ** epoch
    if s == "drop":
        return 1.0 if epoch < a["at"] else a.get("gamma", 0.1)
    return 1.0


class Schedule:
    """Sets the rate each epoch (simple schedules), each step (one-cycle) or on plateaus."""

    def __init__(self, spec: dict, opt, steps_per_epoch: int):
        import torch

        self.spec, self.opt, self.base = spec, opt, spec.get("lr", 1e-3)
        self.kind = spec.get("sched", "const")
        a = spec.get("sched_args", {})
        self.torch_sched = None
        if self.kind == "onecycle":
            self.torch_sched = torch.optim.lr_scheduler.OneCycleLR(
                opt, max_lr=self.base, total_steps=spec["epochs"] * steps_per_epoch)
        elif self.kind == "plateau":
            self.torch_sched = torch.optim.lr_scheduler.ReduceLROnPlateau(
                opt, factor=a.get("factor", 0.1), patience=a.get("patience", 5))

    def epoch_start(self, epoch: int) -> None:
        if self.torch_sched is None:
            for g in self.opt.param_groups:
                g["lr"] = self.base * lr_factor(self.spec, epoch)

    def step(self) -> None:
        if self.kind == "onecycle":
            self.torch_sched.step()

    def epoch_end(self, val_loss: float) -> None:
        if self.kind == "plateau" and math.isfinite(val_loss):
            self.torch_sched.step(val_loss)


def loss_fn(spec: dict, regression: bool):
    import torch
    import torch.nn.functional as F

    if regression:
        return lambda out, y: F.mse_loss(out.squeeze(-1), y)
    if spec.get("log0"):  # softmax then log, as written by hand: log(0) = -inf once a prob underflows
        return lambda out, y: F.nll_loss(torch.log(torch.softmax(out, dim=1)), y)
    return F.cross_entropy


def _tensors(data, spec):
    import torch

    xt = torch.from_numpy(data.x_train.copy())
    if spec.get("nan_input"):  # one corrupted training sample: NaN once its batch comes up
        xt[len(xt) // 2, 0] = float("nan")
    return xt, torch.from_numpy(data.y_train), torch.from_numpy(data.x_val), torch.from_numpy(data.y_val)


def _evaluate(model, lf, x, y, regression):
    import torch

    model.eval()
    with torch.no_grad():
        out = model(x)
        loss = lf(out, y).item()
        acc = None if regression else (out.argmax(1) == y).float().mean().item()
    model.train()
    return loss, acc, out


def train(spec: dict, data, store: str) -> str:
    """Train ``spec`` on ``data``, recording into ``store``; returns the run's ref."""
    import torch

    torch.manual_seed(spec.get("seed", 0))
    regression = data.regression
    xt, yt, xv, yv = _tensors(data, spec)
    model = build_model(spec, xt.shape[1], 1 if regression else data.classes)
    opt = make_optimizer(spec, model.parameters())
    batch = spec.get("batch", 32)
    spe = math.ceil(len(xt) / batch)
    sched = Schedule(spec, opt, spe)
    lf = loss_fn(spec, regression)
    style = spec["framework"]
    rec = (_TrackerRec if style == "tracker" else _StepsRec if style == "steps" else _LoopRec)(
        spec, store, model, opt, data, spe)
    g = torch.Generator().manual_seed(spec.get("seed", 0))
    for epoch in range(spec["epochs"]):
        sched.epoch_start(epoch)
        perm = torch.randperm(len(xt), generator=g)
        for i in range(0, len(xt), batch):
            idx = perm[i:i + batch]
            out = model(xt[idx])
            loss = lf(out, yt[idx])
            opt.zero_grad()
            loss.backward()
            if spec.get("clip"):
                torch.nn.utils.clip_grad_norm_(model.parameters(), spec["clip"])
            opt.step()
            sched.step()
            rec.batch(loss.detach(), out.detach(), yt[idx], lambda: _evaluate(model, lf, xv, yv, regression))
        vl, va, vout = _evaluate(model, lf, xv, yv, regression)
        rec.epoch(vl, va, vout, yv)
        sched.epoch_end(vl)
    return rec.finish()


class _LoopRec:
    """``ls.init`` + ``run.log`` per batch + ``run.log_epoch`` per epoch, as a user writes it."""

    def __init__(self, spec, store, model, opt, data, spe):
        import learnscope as ls

        meta = {"num_classes": data.classes, "val_size": len(data.y_val)} \
            if spec.get("meta", True) and data.classes else {}
        self.run = ls.init(project="corpus", name=spec["id"], config=_config(spec), store=store, meta=meta)
        self.opt, self.sum, self.correct, self.n = opt, 0.0, 0.0, 0
        self.batch_acc = spec.get("batch_acc", False)

    def batch(self, loss, out, y, evaluate):
        data = {"loss": loss}
        if out.ndim == 2 and out.shape[1] > 1:
            c = (out.argmax(1) == y).sum().item()
            self.correct += c
            if self.batch_acc:
                data["accuracy"] = c / len(y)
        self.run.log(data)
        self.sum += loss.item() * len(y)
        self.n += len(y)

    def epoch(self, val_loss, val_acc, out, y):
        values = {"loss": self.sum / self.n, "val_loss": val_loss,
                  "learning_rate": self.opt.param_groups[0]["lr"]}
        if val_acc is not None:
            values.update(accuracy=self.correct / self.n, val_accuracy=val_acc)
        self.run.log_epoch(values)
        self.sum, self.correct, self.n = 0.0, 0.0, 0

    def finish(self):
        self.run.finish()
        return self.run.info.ref


class _TrackerRec:
    """:class:`learnscope.torch.Tracker`: ``update`` per batch, validation inside ``validating``."""

    def __init__(self, spec, store, model, opt, data, spe):
        from learnscope.torch import Tracker

        self.t = Tracker(project="corpus", name=spec["id"], config=_config(spec), store=store, model=model,
                         optimizer=opt, probes=spec.get("probes", False), probe_every=spec.get("probe_every", 1))
        self.data = data

    def batch(self, loss, out, y, evaluate):
        self.t.update(loss, None if self.data.regression else out, y, n=len(y))

    def epoch(self, val_loss, val_acc, out, y):
        with self.t.validating():  # the whole validation set as one batch
            self.t.update(val_loss, None if self.data.regression else out, y)
        self.t.end_epoch()

    def finish(self):
        self.t.finish()
        return self.t.run.info.ref


class _StepsRec:
    """Evaluated every ``eval_every`` steps, recorded like learnscope.transformers records a Trainer."""

    def __init__(self, spec, store, model, opt, data, spe):
        import learnscope as ls

        self.run = ls.init(project="corpus", name=spec["id"], config=_config(spec), store=store,
                           meta={"framework": "steps", "val_size": len(data.y_val),
                                 **({"num_classes": data.classes} if data.classes else {})})
        self.spe, self.step = spe, 0
        self.eval_every, self.log_every = step_intervals(spec, spe)
        self.window: list[float] = []
        self.opt = opt

    def batch(self, loss, out, y, evaluate):
        self.step += 1
        self.window.append(loss.item())
        epoch = round(self.step / self.spe, 4)
        if self.step % self.log_every == 0:
            self.run.log({"loss": float(np.mean(self.window)), "learning_rate": self.opt.param_groups[0]["lr"]},
                         step=self.step, epoch=epoch)
            self.window = []
        if self.step % self.eval_every == 0:
            vl, va, _ = evaluate()
            values = {"val_loss": vl} if va is None else {"val_loss": vl, "val_accuracy": va}
            self.run.log_epoch(values, epoch=epoch, step=self.step)

    def epoch(self, val_loss, val_acc, out, y):
        pass

    def finish(self):
        self.run.finish()
        return self.run.info.ref


def step_intervals(spec: dict, spe: int) -> tuple[int, int]:
    """``(eval_every, log_every)`` in steps of a run evaluated ``spec["evals"]`` times over its
    ``epochs`` of ``spe`` steps, logging its training loss ``spec["logs_per_eval"]`` times an
    evaluation: the ``steps`` style's and the real Trainer's (``hf_train.py``) alike."""
    eval_every = max(1, spec["epochs"] * spe // spec.get("evals", 20))
    return eval_every, max(1, eval_every // spec.get("logs_per_eval", 2))


def _config(spec: dict) -> dict:
    keys = ("opt", "lr", "wd", "batch", "epochs", "hidden", "act", "sched", "dropout")
    return {k: spec[k] for k in keys if k in spec}
