"""The read of a group: k-fold cross-validation aggregated, an odd fold flagged, a sweep's best run."""

import math

import numpy as np
import pytest

import learnscope as ls
from learnscope.errors import RunNotFoundError
from learnscope.history import History, RunInfo
from learnscope.read.group import load_group, read_group, to_text

sklearn = pytest.importorskip("sklearn")


def _digits():
    from sklearn.datasets import load_digits
    x, y = load_digits(return_X_y=True)
    return x / 16.0, y


def _train(store, name, xtr, ytr, xva, yva, *, group, fold=None, alpha=1e-4, epochs=8, seed=0):
    """A real SGD logistic regression, one partial_fit pass per epoch, recorded."""
    from sklearn.linear_model import SGDClassifier
    from sklearn.metrics import log_loss

    clf = SGDClassifier(loss="log_loss", alpha=alpha, learning_rate="constant", eta0=0.01, random_state=seed)
    classes = np.arange(10)
    with ls.init(project="cv", name=name, store=store, group=group, fold=fold, config={"alpha": alpha}) as run:
        run.set_meta(num_classes=10)
        for _ in range(epochs):
            clf.partial_fit(xtr, ytr, classes=classes)
            run.log_epoch({"loss": log_loss(ytr, clf.predict_proba(xtr), labels=classes),
                           "val_loss": log_loss(yva, clf.predict_proba(xva), labels=classes),
                           "val_accuracy": clf.score(xva, yva)})


def test_cross_validation_folds_aggregated_and_the_odd_fold_flagged(store):
    from sklearn.model_selection import KFold

    x, y = _digits()
    for k, (tr, va) in enumerate(KFold(5, shuffle=True, random_state=0).split(x)):
        ytr = y[tr].copy()
        if k == 3:  # a broken fold: its training labels shuffled (a bad data shard)
            ytr = np.random.default_rng(0).permutation(ytr)
        _train(store, f"fold-{k}", x[tr], ytr, x[va], y[va], group="digits-cv", fold=k)
    histories = load_group("digits-cv", store)
    g = read_group(histories)
    assert g.metric == "val_loss" and g.folds.n == 5
    best = [np.nanmin(h.epoch["val_loss"]) for h in histories]
    assert g.folds.best_mean == pytest.approx(np.mean(best)) and g.folds.best_std == pytest.approx(np.std(best, ddof=1))
    grid = np.array([h.epoch["val_loss"] for h in histories])
    np.testing.assert_allclose(g.folds.epoch_mean, grid.mean(0))
    np.testing.assert_allclose(g.folds.epoch_std, grid.std(0, ddof=1))
    assert [(m.fold, m.run) for m, _ in g.outliers] == [(3, "cv/fold-3")]
    assert g.best.fold != 3
    text = to_text(g)
    assert "Cross-validation: 5 folds: best val_loss" in text and "Unlike the other folds: cv/fold-3" in text


def test_a_sweep_names_its_best_run_and_why(store):
    x, y = _digits()
    for alpha in (1e-4, 1e-2, 1.0):  # 1.0 regularises the model into uselessness
        _train(store, f"alpha-{alpha:g}", x[:1200], y[:1200], x[1200:], y[1200:], group="sweep", alpha=alpha)
    g = read_group(load_group("sweep", store))
    assert [m.run for m in g.members][-1] == "cv/alpha-1"  # ranked best first
    vals = {m.run: m.best for m in g.members}
    assert g.best.run == min(vals, key=vals.get)
    assert g.why.startswith(f"{g.best.run} has the lowest val_loss") and "the next, " in g.why
    assert g.to_dict()["best"] == g.best.run and len(g.to_dict()["members"]) == 3


