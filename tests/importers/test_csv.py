"""CSV layouts and cell forms seen in real logs, on small hand-made tables."""

import numpy as np
import pytest

import learnscope as ls
from learnscope.errors import ImportFormatError


def load(tmp_path, text, name="log.csv", encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return ls.load(p)


def test_semicolons_bom_crlf_and_padding(tmp_path):
    h = load(tmp_path, "\ufeffepoch ; loss ; val_loss\r\n0 ; 0.9 ; 1.0\r\n1 ; 0.5 ; 0.7\r\n")
    assert h.epoch["val_loss"].tolist() == [1.0, 0.7] and h.epoch.series("loss").epoch.tolist() == [1.0, 2.0]


def test_percent_cells_and_percentage_columns(tmp_path):
    h = load(tmp_path, "epoch,accuracy,val_acc,loss\n1,50%,40.0,0.9\n2,75%,62.5,0.5\n")
    assert h.epoch["accuracy"].tolist() == [0.5, 0.75]
    assert h.epoch["val_acc"].tolist() == [0.4, 0.625] and h.meta["scaled_from_percent"] == ["val_acc"]
    assert h.epoch["loss"].tolist() == [0.9, 0.5]                   # a loss is never rescaled


def test_pandas_index_column_and_no_epoch_column(tmp_path):
    h = load(tmp_path, ",loss,val_loss\n0,0.9,1.0\n1,0.5,0.7\n2,0.4,0.6\n")
    assert sorted(h.epoch) == ["loss", "val_loss"]
    assert h.epoch.series("loss").epoch.tolist() == [1.0, 2.0, 3.0]
    h = load(tmp_path, "loss,val_loss\n0.9,1.0\n0.5,0.7\n", name="b.csv")
    assert h.epoch.series("val_loss").epoch.tolist() == [1.0, 2.0]


def test_fastai_layout_times_and_validation_metrics(tmp_path):
    h = load(tmp_path, "epoch,train_loss,valid_loss,accuracy,error_rate,time\n"
                       "0,0.9,1.0,0.5,0.5,00:03\n1,0.5,0.7,0.7,0.3,01:02\n")
    assert h.meta["format"] == "fastai-csv"
    assert h.epoch["val_accuracy"].tolist() == [0.5, 0.7] and h.epoch["val_error_rate"].tolist() == [0.5, 0.3]
    assert h.epoch.series("loss").wall_time.tolist() == [3.0, 65.0]     # mm:ss durations add up


def test_text_only_column_is_skipped_and_noted(tmp_path):
    h = load(tmp_path, "epoch,loss,note,created_at\n0,0.9,warmup,2020-02-03 14:08:30\n1,0.5,ok,2020-02-03 14:09:30\n")
    assert list(h.epoch) == ["loss"] and h.meta["skipped_text_columns"] == ["note"]
    assert np.diff(h.epoch.series("loss").wall_time).tolist() == [60.0]


def test_headerless_table(tmp_path):
    h = load(tmp_path, "1,0.5,0.9\n2,0.6,0.7\n4,0.7,0.6\n")
    assert h.meta["format"] == "headerless-csv"
    assert h.epoch.series("column_2").epoch.tolist() == [1.0, 2.0, 4.0]


def test_appended_fits_count_on(tmp_path):
    h = load(tmp_path, "epoch,loss\n0,0.9\n1,0.8\n0,0.7\n1,0.6\n")
    assert h.epoch.series("loss").epoch.tolist() == [1.0, 2.0, 3.0, 4.0] and "epochs_renumbered" in h.meta


def test_lightning_rows_without_epoch_and_levels_by_count(tmp_path):
    text = ("epoch,lr-SGD,step,train_loss,val_loss\n,0.1,0,,\n0,,0,0.9,\n,0.1,1,,\n0,,1,0.8,\n0,,1,,1.0\n"
            ",0.05,2,,\n1,,2,0.7,\n1,,3,0.6,\n1,,3,,0.9\n")
    h = load(tmp_path, text, name="metrics.csv")
    assert h.meta["format"] == "lightning-csv"
    assert h.batch.series("loss").epoch.tolist() == [1.0, 1.0, 2.0, 2.0]
    assert h.epoch.series("val_loss").epoch.tolist() == [1.0, 2.0] and h.epoch.series("val_loss").step.tolist() == [1, 3]
    lr = h.batch.series("lr-SGD")
    assert lr.step.tolist() == [0, 1, 2] and lr.epoch.tolist() == [1.0, 1.0, 2.0]


def test_repeated_column_names_are_an_error(tmp_path):
    with pytest.raises(ImportFormatError, match=r"line 1: header .* repeats a column name"):
        load(tmp_path, "epoch,loss,loss\n0,1,2\n")


def test_missing_epoch_cell_is_an_error(tmp_path):
    with pytest.raises(ImportFormatError, match=r"line 3: no value in column 'epoch'"):
        load(tmp_path, "epoch,loss\n0,0.9\n,0.8\n")
