"""learnscope.lightning.Logger beside Lightning's own CSVLogger, on a real CPU fit."""

import csv
import math
import warnings

import pytest

pl = pytest.importorskip("lightning.pytorch")
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

import learnscope as ls  # noqa: E402
from learnscope.lightning import Logger  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
BATCH = 64


class Net(pl.LightningModule):
    def __init__(self, lr=0.05, hidden=32, fail_at_epoch=None, inputs=64, classes=10):
        super().__init__()
        self.save_hyperparameters()
        self.net = torch.nn.Sequential(torch.nn.Linear(inputs, hidden), torch.nn.ReLU(), torch.nn.Linear(hidden, classes))

    def _step(self, batch):
        x, y = batch
        logits = self.net(x)
        return F.cross_entropy(logits, y), (logits.argmax(1) == y).float().mean()

    def training_step(self, batch, i):
        if self.hparams.fail_at_epoch == self.current_epoch:
            raise RuntimeError("boom")
        loss, acc = self._step(batch)
        self.log("train_loss", loss, on_step=True, on_epoch=True)
        self.log("train_acc", acc, on_step=False, on_epoch=True)
        return loss

    def validation_step(self, batch, i):
        loss, acc = self._step(batch)
        self.log("val_loss", loss)
        self.log("val_acc", acc)

    def test_step(self, batch, i):
        self.log("test_loss", self._step(batch)[0])

    def configure_optimizers(self):
        opt = torch.optim.SGD(self.parameters(), lr=self.hparams.lr)
        return [opt], [torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)]


@pytest.fixture(scope="module")
def loaders():
    from sklearn.datasets import load_digits
    from torch.utils.data import DataLoader, TensorDataset

    x, y = load_digits(return_X_y=True)
    ds = TensorDataset(torch.tensor(x / 16.0, dtype=torch.float32), torch.tensor(y))
    train, val = torch.utils.data.random_split(ds, [1400, 397], generator=torch.Generator().manual_seed(0))
    return DataLoader(train, batch_size=BATCH, shuffle=True), DataLoader(val, batch_size=200)


def _trainer(logger, tmp_path, epochs=3):
    csv_logger = pl.loggers.CSVLogger(tmp_path, name="csv", version=0)
    trainer = pl.Trainer(max_epochs=epochs, logger=[logger, csv_logger], log_every_n_steps=5, accelerator="cpu",
                         enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False,
                         num_sanity_val_steps=2, default_root_dir=tmp_path)
    return trainer, csv_logger


def _csv_column(path, key):
    with open(path) as f:
        return [(int(r["epoch"]), int(r["step"]), float(r[key])) for r in csv.DictReader(f) if r.get(key)]