def test_group_edge_cases():
    def h(name, vals, fold=None, **meta):
        return History.from_dict({"val_accuracy": vals}, info=RunInfo(id=name, name=name, group="g", fold=fold,
                                                                      meta=meta))
    g = read_group([h("a", [0.5, 0.7]), h("b", [0.6, 0.9]), h("c", [math.nan, math.nan])])
    assert g.metric == "val_accuracy" and g.higher_is_better and g.best.run == "default/b"
    assert g.members[-1].run == "default/c" and math.isnan(g.members[-1].best)
    assert read_group([h("a", [math.nan])]).best is None
    with pytest.raises(ls.LearnscopeError, match="at least one run"):
        read_group([])
    with pytest.raises(ls.LearnscopeError, match="share no epoch-level metric"):
        read_group([History.from_dict({"a": [1.0]}), History.from_dict({"b": [1.0]})])
    two = read_group([h("a", [0.5], fold=0), h("b", [0.9], fold=1)])  # two folds: stats, no outlier test
    assert two.folds.n == 2 and two.outliers == []


def test_unknown_group_is_a_clear_error(store):
    _train(store, "one", *(_digits()[0][:100], _digits()[1][:100]) * 2, group="there", epochs=1)
    with pytest.raises(RunNotFoundError, match="no runs in group 'nope'.*groups there: there"):
        load_group("nope", store)


def test_read_group_cli(store):
    import json

    from tests.conftest import cli

    x, y = _digits()
    for alpha in (1e-4, 1.0):
        _train(store, f"alpha-{alpha:g}", x[:1200], y[:1200], x[1200:], y[1200:], group="sweep", alpha=alpha,
               epochs=3)
    out = cli("read", "--group", "sweep", "--store", store, check=True).stdout
    assert out.startswith("Group sweep: 2 runs compared on val_loss") and "Best: cv/alpha-0.0001" in out
    data = json.loads(cli("read", "--group", "sweep", "--json", "--store", store, check=True).stdout)
    assert data["best"] == "cv/alpha-0.0001" and [m["run"] for m in data["members"]][1] == "cv/alpha-1"
    for args in (("--group", "nope"), (), ("cv/alpha-1", "--group", "sweep")):
        proc = cli("read", *args, "--store", store)
        assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_plot_group_draws_folds_as_a_band_and_sweep_trials_apart(store, tmp_path):
    from tests.conftest import cli

    x, y = _digits()
    for k in range(3):
        _train(store, f"fold-{k}", x[k::3], y[k::3], x[1500:], y[1500:], group="cv3", fold=k, epochs=3)
        _train(store, f"trial-{k}", x[:1200], y[:1200], x[1200:], y[1200:], group="sw", alpha=10.0 ** -k,
               epochs=3)
    for group, band in (("cv3", True), ("sw", False)):
        svg = tmp_path / f"{group}.svg"
        cli("plot", "--group", group, "-o", svg, "--store", store, check=True)
        text = svg.read_text()
        assert ('id="band"' in text) is band and ('id="epoch"' in text) is not band


def test_a_study_direction_decides_for_a_monitored_metric():
    def h(name, vals):
        meta = {"monitor": "val_margin", "direction": "maximize"}
        return History.from_dict({"val_margin": vals}, info=RunInfo(id=name, name=name, group="s", meta=meta))
    g = read_group([h("a", [1.0, 2.0]), h("b", [3.0, 0.5])])
    assert g.metric == "val_margin" and g.higher_is_better and g.best.run == "default/b"


def test_stored_group_read_uses_the_stored_verdicts(store, monkeypatch):
    """The group read of a store reads no run again: each verdict is the one the store kept."""
    import learnscope.read
    from learnscope.read.group import read_stored_group
    from learnscope.store import open_store

    x, y = _digits()
    for alpha in (1e-4, 1e-2, 1.0):
        _train(store, f"s-{alpha:g}", x[:600], y[:600], x[600:900], y[600:900], group="kept", alpha=alpha, epochs=4)
    fresh = read_group(load_group("kept", store))
    kept = {r.info.id: r.verdict for r in open_store(store).runs(group="kept")}
    calls = []
    real = learnscope.read.read
    monkeypatch.setattr(learnscope.read, "read", lambda *a, **k: calls.append(a) or real(*a, **k))
    g = read_stored_group("kept", store)
    assert calls == []  # no run read again
    assert {m.id: m.verdict for m in g.members} == kept
    assert [(m.run, m.verdict, m.best) for m in g.members] == [(m.run, m.verdict, m.best) for m in fresh.members]
    assert g.why == fresh.why
    read_group(load_group("kept", store), verdicts=kept, classes=10)  # another read asked for: read again
    assert len(calls) == 3
