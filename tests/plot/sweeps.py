"""Real small trainings for comparison pictures: a logistic regression trained by
minibatch SGD in numpy (a real learning curve, milliseconds per run).

``lr_sweep`` (3 rates), ``cv_folds`` (5-fold cross-validation), ``optuna_study`` (a
real Optuna study with pruning, every trial recorded by ``learnscope.optuna.track``)
and ``big_sweep`` (1,000 runs written with ``Store.save_history``, for the bench).
"""

from __future__ import annotations

import numpy as np

import learnscope as ls


def dataset(seed: int = 0, n: int = 400, d: int = 40):
    """A classification with 6 informative features of 40: enough to learn, room to overfit."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, d))
    w = np.zeros(d)
    w[:6] = rng.normal(size=6) * 1.5
    y = (x @ w + rng.normal(scale=0.8, size=n) > 0).astype(float)
    return x, y


def train(x, y, *, lr: float, epochs: int = 15, batch: int = 32, l2: float = 1e-4, seed: int = 0,
          val=None, on_batch=None, on_epoch=None):
    """Minibatch SGD on the logistic loss; calls ``on_batch(loss)`` and ``on_epoch(epoch, dict)``."""
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(y))
    val_idx, tr_idx = (idx[: len(y) // 5], idx[len(y) // 5:]) if val is None else val
    w = rng.normal(scale=0.01, size=x.shape[1])
    for epoch in range(1, epochs + 1):
        for start in range(0, len(tr_idx), batch):
            b = tr_idx[start:start + batch]
            p = _sigmoid(x[b] @ w)
            w = w - lr * (x[b].T @ (p - y[b]) / len(b) + l2 * w)
            if on_batch:
                on_batch(_loss(p, y[b]))
        out = {"loss": _loss(_sigmoid(x[tr_idx] @ w), y[tr_idx]), "val_loss": _loss(_sigmoid(x[val_idx] @ w), y[val_idx]),
               "accuracy": _acc(x[tr_idx] @ w, y[tr_idx]), "val_accuracy": _acc(x[val_idx] @ w, y[val_idx])}
        if on_epoch and on_epoch(epoch, out) is False:
            break
    return out


def _sigmoid(z):
    return 1 / (1 + np.exp(-np.clip(z, -60, 60)))


def _loss(p, y) -> float:
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(np.mean(-(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))))


def _acc(z, y) -> float:
    return float(np.mean((z > 0) == (y > 0.5)))


def recorded(store, project, name, config, *, group=None, fold=None, val=None, batches=True, **kw):
    x, y = dataset()
    with ls.init(project, name, config, store=store, group=group, fold=fold) as run:
        train(x, y, val=val, on_batch=(lambda v: run.log({"loss": v})) if batches else None,
              on_epoch=lambda e, d: run.log_epoch(d), **{k: config[k] for k in ("lr", "batch") if k in config}, **kw)
    return run.id


def lr_sweep(store, rates=(0.3, 0.03, 0.003)) -> list[str]:
    return [recorded(store, "lr-sweep", f"lr-{lr:g}", {"lr": lr, "batch": 32, "seed": 0}, group="lr-sweep")
            for lr in rates]


def cv_folds(store, k: int = 5) -> list[str]:
    idx = np.random.default_rng(0).permutation(len(dataset()[1]))
    folds = np.array_split(idx, k)
    return [recorded(store, "cv", f"fold-{i}", {"lr": 0.3, "batch": 32}, group="cv", fold=i,
                     val=(folds[i], np.concatenate([f for j, f in enumerate(folds) if j != i])))
            for i in range(k)]


def optuna_study(store, n_trials: int = 200, name: str = "logreg-study"):
    """A real Optuna study (TPE, median pruning) whose trials log curves through learnscope."""
    import optuna

    import learnscope.optuna as lso

    x, y = dataset()
    optuna.logging.set_verbosity(optuna.logging.WARNING)

    def objective(trial):
        cfg = {"lr": trial.suggest_float("lr", 1e-4, 3.0, log=True),
               "batch": trial.suggest_categorical("batch", [16, 32, 128]),
               "l2": trial.suggest_float("l2", 1e-6, 1e-1, log=True)}
        with lso.track(trial, store=store) as run:
            def epoch(e, d):
                run.log_epoch(d)
                if trial.should_prune():
                    raise optuna.TrialPruned()
            out = train(x, y, lr=cfg["lr"], batch=cfg["batch"], l2=cfg["l2"], epochs=12, on_epoch=epoch)
        return out["val_loss"]

    study = optuna.create_study(study_name=name, sampler=optuna.samplers.TPESampler(seed=0),
                                pruner=optuna.pruners.MedianPruner(n_startup_trials=10, n_warmup_steps=3))
    study.optimize(objective, n_trials=n_trials)
    return study


def big_sweep(store, n: int = 1000, epochs: int = 20, group: str = "big-sweep") -> None:
    """``n`` real trainings (learning rate and l2 drawn at random), saved one transaction each."""
    from learnscope.history import History, RunInfo
    from learnscope.store import open_store

    s = open_store(store)
    x, y = dataset()
    rng = np.random.default_rng(0)
    for i in range(n):
        cfg = {"lr": float(10 ** rng.uniform(-3.5, 0.5)), "l2": float(10 ** rng.uniform(-6, -1)), "batch": 64}
        rows = []
        train(x, y, lr=cfg["lr"], l2=cfg["l2"], batch=64, epochs=epochs, seed=i, on_epoch=lambda e, d: rows.append(d))
        data = {k: [r[k] for r in rows] for k in rows[0]}
        s.save_history(History.from_dict(data, info=RunInfo(project=group, name=f"trial-{i}", group=group, config=cfg)))
