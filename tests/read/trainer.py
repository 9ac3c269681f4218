"""Small real trainings (PyTorch MLPs on scikit-learn data) that give the labelled histories.

Each :class:`Spec` is one training; :func:`train` runs it for real on the CPU and
returns its History: epoch-level loss/accuracy (train and validation), batch-level
loss, and per-layer probes when asked (the series the PyTorch probes record).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from learnscope.history import History, RunInfo, Series


@dataclass(frozen=True)
class Spec:
    data: str = "digits"            # digits, breast_cancer, wine, moons, circles
    hidden: tuple = (32,)
    act: str = "relu"               # relu or sigmoid
    opt: str = "adam"               # adam or sgd
    lr: float = 1e-2
    momentum: float = 0.0
    weight_decay: float = 0.0
    epochs: int = 20
    batch: int = 64
    train_size: int | None = None
    val_size: int | None = None
    noise: float = 0.2              # moons/circles noise
    n_samples: int = 1500           # moons/circles size
    lr_growth: float = 1.0          # lr multiplied by this every epoch (an aggressive schedule)
    lr_drop_at: int | None = None   # lr multiplied by lr_cut from this epoch on
    lr_cut: float = 1e-4            # 1e-4: training frozen; 0.02: a step schedule's cut
    log_lr: bool = False            # record the learning rate of each epoch (``learning_rate``)
    bias_init: float | None = None  # hidden biases set to this (negative: dead ReLUs)
    weight_scale: float = 1.0       # hidden weights multiplied by this at init
    random_labels: bool = False
    probes: bool = False
    record_val_size: bool = True
    seed: int = 0
    extra: dict = field(default_factory=dict, hash=False, compare=False)


def _dataset(spec: Spec):
    from sklearn import datasets
    from sklearn.preprocessing import StandardScaler

    if spec.data == "moons":
        x, y = datasets.make_moons(spec.n_samples, noise=spec.noise, random_state=spec.seed)
    elif spec.data == "circles":
        x, y = datasets.make_circles(spec.n_samples, noise=spec.noise, factor=0.5, random_state=spec.seed)
    else:
        x, y = getattr(datasets, f"load_{spec.data}")(return_X_y=True)
    x = StandardScaler().fit_transform(x).astype(np.float32)
    return x, y.astype(np.int64), int(y.max()) + 1


def _split(spec: Spec, x, y):
    rng = np.random.default_rng(spec.seed)
    order = rng.permutation(len(x))
    n_val = spec.val_size or len(x) // 4
    val, rest = order[:n_val], order[n_val:]
    tr = rest[: spec.train_size] if spec.train_size else rest
    ytr = rng.permutation(y[tr]) if spec.random_labels else y[tr]
    return x[tr], ytr, x[val], y[val]


def _model(spec: Spec, n_in: int, n_out: int):
    import torch
    from torch import nn

    layers, width = [], n_in
    act = {"relu": nn.ReLU, "sigmoid": nn.Sigmoid}[spec.act]
    for h in spec.hidden:
        lin = nn.Linear(width, h)
        with torch.no_grad():
            lin.weight.mul_(spec.weight_scale)
            if spec.bias_init is not None:
                lin.bias.fill_(spec.bias_init)
        layers += [lin, act()]
        width = h
    layers.append(nn.Linear(width, n_out))
    return nn.Sequential(*layers)


def train(spec: Spec) -> History:
    """Train ``spec`` for real and return its History."""
    import torch

    torch.manual_seed(spec.seed)
    x, y, k = _dataset(spec)
    xtr, ytr, xva, yva = (torch.from_numpy(a) for a in _split(spec, x, y))
    model = _model(spec, x.shape[1], k)
    opt = (torch.optim.Adam(model.parameters(), lr=spec.lr, weight_decay=spec.weight_decay)
           if spec.opt == "adam" else
           torch.optim.SGD(model.parameters(), lr=spec.lr, momentum=spec.momentum, weight_decay=spec.weight_decay))
    rec = _Recorder(model if spec.probes else None)
    loss_fn = torch.nn.CrossEntropyLoss()
    for epoch in range(1, spec.epochs + 1):
        _set_lr(opt, spec, epoch)
        if spec.log_lr:
            rec.epoch.setdefault("learning_rate", []).append(opt.param_groups[0]["lr"])
        _epoch(model, opt, loss_fn, xtr, ytr, spec.batch, rec, epoch)
        with torch.no_grad():
            out = model(xva)
            rec.epoch_point(loss_fn(out, yva).item(), (out.argmax(1) == yva).float().mean().item())
    meta = {"num_classes": k, "val_size": len(yva)} if spec.record_val_size else {"num_classes": k}
    return rec.history(RunInfo(name="labelled", config={"lr": spec.lr, "data": spec.data}, meta=meta))


def _set_lr(opt, spec: Spec, epoch: int) -> None:
    lr = spec.lr * spec.lr_growth ** (epoch - 1)
    if spec.lr_drop_at and epoch >= spec.lr_drop_at:
        lr = spec.lr * spec.lr_cut
    for g in opt.param_groups:
        g["lr"] = lr


def _epoch(model, opt, loss_fn, xtr, ytr, batch, rec, epoch):
    import torch

    model.train()
    perm = torch.randperm(len(xtr))
    tot = correct = 0.0
    for i in range(0, len(xtr), batch):
        idx = perm[i:i + batch]
        out = model(xtr[idx])
        loss = loss_fn(out, ytr[idx])
        opt.zero_grad()
        loss.backward()
        rec.batch_point(loss.detach(), epoch)
        opt.step()
        tot = tot + loss.detach() * len(idx)  # tensors: no per-step host round trip
        correct = correct + (out.argmax(1) == ytr[idx]).sum()
    rec.train_point(float(tot) / len(xtr), float(correct) / len(xtr))


class _Recorder:
    """Collects what a recorded run would hold, and the probes of a model's Linear/ReLU layers."""

    def __init__(self, model):
        self.epoch = {"loss": [], "accuracy": [], "val_loss": [], "val_accuracy": []}
        self.batch_loss, self.batch_epoch, self.steps_at_epoch_end = [], [], []
        self.probe: dict[str, list] = {}
        self.linears = [m for m in model if hasattr(m, "weight")][:-1] + [list(model)[-1]] if model else []
        self._acts = {}
        if model is not None:
            for i, m in enumerate(model):
                if type(m).__name__ == "ReLU":
                    m.register_forward_hook(lambda mod, inp, out, i=i: self._acts.__setitem__(i, out))

    def batch_point(self, loss, epoch):
        import torch

        self.batch_loss.append(loss)
        self.batch_epoch.append(epoch)
        for j, lin in enumerate(self.linears):
            g = lin.weight.grad
            self._add(f"grad_norm/fc{j}", g.norm() if g is not None else torch.tensor(float("nan")))
        for i, out in self._acts.items():
            self._add(f"dead_fraction/relu{i}", (~(out > 0).any(0)).float().mean())

    def _add(self, key, value):
        self.probe.setdefault(key, []).append(value)

    def train_point(self, loss, acc):
        self.epoch["loss"].append(loss)
        self.epoch["accuracy"].append(acc)
        self.steps_at_epoch_end.append(len(self.batch_loss) - 1)

    def epoch_point(self, val_loss, val_acc):
        self.epoch["val_loss"].append(val_loss)
        self.epoch["val_accuracy"].append(val_acc)

    def history(self, info) -> History:
        import torch

        h = History.from_dict(self.epoch, info=info)
        for s in h.series.values():
            s.step = np.asarray(self.steps_at_epoch_end, dtype=np.int64)
        n = len(self.batch_loss)
        step, ep = np.arange(n, dtype=np.int64), np.asarray(self.batch_epoch, dtype=float)
        h.add(Series("loss", "train", "batch", step=step, epoch=ep, value=torch.stack(self.batch_loss).numpy()
                     .astype(np.float64)))
        for key, vals in self.probe.items():
            h.add(Series(f"probe/{key}", "train", "batch", step=step, epoch=ep,
                         value=torch.stack(vals).numpy().astype(np.float64)))
        return h
