"""The JSON API of the real `learnscope ui` server: runs list, run, read, points."""

import json
import urllib.error
import urllib.request

import pytest

from learnscope.read.finding import CODES


def get(server, path):
    """(status, JSON body) of a GET on the running server."""
    try:
        with urllib.request.urlopen(server.base + path, timeout=30) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def test_runs_list_has_summaries_without_reading_points(server, dash_store):
    status, body = get(server, "api/runs")
    assert status == 200
    runs = {r["name"]: r for r in body["runs"]}
    assert set(runs) == {"alpha", "beta", "gamma", "delta"}
    alpha = runs["alpha"]
    assert alpha["status"] == "finished" and alpha["group"] == "fast" and alpha["epochs"] == 12
    assert alpha["steps"] == 480 and alpha["config"]["lr"] == 0.1
    assert alpha["metrics"]["val_loss@epoch"]["n"] == 12
    assert alpha["metrics"]["loss@batch"]["n"] == 480
    assert runs["delta"]["metrics"]["val_loss@epoch"]["last"] == "nan"  # strict JSON: non-finite as text


def test_verdicts_come_from_the_read(server, dash_store):
    ids = dash_store[1]
    status, body = get(server, f"api/verdicts?runs={ids['alpha']},{ids['delta']}")
    assert status == 200
    assert set(body["verdicts"]) == {ids["alpha"], ids["delta"]}
    assert all(v in CODES for v in body["verdicts"].values())
    assert body["verdicts"][ids["delta"]] == "non_finite"
    # cached now: the runs list carries them
    rows = {r["id"]: r for r in get(server, "api/runs")[1]["runs"]}
    assert rows[ids["delta"]]["verdict_known"] and rows[ids["delta"]]["verdict"] == "non_finite"


def test_run_by_id_and_by_ref(server, dash_store):
    ids = dash_store[1]
    by_id = get(server, f"api/run?run={ids['beta']}")[1]
    by_ref = get(server, "api/run?run=demo/beta")[1]
    assert by_id["id"] == by_ref["id"] == ids["beta"]
    keys = {(s["name"], s["split"], s["level"]) for s in by_id["series"]}
    assert ("loss", "train", "batch") in keys and ("loss", "val", "epoch") in keys


def test_unknown_run_is_a_404_with_one_line(server):
    status, body = get(server, "api/run?run=demo/nope")
    assert status == 404 and "no run" in body["error"] and "\n" not in body["error"]


def test_read_has_markers_on_three_axes(server, dash_store):
    status, body = get(server, f"api/run/read?run={dash_store[1]['delta']}")
    assert status == 200 and body["available"]
    assert "non_finite" in [f["code"] for f in body["findings"]]
    nan_marker = next(m for m in body["markers"] if m["label"] == "first non-finite")
    assert nan_marker["epoch"] == 9 and nan_marker["step"] is not None and nan_marker["seconds"] >= 0


def test_data_puts_batches_under_epochs_and_nan_as_null(server, dash_store):
    status, body = get(server, f"api/run/data?run={dash_store[1]['delta']}&time=1")
    assert status == 200
    series = {(s["name"], s["split"], s["level"]): s for s in body["series"]}
    batch = series[("loss", "train", "batch")]
    assert batch["exact"] and len(batch["value"]) == 480
    assert 0 < batch["xe"][0] <= 1 and batch["xe"][-1] == pytest.approx(12.0)
    assert all(a <= b for a, b in zip(batch["xe"], batch["xe"][1:]))
    val = series[("loss", "val", "epoch")]
    assert val["xe"] == list(range(1, 13)) and val["value"][8:] == [None] * 4
    assert all(t >= 0 for t in val["time"])


def test_data_of_one_series_and_a_step_range(server, dash_store):
    rid = dash_store[1]["alpha"]
    sid = next(s["id"] for s in get(server, f"api/run?run={rid}")[1]["series"] if s["level"] == "batch")
    body = get(server, f"api/run/data?run={rid}&series={sid}&lo=100&hi=199")[1]
    (only,) = body["series"]
    assert only["step"] == list(range(100, 200))


def test_series_of_another_run_are_refused(server, dash_store):
    ids = dash_store[1]
    other = get(server, f"api/run?run={ids['beta']}")[1]["series"][0]["id"]
    status, body = get(server, f"api/run/data?run={ids['alpha']}&series={other}")
    assert status == 404 and "not series of run" in body["error"]


