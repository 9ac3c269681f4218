"""learnscope.torch.Tracker on a real PyTorch loop (CPU), with and without probes."""

import math

import numpy as np
import pytest

torch = pytest.importorskip("torch")
import torch.nn.functional as F  # noqa: E402

import learnscope as ls  # noqa: E402
from learnscope.torch import Tracker  # noqa: E402

BATCH = 64


@pytest.fixture(scope="module")
def digits():
    from sklearn.datasets import load_digits

    x, y = load_digits(return_X_y=True)
    x, y = torch.tensor(x / 16.0, dtype=torch.float32), torch.tensor(y)
    return (x[:1400], y[:1400]), (x[1400:], y[1400:])


def _mlp():
    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(64, 32), torch.nn.ReLU(), torch.nn.Linear(32, 16),
                               torch.nn.ReLU(), torch.nn.Linear(16, 10))


def _train(tracker, model, opt, data, epochs, sched=None, on_step=None):
    """A plain loop; returns the reference values computed on the host, batch by batch."""
    (xt, yt), (xv, yv) = data
    ref = {"batch_loss": [], "batch_acc": [], "epochs": []}
    for _ in range(epochs):
        sums = {"loss": 0.0, "acc": 0, "val_loss": 0.0, "val_acc": 0}
        for i in range(0, len(xt), BATCH):
            x, y = xt[i:i + BATCH], yt[i:i + BATCH]
            logits = model(x)
            loss = F.cross_entropy(logits, y)
            opt.zero_grad()
            loss.backward()
            if on_step:
                on_step(model)
            opt.step()
            tracker.update(loss, logits, y)
            correct = int((logits.argmax(1) == y).sum())
            ref["batch_loss"].append(loss.item()), ref["batch_acc"].append(correct / len(y))
            sums["loss"] += loss.item() * len(y)
            sums["acc"] += correct
        model.eval()
        with torch.no_grad(), tracker.validating():
            for i in range(0, len(xv), 100):
                logits = model(xv[i:i + 100])
                loss = F.cross_entropy(logits, yv[i:i + 100])
                tracker.update(loss, logits, yv[i:i + 100])
                sums["val_loss"] += loss.item() * len(logits)
                sums["val_acc"] += int((logits.argmax(1) == yv[i:i + 100]).sum())
        model.train()
        if sched:
            sched.step()
        ref["epochs"].append({"loss": sums["loss"] / len(xt), "accuracy": sums["acc"] / len(xt),
                              "val_loss": sums["val_loss"] / len(xv), "val_accuracy": sums["val_acc"] / len(xv),
                              "returned": tracker.end_epoch()})
    return ref


def test_epoch_values_batches_config_and_lr(digits, store):
    model = _mlp()
    opt = torch.optim.SGD(model.parameters(), lr=0.2, momentum=0.9)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
    with Tracker(project="digits", name="loop", store=store, optimizer=opt, config={"epochs": 3}) as tracker:
        ref = _train(tracker, model, opt, digits, 3, sched)
    h = ls.load("digits/loop", store=store)
    assert set(h.epoch) == {"loss", "accuracy", "val_loss", "val_accuracy"}
    for key in h.epoch:
        expected = [e[key] for e in ref["epochs"]]
        assert np.allclose(h.epoch[key], expected, rtol=1e-5), key
        assert [e["returned"][key] for e in ref["epochs"]] == h.epoch[key].tolist()
    steps = math.ceil(1400 / BATCH)
    assert len(h.batch["loss"]) == 3 * steps and "val_loss" not in h.batch
    assert np.allclose(h.batch["loss"], ref["batch_loss"]) and np.allclose(h.batch["accuracy"], ref["batch_acc"])
    lr = h.get("learning_rate", "train", "batch")
    assert np.allclose(lr.value, [0.2, 0.1, 0.05]) and lr.step.tolist() == [0, steps, 2 * steps]
    assert h.config == {"epochs": 3, "optimizer": "SGD", "learning_rate": 0.2, "momentum": 0.9,
                        "weight_decay": 0, "batch_size": BATCH}
    assert h.meta["framework"] == "torch" and h.meta["num_classes"] == 10 and h.meta["val_size"] == 397
    shares = np.bincount(digits[1][1].numpy(), minlength=10) / 397
    assert np.allclose(h.meta["val_class_shares"], shares, atol=1e-6)
    assert h.info.status == "finished" and not any(k.startswith("probe/") for k in h.batch)


