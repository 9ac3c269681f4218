"""ls.plot: the structure of the figure (panels, lines, scales, marks), not its pixels."""

import subprocess
import sys

import numpy as np
import pytest
from matplotlib.collections import PolyCollection

import learnscope as ls
from learnscope.errors import InvalidValueError
from learnscope.plot import markers
from learnscope.read.finding import Finding, Read
from tests.plot.conftest import make_history


def panels(fig):
    return {ax.get_title(): ax for ax in fig.axes if ax.get_visible()}


def by_gid(ax, gid):
    return [a for a in [*ax.lines, *ax.patches, *ax.collections] if a.get_gid() == gid]


def legend_texts(fig):
    legends = [*fig.legends, *(leg for sub in fig.subfigs for leg in sub.legends)]
    return [t.get_text() for leg in legends for t in leg.get_texts() if t.get_text()]


def test_one_panel_per_metric_loss_first(history):
    fig = ls.plot(history)
    assert list(panels(fig)) == ["loss", "accuracy"]
    assert all(ax.get_xlabel() == "epoch" for ax in panels(fig).values())


def test_train_and_validation_paired(history):
    ax = panels(ls.plot(history))["loss"]
    lines = by_gid(ax, "epoch")
    assert len(lines) == 2
    train, val = lines
    assert train.get_color() == val.get_color()
    assert train.get_linestyle() != val.get_linestyle()
    np.testing.assert_allclose(val.get_ydata(), history.epoch["val_loss"])
    assert {"train", "validation"} <= set(legend_texts(ax.figure))


def test_log_scale_when_loss_spans_decades():
    wide = make_history(epochs=40, scale=1000.0)  # 1000 down to ~0.4
    fig = ls.plot(wide)
    assert panels(fig)["loss"].get_yscale() == "log"
    assert panels(fig)["accuracy"].get_yscale() == "linear"
    assert panels(ls.plot(make_history()))["loss"].get_yscale() == "linear"
    assert panels(ls.plot(wide, log_scale=False))["loss"].get_yscale() == "linear"
    assert panels(ls.plot(make_history(), log_scale=True))["loss"].get_yscale() == "log"


def test_best_epoch_marked_without_read(monkeypatch):
    monkeypatch.setattr(markers, "read_or_none", lambda h: None)
    h = make_history(overfit_from=8)
    best = float(h.epoch.series("val_loss").epoch[np.argmin(h.epoch["val_loss"])])
    ax = panels(ls.plot(h))["loss"]
    (line,) = by_gid(ax, "best")
    assert line.get_xdata()[0] == best
    assert not by_gid(ax, "overfit")  # a judgement: only from the read
    assert f"best epoch {best:g}" in legend_texts(ax.figure)


def test_read_marks_overfitting_and_nan(monkeypatch):
    """The read's contract (Read/Finding) turns into marks: shading after the onset."""
    said = Read("overfitting", best_epoch=9, early_stop_epoch=12, findings=[
        Finding("overfitting", "warning", "val loss rises", epoch=10),
        Finding("non_finite", "error", "NaN", epoch=15, step=None)])
    monkeypatch.setattr(markers, "read_or_none", lambda h: said)
    fig = ls.plot(make_history(overfit_from=8))
    ax = panels(fig)["loss"]
    (span,) = by_gid(ax, "overfit")
    assert span.get_x() == 10 and span.get_x() + span.get_width() >= 20
    assert by_gid(ax, "best")[0].get_xdata()[0] == 9
    assert by_gid(ax, "nonfinite")[0].get_xdata()[0] == 15
    assert "overfitting" in fig.get_suptitle()
    assert not by_gid(panels(ls.plot(make_history(), read=False))["loss"], "overfit")


def test_real_read_marks_what_it_finds():
    try:
        from learnscope.read import read
    except ImportError:
        pytest.skip("the read module is not installed yet")
    h = make_history(epochs=40, overfit_from=10)
    result = read(h)
    ax = panels(ls.plot(h))["loss"]
    if result.best_epoch is not None:
        assert by_gid(ax, "best")[0].get_xdata()[0] == result.best_epoch
    assert bool(by_gid(ax, "overfit")) == (result.first("overfitting") is not None
                                           and result.first("overfitting").epoch is not None)


def test_first_nan_marked(monkeypatch):
    monkeypatch.setattr(markers, "read_or_none", lambda h: None)
    ax = panels(ls.plot(make_history(nan_from=10)))["loss"]
    (line,) = by_gid(ax, "nonfinite")
    assert line.get_xdata()[0] == 11  # epochs count from 1


