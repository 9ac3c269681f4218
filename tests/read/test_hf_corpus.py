"""The corpus's Hugging Face Trainer runs (bench/read/hf_train.py): a real Trainer, recorded by
learnscope.transformers.Callback, with the spec's own optimizer, schedule and evaluation steps."""

import math
import os
import sys
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
pytest.importorskip("transformers")
pytest.importorskip("accelerate")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "read"))
import hf_train  # noqa: E402
from corpus_data import dataset  # noqa: E402

import learnscope as ls  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::FutureWarning")


def _spec(**kw):
    spec = {"id": "hf-test", "framework": "transformers", "data": {"name": "moons", "n": 400, "noise": 0.2},
            "seed": 0, "hidden": [16], "opt": "sgd", "lr": 0.1, "batch": 32, "epochs": 3, "evals": 6,
            "logs_per_eval": 2, "sched": "step", "sched_args": {"every": 1, "gamma": 0.5}}
    return {**spec, **kw}


def _train(tmp_path, spec):
    data = dataset(spec["data"], seed=spec["seed"])
    ref = hf_train.train(spec, data, str(tmp_path / "store"))
    return ls.load(ref, store=str(tmp_path / "store")), data


def test_a_trainer_run_is_evaluated_every_n_steps_with_the_specs_optimizer_and_schedule(tmp_path):
    spec = _spec()
    h, data = _train(tmp_path, spec)
    spe = math.ceil(len(data.y_train) / spec["batch"])
    every = spec["epochs"] * spe // spec["evals"]
    val = h.get("loss", "val", "epoch")
    assert val.step.tolist()[:spec["evals"]] == [every * (i + 1) for i in range(spec["evals"])]
    assert val.epoch[0] == pytest.approx(every / spe, abs=1e-3)  # fractional epochs, as the Trainer logs
    assert len(h.get("accuracy", "val", "epoch")) == len(val)
    loss = h.get("loss", "train", "batch")
    assert loss.step.tolist()[:3] == [every // 2, 2 * (every // 2), 3 * (every // 2)]
    assert len(h.get("grad_norm", "train", "batch")) == len(loss)  # what the Trainer logs beside the loss
    lr = h.get("learning_rate", "train", "batch")
    assert lr.value[0] == pytest.approx(0.1) and lr.value[-1] == pytest.approx(0.1 * 0.5 ** 2)  # halved per epoch
    assert h.config["optimizer"] == "SGD" and h.config["learning_rate"] == 0.1 and h.config["lr"] == 0.1
    assert h.meta["framework"] == "transformers" and h.meta["num_classes"] == 2
    assert h.meta["val_size"] == len(data.y_val)
    assert ls.read(h).verdict  # the read takes it as any run


def test_reduce_on_plateau_is_stepped_by_the_trainer_on_the_evaluation_loss(tmp_path):
    spec = _spec(opt="adam", lr=0.05, sched="plateau", sched_args={"patience": 0, "factor": 0.5}, epochs=4, evals=12)
    h, _ = _train(tmp_path, spec)
    lr = h.get("learning_rate", "train", "batch").value
    assert lr[0] == pytest.approx(0.05) and lr.min() < 0.05  # cut after an evaluation that did not improve
    assert h.config["lr_scheduler"] == "ReduceLROnPlateau"


def test_a_regression_trainer_run_is_not_recorded_as_a_classifier(tmp_path):
    h, _ = _train(tmp_path, _spec(data={"name": "friedman1", "n": 400, "noise": 0.5}, epochs=2, evals=4))
    assert "num_classes" not in h.meta and h.get("accuracy", "val", "epoch") is None
    assert len(h.get("loss", "val", "epoch")) >= 4
