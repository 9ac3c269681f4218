"""The chart model: one picture of the same runs in the figure, the report and the dashboard,
and what is averaged (repeats only) versus drawn side by side (everything else)."""

import json
import urllib.request

import numpy as np
import pytest

import learnscope as ls
from learnscope.plot.model import build, to_json
from learnscope.report.payload import build as report_payload
from tests.dashboard.conftest import Server
from tests.plot import sweeps
from tests.plot.conftest import make_history


@pytest.fixture(scope="module")
def mixed_store(tmp_path_factory):
    """A 3-rate sweep (real trainings) and a 5-fold cross-validation in one store."""
    store = str(tmp_path_factory.mktemp("model") / "store")
    return store, sweeps.lr_sweep(store) + sweeps.cv_folds(store)


def _api_model(store, ids):
    server = Server(store)
    try:
        with urllib.request.urlopen(f"{server.base}api/chart?runs={','.join(ids)}", timeout=120) as resp:
            return json.loads(resp.read())
    finally:
        server.stop()


def _fig_panels(fig):
    return {ax.get_title(): ax for ax in fig.subfigs[0].axes if ax.get_visible() and ax.get_title()} \
        if fig.subfigs else {ax.get_title(): ax for ax in fig.axes if ax.get_visible() and ax.get_title()}


def test_figure_report_and_dashboard_draw_the_same_picture(mixed_store):
    store, ids = mixed_store
    histories = [ls.load(i, store=store) for i in ids]
    report = report_payload(histories)["chart"]
    api = _api_model(store, ids)
    fig = ls.plot(ids, store=store)
    assert [p["metric"] for p in report["panels"]] == [p["metric"] for p in api["panels"]] == ["loss", "accuracy"]
    assert list(_fig_panels(fig)) == ["loss", "accuracy"]
    # one entity per sweep run, one for the five folds (averaged), the same colours everywhere
    assert [e["colour"] for e in report["entities"]] == [e["colour"] for e in api["entities"]]
    assert [e["band"] for e in api["entities"]] == [False, False, False, True]
    figure_colours = {line.get_color() for line in _fig_panels(fig)["loss"].lines if line.get_gid() in ("epoch", "mean")}
    assert figure_colours == {e["colour"] for e in api["entities"]}
    for panel_r, panel_a in zip(report["panels"], api["panels"]):
        band_r = next(t for t in panel_r["traces"] if t["kind"] == "band")
        band_a = next(t for t in panel_a["traces"] if t["kind"] == "band")
        assert band_r["lo"] == band_a["lo"] and band_r["hi"] == band_a["hi"]
        assert panel_r["log"] == panel_a["log"] == (_fig_panels(fig)[panel_a["metric"]].get_yscale() == "log")
    # the figure's band is the same mean ± std (ddof=1) of the five folds
    (poly,) = [c for c in _fig_panels(fig)["loss"].collections if c.get_gid() == "band"][:1]
    ys = poly.get_paths()[0].vertices[:, 1]
    band = next(t for t in api["panels"][0]["traces"] if t["kind"] == "band" and t["split"] == "val")
    folds = np.vstack([h.epoch["val_loss"] for h in histories[3:]])
    np.testing.assert_allclose(band["hi"], folds.mean(0) + folds.std(0, ddof=1), rtol=1e-5)
    val_poly = [c for c in _fig_panels(fig)["loss"].collections if c.get_gid() == "band"][1]
    assert np.isclose(val_poly.get_paths()[0].vertices[:, 1], band["hi"][0], rtol=1e-5).any()
    assert ys.min() >= 0


def test_a_sweep_sharing_a_group_is_drawn_side_by_side():
    runs = [make_history(name=f"lr-{lr}", config={"lr": lr, "momentum": 0.9}, group="lr-sweep", seed=i)
            for i, lr in enumerate([0.1, 0.01, 0.001])]
    model = build(runs)
    assert [e["label"] for e in model["entities"]] == ["lr=0.1", "lr=0.01", "lr=0.001"]
    assert not any(e["band"] for e in model["entities"])
    assert len({e["colour"] for e in model["entities"]}) == 3


def test_seeds_of_one_config_and_folds_are_averaged():
    seeds = [make_history(name=f"s{k}", config={"lr": 0.1, "seed": k}, group="g", seed=k) for k in range(3)]
    other = make_history(name="big", config={"lr": 0.5, "seed": 0}, group="g", seed=9)
    model = build(seeds + [other])
    assert [(e["label"], e["band"]) for e in model["entities"]] == [("lr=0.1 (3 runs)", True), ("lr=0.5", False)]
    assert "None" not in json.dumps([e["label"] for e in model["entities"]])