def test_probes_match_hand_computed_values_and_skip_evaluation(digits, store):
    model = _mlp()
    with torch.no_grad():
        model[2].bias.fill_(-100.0)          # the second ReLU is dead for every input
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    grads, weights = [], []

    def on_step(m):  # what the probes should see: layer 0's gradient norm and weights before the step
        grads.append(torch.sqrt(m[0].weight.grad.pow(2).sum() + m[0].bias.grad.pow(2).sum()).item())
        weights.append(torch.cat([m[0].weight.detach().flatten(), m[0].bias.detach()]).clone())

    tracker = Tracker(project="digits", name="probes", store=store, model=model, probes=True)
    _train(tracker, model, opt, digits, 2, on_step=on_step)
    model.train()
    with tracker.validating():               # a nested pass in train mode with grads on: must not count
        F.cross_entropy(model(digits[1][0]), digits[1][1]).backward()
    tracker.finish()
    h = ls.load("digits/probes", store=store)
    n = 2 * math.ceil(1400 / BATCH)
    layers = {"0", "2", "4"}
    assert {k for k in h.batch if k.startswith("probe/")} == (
        {f"probe/grad_norm/{x}" for x in layers} | {f"probe/update_ratio/{x}" for x in layers}
        | {"probe/dead_fraction/1", "probe/dead_fraction/3"})
    assert np.allclose(h.batch["probe/grad_norm/0"], grads, rtol=1e-5)
    assert len(h.batch["probe/dead_fraction/1"]) == n
    assert h.batch["probe/dead_fraction/3"].tolist() == [1.0] * n and h.batch["probe/dead_fraction/1"].max() < 1
    after = torch.cat([model[0].weight.detach().flatten(), model[0].bias.detach()])
    last = (after - weights[-1]).norm() / weights[-1].norm()
    ratio = h.get("probe/update_ratio/0", "train", "batch")
    assert ratio.step.tolist() == list(range(1, n)) and ratio.value[-1] == pytest.approx(last.item(), rel=1e-4)


def test_probe_every_and_crash(digits, store):
    model = _mlp()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    with pytest.raises(RuntimeError, match="boom"):
        with Tracker(project="digits", name="every", store=store, model=model, probes=True, probe_every=4) as t:
            _train(t, model, opt, digits, 1)
            raise RuntimeError("boom")
    h = ls.load("digits/every", store=store)
    assert h.info.status == "crashed" and len(h.epoch["loss"]) == 1
    assert h.get("probe/grad_norm/0", "train", "batch").step.tolist() == [0, 4, 8, 12, 16, 20]
    assert h.get("probe/update_ratio/0", "train", "batch").step.tolist() == [4, 8, 12, 16, 20]
    assert not model[1]._forward_hooks                  # hooks removed at finish


def test_probes_need_a_model(store):
    with pytest.raises(ls.LearnscopeError, match="needs the model"):
        Tracker(project="p", store=store, probes=True)


def test_unknown_split_is_a_clear_error(store):
    tracker = Tracker(project="p", name="split", store=store)
    with pytest.raises(ls.LearnscopeError, match="split must be one of train, val, test, got 'valid'"):
        tracker.update(torch.tensor(1.0), split="valid")
    tracker.finish()