def test_batch_points_sit_under_their_epoch():
    h = make_history(epochs=10, batches=50)
    ax = panels(ls.plot(h))["loss"]
    (faint,) = by_gid(ax, "batch")
    x = np.asarray(faint.get_xdata())
    assert len(x) == 500 and faint.get_alpha() < 0.5
    assert x.min() > 0 and x.max() == 10
    np.testing.assert_array_equal(np.ceil(x), np.repeat(np.arange(1, 11), 50))  # epoch e -> (e-1, e]
    assert "train, per batch" in legend_texts(ax.figure)
    assert not by_gid(panels(ls.plot(h, level="epoch"))["loss"], "batch")


def test_batch_level_only_is_drawn_against_steps():
    h = make_history(epochs=5, batches=20)
    for key in [k for k in h.series if k.level == "epoch"]:
        del h.series[key]
    ax = panels(ls.plot(h))["loss"]
    assert ax.get_xlabel() == "step"
    assert panels(ls.plot(make_history(batches=5), level="batch"))["loss"].get_xlabel() == "step"


def test_large_series_are_downsampled_keeping_extremes():
    h = make_history(epochs=10, batches=100_000)
    s = h.batch.series("loss")
    s.value[123_457] = 50.0  # a spike must survive downsampling
    (faint,) = by_gid(panels(ls.plot(h))["loss"], "batch")
    assert len(faint.get_ydata()) < 5000
    assert np.max(faint.get_ydata()) == 50.0


def test_smoothing_keeps_raw_line_faint(history):
    ax = panels(ls.plot(make_history(), smoothing=0.8))["loss"]
    raw, smooth = by_gid(ax, "raw"), by_gid(ax, "epoch")
    assert len(raw) == 2 and all(r.get_alpha() < 0.5 for r in raw)
    tv = lambda y: np.abs(np.diff(y)).sum()  # noqa: E731
    assert tv(smooth[0].get_ydata()) <= tv(raw[0].get_ydata())


def test_group_draws_mean_and_band():
    runs = [make_history(name=f"fold{k}", group="cv", seed=k) for k in range(5)]
    fig = ls.plot(runs)
    ax = panels(fig)["loss"]
    bands = [c for c in by_gid(ax, "band") if isinstance(c, PolyCollection)]
    assert len(bands) == 2  # train and validation
    means = by_gid(ax, "mean")
    stacked = np.vstack([h.epoch["loss"] for h in runs])
    np.testing.assert_allclose(means[0].get_ydata(), stacked.mean(0))
    assert "mean ± 1 std" in fig.get_suptitle()
    assert not by_gid(panels(ls.plot(runs, group=False))["loss"], "band")
    assert by_gid(panels(ls.plot([make_history(seed=k) for k in range(3)], group=True))["loss"], "band")


def test_comparison_one_colour_per_run_legend_from_config():
    runs = [make_history(name=f"r{i}", config={"lr": lr, "seed": 0, "epochs": 20}, seed=i)
            for i, lr in enumerate([0.1, 0.01, 0.001])]
    fig = ls.plot(runs)
    texts = legend_texts(fig)
    assert {"lr=0.1", "lr=0.01", "lr=0.001"} <= set(texts)
    assert not any("seed" in t for t in texts)
    train_lines = [line for line in by_gid(panels(fig)["loss"], "epoch") if line.get_linestyle() == "-"]
    assert len({line.get_color() for line in train_lines}) == 3


def test_comparison_falls_back_to_names():
    runs = [make_history(name=n, seed=i) for i, n in enumerate(["baseline", "wide"])]
    assert {"baseline", "wide"} <= set(legend_texts(ls.plot(runs)))


def test_bad_arguments_are_one_line_errors(history):
    with pytest.raises(InvalidValueError, match="no metric 'nope'"):
        ls.plot(history, metrics=["nope"])
    with pytest.raises(InvalidValueError, match="level"):
        ls.plot(history, level="minute")
    with pytest.raises(InvalidValueError, match="smoothing"):
        ls.plot(history, smoothing=1.5)
    with pytest.raises(InvalidValueError, match="empty"):
        ls.plot([])


def test_plot_after_import_and_without_pyplot():
    code = ("import sys, learnscope as ls, learnscope.plot; from matplotlib.figure import Figure; "
            "f = ls.plot({'loss': [1.0, 0.5]}); "
            "print(isinstance(f, Figure), 'matplotlib.pyplot' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "False"]   # a matplotlib Figure (one that shows itself in notebooks)
