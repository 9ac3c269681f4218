"""Make the example figures in docs/images/ from small real trainings (CPU, no download).

    .venv/bin/python docs/make_figures.py            # all figures
    .venv/bin/python docs/make_figures.py sweep nan  # some of them

Every figure comes from a real training on scikit-learn's digits (bundled, no
download): a Keras fit, PyTorch loops recorded with learnscope, a learning-rate
sweep, 5-fold cross-validation, a fastai Learner, and a run that diverges to NaN.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("KERAS_BACKEND", "torch")
OUT = Path(__file__).resolve().parent / "images"
STORE = Path(tempfile.mkdtemp(prefix="learnscope-figures-")) / "store"


def digits(seed: int = 0):
    import numpy as np
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    x, y = load_digits(return_X_y=True)
    x = (x / 16.0).astype(np.float32)
    return train_test_split(x, y, test_size=0.25, random_state=seed, stratify=y)


def train_torch(name: str, *, lr: float, epochs: int, optimizer: str = "adam", hidden: int = 64,
                data=None, train_size: int | None = None, group=None, fold=None, project="docs", seed=0):
    """A small MLP trained with a plain loop, recorded per batch and per epoch; returns the Run."""
    import torch
    from torch import nn

    import learnscope as ls
    from learnscope.demo import train_epoch

    torch.manual_seed(seed)
    xtr, xva, ytr, yva = [torch.from_numpy(a) for a in (data or digits(seed))]
    if train_size:
        xtr, ytr = xtr[:train_size], ytr[:train_size]
    model = nn.Sequential(nn.Linear(64, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 10))
    opt = {"adam": torch.optim.Adam, "sgd": torch.optim.SGD}[optimizer](model.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    config = {"lr": lr, "optimizer": optimizer, "hidden": hidden, "epochs": epochs, "train_size": len(xtr)}
    with ls.init(project, name, config, store=STORE, group=group, fold=fold) as run:
        for _ in range(epochs):
            train_epoch(model, opt, loss_fn, run, (xtr, ytr, xva, yva))
    return run


def save(fig, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    fig.savefig(OUT / f"{name}.png", dpi=110)
    print(f"wrote {OUT / name}.png")


def keras() -> None:
    """A real Keras 3 fit (torch backend); its History object plotted as is."""
    import keras as k

    import learnscope as ls

    xtr, xva, ytr, yva = digits()
    k.utils.set_random_seed(0)
    model = k.Sequential([k.Input((64,)), k.layers.Dense(32, activation="relu"), k.layers.Dense(10, activation="softmax")])
    model.compile(optimizer=k.optimizers.Adam(1e-3), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    history = model.fit(xtr, ytr, validation_data=(xva, yva), epochs=25, batch_size=64, verbose=0)
    save(ls.plot(history, title="Keras History (digits, 25 epochs)"), "keras-history")


def batch() -> None:
    """Per-batch values under the epoch lines: why the console loss differs from History."""
    import learnscope as ls

    run = train_torch("batch-level", lr=1e-3, epochs=12)
    save(ls.plot(run), "batch-level")


def overfit() -> None:
    """A large network on 100 samples: best epoch marked, overfitting shaded."""
    import learnscope as ls

    run = train_torch("overfit", lr=1e-2, epochs=40, hidden=512, train_size=100)
    save(ls.plot(run), "overfitting")


def sweep() -> None:
    """Five learning rates, one colour each, labelled by the config value that differs."""
    import learnscope as ls

    data = digits()
    runs = [train_torch(f"sgd-lr-{lr:g}", lr=lr, epochs=15, optimizer="sgd", data=data, project="sweep")
            for lr in (1.0, 0.3, 0.1, 0.03, 0.01)]
    save(ls.plot(runs, level="epoch"), "lr-sweep")


def folds() -> None:
    """5-fold cross-validation: mean ± 1 std across the folds."""
    import numpy as np
    from sklearn.datasets import load_digits
    from sklearn.model_selection import StratifiedKFold

    import learnscope as ls

    x, y = load_digits(return_X_y=True)
    x = (x / 16.0).astype(np.float32)
    runs = []
    for k, (tr, va) in enumerate(StratifiedKFold(5, shuffle=True, random_state=0).split(x, y)):
        runs.append(train_torch(f"fold-{k}", lr=3e-3, epochs=20, data=(x[tr], x[va], y[tr], y[va]),
                                group="digits-5fold", fold=k, project="cv", seed=k))
    save(ls.plot(runs), "cv-folds")


def nan() -> None:
    """A learning-rate warm-up that never stops (x1.5 per epoch): the loss explodes, then NaN."""
    import numpy as np
    import torch
    from sklearn.datasets import load_diabetes
    from sklearn.model_selection import train_test_split
    from torch import nn

    import learnscope as ls

    x, y = load_diabetes(return_X_y=True)
    xtr, xva, ytr, yva = [torch.tensor(a, dtype=torch.float32) for a in train_test_split(x * 10, y[:, None], random_state=0)]
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(10, 64), nn.ReLU(), nn.Linear(64, 1))
    opt = torch.optim.SGD(model.parameters(), lr=3e-4, momentum=0.9)
    schedule = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=1.5)
    with ls.init("docs", "diverging", {"lr": 3e-4, "gamma": 1.5, "momentum": 0.9}, store=STORE) as run:
        for _ in range(14):
            losses = []
            for idx in torch.randperm(len(xtr)).split(32):
                loss = ((model(xtr[idx]) - ytr[idx]) ** 2).mean()
                opt.zero_grad()
                loss.backward()
                opt.step()
                run.log({"loss": loss.detach()})
                losses.append(loss.item())
            with torch.no_grad():
                val = ((model(xva) - yva) ** 2).mean().item()
            run.log_epoch({"loss": float(np.mean(losses)), "val_loss": val, "lr": schedule.get_last_lr()[0]})
            schedule.step()
    save(ls.plot(run), "diverging-nan")


def fastai() -> None:
    """A fastai Learner (fit_one_cycle) recorded by learnscope.fastai.Callback: its one-cycle lr too."""
    import torch
    from fastai.callback.schedule import fit_one_cycle  # noqa: F401  (patches Learner)
    from fastai.data.core import DataLoaders
    from fastai.learner import Learner
    from fastai.metrics import accuracy

    import learnscope as ls
    from learnscope.fastai import Callback

    xtr, xva, ytr, yva = [torch.from_numpy(a) for a in digits()]
    dls = DataLoaders.from_dsets(list(zip(xtr, ytr)), list(zip(xva, yva)), bs=64, device="cpu")
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(64, 64), torch.nn.ReLU(), torch.nn.Linear(64, 10))
    cb = Callback(project="docs", name="fastai", store=STORE)
    learn = Learner(dls, model, loss_func=torch.nn.CrossEntropyLoss(), metrics=[accuracy], cbs=[cb])
    with learn.no_logging(), learn.no_bar():
        learn.fit_one_cycle(12, 1e-2)
    save(ls.plot(cb.run, title="fastai Learner.fit_one_cycle (digits, 12 epochs)"), "fastai")


def lm_run():
    """A tiny byte-level transformer with three bad batches (bench/read/lm.py; trained unless cached)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench" / "read"))
    import lm as corpus

    cfg = next(c for c in corpus.configs() if c.family == "data-tr" and c.seed == 2)
    if corpus.missing(grid=[cfg]):
        corpus.CACHE.mkdir(parents=True, exist_ok=True)
        corpus.train(cfg, str(corpus.CACHE))
    return next(h for c, h in corpus.load_all() if c == cfg)


def lm_spike() -> None:
    import learnscope as ls

    h = lm_run()
    print(ls.read(h).to_dict()["findings"][0]["message"])
    epochs = 1000 / h.config["steps_per_epoch"]
    save(ls.plot(h, title=f"tiny byte-level transformer, 1,000 steps ({epochs:.2f} epoch): three bad batches"),
         "lm-spike")


FIGURES = {"keras": keras, "batch": batch, "overfit": overfit, "sweep": sweep, "folds": folds, "nan": nan,
           "fastai": fastai, "lm": lm_spike}

if __name__ == "__main__":
    import torch

    torch.set_num_threads(1)
    for name in sys.argv[1:] or FIGURES:
        FIGURES[name]()
