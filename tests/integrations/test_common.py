"""The contract every integration shares, and Run.resume which they rely on."""

import importlib
import inspect

import numpy as np
import pytest

import learnscope as ls

INTEGRATIONS = [("keras", "Callback", "keras"), ("torch", "Tracker", "torch"),
                ("lightning", "Logger", "lightning.pytorch"), ("fastai", "Callback", "fastai.learner"),
                ("transformers", "Callback", "transformers")]


@pytest.mark.parametrize("module,cls,framework", INTEGRATIONS)
def test_one_signature(module, cls, framework, monkeypatch):
    monkeypatch.setenv("KERAS_BACKEND", "torch")
    pytest.importorskip(framework)
    obj = getattr(importlib.import_module(f"learnscope.{module}"), cls)
    params = list(inspect.signature(obj.__init__).parameters)
    assert params[1:5] == ["project", "name", "config", "store"] and "live" in params
    assert obj.__doc__ and ">>>" in obj.__doc__


def test_resume_continues_a_finished_run(store):
    run = ls.init("p", "twice", store=store)
    run.log({"loss": 1.0})
    run.log_epoch({"loss": 1.0})
    run.finish()
    run.resume()
    assert ls.load("p/twice", store=store).info.status == "running"
    run.log({"loss": 0.5})
    run.log_epoch({"loss": 0.5})
    run.finish()
    h = ls.load("p/twice", store=store)
    assert h.info.status == "finished" and h.info.ended is not None
    assert h.epoch["loss"].tolist() == [1.0, 0.5] and h.get("loss", "train", "batch").step.tolist() == [0, 1]
    run.resume()
    run.resume()                                    # already running: nothing happens
    run.finish()


def test_unknown_option_is_a_clear_error(store):
    from learnscope.integrations import start_run

    with pytest.raises(ls.LearnscopeError, match="unknown option 'colour' for the keras integration"):
        start_run("p", store=store, framework="keras", colour="red")
    run = start_run("p", "ok", store=store, framework="torch", group="sweep", fold=2)
    run.finish()
    h = ls.load("p/ok", store=store)
    assert (h.info.group, h.info.fold, h.meta["framework"]) == ("sweep", 2, "torch")


def test_class_shares_only_for_integer_class_ids_of_a_few_classes():
    torch = pytest.importorskip("torch")
    from learnscope.integrations import class_shares

    assert class_shares(torch.tensor([0, 2, 2, 1])) == [0.25, 0.25, 0.5]
    assert class_shares(np.array([1, 1, 0, -100])) == pytest.approx([1 / 3, 2 / 3], abs=1e-6)  # an ignore index
    assert class_shares(np.array([0.0, 1.0])) is None          # float targets: a regression
    assert class_shares(np.array([True, False])) is None       # no class ids
    assert class_shares(np.arange(5000)) is None               # integer targets of a regression, token ids
    assert class_shares(np.zeros((4, 2), dtype=int)) is None   # one-hot or multi-label
    assert class_shares([3, 3, 3]) is not None and class_shares([0, 0], 1) is None


def test_held_labels_are_read_where_a_dataset_keeps_them_and_nowhere_else():
    """One helper for Lightning and Transformers: a TensorDataset's last tensor, ``targets`` or ``labels``
    as long as the set, a random_split's share of those; never a set that would have to be iterated."""
    torch = pytest.importorskip("torch")
    from learnscope.integrations import held_labels

    class Reviews(torch.utils.data.Dataset):  # as Hugging Face's custom-data tutorial writes one
        def __init__(self, labels, names=None):
            self.labels, self.names = labels, names

        def __len__(self):
            return len(self.labels)

        def __getitem__(self, i):
            raise AssertionError("iterated")

    y = torch.tensor([0, 1, 1, 2, 1, 0])
    assert held_labels(Reviews(y)).tolist() == y.tolist()
    assert held_labels(torch.utils.data.TensorDataset(torch.zeros(6, 3), y)).tolist() == y.tolist()
    part = torch.utils.data.Subset(Reviews(y), [5, 1, 3])
    assert held_labels(part).tolist() == [0, 1, 2]

    class Loose(Reviews):  # labels kept under another name: nothing to read without iterating
        def __init__(self, n):
            self.n = n

        def __len__(self):
            return self.n

    assert held_labels(Loose(6)) is None

    class Names(Loose):  # a `labels` attribute that is not one label per sample (the class names)
        labels = ["neg", "pos"]

    assert held_labels(Names(6)) is None
