"""stop_on=(codes...): every integration stops a blowing-up fit the framework's own way.

Each fit is a linear regression trained with a learning rate far above the stable
range (the loss grows ~1e5 per epoch, then turns inf), so a run without stop_on
would train all MAX epochs; with stop_on the read stops it well before.
"""

import os
import warnings

import numpy as np
import pytest

import learnscope as ls
from learnscope.errors import InvalidValueError

os.environ.setdefault("KERAS_BACKEND", "torch")
MAX = 20
CODES = ("non_finite", "diverging")
LR = 1.2


def _data():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((256, 8)).astype("float32")
    return x, (x @ rng.standard_normal((8, 1))).astype("float32")


def _stopped(store, ref, capfd, epochs_trained):
    """The run ended early, marked with the finding that stopped it, and one line said why."""
    h = ls.load(ref, store=store)
    stop = h.meta["stopped_by"]
    assert stop["code"] in CODES and stop["stop_on"] == list(CODES) and stop["message"]
    assert h.info.status == "finished"
    assert 1 < epochs_trained < MAX and h.n_epochs == epochs_trained
    lines = [line for line in capfd.readouterr().err.splitlines() if line.startswith("learnscope: stopping")]
    assert len(lines) == 1 and ref in lines[0] and stop["code"] in lines[0], lines
    return h


# ---- Keras ---------------------------------------------------------------------------------
def test_keras_stops_with_model_stop_training(store, capfd):
    keras = pytest.importorskip("keras")
    from learnscope.keras import Callback

    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(1)])
    model.compile(keras.optimizers.SGD(LR), "mse")
    x, y = _data()
    cb = Callback(project="blowup", name="keras", store=store, stop_on=CODES)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        hist = model.fit(x, y, batch_size=32, epochs=MAX, validation_split=0.25, callbacks=[cb], verbose=0)
    h = _stopped(store, "blowup/keras", capfd, len(hist.history["loss"]))
    assert h.epoch["loss"].tolist() == hist.history["loss"]          # everything trained is recorded


def test_keras_default_is_off(store):
    keras = pytest.importorskip("keras")
    from learnscope.keras import Callback

    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(1)])
    model.compile(keras.optimizers.SGD(LR), "mse")
    x, y = _data()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        hist = model.fit(x, y, batch_size=32, epochs=8, callbacks=[Callback(project="b", name="off", store=store)],
                         verbose=0)
    assert len(hist.history["loss"]) == 8 and "stopped_by" not in ls.load("b/off", store=store).meta


# ---- Lightning -----------------------------------------------------------------------------
def _lightning_module(pl, torch):
    class Regression(pl.LightningModule):
        def __init__(self):
            super().__init__()
            self.net = torch.nn.Linear(8, 1)

        def training_step(self, batch, i):
            loss = torch.nn.functional.mse_loss(self.net(batch[0]), batch[1])
            self.log("train_loss", loss, on_step=True, on_epoch=True)
            return loss

        def validation_step(self, batch, i):
            self.log("val_loss", torch.nn.functional.mse_loss(self.net(batch[0]), batch[1]))

        def configure_optimizers(self):
            return torch.optim.SGD(self.parameters(), lr=LR)

    return Regression()


