"""read(): verdict, best and early-stop epochs, thresholds, bad input, rendering, the CLI."""

import json
import math
import warnings

import numpy as np
import pytest

import learnscope as ls
from learnscope.errors import InvalidValueError
from learnscope.history import History, Series
from learnscope.read import CODES, best_epoch, early_stop_epoch, read
from learnscope.read.render import to_json, to_markdown, to_rich
from tests.conftest import cli


def batch_only(n=200, epochs=True):
    v = 2.0 * np.exp(-np.arange(n) / 40) + 0.1
    ep = np.repeat(np.arange(1.0, n // 20 + 1), 20) if epochs else None
    return History(series=[Series("loss", "train", "batch", step=np.arange(n), epoch=ep, value=v)])


BAD_INPUTS = {
    "empty": History(),
    "one epoch": History.from_dict({"loss": [0.9], "val_loss": [1.0]}),
    "no validation": History.from_dict({"loss": [1.0, 0.7, 0.5, 0.4, 0.35]}),
    "only batch level": batch_only(),
    "batch level without epochs": batch_only(epochs=False),
    "constant": History.from_dict({"loss": [0.5] * 8, "val_loss": [0.6] * 8}),
    "all NaN": History.from_dict({"loss": [math.nan] * 4, "val_loss": [math.nan] * 4}),
    "inf and NaN mixed": History.from_dict({"loss": [math.inf, math.nan, 1.0], "val_accuracy": [math.nan] * 3}),
    "accuracy only": History.from_dict({"val_accuracy": [0.5, 0.6, 0.7]}),
    "unknown metric only": History.from_dict({"mae": [3.0, 2.0, 1.5, 1.4]}),
    "empty series": History.from_dict({"loss": []}),
    "values at the float limits": History.from_dict({  # overflow in any arithmetic on them
        "loss": [1.8e308, 5e-324, -0.0, 1 / 3, 1.7e308, 1e-310, 2.0, 1.5, 1.0, 0.9],
        "val_loss": [1e-310, 1.7e308, 1.0, 1.79e308, 0.5, 5e-324, 0.4, 0.3, 1e308, 0.2]}),
}


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_bad_input_gives_a_read_not_an_exception(name):
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # no overflow or NaN warnings either
        r = read(BAD_INPUTS[name])
    assert r.verdict in CODES
    json.loads(to_json(r), parse_constant=lambda c: pytest.fail(f"non-strict JSON token {c}"))
    to_markdown(r), to_rich(r)


def test_bad_input_says_what_it_cannot_judge():
    assert read(BAD_INPUTS["empty"]).verdict == "insufficient_data"
    one = read(BAD_INPUTS["one epoch"])
    assert one.verdict == "insufficient_data" and "trends" in one.first("insufficient_data").message
    assert "no validation" in read(BAD_INPUTS["no validation"]).first("insufficient_data").message
    assert "batch" in read(BAD_INPUTS["only batch level"]).first("insufficient_data").message
    assert read(BAD_INPUTS["all NaN"]).verdict == "non_finite"


def _no_accuracy(values, val_size=7):
    h = History.from_dict({"loss": [1.0, 0.9, 0.8, 0.7, 0.6, 0.55, 0.5, 0.45],
                           "val_loss": [1.0, 0.9, 0.8, 0.75, 0.7, 0.68, 0.66, 0.65], "val_accuracy": values})
    h.meta["val_size"] = val_size
    return h


def test_an_accuracy_no_scale_makes_one_is_not_read_and_the_read_says_so():
    """1e308 or -3 is no accuracy as a fraction or in percent: the read leaves the series out (it used to
    crash on a set of known size, and read the jump from 0.5 to 1e308 and back as overfitting) and says so;
    percentages are still read as fractions."""
    for values in ([0.5, 1e308, 0.5, 1e308, 0.5, 0.5, 0.5, 0.5], [0.5, 0.6, -3.0, 0.7, 0.7, 0.7, 0.7, 0.7]):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            r = read(_no_accuracy(values))
        note = r.first("insufficient_data")
        assert note is not None and "validation accuracy" in note.message and "not read" in note.message
        assert r.verdict in ("healthy", "slow_convergence") and not r.first("overfitting")
    percent = read(_no_accuracy([50.0, 60.0, 70.0, 80.0, 85.0, 86.0, 87.0, 87.0]))
    assert percent.first("insufficient_data") is None or "accuracy" not in percent.first("insufficient_data").message


def test_an_explosion_on_a_training_loss_without_epochs_beside_validation_by_epoch_is_read():
    """Training logged by step only (no epochs), validation by epoch: the overfitting rule asks where the
    run came back from an explosion, and placing the peak at an epoch it does not have raised TypeError."""
    n = 40
    t = np.r_[np.full(5, 0.7), [90.0], np.linspace(0.6, 0.2, n - 6)]  # blew up at its sixth point, came back
    h = History(series=[Series("loss", "train", "batch", step=np.arange(n) * 5, value=t),
                        Series("loss", "val", "epoch", step=np.arange(1, 9) * 25, epoch=np.arange(1.0, 9.0),
                               value=np.linspace(0.7, 0.3, 8))])
    r = read(h)
    assert r.verdict == "diverging" and r.first("diverging").evidence["peak"] == 90.0


def test_only_batch_level_is_judged_on_per_epoch_means():
    r = read(batch_only())
    assert r.verdict == "healthy" and r.best_epoch == 10


def test_verdict_best_and_early_stop():
    vl = [1.0, 0.6, 0.5, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85]
    tl = list(np.geomspace(1.0, 0.01, 12))
    r = read({"loss": tl, "val_loss": vl})
    assert r.verdict == "overfitting" and r.best_epoch == 4 and r.early_stop_epoch == 9
    assert early_stop_epoch(History.from_dict({"val_loss": vl}), patience=2) == 6


def test_best_epoch_falls_back_to_accuracy_then_training_loss():
    assert best_epoch(History.from_dict({"val_accuracy": [0.5, 0.9, 0.8]})) == 2
    assert best_epoch(History.from_dict({"loss": [1.0, 0.5, 0.7]})) == 2


def test_thresholds_by_name_and_unknown_ones_rejected():
    vl = [1.0, 0.6, 0.5, 0.45, 0.46, 0.47, 0.48, 0.49, 0.5, 0.51]
    h = History.from_dict({"loss": list(np.geomspace(1, 0.01, 10)), "val_loss": vl})
    assert "overfitting" in read(h).codes()
    assert "overfitting" not in read(h, min_rise=0.5).codes()
    with pytest.raises(InvalidValueError, match="unknown read threshold.*patence"):
        read(h, patence=3)


def test_read_accepts_anything_load_takes(tmp_path):
    csv = tmp_path / "log.csv"
    csv.write_text("epoch,loss,val_loss\n" + "".join(f"{i},{1 / (i + 1)},{1.1 / (i + 1)}\n" for i in range(8)))
    assert ls.read(str(csv)).verdict in CODES
    assert ls.read({"loss": [1.0, 0.5, 0.3]}).best_epoch == 3


def test_json_contract_is_exact_and_strict():
    r = read({"loss": [1.0, 0.5, math.nan], "val_loss": [1.0, math.inf, 0.5]})
    d = json.loads(to_json(r))
    assert list(d) == ["verdict", "best_epoch", "early_stop_epoch", "findings", "best_step", "early_stop_step",
                       "best_tokens", "early_stop_tokens", "summary"]
    for f in d["findings"]:
        assert list(f) == ["code", "severity", "epoch", "step", "message", "evidence"]
        assert f["code"] in CODES and f["severity"] in ("info", "warning", "error")
    json.loads(to_json(r), parse_constant=lambda c: pytest.fail(f"non-strict JSON token {c}"))
    assert d["findings"][0]["evidence"]["value"] == "inf"


def test_markdown_lists_every_finding():
    r = read({"loss": [1.0, 0.5, math.nan]})
    md = to_markdown(r)
    assert md.startswith("### Read: **non_finite**") and all(f"**{c}**" in md for c in r.codes())


# --- the CLI ---

def write_overfit_csv(path):
    rows = [(i + 1, 1.0 / (i + 1), 0.5 + 0.02 * (i - 5) ** 2) for i in range(20)]
    path.write_text("epoch,loss,val_loss\n" + "".join(f"{e},{a},{b}\n" for e, a, b in rows))
    return path


def test_cli_read_a_file_as_json(tmp_path):
    p = cli("read", write_overfit_csv(tmp_path / "log.csv"), "--json", check=True)
    d = json.loads(p.stdout)
    assert d["verdict"] == "overfitting" and d["findings"][0]["epoch"] == 6


def test_cli_read_terminal_and_markdown(tmp_path):
    csv = write_overfit_csv(tmp_path / "log.csv")
    assert "overfitting" in cli("read", csv, check=True).stdout
    assert cli("read", csv, "--markdown", check=True).stdout.startswith("### Read: **overfitting**")


def test_cli_read_a_recorded_run_with_classes(tmp_path, store):
    with ls.init(project="p", name="stuck", store=store) as run:
        for _ in range(6):
            run.log_epoch({"loss": 0.9, "val_accuracy": 0.34})
    d = json.loads(cli("read", "p/stuck", "--store", store, "--json", "--classes", "3", check=True).stdout)
    assert d["verdict"] == "chance_level"
    d = json.loads(cli("read", "p/stuck", "--store", store, "--json", check=True).stdout)
    assert d["verdict"] != "chance_level"  # 3 classes is not knowable here without --classes


def test_cli_read_errors_are_one_line(tmp_path, store):
    for args in (("read", "nope/nope", "--store", store), ("read", str(tmp_path / "x.csv"), "--classes", "1")):
        p = cli(*args)
        assert p.returncode == 2 and p.stderr.startswith("learnscope: error:") and p.stderr.count("\n") == 1


def test_the_headline_names_the_patience_used():
    h = History.from_dict({"loss": [1.0, 0.8, 0.7, 0.6, 0.5, 0.45, 0.4, 0.38],
                           "val_loss": [1.0, 0.7, 0.8, 0.9, 0.95, 1.0, 1.1, 1.2]})
    for patience, stop in ((2, 4), (5, 7)):
        r = read(h, early_stop_patience=patience)
        assert r.early_stop_epoch == stop
        assert f"early stopping (patience {patience}) would stop at epoch {stop}" in to_markdown(r)


def test_every_read_opens_with_the_course_summary(tmp_path):
    # overfitting: validation loss turns up while training falls; accuracy climbs then stalls
    loss = list(np.geomspace(1.0, 0.05, 20))
    val = [1.0, 0.7, 0.55, 0.48, 0.45, 0.44, 0.45, 0.47, 0.5, 0.53, 0.56, 0.6, 0.63, 0.66, 0.7,
           0.73, 0.76, 0.8, 0.83, 0.86]
    acc = list(np.linspace(0.5, 0.99, 20))
    r = read({"loss": loss, "val_loss": val, "accuracy": acc, "val_accuracy": [0.8] * 20})
    d = json.loads(to_json(r))
    assert {"verdict", "best_epoch", "early_stop_epoch", "findings"} <= set(d)
    lines = d["summary"]["lines"]
    assert lines[0].startswith("Accuracy: training went up") and "validation stayed flat" in lines[0]
    assert lines[1].startswith("Loss: training went down") and "validation went down, then up" in lines[1]
    assert lines[2].startswith("Validation fell behind training")
    assert d["summary"]["gap"]["behind"] and d["summary"]["gap"]["end"] > d["summary"]["gap"]["at_best"]
    assert lines[3].startswith("Evidence: 20 epochs")
    md = to_markdown(r)
    assert md.index("Accuracy: training went up") < md.index("- **overfitting**")
    healthy = read({"loss": [1.0, 0.5, 0.35, 0.3, 0.28, 0.27, 0.265],
                    "val_loss": [1.1, 0.6, 0.45, 0.4, 0.39, 0.385, 0.385]})
    assert healthy.summary["lines"][1].startswith("Validation stayed close to training")


def test_a_loss_and_accuracy_logged_per_part_beside_their_aggregate_are_read_on_the_aggregate():
    """Per-class accuracies logged before the overall one, per-term losses before their mean (as
    public Lightning logs do): the read judges the overall accuracy and the mean loss."""
    t = np.arange(20)
    h = {"val_class_0_acc": list(np.full(20, 0.1)), "val_acc": list(0.5 + 0.4 * (1 - np.exp(-t / 4))),
         "data_loss": list(5 + 0 * t), "mean_loss": list(0.2 + np.exp(-t / 4))}
    s = read(h).summary
    assert s["accuracy"]["validation"]["first"] == 0.5 and s["accuracy"]["validation"]["direction"] == "went up"
    assert s["loss"]["training"]["last"] == h["mean_loss"][-1]


def test_validation_that_started_ahead_and_then_fell_far_behind_fell_behind():
    """A gap that starts negative (the epoch-mean training loss lags the model) is no wide start
    for a later gap to outgrow: validation loss 0.157 at its best, 0.21 after, training loss to
    0.008 (the public CodeBERT log's epoch means), fell behind. A gap that grew by a hair after
    validation converged, while both flattened, stayed close."""
    train = [0.2924, 0.1142, 0.0758, 0.0561, 0.0402, 0.0297, 0.0193, 0.0148, 0.0105, 0.0078]
    val = [0.1762, 0.166, 0.1567, 0.215, 0.1946, 0.2284, 0.1771, 0.2369, 0.214, 0.2142]
    s = read({"loss": train, "val_loss": val}).summary
    assert s["gap"]["start"] < 0 and s["lines"][1].startswith("Validation fell behind training")
    t = np.arange(30)
    train = list(0.08 + 0.5 * np.exp(-t / 2.0) - 0.0002 * t)
    val = list(0.118 + 0.3 * np.exp(-t / 2.0) + 0.0001 * np.maximum(t - 15, 0))
    s = read({"loss": train, "val_loss": val}).summary
    assert s["gap"]["start"] < 0 and s["gap"]["end"] > s["gap"]["at_best"] > 0
    assert s["lines"][1].startswith("Validation stayed close to training")


@pytest.mark.parametrize("data,allowed", [
    ({"loss": [0.5], "val_loss": [0.6]}, {"insufficient_data"}),
    ({"loss": [1.0, 0.5], "val_loss": [1.1, 0.7]}, {"insufficient_data"}),
    ({"loss": [math.nan] * 10, "val_loss": [math.nan] * 10}, {"non_finite"}),
    ({"loss": list(0.1 + 0.9 * np.exp(-np.arange(20) / 3))}, {"healthy"}),
])
def test_bad_histories_say_what_they_cannot_judge(data, allowed):
    r = read(data)
    assert r.verdict in allowed
    assert r.verdict != "healthy" or "insufficient_data" in r.codes()  # no validation: said so


def test_percent_accuracies_read_like_fractions():
    loss, val = list(0.1 + 0.9 * np.exp(-np.arange(20) / 3)), list(0.2 + 0.9 * np.exp(-np.arange(20) / 3))
    pct = read({"loss": loss, "val_loss": val, "accuracy": list(np.linspace(50, 97, 20)),
                "val_accuracy": list(np.linspace(50, 95, 20))})
    frac = read({"loss": loss, "val_loss": val, "accuracy": list(np.linspace(0.5, 0.97, 20)),
                 "val_accuracy": list(np.linspace(0.5, 0.95, 20))})
    assert pct.codes() == frac.codes() and pct.summary["lines"][0] == frac.summary["lines"][0]


def test_appended_fits_whose_epochs_restart_continue_instead_of_interleaving():
    h = History()
    ep = np.r_[np.arange(1, 11), np.arange(1, 11)].astype(float)
    h.add(Series("loss", "train", "epoch", step=np.arange(20), epoch=ep,
                 value=0.1 + 0.9 * np.exp(-np.arange(20) / 3)))
    h.add(Series("loss", "val", "epoch", step=np.arange(20), epoch=ep,
                 value=0.2 + 0.9 * np.exp(-np.arange(20) / 3)))
    r = read(h)
    assert r.verdict == "healthy" and r.best_epoch == 20 and "unstable" not in r.codes()
