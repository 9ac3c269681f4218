"""The read on a fixed subset of the corpus of real trainings (bench/read/README.md).

The subset (tests/read/corpus/*.json.gz) holds real PyTorch, Keras and Lightning runs with their
labels; floors.json keeps each code's recall floor and false-alarm ceiling as the current rules
reach them. A rule change that loses a finding or adds a false one fails here; after an
intended change: ``python bench/read/accuracy.py --subset tests/read/corpus --write-floors``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(ROOT / "bench" / "read"))

import accuracy  # noqa: E402
from corpus import CODES  # noqa: E402


@pytest.fixture(scope="module")
def cases():
    return accuracy.load(CORPUS)


@pytest.fixture(scope="module")
def scored(cases):
    return accuracy.score(cases)


@pytest.fixture(scope="module")
def floors():
    return json.loads((CORPUS / "floors.json").read_text())


def test_the_subset_has_positives_of_every_code_in_both_parts(cases):
    for part in ("calibration", "heldout"):
        have = {code for c in cases if c["split"] == part for code in c["label"].expected}
        assert set(CODES) <= have, f"{part} lacks positives of {sorted(set(CODES) - have)}"


def test_recall_per_code_stays_at_or_above_its_floor(scored, floors):
    low = {code: (scored["codes"][code]["recall"], floor, scored["misses"].get(code, []))
           for code, floor in floors["recall"].items() if scored["codes"][code]["recall"] < floor - 1e-9}
    assert not low, "recall fell below its floor (recall, floor, misses): " + repr(low)


def test_false_alarms_per_code_stay_at_or_below_their_ceiling(scored, floors):
    high = {code: (scored["codes"][code]["false_alarm"], ceiling, scored["false_alarms"].get(code, []))
            for code, ceiling in floors["false_alarm"].items()
            if scored["codes"][code]["false_alarm"] > ceiling + 1e-9}
    assert not high, "false alarms rose above their ceiling (rate, ceiling, alarms): " + repr(high)


def test_overfitting_onset_stays_as_close(scored, floors):
    within = scored["onset"]["within_2"]
    assert within >= floors["onset_within_2"] - 1e-9, scored["onset"]


def test_wilson_interval_is_the_textbook_one():
    lo, hi = accuracy.wilson(0, 10)
    assert lo == 0.0 and abs(hi - 0.2775) < 1e-3