def test_lightning_stops_with_trainer_should_stop(store, tmp_path, capfd):
    pl = pytest.importorskip("lightning.pytorch")
    import torch
    from torch.utils.data import DataLoader, TensorDataset

    from learnscope.lightning import Logger

    torch.manual_seed(0)
    x, y = map(torch.tensor, _data())
    train, val = DataLoader(TensorDataset(x[:192], y[:192]), batch_size=32), DataLoader(TensorDataset(x[192:], y[192:]))
    logger = Logger(project="blowup", name="lightning", store=store, stop_on=CODES)
    trainer = pl.Trainer(max_epochs=MAX, logger=logger, accelerator="cpu", enable_checkpointing=False,
                         enable_progress_bar=False, enable_model_summary=False, num_sanity_val_steps=0,
                         log_every_n_steps=1, default_root_dir=tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        trainer.fit(_lightning_module(pl, torch), train, val)
    assert trainer.should_stop
    _stopped(store, "blowup/lightning", capfd, trainer.current_epoch)


# ---- PyTorch Tracker -----------------------------------------------------------------------
def test_torch_tracker_sets_should_stop(store, capfd):
    torch = pytest.importorskip("torch")
    from learnscope.torch import Tracker

    torch.manual_seed(0)
    x, y = map(torch.tensor, _data())
    model = torch.nn.Linear(8, 1)
    opt = torch.optim.SGD(model.parameters(), lr=LR)
    epochs = 0
    with Tracker(project="blowup", name="torch", store=store, optimizer=opt, stop_on=CODES) as tracker:
        for _ in range(MAX):
            for i in range(0, 256, 32):
                loss = torch.nn.functional.mse_loss(model(x[i:i + 32]), y[i:i + 32])
                opt.zero_grad(), loss.backward(), opt.step()
                tracker.update(loss, n=32)
            tracker.end_epoch()
            epochs += 1
            if tracker.should_stop:
                break
    _stopped(store, "blowup/torch", capfd, epochs)


# ---- fastai --------------------------------------------------------------------------------
def test_fastai_stops_with_cancel_fit(store, capfd):
    pytest.importorskip("fastai.learner")
    import torch
    from fastai.data.core import DataLoaders
    from fastai.learner import Learner

    from learnscope.fastai import Callback

    torch.manual_seed(0)
    x, y = map(torch.tensor, _data())
    dls = DataLoaders.from_dsets(list(zip(x[:192], y[:192])), list(zip(x[192:], y[192:])), bs=32, device="cpu")
    cb = Callback(project="blowup", name="fastai", store=store, stop_on=CODES)
    learn = Learner(dls, torch.nn.Linear(8, 1), loss_func=torch.nn.MSELoss(), cbs=[cb], lr=LR,
                    opt_func=_sgd())
    learn.remove_cbs([c for c in learn.cbs if type(c).__name__ == "ProgressCallback"])
    with learn.no_logging(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        learn.fit(MAX)
    _stopped(store, "blowup/fastai", capfd, len(learn.recorder.values))


def _sgd():
    from fastai.optimizer import SGD
    return SGD


# ---- Transformers --------------------------------------------------------------------------
def test_transformers_stops_with_should_training_stop(store, tmp_path, capfd):
    transformers = pytest.importorskip("transformers")
    pytest.importorskip("accelerate")
    import torch

    from learnscope.transformers import Callback

    class Regression(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.net = torch.nn.Linear(8, 1)

        def forward(self, x, labels=None):
            out = self.net(x)
            return {"loss": torch.nn.functional.mse_loss(out, labels), "logits": out}

    class Rows(torch.utils.data.Dataset):
        def __init__(self, x, y):
            self.x, self.y = x, y

        def __len__(self):
            return len(self.x)

        def __getitem__(self, i):
            return {"x": self.x[i], "labels": self.y[i]}

    torch.manual_seed(0)
    x, y = map(torch.tensor, _data())
    cb = Callback(project="blowup", name="hf", store=store, stop_on=CODES)
    args = transformers.TrainingArguments(
        output_dir=str(tmp_path / "out"), num_train_epochs=MAX, per_device_train_batch_size=32, learning_rate=LR,
        lr_scheduler_type="constant", optim="sgd", max_grad_norm=0.0, eval_strategy="epoch", logging_steps=2,
        save_strategy="no", report_to="none", use_cpu=True, disable_tqdm=True, seed=0)
    trainer = transformers.Trainer(model=Regression(), args=args, train_dataset=Rows(x[:192], y[:192]),
                                   eval_dataset=Rows(x[192:], y[192:]), callbacks=[cb])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        trainer.train()
    epochs = round(trainer.state.epoch)
    h = _stopped(store, "blowup/hf", capfd, epochs)
    assert h.get("loss", "train", "batch") is not None          # the train loss arrives at batch level only


# ---- bad input -----------------------------------------------------------------------------
@pytest.mark.parametrize("module, cls", [("learnscope.keras", "Callback"), ("learnscope.lightning", "Logger"),
                                         ("learnscope.fastai", "Callback"), ("learnscope.transformers", "Callback"),
                                         ("learnscope.torch", "Tracker")])
def test_unknown_code_is_refused_at_construction(store, module, cls):
    import importlib

    pytest.importorskip(module.replace("learnscope.", ""))
    make = getattr(importlib.import_module(module), cls)
    with pytest.raises(InvalidValueError, match=r"stop_on: unknown finding code 'nan'.*non_finite"):
        make(project="p", name="x", store=store, stop_on=("nan",))
    assert not os.path.exists(store)                      # nothing created


def test_read_stop_keeps_batch_means_and_needs_no_store():
    from learnscope.integrations.stop import ReadStop

    stop = ReadStop(("non_finite",))
    for step in range(8):                       # batch values only, as Transformers logs training loss
        stop.add_batch({"loss": 1.0 / (step + 1)}, epoch=(step + 1) / 4, step=step)
    assert stop.check() is None and stop.epochs_seen == 2
    h = stop.history()
    assert h.get("loss", "train", "batch").value.tolist() == pytest.approx([np.mean([1, 1 / 2, 1 / 3, 1 / 4]),
                                                                            np.mean([1 / 5, 1 / 6, 1 / 7, 1 / 8])])
    stop.add_batch({"loss": float("inf")}, epoch=2.5, step=9)
    assert stop.check().code == "non_finite" and stop.check() is stop.finding   # found once, kept


def test_a_single_code_string_is_accepted():
    from learnscope.integrations.stop import check_codes

    assert check_codes("diverging") == ("diverging",) and check_codes(None) == ()
