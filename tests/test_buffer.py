"""The buffer's fast path (dicts of floats) and general path give the same points, in order."""

import numpy as np
import pytest

import learnscope as ls
from learnscope.buffer import Buffer
from learnscope.errors import InvalidValueError


def test_key_sets_interleaved_keep_logging_order(store):
    rows = [{"loss": 1.0}, {"loss": 2.0, "lr": 0.1}, {"lr": 0.2, "loss": 3.0}, {"loss": 4},
            {"loss": 5.0}, {"loss": np.float32(6.0), "lr": 0.3}, {"loss": 7.0, "lr": 0.4}]
    with ls.init(project="p", name="order", store=store) as run:
        for row in rows:
            run.log(row)
    h = ls.load("p/order", store=store)
    assert h.batch["loss"].tolist() == [1, 2, 3, 4, 5, 6, 7]
    assert h.batch.series("loss").step.tolist() == list(range(7))
    assert h.batch["lr"].tolist() == [0.1, 0.2, 0.3, 0.4]
    assert h.batch.series("lr").step.tolist() == [1, 2, 5, 6]


def test_two_keys_of_one_series_in_one_dict_keep_dict_order():
    buf = Buffer("batch")
    assert buf.add_floats({"val_loss": 1.0, "val/loss": 2.0}, 0, 1.0, 0.0)
    buf.add({"val/loss": 3.0, "val_loss": 4}, 1, 1.0, 0.0)
    (key, (step, _, _, value)), = buf.take().items()
    assert (key.name, key.split) == ("loss", "val")
    assert step.tolist() == [0, 0, 1, 1] and value.tolist() == [1.0, 2.0, 3.0, 4.0]


def test_fast_path_refuses_anything_but_floats_and_keeps_nothing():
    buf = Buffer("batch")
    assert not buf.add_floats({"loss": 1}, 0, 1.0, 0.0)
    assert not buf.add_floats({}, 0, 1.0, 0.0)
    assert buf.add_floats({"loss": 1.0}, 0, 1.0, 0.0)
    assert not buf.add_floats({"loss": "high"}, 1, 1.0, 0.0)
    assert len(buf.steps) == 1
    with pytest.raises(InvalidValueError, match="metric keys must be strings"):
        buf.add_floats({3: 1.0}, 1, 1.0, 0.0)
    with pytest.raises(InvalidValueError, match="not allowed"):
        buf.add_floats({"": 1.0}, 1, 1.0, 0.0)
    (_, (step, _, _, value)), = buf.take().items()
    assert step.tolist() == [0] and value.tolist() == [1.0]
    assert buf.take() == {}


def test_tensor_and_float_rows_of_one_series_merge_in_order(store):
    torch = pytest.importorskip("torch")
    with ls.init(project="p", name="mixed", store=store, flush_interval=0.01) as run:
        for i in range(300):
            run.log({"loss": torch.tensor(float(i)) if i % 3 else float(i)})
    assert ls.load("p/mixed", store=store).batch["loss"].tolist() == list(range(300))


def test_a_failed_copy_from_the_device_takes_nothing(monkeypatch):
    """A device error while copying values to the host (at flush) loses no point: the
    next take returns every row. (On a GPU, tests/test_gpu.py raises it for real.)"""
    torch = pytest.importorskip("torch")
    import learnscope.buffer as buffer
    import learnscope.scalars as scalars

    monkeypatch.setattr(scalars, "_tensor_value", lambda key, v: v.detach())  # kept, as on a GPU
    failures = [RuntimeError("CUDA error: an illegal memory access was encountered")]
    real = buffer.to_float64

    def copy(vals):
        if failures:
            raise failures.pop()
        return real(vals)

    monkeypatch.setattr(buffer, "to_float64", copy)
    buf = Buffer("batch")
    for i in range(3):
        buf.add({"lr": 0.1 * i, "loss": torch.tensor(float(i))}, i, 1.0, 0.0)
    with pytest.raises(RuntimeError, match="illegal memory access"):
        buf.take()
    buf.add({"lr": 0.3, "loss": torch.tensor(3.0)}, 3, 2.0, 0.0)   # logged meanwhile: after them
    taken = {k.name: (s, v) for k, (s, _, _, v) in buf.take().items()}
    assert taken["loss"][1].tolist() == [0.0, 1.0, 2.0, 3.0] and taken["loss"][0].tolist() == [0, 1, 2, 3]
    assert np.allclose(taken["lr"][1], [0.0, 0.1, 0.2, 0.3])


def test_a_meta_tensor_is_refused_at_log_time():
    torch = pytest.importorskip("torch")
    with pytest.raises(InvalidValueError, match="meta device"):
        Buffer("batch").add({"loss": torch.ones((), device="meta")}, 0, 1.0, 0.0)