def test_epoch_sums_folded_every_few_batches_are_exact(digits, store, monkeypatch):
    """Batches wait in lists and are folded into the sums every FOLD batches (here 5, and
    the last batch of an epoch is smaller): the epoch values stay the hand-computed ones."""
    from learnscope.integrations import torch as integration

    monkeypatch.setattr(integration._Totals, "FOLD", 5)
    model = _mlp()
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    with Tracker(project="digits", name="folded", store=store, optimizer=opt) as tracker:
        ref = _train(tracker, model, opt, digits, 2)
    h = ls.load("digits/folded", store=store)
    for key in ("loss", "accuracy", "val_loss", "val_accuracy"):
        assert np.allclose(h.epoch[key], [e[key] for e in ref["epochs"]], rtol=1e-5), key


def test_epoch_sums_keep_a_float64_loss_in_float64(store):
    losses = [1.0 + 1e-12 * i for i in range(5)]
    with Tracker(project="digits", name="f64", store=store) as tracker:
        for v in losses:
            tracker.update(torch.tensor(v, dtype=torch.float64), n=4)
        epoch = tracker.end_epoch()
    assert abs(epoch["loss"] - sum(losses) / 5) < 1e-15  # float32 sums would round the 1e-12 away


def test_validation_class_shares_let_the_read_see_a_model_at_the_majority_class(store):
    """Imbalanced classes (80/20) and inputs that say nothing of them (noise): the model learns the
    shares and little else, so its validation accuracy hovers at the majority share (not exactly: a few
    inputs tip over), which against 1/K looks like learning. Tracker counts the validation targets'
    classes in the first epoch (one logit: targets > 0.5), and the read compares with the majority share."""
    g = torch.Generator().manual_seed(0)
    y = (torch.rand(1000, generator=g) < 0.2).float()
    x = torch.randn(1000, 10, generator=g)
    (xt, yt), (xv, yv) = (x[:700], y[:700]), (x[700:], y[700:])
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(10, 64), torch.nn.ReLU(), torch.nn.Linear(64, 1))
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    with Tracker(project="imbalanced", name="noise", store=store, optimizer=opt) as tracker:
        for _ in range(20):
            for i in range(0, 700, 50):
                logits = model(xt[i:i + 50]).squeeze(1)
                loss = F.binary_cross_entropy_with_logits(logits, yt[i:i + 50])
                opt.zero_grad(), loss.backward(), opt.step()
                tracker.update(loss, logits, yt[i:i + 50])
            with torch.no_grad(), tracker.validating():
                for i in range(0, 300, 100):
                    logits = model(xv[i:i + 100]).squeeze(1)
                    tracker.update(F.binary_cross_entropy_with_logits(logits, yv[i:i + 100]), logits, yv[i:i + 100])
            tracker.end_epoch()
    h = ls.load("imbalanced/noise", store=store)
    majority = float((yv == 0).float().mean())
    assert h.meta["val_class_shares"] == pytest.approx([majority, 1 - majority], abs=1e-6)
    assert len(set(h.epoch["val_accuracy"])) > 1  # not one answer for every input
    f = ls.read(h).first("chance_level")
    assert f is not None and f.evidence["baseline"] == "majority class", ls.read(h).codes()
    assert "majority class of 2 scores" in f.message
    h = ls.load("imbalanced/noise", store=store)
    del h.meta["val_class_shares"]  # without the shares, ~0.8 is far above 1/2: nothing to say
    assert "chance_level" not in ls.read(h).codes()


def test_class_counts_are_taken_once_and_skip_ids_outside_the_classes(store):
    with Tracker(project="counts", name="ignore", store=store) as tracker:
        with tracker.validating():
            tracker.update(torch.tensor(1.0), torch.zeros(5, 3), torch.tensor([0, 2, 2, -100, 1]))
            tracker.update(torch.tensor(1.0), torch.zeros(3, 3), torch.tensor([2, 2, 7]))
        tracker.end_epoch()
        with tracker.validating():
            tracker.update(torch.tensor(1.0), torch.zeros(2, 3), torch.tensor([0, 0]))
        tracker.end_epoch()
    h = ls.load("counts/ignore", store=store)
    assert h.meta["val_class_shares"] == pytest.approx([1 / 6, 1 / 6, 4 / 6], abs=1e-6)  # first epoch, ids 0..2
