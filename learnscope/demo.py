"""``learnscope demo``: three small real trainings on scikit-learn's digits, recorded.

A sound baseline, a learning rate far too high, and a large network on a small
subset that overfits. Nothing is downloaded: digits ships with scikit-learn.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DemoRun:
    name: str
    hidden: int
    lr: float
    optimizer: str
    train_size: int | None
    epochs: int
    story: str


RUNS = (
    DemoRun("baseline", 64, 1e-3, "adam", None, 30, "a sound baseline"),
    DemoRun("lr-too-high", 64, 3.0, "sgd", None, 20, "a learning rate far too high"),
    DemoRun("overfit", 512, 1e-2, "adam", 100, 60, "a large network on 100 samples"),
)


def _data(seed: int = 0):
    import numpy as np
    import torch
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    x, y = load_digits(return_X_y=True)
    x = (x / 16.0).astype(np.float32)
    xtr, xva, ytr, yva = train_test_split(x, y, test_size=0.25, random_state=seed, stratify=y)
    t = torch.from_numpy
    return t(xtr), t(ytr), t(xva), t(yva)


def train(spec: DemoRun, store, *, project: str = "demo", seed: int = 0, batch_size: int = 32):
    """Train one demo model with a plain PyTorch loop, recording it; returns the Run."""
    import torch
    from torch import nn

    import learnscope as ls

    torch.manual_seed(seed)
    xtr, ytr, xva, yva = _data(seed)
    if spec.train_size:
        xtr, ytr = xtr[: spec.train_size], ytr[: spec.train_size]
    model = nn.Sequential(nn.Linear(64, spec.hidden), nn.ReLU(), nn.Linear(spec.hidden, spec.hidden),
                          nn.ReLU(), nn.Linear(spec.hidden, 10))
    opt_cls = {"adam": torch.optim.Adam, "sgd": torch.optim.SGD}[spec.optimizer]
    opt = opt_cls(model.parameters(), lr=spec.lr)
    loss_fn = nn.CrossEntropyLoss()
    config = {"lr": spec.lr, "optimizer": spec.optimizer, "hidden": spec.hidden, "epochs": spec.epochs,
              "batch_size": batch_size, "train_size": len(xtr), "seed": seed}
    meta = {"framework": "torch", "num_classes": 10, "val_size": len(xva), "story": spec.story}
    run = ls.init(project=project, name=spec.name, config=config, store=store, meta=meta)
    with run:
        for _ in range(spec.epochs):
            train_epoch(model, opt, loss_fn, run, (xtr, ytr, xva, yva), batch_size)
    return run


def train_epoch(model, opt, loss_fn, run, data, batch_size: int = 32) -> None:
    """One epoch of a classifier: ``run.log`` per batch, ``run.log_epoch`` with validation.

    ``data`` is ``(x_train, y_train, x_val, y_val)`` tensors. Batch values go to ``run.log``
    as tensors; the epoch totals use ``.item()``, which costs nothing on the CPU.
    """
    import torch

    xtr, ytr, xva, yva = data
    model.train()
    perm = torch.randperm(len(xtr))
    tot_loss = tot_correct = 0.0
    for i in range(0, len(xtr), batch_size):
        idx = perm[i:i + batch_size]
        out = model(xtr[idx])
        loss = loss_fn(out, ytr[idx])
        opt.zero_grad()
        loss.backward()
        opt.step()
        correct = (out.argmax(1) == ytr[idx]).float().sum()
        run.log({"loss": loss.detach(), "accuracy": correct / len(idx)})
        tot_loss += loss.item() * len(idx)
        tot_correct += correct.item()
    model.eval()
    with torch.no_grad():
        out = model(xva)
        val_loss = loss_fn(out, yva).item()
        val_acc = (out.argmax(1) == yva).float().mean().item()
    run.log_epoch({"loss": tot_loss / len(xtr), "accuracy": tot_correct / len(xtr),
                   "val_loss": val_loss, "val_accuracy": val_acc})


def run_demo(out: str | Path, *, echo=print) -> list:
    """Train and record every demo run into a store under ``out``; return the Runs."""
    out = Path(out)
    store = out / "store"
    runs = []
    for spec in RUNS:
        echo(f"training {spec.name}: {spec.story} (lr={spec.lr}, {spec.epochs} epochs)")
        runs.append(train(spec, store))
    return runs
