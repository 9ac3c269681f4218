import pytest

from learnscope.names import SeriesKey, higher_is_better, keras_key, parse_key


@pytest.mark.parametrize("key,expected", [
    ("loss", ("loss", "train", None)),
    ("val_loss", ("loss", "val", None)),
    ("valid_loss", ("loss", "val", None)),
    ("validation_accuracy", ("accuracy", "val", None)),
    ("eval_loss", ("loss", "val", None)),
    ("test_accuracy", ("accuracy", "test", None)),
    ("train_loss", ("loss", "train", None)),
    ("train/loss", ("loss", "train", None)),
    ("val/acc", ("acc", "val", None)),
    ("Loss/val", ("Loss", "val", None)),
    ("accuracy/train", ("accuracy", "train", None)),
    ("train_loss_step", ("loss", "train", "batch")),
    ("train_loss_epoch", ("loss", "train", "epoch")),
    ("val_loss_epoch", ("loss", "val", "epoch")),
    ("lr", ("lr", "train", None)),
    ("learning_rate", ("learning_rate", "train", None)),
    ("time_per_step", ("time_per_step", "train", None)),
    ("metrics/mAP50(B)", ("mAP50(B)", "val", None)),          # Ultralytics: metrics/ are validation
    ("val/box_loss", ("box_loss", "val", None)),
    ("lr/pg0", ("lr/pg0", "train", None)),
])
def test_parse_key(key, expected):
    assert tuple(parse_key(key)) == expected


def test_train_and_val_pair_by_name():
    assert parse_key("val_accuracy").name == parse_key("accuracy").name
    assert parse_key("eval_loss").name == parse_key("train_loss").name == "loss"


def test_keras_key_round_trip():
    for key in ("loss", "val_loss", "test_accuracy", "val_f1"):
        k = parse_key(key)
        assert keras_key(k.name, k.split) == key
    assert parse_key("x", "batch") == SeriesKey("x", "train", "batch")


@pytest.mark.parametrize("name,higher", [
    ("loss", False), ("accuracy", True), ("acc", True), ("f1", True), ("mae", False),
    ("auc", True), ("perplexity", False), ("error_rate", False), ("map50", True), ("lr", False),
])
def test_higher_is_better(name, higher):
    assert higher_is_better(name) is higher


def test_lightning_level_suffix_only_when_asked():
    assert parse_key("acc_step", level_suffix=True) == SeriesKey("acc", "train", "batch")
    assert parse_key("acc_epoch", "batch", level_suffix=True) == SeriesKey("acc", "train", "epoch")
    assert parse_key("acc_step") == SeriesKey("acc_step", "train", None)
    assert parse_key("val_loss_epoch", level_suffix=True) == SeriesKey("loss", "val", "epoch")
