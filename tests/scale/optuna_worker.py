"""A real Optuna objective: a small torch classifier on generated 4-class data, recorded
with learnscope.optuna. Run as a worker: python -m tests.scale.optuna_worker STORAGE STUDY STORE N."""

import sys

import optuna
import torch
import torch.nn.functional as F

import learnscope.optuna as lso

EPOCHS = 6


def _data():
    g = torch.Generator().manual_seed(0)
    x = torch.randn(600, 10, generator=g)
    w = torch.randn(10, 4, generator=g)
    y = (x @ w).argmax(1)
    return x[:400], y[:400], x[400:], y[400:]


def objective(trial, store):
    lr = trial.suggest_float("lr", 1e-9, 100.0, log=True)
    hidden = trial.suggest_int("hidden", 8, 32)
    torch.manual_seed(trial.number)
    xtr, ytr, xva, yva = _data()
    model = torch.nn.Sequential(torch.nn.Linear(10, hidden), torch.nn.ReLU(), torch.nn.Linear(hidden, 4))
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    with lso.track(trial, store=store) as run:
        run.set_meta(num_classes=4)
        for _ in range(EPOCHS):
            for i in range(0, 400, 50):
                loss = F.cross_entropy(model(xtr[i:i + 50]), ytr[i:i + 50])
                opt.zero_grad(), loss.backward(), opt.step()
                run.log({"loss": loss.detach()})
            with torch.no_grad():
                logits = model(xva)
                val_loss = F.cross_entropy(logits, yva).item()
                val_acc = (logits.argmax(1) == yva).float().mean().item()
                train_loss = F.cross_entropy(model(xtr), ytr).item()
            run.log_epoch({"loss": train_loss, "val_loss": val_loss, "val_accuracy": val_acc})
            if trial.should_prune():
                raise optuna.TrialPruned()
    return val_loss


def main():
    storage, study_name, store, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    study = optuna.load_study(study_name=study_name, storage=storage, pruner=lso.ReadPruner())
    study.optimize(lambda t: objective(t, store), n_trials=n)


if __name__ == "__main__":
    main()