@pytest.mark.parametrize("query, needle", [
    ("buckets=5", "buckets"), ("buckets=abc", "integer"), ("lo=1.5", "integer"), ("time=2", "time"),
    ("level=minute", "level"), ("series=1,x", "malformed"), ("lo=1&lo=2", "once"),
])
def test_bad_parameters_are_400_with_a_reason(server, dash_store, query, needle):
    status, body = get(server, f"api/run/data?run={dash_store[1]['alpha']}&{query}")
    assert status == 400 and needle in body["error"]


def test_run_chart_is_the_chart_model_of_the_figure(server, dash_store):
    """The run view's picture: the same panels, colour, pairing and batch placement as
    ``ls.plot`` of the same run; the read's marks come with the read, on each x axis."""
    import learnscope as ls
    from learnscope.plot.model import build, to_json

    rid = dash_store[1]["delta"]
    status, body = get(server, f"api/run/chart?run={rid}")
    assert status == 200 and body["status"] == "finished" and body["probes"] is None
    model = body["model"]
    figure = to_json(build([ls.load(rid, store=dash_store[0])], read=False))
    assert model["x"] == figure["x"] == "epoch"
    assert [p["metric"] for p in model["panels"]] == [p["metric"] for p in figure["panels"]] == ["loss", "accuracy"]
    assert model["entities"][0]["colour"] == figure["entities"][0]["colour"]
    for got, want in zip(model["panels"][0]["traces"], figure["panels"][0]["traces"]):
        assert (got["split"], got["kind"], got["dash"]) == (want["split"], want["kind"], want["dash"])
        assert got["x"] == pytest.approx(want["x"], abs=0.03) and got["y"] == want["y"]  # all 480 batches: exact
    marks = get(server, f"api/run/read?run={rid}")[1]["marks"]
    assert marks["epoch"]["nonfinite"] == 9 and marks["step"]["nonfinite"] == 359 and marks["time"]["nonfinite"] >= 0


def test_run_chart_axes_smoothing_and_a_zoomed_range(server, dash_store):
    rid = dash_store[1]["alpha"]
    steps = get(server, f"api/run/chart?run={rid}&x=step")[1]["model"]
    batch = next(t for t in steps["panels"][0]["traces"] if t["kind"] == "batch")
    assert steps["x"] == "step" and batch["x"][-1] == 479
    timed = get(server, f"api/run/chart?run={rid}&x=time")[1]["model"]
    assert timed["x"] == "time" and 0 <= timed["panels"][0]["traces"][0]["x"][0] < 60
    smooth = get(server, f"api/run/chart?run={rid}&smoothing=0.6")[1]["model"]
    assert [t["kind"] for t in smooth["panels"][0]["traces"]] == ["batch", "raw", "main", "raw", "main"]
    zoom = get(server, f"api/run/chart?run={rid}&x=epoch&from=3.5&to=5.5")[1]["model"]
    batch = next(t for t in zoom["panels"][0]["traces"] if t["kind"] == "batch")
    epochs = next(t for t in zoom["panels"][0]["traces"] if t["kind"] == "main")
    assert 3.4 <= min(batch["x"]) and max(batch["x"]) <= 5.6 and len(batch["x"]) >= 75  # every batch of the range
    assert epochs["x"] == [3, 4, 5, 6]  # and the epoch line reaches both edges


@pytest.mark.parametrize("query, needle", [
    ("x=minute", "'x'"), ("log=yes", "log"), ("smoothing=2", "smoothing"), ("from=1", "'from' and 'to'"),
    ("from=3&to=1", "below"), ("from=a&to=2", "numbers"), ("buckets=1", "buckets"),
])
def test_run_chart_bad_parameters_are_400_with_a_reason(server, dash_store, query, needle):
    status, body = get(server, f"api/run/chart?run={dash_store[1]['alpha']}&{query}")
    assert status == 400 and needle in body["error"]


def test_chart_model_is_reused_until_the_store_changes(tmp_path):
    """A sweep's picture is cached, keyed by the store's newest write and its run count."""
    from .conftest import Server, record

    store = str(tmp_path / "store")
    record(store, "one", lr=0.1, epochs=3, batches=2, group="g")
    record(store, "two", lr=0.01, epochs=3, batches=2, group="g")
    server = Server(store)
    try:
        first = get(server, "api/chart?group=g")[1]
        assert len(first["entities"]) == 2 and get(server, "api/chart?group=g")[1] == first
        record(store, "three", lr=0.03, epochs=3, batches=2, group="g")  # another process writes
        assert len(get(server, "api/chart?group=g")[1]["entities"]) == 3
    finally:
        server.stop()
