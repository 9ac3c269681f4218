"""Every real public log in ../shared/public-logs loads, with the splits and levels it holds."""

import numpy as np
import pytest

import learnscope as ls
from learnscope.errors import ImportFormatError
from learnscope.store import open_store
from tests.conftest import public_logs

TRAIN_VAL_EPOCH = {"loss@train@epoch", "loss@val@epoch", "accuracy@train@epoch", "accuracy@val@epoch"}
HF = {"loss@train@batch", "learning_rate@train@batch"}
YOLO = {"box_loss@train@epoch", "box_loss@val@epoch", "mAP50(B)@val@epoch", "mAP50-95(B)@val@epoch",
        "precision(B)@val@epoch", "lr/pg0@train@epoch"}

# file name prefix -> (format, series that must be there)
EXPECT = {
    "agnews-lora": ("hf-trainer-state", HF | {"grad_norm@train@batch", "loss@val@epoch", "accuracy@val@epoch"}),
    "bert-imdb": ("keras-csv", TRAIN_VAL_EPOCH),
    "canine": ("hf-trainer-state", HF | {"loss@val@epoch"}),
    "dd-blob-22eb": ("csv", TRAIN_VAL_EPOCH), "dd-blob-54f7": ("csv", TRAIN_VAL_EPOCH),
    "dd-blob-a864": ("csv", TRAIN_VAL_EPOCH), "dd-circle-b060": ("csv", TRAIN_VAL_EPOCH),
    "dd-mnist-normal": ("csv", TRAIN_VAL_EPOCH), "deepfd-59282996": ("csv", TRAIN_VAL_EPOCH),
    "deepfake-20val": ("keras-csv", TRAIN_VAL_EPOCH), "deepfake-overfit": ("keras-csv", TRAIN_VAL_EPOCH),
    "deeplocalize-facialkp": ("keras-csv", {"loss@train@epoch", "loss@val@epoch",
                                            "get_categorical_accuracy_keras@val@epoch"}),
    "deeplocalize-hotdog": ("headerless-csv", {"column_2@train@epoch", "column_5@train@epoch"}),
    "deeplocalize-ts": ("tensorboard", {"loss@train@epoch", "accuracy@train@epoch"}),
    "dm2023-emotion": ("keras-csv", TRAIN_VAL_EPOCH),
    "eurosat-pl": ("lightning-csv", {"loss@val@epoch"}),
    "finnews": ("hf-trainer-state", HF | {"loss@val@epoch", "accuracy@val@epoch", "macro_f1@val@epoch"}),
    "grapevine-buggy-v7": ("lightning-csv", {"acc@train@epoch", "loss@val@epoch"}),
    "grapevine-fixed-v11": ("lightning-csv", {"acc@train@epoch", "loss@val@epoch"}),
    "hatespeech-leak__events": ("tensorboard-hf", {"loss@train@batch", "grad_norm@train@batch", "loss@val@epoch"}),
    "hatespeech-leak__trainer": ("hf-trainer-state", HF | {"loss@val@epoch"}),
    "irrigation-vit": ("hf-trainer-state", HF | {"loss@val@epoch", "f1@val@epoch"}),
    "lung-ct": ("keras-csv", TRAIN_VAL_EPOCH | {"learning_rate@train@epoch"}),
    "mnist-cnn-pl": ("lightning-csv", {"loss@train@batch", "loss@val@epoch", "accuracy@val@epoch", "loss@test@epoch"}),
    "mnist-cnn-tb": ("tensorboard-lightning", {"loss@train@epoch", "loss@val@epoch", "accuracy@val@epoch"}),
    "mnist-full-pl": ("lightning-csv", {"acc@train@batch", "acc@train@epoch", "loss@train@batch",
                                        "loss@train@epoch", "loss@test@epoch"}),
    "mnist-subset-pl": ("lightning-csv", {"acc@train@epoch", "loss@train@epoch"}),
    "multimodal-deepfake": ("keras-csv", {"loss@train@epoch", "loss@val@epoch", "fused_pred_accuracy@val@epoch"}),
    "neuralode-stuck-pl": ("csv", {"loss@train@epoch"}),
    "neuralode-stuck-tb": ("tensorboard-lightning", {"loss@train@epoch"}),
    "nlp-binary": ("keras-csv", TRAIN_VAL_EPOCH),
    "oedometer-allnan-pl": ("lightning-csv", {"data_loss@train@epoch", "mean_loss@train@epoch"}),
    "pinn-em-nan-pl": ("lightning-csv", {"mean_loss@train@epoch"}),
    "pneumonia-16val": ("keras-csv", TRAIN_VAL_EPOCH | {"learning_rate@train@epoch"}),
    "pneumonia-effnet": ("csv", TRAIN_VAL_EPOCH | {"auc@val@epoch", "recall@val@epoch"}),
    "review-sentiment": ("hf-trainer-state", HF | {"loss@val@epoch", "accuracy@val@epoch"}),
    "t5-simplify": ("hf-trainer-state", HF | {"grad_norm@train@batch"}),
    "tashu014": ("hf-trainer-state", HF | {"loss@val@epoch"}),
    "tomato-cnn": ("keras-csv", TRAIN_VAL_EPOCH),
    "trash-labelsmooth-pl": ("lightning-csv", {"loss@train@batch", "lr-AdamW@train@batch", "acc@val@epoch",
                                               "loss@val@epoch"}),
    "tweets-multiclass": ("hf-trainer-state", HF | {"loss@val@epoch", "accuracy@val@epoch"}),
    "wav2vec2-stress": ("hf-trainer-state", HF | {"loss@val@epoch", "wer@val@epoch", "cer@val@epoch"}),
    "weibo-rumor": ("hf-trainer-state", HF),
    "whisper-hi": ("hf-trainer-state", HF | {"loss@val@epoch", "wer@val@epoch"}),
    "yolov8-fire": ("ultralytics-csv", YOLO),
    "yolov8m-helmet": ("ultralytics-csv", YOLO),
}


