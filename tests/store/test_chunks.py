import numpy as np
import pytest

import learnscope as ls
from learnscope.store import chunks as ck
from learnscope.store import open_store
from learnscope.store.schema import chunks as T


@pytest.mark.parametrize("steps", [np.arange(5), np.arange(0, 50, 10), np.array([3, 1, 2, 2**62]), np.array([7])])
def test_chunk_round_trip(steps):
    n = len(steps)
    rng = np.random.default_rng(0)
    epoch = np.repeat(np.array([1.0, 1.5, np.nan, 4.0]), n)[:n]
    times = 1.7e9 + np.cumsum(rng.random(n))
    times[0] = np.nan if n > 2 else times[0]
    values = np.array([np.nan, np.inf, -np.inf, 1e-310, 1.7976931348623157e308, -0.0, 0.1])[:n]
    if len(values) < n:
        values = np.resize(values, n)
    c = ck.encode(steps, epoch, times, values)
    s, e, t, v = ck.decode(c.n, c.steps, c.epochs, c.times, c.values)
    np.testing.assert_array_equal(s, steps)
    np.testing.assert_array_equal(e, epoch)
    np.testing.assert_allclose(t, times, atol=1e-3)
    np.testing.assert_array_equal(np.isnan(t), np.isnan(times))
    assert v.tobytes() == values.astype("<f8").tobytes()  # bit-exact, sign of zero included


def test_tail_chunks_merge_and_seal(store, monkeypatch):
    """Flushing one point at a time keeps few rows and loses nothing."""
    monkeypatch.setattr(ck, "CHUNK_POINTS", 64)
    run = ls.init(project="p", name="tail", store=store, flush_interval=3600)
    for i in range(1000):
        run.log({"loss": float(i)})
        run.flush()
    run.finish()
    s = open_store(store)
    with s.reader.connect() as conn:
        rows = conn.execute(T.select()).all()
    assert len(rows) <= 1000 // 64 + 8
    assert sum(r.n for r in rows) == 1000
    h = ls.load("p/tail", store=store)
    assert h.batch["loss"].tolist() == [float(i) for i in range(1000)]
    assert h.batch.series("loss").step.tolist() == list(range(1000))


def test_step_range_reads_only_needed_points(store):
    run = ls.init(project="p", name="range", store=store)
    for i in range(50000):
        run.log({"loss": i * 0.5})
    run.finish()
    h = open_store(store).load("p/range", step_range=(20000, 20009))
    assert h.batch.series("loss").step.tolist() == list(range(20000, 20010))
    assert h.batch["loss"].tolist() == [i * 0.5 for i in range(20000, 20010)]


def test_bytes_per_point_is_small(store):
    run = ls.init(project="p", name="size", store=store)
    rng = np.random.default_rng(1)
    for v in rng.random(200000):
        run.log({"loss": float(v)})
    run.finish()
    with open_store(store).reader.connect() as conn:
        rows = conn.execute(T.select()).all()
    stored = sum(len(r.steps) + len(r.epochs) + len(r.times) + len(r.vals) + 48 for r in rows)
    assert stored / 200000 < 9.5
