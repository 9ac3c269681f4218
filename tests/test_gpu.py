"""Recording on a GPU never waits for the device (runs only where torch sees CUDA).

The device is kept busy by a spin kernel queued ahead of the logged values, so a
``run.log`` or ``Tracker.update`` that waited for a value would wait for the spin;
PyTorch's own sync checker (``set_sync_debug_mode("error")``) also turns any
synchronising call inside them into an error. Afterwards every value must have
reached the store exactly. Every kernel runs once before the spin: CUDA loads a
kernel's module at its first launch, which waits for the device by itself. And a
guarded stretch queues a few hundred kernels at most: behind a busy device, CUDA's
launch queue (about a thousand launches) fills and then blocks the host by itself.
"""


import numpy as np
import pytest

torch = pytest.importorskip("torch")
if not torch.cuda.is_available():
    pytest.skip("no CUDA device (torch.cuda.is_available() is False)", allow_module_level=True)

import learnscope as ls  # noqa: E402
from learnscope.torch import Tracker  # noqa: E402

SPIN = 2_000_000_000  # GPU clock cycles: a second or more of a busy device


class _NoSync:
    """Inside: any synchronising torch call raises; on exit, whether the device is still busy."""

    def __enter__(self):
        torch.cuda.synchronize()
        torch.cuda._sleep(SPIN)
        torch.cuda.set_sync_debug_mode("error")
        return self

    def __exit__(self, *exc):
        torch.cuda.set_sync_debug_mode("default")
        self.still_busy = not torch.cuda.current_stream().query()
        return False


def test_run_log_of_device_tensors_does_not_wait_and_keeps_every_value(store):
    run = ls.init(project="gpu", name="log", store=store, flush_interval=3600)
    one = torch.ones((), device="cuda")
    (one * 2) / 1000  # loads the kernels
    with _NoSync() as guard:
        for i in range(250):          # 500 launches: within CUDA's launch queue
            loss = one * i            # queued behind the spin: not computed yet
            run.log({"loss": loss, "accuracy": loss / 1000, "lr": 0.1})
    assert guard.still_busy, "run.log waited for the device"
    run.finish()
    h = ls.load("gpu/log", store=store)
    assert h.batch["loss"].tolist() == [float(i) for i in range(250)]
    assert np.allclose(h.batch["accuracy"], np.arange(250) / 1000)
    assert h.batch["lr"].tolist() == [0.1] * 250


@pytest.mark.xfail(strict=False, reason="not yet run on a GPU in this form: its first form (2026-12-04, an H200) "
                   "guarded whole epochs, some 4,500 launches with probes, and found the device idle after them "
                   "with no sync flagged, which CUDA's full launch queue explains; it now guards 4 batches")
def test_tracker_waits_for_the_device_once_per_epoch_not_per_batch(store):
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(20, 64), torch.nn.ReLU(), torch.nn.Linear(64, 3)).cuda()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x = torch.randn(40, 32, 20, device="cuda")
    y = (x[..., 0] > 0).long() + (x[..., 1] > 0).long()
    tracker = Tracker(project="gpu", name="tracker", store=store, model=model, optimizer=opt, probes=True,
                      flush_interval=3600)  # no flush while syncs raise: that is the next test
    blocks = [torch.empty(1, device="cuda") for _ in range(50_000)]
    del blocks  # the caching allocator keeps their memory for the epochs below

    def step(xb, yb):
        logits = model(xb)
        loss = torch.nn.functional.cross_entropy(logits, yb)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        tracker.update(loss, logits, yb)
        return loss.detach()

    ref = []
    for epoch in range(3):
        losses = []
        if epoch:  # epoch 1 loaded every kernel; 4 batches are about 400 launches with the probes
            with _NoSync() as guard:
                losses += [step(xb, yb) for xb, yb in zip(x[:4], y[:4])]
            assert guard.still_busy, "Tracker.update waited for the device"
        losses += [step(xb, yb) for xb, yb in zip(x[len(losses):30], y[len(losses):30])]
        with torch.no_grad(), tracker.validating():
            for xb, yb in zip(x[30:], y[30:]):
                tracker.update(torch.nn.functional.cross_entropy(model(xb), yb), model(xb), yb)
        ref += torch.stack(losses).tolist()
        values = tracker.end_epoch()
        assert set(values) == {"loss", "accuracy", "val_loss", "val_accuracy"}
    tracker.finish()
    h = ls.load("gpu/tracker", store=store)
    assert np.allclose(h.batch["loss"], ref, rtol=1e-6)
    assert np.isclose(h.epoch["loss"][-1], np.mean(ref[-30:]), rtol=1e-5)
    assert any(k.startswith("probe/grad_norm/") for k in h.batch)


def test_a_flush_that_cannot_copy_from_the_device_loses_nothing(store):
    run = ls.init(project="gpu", name="failed-copy", store=store, flush_interval=3600)
    one = torch.ones((), device="cuda")
    for i in range(10):
        run.log({"lr": 0.1, "loss": one * i})
    torch.cuda.set_sync_debug_mode("error")  # the copy to the host now raises
    try:
        with pytest.raises(RuntimeError):
            run.flush()
    finally:
        torch.cuda.set_sync_debug_mode("default")
    run.finish()
    h = ls.load("gpu/failed-copy", store=store)
    assert h.batch["loss"].tolist() == list(range(10)) and h.batch["lr"].tolist() == [0.1] * 10


def test_a_device_tensor_changed_in_place_after_logging_is_told(store, caplog):
    run = ls.init(project="gpu", name="in-place", store=store, flush_interval=3600)
    total = torch.zeros((), device="cuda")
    for i in range(4):
        total += i
        run.log({"total": total, "mean": total / (i + 1)})
    with caplog.at_level("WARNING", logger="learnscope"):
        run.finish()
    h = ls.load("gpu/in-place", store=store)
    assert h.batch["mean"].tolist() == [0.0, 0.5, 1.0, 1.5]
    assert "'total' is a device tensor changed in place" in caplog.text
