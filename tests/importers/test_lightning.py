"""Lightning: a real Trainer writes metrics.csv (CSVLogger) and an event file (TensorBoardLogger)."""

import csv
import warnings

import numpy as np
import pytest

import learnscope as ls

EPOCHS = 3


@pytest.fixture(scope="module")
def lightning_logs(tmp_path_factory):
    L = pytest.importorskip("lightning.pytorch")
    import torch

    class Tiny(L.LightningModule):
        def __init__(self):
            super().__init__()
            self.net = torch.nn.Linear(4, 2)

        def training_step(self, batch, i):
            x, y = batch
            logits = self.net(x)
            loss = torch.nn.functional.cross_entropy(logits, y)
            self.log("train_loss", loss, on_step=True, on_epoch=True)
            self.log("acc", (logits.argmax(1) == y).float().mean(), on_step=True, on_epoch=True)
            return loss

        def validation_step(self, batch, i):
            x, y = batch
            logits = self.net(x)
            self.log("val_loss", torch.nn.functional.cross_entropy(logits, y))
            self.log("val_acc", (logits.argmax(1) == y).float().mean())

        def configure_optimizers(self):
            opt = torch.optim.Adam(self.parameters(), lr=0.05)
            return [opt], [torch.optim.lr_scheduler.StepLR(opt, 2)]

    torch.manual_seed(0)
    x = torch.randn(64, 4)
    y = (x[:, 0] > 0).long()
    data = torch.utils.data.TensorDataset(x, y)
    train = torch.utils.data.DataLoader(data, batch_size=8)
    val = torch.utils.data.DataLoader(data, batch_size=32)
    out = tmp_path_factory.mktemp("lightning")
    loggers = [L.loggers.CSVLogger(out, name="csv"), L.loggers.TensorBoardLogger(out, name="tb")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        trainer = L.Trainer(max_epochs=EPOCHS, log_every_n_steps=2, logger=loggers, enable_checkpointing=False,
                            enable_progress_bar=False, enable_model_summary=False, accelerator="cpu",
                            callbacks=[L.callbacks.LearningRateMonitor("step")])
        trainer.fit(Tiny(), train, val)
    metrics_csv = next(out.glob("csv/version_*/metrics.csv"))
    tb_dir = next(out.glob("tb/version_*"))
    return metrics_csv, tb_dir


def _cells(path):
    """metrics.csv read by the standard library: {column: [(epoch, step, value), ...]}."""
    cols = {}
    with open(path) as f:
        for row in csv.DictReader(f):
            for k, v in row.items():
                if k not in ("epoch", "step") and v != "":
                    cols.setdefault(k, []).append((row["epoch"], int(row["step"]), float(v)))
    return cols


def test_metrics_csv_levels_epochs_and_values(lightning_logs):
    metrics_csv, _ = lightning_logs
    cells = _cells(metrics_csv)
    h = ls.load(metrics_csv)
    assert h.meta["format"] == "lightning-csv"
    expect = {"train_loss_step": ("loss", "train", "batch"), "train_loss_epoch": ("loss", "train", "epoch"),
              "acc_step": ("acc", "train", "batch"), "acc_epoch": ("acc", "train", "epoch"),
              "val_loss": ("loss", "val", "epoch"), "val_acc": ("acc", "val", "epoch")}
    for column, key in expect.items():
        s = h.get(*key)
        assert s is not None, column
        assert s.value.tolist() == [v for _, _, v in cells[column]], column          # exact values
        assert s.step.tolist() == [st for _, st, _ in cells[column]], column
        if key[2] == "epoch":
            assert s.epoch.tolist() == [1.0, 2.0, 3.0], column                     # 0-based -> 1-based
        else:
            assert s.epoch.tolist() == [int(e) + 1.0 for e, _, _ in cells[column]], column
    lr = h.get("lr-Adam", "train", "batch")      # LearningRateMonitor rows carry no epoch: taken from the step
    assert lr is not None and np.isfinite(lr.epoch).all() and set(lr.epoch) <= {1.0, 2.0, 3.0}
    assert lr.value.max() == pytest.approx(0.05) and lr.value.min() == pytest.approx(0.005)


def test_tensorboard_logger_file_matches_tensorboards_reader(lightning_logs):
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    _, tb_dir = lightning_logs
    acc = EventAccumulator(str(tb_dir), size_guidance={"scalars": 0})
    acc.Reload()
    h = ls.load(tb_dir)
    assert h.meta["format"] == "tensorboard-lightning"
    for tag, key in {"val_loss": ("loss", "val", "epoch"), "train_loss_epoch": ("loss", "train", "epoch"),
                     "train_loss_step": ("loss", "train", "batch"), "acc_step": ("acc", "train", "batch")}.items():
        events = acc.Scalars(tag)
        s = h.get(*key)
        assert s.value.tolist() == [e.value for e in events], tag
        assert s.step.tolist() == [e.step for e in events], tag
        assert s.wall_time.tolist() == [e.wall_time for e in events], tag
    assert h.get("loss", "val", "epoch").epoch.tolist() == [1.0, 2.0, 3.0]
    # the CSV and the event file hold the same values (float32 in TensorBoard)
    csv_h = ls.load(next(tb_dir.parent.parent.glob("csv/version_*/metrics.csv")))
    np.testing.assert_array_equal(h.epoch["val_loss"], csv_h.epoch["val_loss"].astype(np.float32))
