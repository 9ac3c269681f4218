"""The fallback file format: bit-exact round trip, found by `ls.load`/`learnscope import`, and
damaged files refused in one line."""

import json

import numpy as np
import pytest

import learnscope as ls
from learnscope import fallback
from learnscope.errors import ImportFormatError
from learnscope.history import RunInfo
from learnscope.names import SeriesKey
from learnscope.store import open_store
from tests.reliability.cli_fuzz import assert_clean, run_cli

INFO = RunInfo(id="abcdef012345", project="proj", name="lost run", group="sweep", fold=2,
               config={"lr": 0.1}, meta={"framework": "torch"}, created=1.7e9, host="box")
VALUES = np.array([np.nan, np.inf, -np.inf, -0.0, 5e-324, 1.7976931348623157e308, 1 / 3])


def _write(path, n_pieces=2):
    key = SeriesKey("loss", "train", "batch")
    for k in range(n_pieces):  # two appends: the header is written once
        steps = np.array([2**62 + k * 10 + i for i in range(len(VALUES))], dtype=np.int64)
        arrays = (steps, np.full(len(VALUES), 1.5), np.full(len(VALUES), 1.7e9 + k), VALUES)
        fallback.append_points(path, INFO, {key: arrays, SeriesKey("loss", "val", "epoch"): arrays}, "pg://x")
    return path


def test_round_trip_is_bit_exact(tmp_path):
    h = ls.load(_write(tmp_path / "learnscope-unsaved-abcdef012345.jsonl"))  # dispatch by content
    s = h.batch.series("loss")
    assert s.value.view("<u8").tolist() == np.concatenate([VALUES, VALUES]).view("<u8").tolist()
    assert s.step.tolist() == [2**62 + k * 10 + i for k in range(2) for i in range(len(VALUES))]
    assert h.epoch.series("val_loss").epoch.tolist() == [1.5] * 14
    assert (h.info.project, h.info.name, h.info.group, h.info.fold) == ("proj", "lost run", "sweep", 2)
    assert h.config == {"lr": 0.1} and h.meta["recovered_from"] == "abcdef012345"
    assert h.meta["framework"] == "torch"


def test_import_cli_stores_it(tmp_path):
    path = _write(tmp_path / "learnscope-unsaved-abcdef012345.jsonl")
    code, out, err = run_cli(["import", str(path), "--store", str(tmp_path / "s")])
    assert code == 0, err
    assert "imported proj/lost run" in out
    h = ls.load("proj/lost run", store=tmp_path / "s")
    assert len(h.batch["loss"]) == 14 and h.info.status == "finished"


@pytest.mark.parametrize("damage,match", [
    (lambda t: t[: len(t) - 40], "damaged or truncated"),
    (lambda t: t.split("\n", 1)[0] + "\n", "holds no points"),
    (lambda t: t.replace('"level": "batch"', '"level": "minute"', 1), "level"),
    (lambda t: t.replace('"step": [', '"step": [1.5, ', 1), "lists of numbers"),
    (lambda t: t.replace('"value": [', '"value": [1, ', 1), "one length"),
    (lambda t: t.replace('"learnscope_unsaved": 1', '"learnscope_unsaved": 9', 1), None),
])
def test_damaged_files_are_refused_in_one_line(tmp_path, damage, match):
    path = _write(tmp_path / "learnscope-unsaved-abcdef012345.jsonl")
    path.write_text(damage(path.read_text()))
    store = tmp_path / "s"
    code, _, err = run_cli(["import", str(path), "--store", str(store)])
    assert_clean(["import", "damaged"], code, err, allowed=(2,))
    if match:
        assert match in err
    if (store / "learnscope.db").exists():
        assert open_store(store).list_runs() == []  # nothing stored


def test_a_failed_append_leaves_no_half_line(tmp_path):
    path = _write(tmp_path / "f.jsonl", n_pieces=1)
    size = path.stat().st_size
    key = SeriesKey("loss", "train", "batch")
    with pytest.raises(TypeError):  # an unserialisable value: refused before the file is touched
        fallback.append_points(path, INFO, {key: ([object()], [1.0], [1.0], [1.0])})
    assert path.stat().st_size == size
    assert all(json.loads(line) for line in path.read_text().splitlines())


def test_not_a_fallback_file(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"something": 1}\n')
    with pytest.raises(ImportFormatError, match="not a learnscope fallback file"):
        fallback.read(path)
