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


def test_per_code_recall_and_false_positive_targets(reads):
    table = score(reads)
    print("\n" + format_table(table))
    for code, r in table.items():
        if r["positives"]:
            assert r["recall"] >= 0.9, f"{code}: recall {r['found']}/{r['positives']}"
        if r["negatives"]:
            assert r["fp_rate"] <= 0.05, f"{code}: false positives {r['false']}/{r['negatives']}"


def test_every_listed_code_has_labelled_runs(reads):
    table = score(reads)
    missing = [code for code, r in table.items() if r["positives"] < 2]
    assert not missing, f"codes with fewer than 2 labelled runs: {missing}"


def test_never_overfitting_when_validation_moves_within_noise(reads):
    noisy = {n: codes for n, (c, h, codes) in reads.items() if "noisy_validation" in c.expect}
    assert len(noisy) >= 5
    assert not [n for n, codes in noisy.items() if "overfitting" in codes]


def test_each_run_gets_its_intended_verdict_or_a_more_severe_true_one(labelled):
    for name, (c, h) in labelled.items():
        r = ls.read(h)
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