def test_epoch_values_equal_lightnings_own_logs(loaders, store, tmp_path):
    torch.manual_seed(0)
    logger = Logger(project="digits", name="lit", store=store)
    trainer, csv_logger = _trainer(logger, tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        trainer.fit(Net(), *loaders)
        last_val = trainer.callback_metrics["val_loss"].item()
        trainer.validate(trainer.lightning_module, loaders[1], verbose=False)   # not a training epoch
        trainer.test(trainer.lightning_module, loaders[1], verbose=False)
    h = ls.load("digits/lit", store=store)
    metrics_csv = f"{csv_logger.log_dir}/metrics.csv"
    for ours, theirs in (("loss", "train_loss_epoch"), ("acc", "train_acc"), ("val_loss", "val_loss"),
                         ("val_acc", "val_acc")):
        rows = [r for r in _csv_column(metrics_csv, theirs) if r[0] < 3]     # the fit's rows
        assert h.epoch[ours].tolist() == [v for _, _, v in rows], ours      # value for value
        assert h.epoch.series(ours).epoch.tolist() == [1, 2, 3]             # sanity check is not epoch 1
    assert h.epoch["val_loss"][-1] == last_val
    assert h.epoch["test_loss"].tolist() == [v for _, _, v in _csv_column(metrics_csv, "test_loss")]
    steps = _csv_column(metrics_csv, "train_loss_step")
    batch = h.get("loss", "train", "batch")
    assert batch.value.tolist() == [v for _, _, v in steps] and batch.step.tolist() == [s for _, s, _ in steps]
    assert len(batch) == 3 * math.ceil(1400 / BATCH) // 5
    lr = h.get("learning_rate", "train", "batch")
    assert lr.value.tolist() == [0.05, 0.025, 0.0125]
    assert h.config["lr"] == 0.05 and h.config["hidden"] == 32 and h.config["max_epochs"] == 3
    assert h.config["optimizer"] == "SGD" and h.config["batch_size"] == BATCH
    assert h.meta["framework"] == "lightning" and h.info.status == "finished"
    assert logger.experiment is logger.run and logger.version == "lit"


def test_failed_fit_is_crashed(loaders, store, tmp_path):
    logger = Logger(project="digits", name="fails", store=store)
    trainer, _ = _trainer(logger, tmp_path)
    with warnings.catch_warnings(), pytest.raises(RuntimeError, match="boom"):
        warnings.simplefilter("ignore")
        trainer.fit(Net(fail_at_epoch=1), *loaders)
    h = ls.load("digits/fails", store=store)
    assert h.info.status == "crashed" and h.epoch.series("val_loss").epoch.tolist() == [1]


def test_val_check_interval_is_read_in_steps(loaders, store, tmp_path):
    """Four validations per epoch: the read places the best one by step and evaluation."""
    import re

    import numpy as np

    from learnscope.axis import history_step_based
    from learnscope.read.render import to_markdown

    torch.manual_seed(0)
    logger = Logger(project="digits", name="quarters", store=store)
    trainer = pl.Trainer(max_epochs=2, val_check_interval=0.25, logger=logger, log_every_n_steps=5,
                         accelerator="cpu", enable_checkpointing=False, enable_progress_bar=False,
                         enable_model_summary=False, num_sanity_val_steps=0, default_root_dir=tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        trainer.fit(Net(), *loaders)
    h = ls.load("digits/quarters", store=store)
    val = h.epoch.series("val_loss")
    assert val.epoch.tolist() == [1, 1, 1, 1, 2, 2, 2, 2] and history_step_based(h)
    r = ls.read(h)
    i = int(np.argmin(val.value))
    assert r.best_epoch is None and r.best_step == int(val.step[i])
    text = to_markdown(r)
    assert f"best step {int(val.step[i]):,} (evaluation {i + 1} of 8)" in text
    assert not re.search(r"epoch \d+\.\d", text)


class _Adam(Net):
    """Net at a constant rate: a model on noise labels that keeps moving (not frozen at one class)."""

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=0.01)


def test_the_validation_sets_class_shares_are_recorded_and_give_the_majority_baseline(store, tmp_path):
    """Labels unrelated to the inputs, 80% of one class, in a random_split of a TensorDataset: the
    logger reads the validation labels the dataset holds (no pass over the data), and the read
    compares the accuracy with the majority share, not with 1/2."""
    from torch.utils.data import DataLoader, TensorDataset

    g = torch.Generator().manual_seed(0)
    y = (torch.rand(1000, generator=g) < 0.2).long()
    x = torch.randn(1000, 10, generator=g)
    train, val = torch.utils.data.random_split(TensorDataset(x, y), [700, 300], generator=g)
    torch.manual_seed(0)
    logger = Logger(project="imbalanced", name="lit", store=store)
    trainer = pl.Trainer(max_epochs=15, logger=logger, accelerator="cpu", enable_checkpointing=False,
                         enable_progress_bar=False, enable_model_summary=False, default_root_dir=tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        trainer.fit(_Adam(hidden=64, inputs=10, classes=2), DataLoader(train, batch_size=50, shuffle=True),
                    DataLoader(val, batch_size=100))
    h = ls.load("imbalanced/lit", store=store)
    majority = float((y[val.indices] == 0).float().mean())
    assert h.meta["val_class_shares"] == pytest.approx([majority, 1 - majority], abs=1e-6)
    assert h.meta["val_size"] == 300
    f = ls.read(h).first("chance_level")
    assert f is not None and f.evidence["baseline"] == "majority class", ls.read(h).codes()


@pytest.mark.parametrize("limit", [1.0, 0.5])
def test_no_class_shares_for_regression_targets(store, tmp_path, limit):
    """Regression targets give no shares; the size is the dataset's only where all of it is validated."""
    from torch.utils.data import DataLoader, TensorDataset

    class Reg(Net):
        def __init__(self):
            super().__init__(inputs=10)
            self.net = torch.nn.Linear(10, 1)

        def _step(self, batch):
            x, y = batch
            loss = F.mse_loss(self.net(x).squeeze(1), y)
            return loss, -loss

    g = torch.Generator().manual_seed(1)
    x = torch.randn(200, 10, generator=g)
    ds = TensorDataset(x, x[:, 0] * 2.0)
    logger = Logger(project="reg", name="lit", store=store)
    trainer = pl.Trainer(max_epochs=2, logger=logger, accelerator="cpu", enable_checkpointing=False,
                         enable_progress_bar=False, enable_model_summary=False, default_root_dir=tmp_path,
                         limit_val_batches=limit)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        trainer.fit(Reg(), DataLoader(ds, batch_size=50), DataLoader(ds, batch_size=100))
    meta = ls.load("reg/lit", store=store).meta
    assert "val_class_shares" not in meta
    assert meta.get("val_size") == (200 if limit == 1.0 else None)
