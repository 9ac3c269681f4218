"""The recorded unseen reads (bench/read/unseen/): each fresh draw's one read before anyone looked
at its misses. They are the README's number for runs nobody has seen, so the README's table must be
what they add up to, docs/read-accuracy.md must hold each draw's row, and a draw's record is written
once."""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench" / "read"))

import accuracy  # noqa: E402
from learnscope.read import READ_VERSION  # noqa: E402


def _printed(*argv) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = accuracy.main(list(argv))
    return code, out.getvalue()


def test_every_record_is_a_fresh_draw_with_counts_that_add_up():
    docs = accuracy.unseen_records()
    assert [d["part"] for d in docs][:2] == ["fresh13", "fresh14"] and len(docs) >= 12
    for d in docs:
        assert d["part"] in accuracy.PARTS and d["part"].startswith("fresh")
        assert 1 <= d["read_version"] <= READ_VERSION
        for code, s in d["result"]["codes"].items():
            assert 0 <= s["found"] <= s["positives"] and 0 <= s["alarms"] <= s["negatives"], (d["part"], code)
        assert sum(s["positives"] for s in d["result"]["codes"].values()) > d["result"]["runs"] / 2


def test_the_readme_table_is_what_the_records_add_up_to():
    code, out = _printed("--unseen")
    assert code == 0
    rows = [line for line in out.splitlines() if line.startswith("| `")]
    assert len(rows) == 13  # one per code
    readme = (ROOT / "README.md").read_text()
    pooled = readme[readme.index("each read once under the rules of its day"):]
    for row in rows:
        assert row in pooled[:4000], f"README's unseen table differs from the records: {row}"
    # and the healthy runs read otherwise, split by whether their label calls the verdict plainly false
    otherwise = next(line for line in out.splitlines() if line.startswith("Healthy runs read otherwise: "))
    assert otherwise in pooled[:5000] and "plainly false" in otherwise
    record = (ROOT / "docs" / "read-accuracy.md").read_text()  # the README's whole record
    for d in accuracy.unseen_records():
        assert f"| {d['part']} | {d['read_version']} |" in record  # one row per draw


def test_pooling_adds_counts_not_ratios():
    docs = accuracy.unseen_records()
    pooled = accuracy.pool([d["result"] for d in docs[:2]])
    a, b = (d["result"]["codes"]["healthy"] for d in docs[:2])
    h = pooled["codes"]["healthy"]
    assert (h["found"], h["positives"]) == (a["found"] + b["found"], a["positives"] + b["positives"])
    assert h["recall"] == pytest.approx((a["found"] + b["found"]) / (a["positives"] + b["positives"]))


def test_a_draw_is_recorded_once(tmp_path):
    res = accuracy.unseen_records()[-1]["result"]
    path = accuracy.record_unseen("fresh25", res, tmp_path)
    doc = json.loads(path.read_text())
    assert doc["read_version"] == READ_VERSION and doc["part"] == "fresh25" and doc["read_on"]
    with pytest.raises(FileExistsError, match="one unseen read"):
        accuracy.record_unseen("fresh25", res, tmp_path)
    assert json.loads(path.read_text()) == doc  # the first read stays


def test_bad_arguments_are_one_line_errors(capsys):
    assert accuracy.main(["--unseen", "nope"]) == 2
    assert accuracy.main(["--part", "heldout", "--record-unseen"]) == 2
    assert accuracy.main(["--part", "fresh13", "--record-unseen"]) == 2  # refused before any reading
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith(("accuracy.py:", "--record-unseen")) for line in err)
    assert "fresh13 was read unseen" in err[2] and "draw a new part" in err[2]
