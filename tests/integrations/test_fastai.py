"""learnscope.fastai.Callback on a real fastai Learner (CPU), with its nested loops."""

import pickle
import tempfile
import warnings
from pathlib import Path

import pytest

pytest.importorskip("fastai.learner")
import torch  # noqa: E402
from fastai.callback.core import Callback as FastaiCallback  # noqa: E402
from fastai.callback.schedule import fit_one_cycle, lr_find  # noqa: E402,F401  (patch Learner)
from fastai.data.core import DataLoaders  # noqa: E402
from fastai.learner import Learner  # noqa: E402
from fastai.metrics import accuracy, error_rate  # noqa: E402

import learnscope as ls  # noqa: E402
from learnscope.fastai import Callback  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")
MODEL_DIR = Path(tempfile.gettempdir()) / "learnscope-fastai-tests"
STEPS = 1400 // 64     # fastai drops the last partial training batch


class Losses(FastaiCallback):
    """fastai's raw per-batch training losses, kept by hand to compare with."""

    def __init__(self):
        self.values = []

    def after_batch(self):
        if self.training:
            self.values.append(self.learn.loss.item())


class Nested(FastaiCallback):
    """Calls get_preds and validate at the end of each epoch, as some user callbacks do."""

    order = 60

    def after_epoch(self):
        if not getattr(self, "busy", False):
            self.busy = True
            self.learn.get_preds()
            self.learn.validate()
            self.busy = False


@pytest.fixture(scope="module")
def dls():
    from sklearn.datasets import load_digits

    x, y = load_digits(return_X_y=True)
    x, y = torch.tensor(x / 16.0, dtype=torch.float32), torch.tensor(y)
    return DataLoaders.from_dsets(list(zip(x[:1400], y[:1400])), list(zip(x[1400:], y[1400:])), bs=64, device="cpu")


def _learner(dls, *cbs):
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(64, 32), torch.nn.ReLU(), torch.nn.Linear(32, 10))
    learn = Learner(dls, model, loss_func=torch.nn.CrossEntropyLoss(), metrics=[accuracy, error_rate], cbs=list(cbs),
                    model_dir=MODEL_DIR)  # lr_find saves a model there: not into the working directory
    return learn.remove_cbs([cb for cb in learn.cbs if type(cb).__name__ == "ProgressCallback"])


def test_epoch_level_equals_recorder_values(dls, store):
    losses = Losses()
    learn = _learner(dls, Callback(project="digits", name="fastai", store=store), losses)
    with learn.no_logging():
        learn.fit_one_cycle(3, 1e-2)
    values, lrs = [list(map(float, v)) for v in learn.recorder.values], list(learn.recorder.lrs)
    h = ls.load("digits/fastai", store=store)
    assert learn.recorder.metric_names[1:-1] == ["train_loss", "valid_loss", "accuracy", "error_rate"]
    for i, key in enumerate(["loss", "val_loss", "val_accuracy", "val_error_rate"]):
        assert h.epoch[key].tolist() == [v[i] for v in values], key        # value for value
    assert h.epoch.series("loss").epoch.tolist() == [1, 2, 3]
    assert h.batch["loss"].tolist() == pytest.approx(losses.values, rel=1e-6) and len(losses.values) == 3 * STEPS
    assert h.batch["learning_rate"].tolist() == lrs                      # one-cycle: a new lr every step
    assert h.config["optimizer"] == "Adam" and h.config["batch_size"] == 64 and h.config["epochs"] == 3
    assert h.config["metrics"] == ["accuracy", "error_rate"] and h.meta["val_size"] == 397
    assert h.meta["framework"] == "fastai" and h.info.status == "finished"
    assert learn.learnscope.run.id == h.info.id
    clone = pickle.loads(pickle.dumps(learn))       # learn.export() pickles callbacks: the run stays out
    assert clone.learnscope.run is None and learn.learnscope.run is not None


def test_lr_find_validate_get_preds_leave_nothing_and_fits_continue(dls, store):
    learn = _learner(dls)
    cb = Callback(project="digits", name="nested", store=store)
    learn.add_cb(cb)
    with learn.no_logging(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        learn.lr_find(num_it=10, show_plot=False)        # a mock fit
        learn.validate()
        learn.get_preds()
        assert not cb.run.history().series                 # nothing recorded so far
        learn.fit(2, 1e-2, cbs=Nested())                    # nested passes inside the fit
        first = [list(map(float, v)) for v in learn.recorder.values]
        learn.fit(1, 1e-3)                                  # a second fit continues the run
        second = [list(map(float, v)) for v in learn.recorder.values]
    h = ls.load("digits/nested", store=store)
    assert len(first) == 1, "fastai's own recorder is reset by the nested passes"
    assert h.epoch.series("loss").epoch.tolist() == [1, 2, 3]
    assert h.epoch["loss"].tolist()[2:] == [second[0][0]] and h.epoch["val_loss"][2] == second[0][1]
    assert len(h.batch["loss"]) == 3 * STEPS and h.info.status == "finished"


def test_a_fit_that_raised_does_not_block_the_next(dls, store):
    class Boom(FastaiCallback):
        def after_batch(self):
            if self.training and self.learn.iter == 3:
                raise RuntimeError("boom")

    learn = _learner(dls, Callback(project="digits", name="raised", store=store))
    with learn.no_logging():
        with pytest.raises(RuntimeError, match="boom"):
            learn.fit(1, 1e-2, cbs=Boom())
        learn.fit(1, 1e-2)
    values = [float(v) for v in learn.recorder.values[0]]
    h = ls.load("digits/raised", store=store)
    assert h.epoch["loss"].tolist() == [values[0]] and len(h.batch["loss"]) == 3 + STEPS   # Boom runs first at batch 3
