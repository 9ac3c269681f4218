"""The format registry: `learnscope import DIR` finds every known format below a folder,
content decides before the name, and the help text and errors list the registry's formats."""

import json

import pytest

import learnscope as ls
from learnscope.errors import ImportFormatError
from learnscope.importers.registry import formats, known
from tests.conftest import cli

LIGHTNING = "epoch,step,train_loss_step,val_loss\n0,1,0.9,\n0,1,,1.0\n1,3,0.6,\n1,3,,0.8\n"
KERAS = "epoch,loss,val_loss\n0,0.9,1.0\n1,0.5,0.7\n"
STATE = {"log_history": [{"epoch": 0.5, "step": 2, "loss": 0.9}, {"epoch": 1.0, "step": 4, "eval_loss": 0.8}]}


def _folder(tmp_path):
    from torch.utils.tensorboard import SummaryWriter

    root = tmp_path / "logs"
    (root / "lightning_logs" / "version_0").mkdir(parents=True)
    (root / "lightning_logs" / "version_0" / "metrics.csv").write_text(LIGHTNING)
    (root / "bert" / "checkpoint-4").mkdir(parents=True)
    (root / "bert" / "checkpoint-4" / "trainer_state.json").write_text(json.dumps(STATE))
    (root / "bert" / "checkpoint-4" / "config.json").write_text('{"hidden_size": 8, "layers": [1, 2]}')
    (root / "keras").mkdir()
    (root / "keras" / "training_log.csv").write_text(KERAS)
    (root / "keras" / "predictions.csv").write_text("id,label\n1,0.5\n2,0.25\n")   # data, not a log
    (root / "keras" / "notes.txt").write_text("tried lr 0.1\n")
    (root / "keras" / "debug.log").write_text("12:00 INFO start\n12:01 INFO epoch 1, loss 0.5, lr 0.1\n")
    for sub in ("train", "validation"):
        w = SummaryWriter(str(root / "tb" / "fit" / sub))
        for epoch, v in enumerate([0.9, 0.6]):
            w.add_scalar("epoch_loss", v, epoch, new_style=True)
        w.close()
    return root


def test_import_dir_finds_every_known_format_below(tmp_path, store):
    proc = cli("import", _folder(tmp_path), "--store", store, check=True)
    out = proc.stdout
    assert proc.stderr.count("\n") == 1 and "warning: skipped" in proc.stderr and "debug.log" in proc.stderr
    formats_seen = sorted(line.rsplit("(", 1)[1].split(")")[0] for line in out.splitlines())
    assert formats_seen == ["hf-trainer-state", "keras-csv", "lightning-csv", "tensorboard"], out
    assert ls.load("default/fit", store=store).epoch["val_loss"].tolist() == pytest.approx([0.9, 0.6])  # splits joined
    assert ls.load("default/version_0", store=store).epoch["val_loss"].tolist() == [1.0, 0.8]


def test_content_decides_before_the_name(tmp_path):
    wrong = tmp_path / "trainer_state.json"      # named like HF's, holding a Keras history
    wrong.write_text('{"loss": [0.9, 0.5]}')
    assert ls.load(wrong).meta["format"] == "keras-json"
    pl = tmp_path / "results.csv"                # Ultralytics' name, Lightning's content
    pl.write_text(LIGHTNING)
    assert ls.load(pl).meta["format"] == "lightning-csv"


def test_a_cut_last_row(tmp_path, capfd):
    keras = tmp_path / "training_log.csv"
    keras.write_text(KERAS + "2,0.4,0.")         # CSVLogger ends every row: this one was cut
    with pytest.raises(ImportFormatError, match=r"line 4: the last row has no line end, so the file was cut"):
        ls.load(keras)
    table = tmp_path / "by_hand.csv"             # a table of unknown origin: kept, with a warning
    table.write_text("step,score\n1,0.5\n2,0.7")
    assert ls.load(table).epoch["score"].tolist() == [0.5, 0.7]
    err = capfd.readouterr().err
    assert err.count("\n") == 1 and "by_hand.csv: line 3: the last row has no line end and may be cut" in err


def test_missing_paths_say_no_such_file(tmp_path, store):
    with pytest.raises(ImportFormatError, match=r"missing\.csv: no such file or directory"):
        ls.load("missing.csv")
    with pytest.raises(ImportFormatError, match="no such file"):
        ls.load(str(tmp_path / "gone" / "trainer_state.json"))
    proc = cli("import", tmp_path / "nope.db", "--store", store)
    assert proc.returncode == 2 and proc.stderr.strip().endswith("nope.db: no such file or directory")


def test_help_and_errors_list_the_registry(tmp_path):
    titles = {f.title for f in formats()}
    assert {"MLflow tracking database (mlflow.db)", "W&B run folder or .wandb file", "Lightning metrics.csv"} <= titles
    text = " ".join(cli("import", "--help", check=True).stdout.split())
    assert all(t in text for t in titles), text
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ImportFormatError, match="no training logs in this folder or below") as info:
        ls.load(empty)
    assert known() in str(info.value)
