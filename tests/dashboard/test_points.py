"""Server-side thinning: few points per trace, extremes and NaN kept, detail for a zoomed range."""

import numpy as np
import pytest

from learnscope.dashboard.points import epoch_axis, run_series, series_points
from learnscope.history import History, RunInfo, Series
from learnscope.store import open_store
from learnscope.store.chunks import CHUNK_POINTS


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """A run with a 600,000-point batch series (37 chunks) holding one spike, one dip and one NaN."""
    n = 600_000
    step = np.arange(n, dtype=np.int64)
    value = np.sin(step / 5000.0) + 0.01 * np.random.default_rng(1).standard_normal(n)
    value[123_457] = 50.0
    value[400_001] = -50.0
    value[250_000] = np.nan
    epoch = (step // 60_000 + 1).astype(float)
    ends = np.arange(59_999, n, 60_000)
    store = open_store(str(tmp_path_factory.mktemp("pts") / "s"))
    info = store.save_history(History(RunInfo(project="p", name="big"), [
        Series("loss", "train", "batch", step, epoch, 1e9 + step * 0.01, value),
        Series("loss", "val", "epoch", ends, epoch[ends], 1e9 + ends * 0.01, np.linspace(1, 0.5, len(ends)))]))
    sid = next(s["id"] for s in run_series(store, info.id) if s["level"] == "batch")
    return store, sid, value


def test_overview_is_small_and_keeps_the_extremes(big):
    store, sid, value = big
    pts = series_points(store, sid, buckets=500)
    assert not pts["exact"] and pts["total"] == len(value)
    assert len(pts["value"]) <= 4.5 * 500  # ~4 per bucket, a bucket more per chunk edge
    assert np.nanmax(pts["value"]) == 50.0 and np.nanmin(pts["value"]) == -50.0
    assert np.all(np.diff(pts["step"]) > 0)


def test_huge_series_overview_comes_from_the_chunk_index(big):
    store, sid, value = big
    pts = series_points(store, sid, buckets=20)  # 30,000 steps per bucket: every chunk spans < 2 buckets
    n_chunks = -(-len(value) // CHUNK_POINTS)
    assert len(pts["value"]) == 2 * n_chunks  # min and max of each chunk, nothing decoded
    assert np.nanmax(pts["value"]) == 50.0 and np.nanmin(pts["value"]) == -50.0


def test_zoom_returns_exact_points_of_the_range(big):
    store, sid, value = big
    pts = series_points(store, sid, lo=249_900, hi=250_100, buckets=500)
    assert pts["exact"]
    assert pts["step"].tolist() == list(range(249_900, 250_101))
    np.testing.assert_array_equal(pts["value"], value[249_900:250_101])  # NaN included, in place
    assert np.isnan(pts["value"][100])


def test_medium_zoom_thins_within_the_range_and_keeps_nan(big):
    store, sid, value = big
    pts = series_points(store, sid, lo=200_000, hi=300_000, buckets=300)
    assert not pts["exact"] and len(pts["value"]) <= 5 * 300
    assert pts["step"].min() >= 200_000 and pts["step"].max() <= 300_000
    assert np.isnan(pts["value"]).sum() == 1


def test_wall_times_and_epochs_follow_the_chosen_points(big):
    store, sid, value = big
    pts = series_points(store, sid, lo=1000, hi=1010, want_time=True)
    np.testing.assert_allclose(pts["time"], 1e9 + np.arange(1000, 1011) * 0.01)
    assert set(pts["epoch"]) == {1.0}


def test_epoch_axis_puts_batches_under_their_epoch():
    steps = np.array([9, 19, 29])  # epochs 1..3 ended at these steps
    x = epoch_axis(np.array([0, 9, 10, 19, 29, 34]), steps, np.array([1.0, 2.0, 3.0]))
    np.testing.assert_allclose(x, [0.1, 1.0, 1.1, 2.0, 3.0, 3.5])
    assert epoch_axis(np.array([1, 2]), np.array([]), np.array([])) is None
