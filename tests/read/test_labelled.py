"""The read scored on the labelled set of small real trainings (see labelled.py)."""

import pytest

import learnscope as ls

from .labelled import allowed, format_table, score

pytest.importorskip("torch")
pytest.importorskip("sklearn")


@pytest.fixture(scope="module")
def reads(labelled):
    return {name: (c, h, set(ls.read(h).codes())) for name, (c, h) in labelled.items()}


def test_each_label_is_visible_on_its_curve(labelled):
    wrong = [name for name, (c, h) in labelled.items() if not c.check(h)]
    assert not wrong, f"these runs did not produce the condition they are labelled with: {wrong}"


def test_per_code_table_prints(reads):
    # the per-code targets are measured on the calibration corpus (test_corpus_accuracy.py,
    # make read-accuracy); this hand-labelled set keeps the checks below
    table = score(reads)
    print("\n" + format_table(table))
    assert all(r["positives"] + r["negatives"] for code, r in table.items() if code != "loss_spike")


def test_every_listed_code_has_labelled_runs(reads):
    table = score(reads)
    missing = [code for code, r in table.items() if r["positives"] < 2 and code != "loss_spike"]  # test_spike.py
    assert not missing, f"codes with fewer than 2 labelled runs: {missing}"


def test_never_overfitting_when_validation_moves_within_noise(reads):
    noisy = {n: codes for n, (c, h, codes) in reads.items() if "noisy_validation" in c.expect}
    assert len(noisy) >= 5
    assert not [n for n, codes in noisy.items() if "overfitting" in codes]


def test_each_run_gets_its_intended_verdict_or_a_more_severe_true_one(labelled):
    for name, (c, h) in labelled.items():
        r = ls.read(h)
        if r.verdict == "healthy" and "underfitting" in c.expect:
            # a model levelled off below 0.9 with validation agreeing: the curves cannot tell a small
            # model from the data's limit, so the read says so as information, not as underfitting
            assert "cannot tell which" in r.first("healthy").message, name
            continue
        assert r.verdict in c.expect | allowed(c, h), f"{name}: verdict {r.verdict}, codes {r.codes()}"


def test_overfitting_onset_is_the_best_validation_epoch_region(labelled):
    for name, (c, h) in labelled.items():
        if "overfitting" not in c.expect:
            continue
        f = ls.read(h).first("overfitting")
        vl = h.epoch["val_loss"]
        best = int(vl.argmin()) + 1
        assert abs(f.epoch - best) <= max(3, len(vl) // 10), f"{name}: onset {f.epoch}, val min {best}"
        assert f.evidence["z"] >= 3
