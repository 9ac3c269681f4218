"""fastai: a real Learner trained on the CPU; its Recorder and its CSVLogger history.csv."""

import csv
import warnings

import numpy as np
import pytest

import learnscope as ls


@pytest.fixture(scope="module")
def fastai_run(tmp_path_factory):
    pytest.importorskip("fastai")
    import torch
    from fastai.callback.progress import CSVLogger
    from fastai.data.core import DataLoaders
    from fastai.learner import Learner
    from fastai.metrics import accuracy

    torch.manual_seed(0)
    x = torch.randn(96, 4)
    y = (x[:, 0] > 0).long()
    ds = list(zip(x, y))
    dls = DataLoaders.from_dsets(ds[:64], ds[64:], bs=16, device="cpu")
    out = tmp_path_factory.mktemp("fastai")
    learn = Learner(dls, torch.nn.Linear(4, 2), loss_func=torch.nn.CrossEntropyLoss(), metrics=accuracy,
                    path=out, cbs=CSVLogger())
    with warnings.catch_warnings(), learn.no_bar(), learn.no_logging():
        warnings.simplefilter("ignore")
        learn.fit(3, lr=0.05)
    return learn, out / "history.csv"


def test_recorder_round_trips(fastai_run):
    learn, _ = fastai_run
    h = ls.load(learn)
    rec = learn.recorder
    values = np.array(rec.values, dtype=np.float64)
    assert h.epoch["loss"].tolist() == values[:, 0].tolist()          # train_loss
    assert h.epoch["val_loss"].tolist() == values[:, 1].tolist()      # valid_loss
    assert h.epoch["val_accuracy"].tolist() == values[:, 2].tolist()  # fastai metrics are validation metrics
    assert h.epoch.series("val_loss").epoch.tolist() == [1.0, 2.0, 3.0]
    assert h.batch["loss"].tolist() == [float(v) for v in rec.losses]
    assert h.batch["lr"].tolist() == [float(v) for v in rec.lrs]
    assert h.batch.series("loss").epoch.tolist() == [1.0] * 4 + [2.0] * 4 + [3.0] * 4
    assert ls.load(rec).epoch["val_loss"].tolist() == h.epoch["val_loss"].tolist()


def test_csvlogger_history_csv(fastai_run):
    learn, path = fastai_run
    with open(path) as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["epoch", "train_loss", "valid_loss", "accuracy", "time"]
    h = ls.load(path)
    assert h.meta["format"] == "fastai-csv"
    assert h.epoch["loss"].tolist() == [float(r["train_loss"]) for r in rows]
    assert h.epoch["val_accuracy"].tolist() == [float(r["accuracy"]) for r in rows]
    assert h.epoch["val_loss"].tolist() == [float(v[1]) for v in learn.recorder.values]
    s = h.epoch.series("val_loss")
    assert s.epoch.tolist() == [1.0, 2.0, 3.0]
    assert np.all(np.diff(s.wall_time) >= 0) and "time" not in h.epoch   # mm:ss durations -> wall times
