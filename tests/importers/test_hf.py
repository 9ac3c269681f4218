"""Hugging Face: a tiny random model trained for real offline; trainer_state.json and the
Trainer's TensorBoard events imported, compared with trainer.state.log_history."""

import os
import warnings

import numpy as np
import pytest

import learnscope as ls

os.environ["HF_HUB_OFFLINE"] = "1"


@pytest.fixture(scope="module")
def hf_run(tmp_path_factory):
    transformers = pytest.importorskip("transformers")
    pytest.importorskip("accelerate")
    pytest.importorskip("tensorboard")
    import torch

    out = tmp_path_factory.mktemp("hf")
    torch.manual_seed(0)
    config = transformers.BertConfig(vocab_size=40, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                                     intermediate_size=32, max_position_embeddings=16, num_labels=2)
    model = transformers.BertForSequenceClassification(config)
    gen = torch.Generator().manual_seed(0)
    rows = [{"input_ids": ids, "labels": int(ids[0] % 2)}
            for ids in torch.randint(1, 40, (48, 8), generator=gen)]

    def accuracy(pred):
        return {"accuracy": float((pred.predictions.argmax(-1) == pred.label_ids).mean())}

    args = transformers.TrainingArguments(
        output_dir=str(out), num_train_epochs=2, per_device_train_batch_size=8, per_device_eval_batch_size=16,
        logging_steps=2, eval_strategy="epoch", save_strategy="no", report_to=["tensorboard"], use_cpu=True, disable_tqdm=True, learning_rate=1e-3)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        trainer = transformers.Trainer(model=model, args=args, train_dataset=rows, eval_dataset=rows[:16],
                                       compute_metrics=accuracy)
        trainer.train()
    state_path = out / "trainer_state.json"
    trainer.state.save_to_json(str(state_path))
    tb_dir = next(out.rglob("events.out.tfevents.*")).parent   # output_dir/runs/<date_host>
    return trainer.state.log_history, state_path, tb_dir


def _logged(log_history, key):
    return [e[key] for e in log_history if key in e and "train_runtime" not in e]


def test_trainer_state_round_trips(hf_run):
    log_history, state_path, _ = hf_run
    h = ls.load(state_path)
    assert h.meta["format"] == "hf-trainer-state"
    assert h.batch["loss"].tolist() == _logged(log_history, "loss")
    assert h.batch["learning_rate"].tolist() == _logged(log_history, "learning_rate")
    assert h.batch["grad_norm"].tolist() == _logged(log_history, "grad_norm")
    assert h.batch.series("loss").step.tolist() == [e["step"] for e in log_history if "loss" in e]
    assert h.epoch["val_loss"].tolist() == _logged(log_history, "eval_loss")
    assert h.epoch["val_accuracy"].tolist() == _logged(log_history, "eval_accuracy")
    assert h.epoch.series("val_loss").epoch.tolist() == [1.0, 2.0]
    assert set(h.batch.series("loss").epoch) == {1.0, 2.0}
    assert "train_loss" in h.meta["train_summary"]              # the final summary, not a series
    assert not any("runtime" in k.name or "per_second" in k.name for k in h.series)
    assert h.config["num_train_epochs"] == 2


def test_trainer_tensorboard_events(hf_run):
    log_history, _, tb_dir = hf_run
    h = ls.load(tb_dir)
    assert h.meta["format"] == "tensorboard-hf"
    f32 = lambda xs: [float(np.float32(x)) for x in xs]  # noqa: E731  (TensorBoard keeps float32)
    assert h.batch["loss"].tolist() == f32(_logged(log_history, "loss"))
    assert h.epoch["val_loss"].tolist() == f32(_logged(log_history, "eval_loss"))
    assert h.epoch.series("val_loss").epoch.tolist() == [1.0, 2.0]