def test_a_device_tensor_changed_in_place_after_logging_is_told(monkeypatch, caplog):
    torch = pytest.importorskip("torch")
    import learnscope.scalars as scalars

    monkeypatch.setattr(scalars, "_tensor_value", lambda key, v: v.detach())  # kept, as on a GPU
    buf, total = Buffer("batch"), torch.zeros(())
    for i in range(3):
        total += i
        buf.add({"total": total, "fresh": total * 1}, i, 1.0, 0.0)
    with caplog.at_level("WARNING", logger="learnscope"):
        taken = {k.name: v for k, (_, _, _, v) in buf.take().items()}
    assert taken["fresh"].tolist() == [0.0, 1.0, 3.0] and taken["total"].tolist() == [3.0] * 3
    assert "'total' is a device tensor changed in place" in caplog.text and "'fresh'" not in caplog.text


def test_run_log_does_not_wait_while_a_flush_copies_from_the_device(store, monkeypatch):
    """Copying tensors from a device waits for the device; the flush does it without the
    run's lock, so training goes on logging meanwhile. (Here a copy held until the logging is
    done: a run.log that waited for it would find the copy over, after its 10 s timeout.)"""
    import threading

    torch = pytest.importorskip("torch")
    import learnscope.scalars as scalars

    monkeypatch.setattr(scalars, "_tensor_value", lambda key, v: v.detach())  # kept, as on a GPU
    real, copying, release, copied = scalars._to_host, threading.Event(), threading.Event(), threading.Event()

    def slow_copy(tensors):
        copying.set()
        release.wait(10)
        copied.set()
        return real(tensors)

    monkeypatch.setattr(scalars, "_to_host", slow_copy)
    run = ls.init(project="p", name="slow-copy", store=store, flush_interval=3600)
    for i in range(5):
        run.log({"loss": torch.tensor(float(i))})
    flusher = threading.Thread(target=run.flush)
    flusher.start()
    assert copying.wait(5)
    for i in range(5, 10):
        run.log({"loss": torch.tensor(float(i))})
    logged_during_copy = not copied.is_set()
    release.set()
    flusher.join()
    run.finish()
    assert logged_during_copy, "run.log waited for the flush's copy from the device"
    assert ls.load("p/slow-copy", store=store).batch["loss"].tolist() == list(range(10))


def test_finish_keeps_everything_else_when_a_device_fails_for_good(store, monkeypatch, caplog):
    torch = pytest.importorskip("torch")
    import learnscope.buffer as buffer
    import learnscope.scalars as scalars

    run = ls.init(project="p", name="dead-device", store=store, flush_interval=3600)
    for i in range(3):
        run.log({"lr": 0.1 * i})
    run.flush()                                   # these are in the store
    monkeypatch.setattr(scalars, "_tensor_value", lambda key, v: v.detach())  # kept, as on a GPU

    real = buffer.to_float64

    def broken(vals):  # the device is gone: any copy from it fails, plain numbers are fine
        if any(type(v) is not float for v in vals):
            raise RuntimeError("CUDA error: device-side assert triggered")
        return real(vals)

    monkeypatch.setattr(buffer, "to_float64", broken)
    run.log({"loss": torch.tensor(1.0)})
    run.log_epoch({"val_loss": 0.5})
    with caplog.at_level("ERROR", logger="learnscope"):
        run.finish()                              # no exception out of finish
    assert "1 logged rows could not be read from their device" in caplog.text
    h = ls.load("p/dead-device", store=store)
    assert h.info.status == "finished" and np.allclose(h.batch["lr"], [0.0, 0.1, 0.2])
    assert h.epoch["val_loss"].tolist() == [0.5]


def test_a_flush_failing_again_and_again_is_said_once(store, monkeypatch, caplog):
    import time

    torch = pytest.importorskip("torch")
    import learnscope.buffer as buffer
    import learnscope.scalars as scalars

    monkeypatch.setattr(scalars, "_tensor_value", lambda key, v: v.detach())  # kept, as on a GPU
    real, failing = buffer.to_float64, [True]

    def copy(vals):
        if failing[0] and any(type(v) is not float for v in vals):
            raise RuntimeError("CUDA error: an illegal memory access was encountered")
        return real(vals)

    monkeypatch.setattr(buffer, "to_float64", copy)
    with caplog.at_level("ERROR", logger="learnscope"):
        run = ls.init(project="p", name="flaky", store=store, flush_interval=0.02)
        run.log({"loss": torch.tensor(1.0)})
        time.sleep(0.5)                    # some 25 background flushes, every one failing
        failing[0] = False
        run.finish()
    assert caplog.text.count("background flush failed") == 1
    assert ls.load("p/flaky", store=store).batch["loss"].tolist() == [1.0]