def test_bands_stay_in_the_metric_domain():
    runs = [make_history(name=f"f{k}", group="cv", seed=k) for k in range(3)]
    for k, h in enumerate(runs):  # validation accuracy near 1 with spread: mean + std would pass 1
        h.get("accuracy", "val").value[:] = [1.0, 0.9, 0.999][k]
        h.get("loss", "val").value[:] = [0.0, 0.3, 0.01][k]
    model = to_json(build(runs))
    acc = next(p for p in model["panels"] if p["metric"] == "accuracy")
    loss = next(p for p in model["panels"] if p["metric"] == "loss")
    val_acc = next(t for t in acc["traces"] if t["kind"] == "band" and t["split"] == "val")
    val_loss = next(t for t in loss["traces"] if t["kind"] == "band" and t["split"] == "val")
    assert max(val_acc["hi"]) == 1.0 and min(val_loss["lo"]) == 0.0


def test_large_sweep_colour_bar_highlight_and_short_legend():
    rng = np.random.default_rng(0)
    runs = [make_history(name=f"t{i}", config={"lr": float(10 ** rng.uniform(-4, 0)), "bs": 64}, group="s",
                         seed=i) for i in range(40)]
    model = build(runs, read=False)
    bar = model["colourbar"]
    assert bar["key"] == "lr" and bar["log"] and bar["min"] < 1e-3 < bar["max"]
    assert sum(e["highlight"] for e in model["entities"]) == 5
    assert sum(e["legend"] for e in model["entities"]) <= 12
    hp = model["hparams"]
    assert hp["params"][0]["key"] == "lr" and hp["params"][0]["log"] and len(hp["trials"]) == 40
    fig = ls.plot(runs, read=False)
    legend = [t.get_text() for sub in fig.subfigs for leg in sub.legends for t in leg.get_texts() if t.get_text()]
    assert len(legend) <= 12
    assert any(ax.get_label() == "<colorbar>" for ax in fig.subfigs[0].axes)


def test_constant_series_is_a_note_not_a_panel():
    h = make_history(name="r")
    h.add(make_history().get("loss", "train").__class__("lr", "train", "epoch", np.arange(1), np.array([1.0]),
                                                         None, np.array([0.001])))
    model = build([h])
    assert "lr" not in [p["metric"] for p in model["panels"]] and model["constants"] == {"lr": 0.001}
    assert "constant: lr = 0.001" in ls.plot(h).get_suptitle()


def test_float32_config_values_shown_as_typed():
    lr = float(np.float32(0.001))
    runs = [make_history(name=f"r{i}", config={"learning_rate": v}) for i, v in enumerate([lr, float(np.float32(0.01))])]
    assert [e["label"] for e in build(runs)["entities"]] == ["learning_rate=0.001", "learning_rate=0.01"]
    payload = report_payload(runs)
    assert payload["runs"][0]["config"]["learning_rate"] == 0.001


def test_tokens_axis_places_points_at_tokens_seen():
    """x="tokens": every point at the tokens seen by its step (tokens logged every 10 steps,
    interpolated between); a spike survives min/max downsampling; no tokens series is an error."""
    from learnscope.errors import InvalidValueError
    from learnscope.history import History, RunInfo, Series

    n = 50_000
    step = np.arange(1, n + 1)
    y = 2 + np.random.default_rng(3).normal(0, 0.05, n)
    y[31_234] = 9.0
    h = History(RunInfo(name="lm"), [Series("loss", "train", "batch", step, step / 1e6, None, y),
                                     Series("tokens", "train", "batch", step[9::10], step[9::10] / 1e6, None,
                                            step[9::10] * 512.0)])
    h.add(Series("loss", "val", "epoch", step[999::1000], step[999::1000] / 1e6, None, np.linspace(2.5, 2.1, 50)))
    m = build([h], x="tokens", read=False)
    assert m["x"] == "tokens" and [p["metric"] for p in m["panels"]] == ["loss"]
    batch = next(t for t in m["panels"][0]["traces"] if t["kind"] == "batch")
    val = next(t for t in m["panels"][0]["traces"] if t["split"] == "val")
    assert len(batch["x"]) < 5000 and batch["y"].max() == 9.0
    assert batch["x"][np.argmax(batch["y"])] == 31_235 * 512 and val["x"][0] == 1000 * 512
    m = build([h], read=False)  # steps by default; tokens is an axis, not a panel, unless asked
    assert m["x"] == "step" and [p["metric"] for p in m["panels"]] == ["loss"]
    assert [p["metric"] for p in build([h], read=False, metrics=["tokens"])["panels"]] == ["tokens"]
    with pytest.raises(InvalidValueError, match="tokens"):
        build([History(RunInfo(name="plain"), [h.get("loss", "train", "batch")])], x="tokens")