def _expected(path):
    matches = [k for k in EXPECT if path.name.startswith(k)]
    assert len(matches) == 1, f"no single expectation for {path.name}: add one"
    return EXPECT[matches[0]]


def _keys(h):
    return {f"{k.name}@{k.split}@{k.level}" for k in h.series}


def test_every_public_log_loads_with_its_splits(tmp_path):
    st = open_store(str(tmp_path / "store"))
    for path in public_logs():
        if path.name == "sarcasm-empty__trainer_state.json":
            with pytest.raises(ImportFormatError, match="holds no numeric series"):
                ls.load(path)
            continue
        fmt, must = _expected(path)
        h = ls.load(path)
        assert h.meta["format"] == fmt and h.meta["source"] == str(path), path.name
        assert must <= _keys(h), (path.name, sorted(must - _keys(h)))
        for s in h.series.values():
            assert len(s) and s.value.dtype == np.float64 and s.step.dtype == np.int64, (path.name, s)
            if s.level == "epoch":
                assert np.nanmin(s.epoch) > 0, (path.name, s)        # 1-based (or HF's fraction of one)
        back = st.load(st.save_history(h, project="corpus").id)     # and through the store, unchanged
        for key, s in h.series.items():
            np.testing.assert_array_equal(back.series[key].value, s.value)


def test_corpus_details():
    logs = {p.name.split("__")[0]: p for p in public_logs()}
    pct = ls.load(logs["pneumonia-16val"])                  # accuracies written as percentages
    assert pct.epoch["val_accuracy"][0] == 0.625 and pct.meta["scaled_from_percent"] == ["train_accuracy",
                                                                                           "val_accuracy"]
    yolo = ls.load(logs["yolov8-fire"])                     # padded cells, epochs from 0 -> from 1
    assert yolo.epoch.series("val_box_loss").epoch[:2].tolist() == [1.0, 2.0]
    assert yolo.epoch["val_box_loss"][0] == 2.335
    helmet = ls.load(logs["yolov8m-helmet"])                # Ultralytics 8.1+: epochs from 1, a time column
    assert helmet.epoch.series("box_loss").epoch[0] == 1.0
    assert helmet.epoch.series("box_loss").wall_time[0] == 389.552 and "time" not in helmet.epoch
    hotdog = ls.load(logs["deeplocalize-hotdog"])           # headerless: the first column counts epochs
    assert hotdog.epoch.series("column_2").epoch.tolist() == [1, 5, 10, 15, 20]
    kp = ls.load(logs["deeplocalize-facialkp"])             # 102 appended fits of 10 epochs: counted on
    assert kp.epoch.series("loss").epoch.tolist() == list(range(1, 1021))
    trash = ls.load(logs["trash-labelsmooth-pl"])           # LearningRateMonitor rows: no epoch, repeated
    lr = trash.batch.series("lr-AdamW")
    assert len(np.unique(lr.step)) == len(lr.step) and np.isfinite(lr.epoch).all()
    wav = ls.load(logs["wav2vec2-stress"])                  # evals once an epoch at HF's 0.97, 1.95, ...
    assert wav.epoch.series("val_loss").epoch.tolist() == [1, 2, 3, 4, 5, 6, 7, 8]
    tweets = ls.load(logs["tweets-multiclass"])             # evals many times an epoch keep the fraction
    assert tweets.epoch.series("val_loss").epoch[0] == pytest.approx(0.09)
    tb = ls.load(next(p for p in public_logs() if p.name.startswith("hatespeech-leak__events")))
    assert tb.meta["train_summary"]["train/train_loss"] == pytest.approx(0.004019905813038349)
    assert tb.epoch.series("val_loss").step.tolist() == [1500, 3000]
