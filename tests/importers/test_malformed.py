"""Broken logs of every format: one line naming the file and the line or record, exit
status 2, no traceback, and nothing stored (not even the good files of the same call)."""

import json
import re

import pytest

import learnscope as ls
from learnscope.errors import ImportFormatError
from learnscope.store import open_store
from tests.conftest import PUBLIC_LOGS, cli

KERAS_CSV = "epoch,accuracy,loss,val_accuracy,val_loss\n0,0.5,0.9,0.4,1.0\n1,0.6,0.7,0.5,0.9\n2,0.7,0.5,0.6,0.8\n"
LIGHTNING_CSV = "epoch,step,train_loss_step,val_loss\n0,1,0.9,\n0,3,0.8,\n0,3,,1.0\n1,5,0.6,\n1,7,0.5,\n1,7,,0.9\n"
HF_STATE = {"log_history": [{"epoch": 0.5, "step": 2, "loss": 0.9, "learning_rate": 1e-3},
                            {"epoch": 1.0, "step": 4, "eval_loss": 0.8, "eval_runtime": 0.1}], "global_step": 4}


def _event_file(tmp_path):
    from torch.utils.tensorboard import SummaryWriter

    w = SummaryWriter(str(tmp_path / "tb"))
    for s in range(5):
        w.add_scalar("loss", 1.0 / (s + 1), s)
    w.close()
    return next((tmp_path / "tb").glob("events.out.tfevents.*")).read_bytes()


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x40]) + data[at + 1:]


def variants(tmp_path):
    """(file name, content, regex the one-line error must match)."""
    hf = json.dumps(HF_STATE, indent=1)
    ev = _event_file(tmp_path)
    last = len(ev) - 4 - 20  # inside the last record's data
    return [
        ("empty.csv", b"", r"empty file"),
        ("blank.json", b"  \n\n", r"empty file"),
        ("ragged.csv", KERAS_CSV.replace("1,0.6,0.7,0.5,0.9", "1,0.6,0.7,0.5").encode(), r"line 3: 4 fields, expected 5"),
        ("cut.csv", KERAS_CSV[:-6].encode(), r"line 4: 4 fields, expected 5"),
        ("text.csv", KERAS_CSV.replace("0.7,0.5,0.9", "0.7,oops,0.9").encode(), r"line 3: column 'val_accuracy' holds 'oops'"),
        ("header-only.csv", b"epoch,loss,val_loss\n", r"no numeric series"),
        ("metrics.csv", LIGHTNING_CSV.replace("1,5,0.6,", "1,5,0.6").encode(), r"line 5: 3 fields, expected 4"),
        ("lightning-text.csv", LIGHTNING_CSV.replace("0.5,", "nan?,").encode(), r"line 6: column 'train_loss_step'"),
        ("history.json", b'{"loss": [0.9, 0.5], "val_loss": [1.0, 0.7', r"line 1 column \d+: .*expected complete JSON"),
        ("history-text.json", b'{"loss": [0.9, "high"]}', r"'loss'\[1\] is 'high', expected a number"),
        ("history-shape.json", b'{"loss": 0.9}', r"'loss' maps to float, expected a list of numbers"),
        ("shape.json", b'{"loss": 0.9}', r"JSON that is neither .*Keras History JSON"),
        ("trainer_state.json", hf[: len(hf) // 2].encode(), r"line \d+ column \d+: .*expected complete JSON"),
        ("state-bad-entry.json", json.dumps({"log_history": [{"step": 1, "loss": 0.5}, 7]}).encode(),
         r"log_history\[1\] is int, expected an object"),
        ("state-bad-step.json", json.dumps({"log_history": [{"step": "one", "loss": 0.5}]}).encode(),
         r"log_history\[0\]\.step is 'one', expected a number"),
        ("events.out.tfevents.1.cut", ev[:-7], r"record \d+ at byte \d+: says \d+ bytes but only"),
        ("events.out.tfevents.2.header", ev + b"\x01\x02\x03", r"cut short in its header"),
        ("events.out.tfevents.3.data", _flip(ev, last), r"record \d+ at byte \d+: data CRC mismatch"),
        ("events.out.tfevents.4.length", _flip(ev, 2), r"record 0 at byte 0: .*(length CRC mismatch|says)"),
        ("events.out.tfevents.5.empty", b"", r"empty file"),
        ("binary.bin", bytes(range(256)) * 4, r"binary content"),
        ("latin1.csv", "epoch,loss\n0,0.5\n1,0.4 \xe9\n".encode("latin-1"), r"line 3: bytes that are not UTF-8"),
        ("list.json", b"[1, 2, 3]", r"JSON that is neither .*Keras History JSON"),
        ("cut-number.csv", KERAS_CSV[:-2].encode(), r"line 4: the last row has no line end, so the file was cut"),
    ]


@pytest.fixture
def seeded_store(store):
    good = PUBLIC_LOGS / "bert-imdb__training_log.csv"
    if not good.exists():
        pytest.skip("public logs absent")
    cli("import", good, "--store", store, check=True)
    return store


def _runs(store):
    return [(r.id, r.name) for r in open_store(store).list_runs()]


def test_every_malformed_variant_gives_one_clear_line(tmp_path):
    for name, content, pattern in variants(tmp_path):
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(ImportFormatError) as info:
            ls.load(path)
        err = str(info.value)
        assert len(err.splitlines()) == 1 and err.startswith(str(path)), (name, err)
        assert re.search(pattern, err), (name, err)


# one broken file per format through the real command line
CLI_CASES = ("ragged.csv", "lightning-text.csv", "history.json", "trainer_state.json",
             "events.out.tfevents.3.data", "events.out.tfevents.1.cut", "binary.bin", "empty.csv")


def test_cli_exit_2_one_line_and_store_unchanged(tmp_path, seeded_store):
    before = _runs(seeded_store)
    cases = {name: (content, pattern) for name, content, pattern in variants(tmp_path)}
    for name in CLI_CASES:
        content, pattern = cases[name]
        path = tmp_path / name
        path.write_bytes(content)
        proc = cli("import", path, "--store", seeded_store)
        err = proc.stderr.strip()
        assert proc.returncode == 2, (name, proc.stdout, err)
        assert "Traceback" not in err and len(err.splitlines()) == 1, (name, err)
        assert err.startswith(f"learnscope: error: {path}") and re.search(pattern, err), (name, err)
        assert _runs(seeded_store) == before, name


def test_a_bad_file_among_good_ones_stores_none_of_them(tmp_path, seeded_store):
    before = _runs(seeded_store)
    good = tmp_path / "good.csv"
    good.write_text(KERAS_CSV)
    bad = tmp_path / "bad.csv"
    bad.write_text(KERAS_CSV.replace("0.5,0.9,0.4", "0.5,0.9"))
    proc = cli("import", good, bad, "--store", seeded_store)
    assert proc.returncode == 2 and "bad.csv: line 2" in proc.stderr
    assert _runs(seeded_store) == before


def test_empty_trainer_state_says_no_numeric_series(store):
    path = PUBLIC_LOGS / "sarcasm-empty__trainer_state.json"
    if not path.exists():
        pytest.skip("public logs absent")
    proc = cli("import", path, "--store", store)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (f"learnscope: error: {path}: parsed as hf-trainer-state but holds no numeric "
                                   f"series (nothing to import)")
    assert _runs(store) == []
