"""learnscope.transformers.Callback on a tiny, randomly initialised BERT trained offline on the CPU."""

import os

import numpy as np
import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
transformers = pytest.importorskip("transformers")
pytest.importorskip("accelerate")
import torch  # noqa: E402

import learnscope as ls  # noqa: E402
from learnscope.transformers import Callback  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::FutureWarning")


class Tokens(torch.utils.data.Dataset):
    """Random token sequences; the label says whether token 7 occurs (learnable by a tiny model)."""

    def __init__(self, n, seed):
        g = torch.Generator().manual_seed(seed)
        self.ids = torch.randint(1, 20, (n, 12), generator=g)
        self.labels = (self.ids == 7).any(dim=1).long()

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, i):
        return {"input_ids": self.ids[i], "attention_mask": torch.ones(12, dtype=torch.long), "labels": self.labels[i]}


def _accuracy(pred):
    return {"accuracy": float((np.argmax(pred.predictions, axis=-1) == pred.label_ids).mean())}


def _trainer(tmp_path, cb, epochs=2, **extra):
    torch.manual_seed(0)
    config = transformers.BertConfig(vocab_size=24, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                                     intermediate_size=32, max_position_embeddings=16, num_labels=2)
    args = transformers.TrainingArguments(
        output_dir=str(tmp_path / "out"), num_train_epochs=epochs, per_device_train_batch_size=16,
        learning_rate=5e-3, eval_strategy=extra.pop("eval_strategy", "epoch"), logging_steps=4,
        save_strategy="no", report_to="none",
        use_cpu=True, disable_tqdm=True, seed=0, **extra)
    return transformers.Trainer(model=transformers.BertForSequenceClassification(config), args=args,
                                train_dataset=Tokens(192, 0), eval_dataset=Tokens(64, 1),
                                compute_metrics=_accuracy, callbacks=[cb])


def test_log_history_is_recorded_value_for_value(tmp_path, store):
    cb = Callback(project="tokens", name="bert", store=store)
    trainer = _trainer(tmp_path, cb)
    trainer.train()
    trainer.evaluate()                                   # after training: not recorded
    history = trainer.state.log_history
    train = [e for e in history if "loss" in e]
    evals = [e for e in history if "eval_loss" in e][:2]
    h = ls.load("tokens/bert", store=store)
    for key in ("loss", "learning_rate", "grad_norm"):
        s = h.get(key, "train", "batch")
        assert s.value.tolist() == [e[key] for e in train], key
        assert s.step.tolist() == [e["step"] for e in train] and s.epoch.tolist() == [e["epoch"] for e in train]
    assert len(train) == 2 * 192 // 16 // 4
    for key in ("loss", "accuracy"):
        s = h.get(key, "val", "epoch")
        assert s.value.tolist() == [e[f"eval_{key}"] for e in evals] and s.epoch.tolist() == [1.0, 2.0]
    assert set(h.epoch) == {"val_loss", "val_accuracy"}  # runtimes and throughputs are not series
    assert h.config["learning_rate"] == 5e-3 and h.config["batch_size"] == 16 and h.config["epochs"] == 2
    assert h.config["optimizer"].startswith("adamw")
    assert h.meta["num_classes"] == 2 and h.meta["val_size"] == 64 and h.meta["framework"] == "transformers"
    # Tokens keeps its labels as self.labels (Hugging Face's custom-data tutorial): read, not iterated
    counts = np.bincount(trainer.eval_dataset.labels.numpy(), minlength=2)
    assert h.meta["val_class_shares"] == pytest.approx(counts / 64, abs=1e-6) and 0 < counts[1] < 64
    assert h.meta["train_summary"]["train_loss"] == history[-2]["train_loss"]
    assert h.info.status == "finished"


def test_an_optimizer_and_scheduler_given_to_the_trainer_are_the_config(tmp_path, store):
    """Trainer(optimizers=(SGD, StepLR)) trains with them, not with args' AdamW at args' rate: the run's
    config says what trained it (a sweep compared by learning rate must not read 5e-3 for every run)."""
    cb = Callback(project="tokens", name="sgd", store=store)
    trainer = _trainer(tmp_path, cb, epochs=1, max_steps=6, warmup_steps=2)
    opt = torch.optim.SGD(trainer.model.parameters(), lr=0.05, momentum=0.9, weight_decay=1e-4)
    trainer.optimizer, trainer.lr_scheduler = opt, torch.optim.lr_scheduler.StepLR(opt, step_size=3)
    trainer.train()
    h = ls.load("tokens/sgd", store=store)
    assert h.config["learning_rate"] == 0.05 and h.config["weight_decay"] == 1e-4
    assert h.config["optimizer"] == "SGD" and h.config["lr_scheduler"] == "StepLR"
    assert "warmup_steps" not in h.config  # args' warm-up is for its own schedules
    assert h.get("learning_rate", "train", "batch").value[0] == pytest.approx(0.005)  # StepLR's cut at step 3
    # the Trainer's own optimizer and schedule: args' names, and its warm-up
    own = Callback(project="tokens", name="own", store=store)
    _trainer(tmp_path, own, epochs=1, max_steps=6, warmup_steps=2).train()
    c = ls.load("tokens/own", store=store).config
    assert c["optimizer"].startswith("adamw") and c["lr_scheduler"] == "linear" and c["warmup_steps"] == 2
    assert c["learning_rate"] == 5e-3


def test_step_evaluated_trainer_is_read_in_steps(tmp_path, store):
    """eval_strategy="steps" over part of an epoch: best step and early stop in steps and evaluations."""
    import re

    from learnscope.read.render import to_markdown

    cb = Callback(project="tokens", name="steps", store=store)
    trainer = _trainer(tmp_path, cb, epochs=1, max_steps=10, eval_strategy="steps", eval_steps=2)
    trainer.train()
    h = ls.load("tokens/steps", store=store)
    evals = [e for e in trainer.state.log_history if "eval_loss" in e]
    assert h.get("loss", "val", "epoch").step.tolist() == [e["step"] for e in evals] == [2, 4, 6, 8, 10]
    assert len(h.get("grad_norm", "train", "batch")) and len(h.get("learning_rate", "train", "batch"))
    r = ls.read(h)
    best = min(evals, key=lambda e: e["eval_loss"])
    assert r.best_epoch is None and r.best_step == best["step"]
    text = to_markdown(r)
    assert f"best step {best['step']} (evaluation {evals.index(best) + 1} of 5)" in text
    assert not re.search(r"epoch \d+\.\d", text)


def test_tokens_seen_are_recorded_and_read(tmp_path, store):
    """include_num_input_tokens_seen: the Trainer's num_input_tokens_seen is the run's tokens series,
    once per step (evaluation logs repeat it), and the read places the best evaluation in tokens too."""
    from learnscope.axis import tokens_text

    cb = Callback(project="tokens", name="seen", store=store)
    trainer = _trainer(tmp_path, cb, epochs=1, max_steps=10, eval_strategy="steps", eval_steps=2,
                       include_num_input_tokens_seen=True)
    trainer.train()
    logged = {e["step"]: e["num_input_tokens_seen"] for e in trainer.state.log_history
              if "num_input_tokens_seen" in e and "train_runtime" not in e}
    h = ls.load("tokens/seen", store=store)
    s = h.get("tokens", "train", "batch")
    assert s.step.tolist() == sorted(logged) and s.value.tolist() == [logged[k] for k in sorted(logged)]
    assert s.value[-1] == 10 * 16 * 12  # 10 steps of 16 sequences of 12 tokens
    assert h.get("num_input_tokens_seen", "train", "batch") is None
    r = ls.read(h)
    assert r.best_tokens == logged[r.best_step] and r.to_dict()["best_tokens"] == r.best_tokens
    assert f"step {r.best_step} ({tokens_text(r.best_tokens)} tokens; evaluation" in r.best_at
    # the figure takes tokens as its x axis: evaluations and per-step losses at their tokens
    from learnscope.plot.model import build

    m = build([h], x="tokens")
    loss = next(p for p in m["panels"] if p["metric"] == "loss")
    val = next(t for t in loss["traces"] if t["split"] == "val" and t["kind"] == "main")
    evals = [e for e in trainer.state.log_history if "eval_loss" in e]
    assert m["x"] == "tokens" and val["x"].tolist() == [logged[e["step"]] for e in evals]
    assert "tokens" not in [p["metric"] for p in m["panels"]]  # the axis is no panel
    # the Trainer's own trainer_state.json, through the importer and the real CLI
    from tests.conftest import cli

    state = tmp_path / "trainer_state.json"
    trainer.state.save_to_json(str(state))
    assert ls.load(str(state)).get("tokens", "train", "batch").value.tolist() == s.value.tolist()
    out = tmp_path / "tokens.png"
    p = cli("plot", state, "--x", "tokens", "-o", out, "--store", tmp_path / "st")
    assert p.returncode == 0 and out.stat().st_size > 10_000, p.stderr
    plain = tmp_path / "plain" / "trainer_state.json"  # no tokens logged: one line, exit 2
    plain.parent.mkdir()
    plain.write_text('{"log_history": [{"step": 1, "epoch": 0.1, "loss": 1.0}, {"step": 2, "epoch": 0.2, "loss": 0.9}]}')
    bad = cli("plot", plain, "--x", "tokens", "-o", out, "--store", tmp_path / "st")
    assert bad.returncode == 2 and "'tokens' series" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def test_an_evaluation_dataset_with_a_label_column_gives_the_class_shares(tmp_path, store):
    """A ``datasets.Dataset`` keeps its labels as a column: the callback reads it once (on the host) for
    the validation set's class shares; a torch Dataset is read where it keeps them (the first test)."""
    datasets = pytest.importorskip("datasets")
    g = torch.Generator().manual_seed(3)
    ids = torch.randint(1, 20, (80, 12), generator=g)
    labels = [1 if i % 5 == 0 else 0 for i in range(80)]  # 20% / 80%
    ds = datasets.Dataset.from_dict({"input_ids": ids.tolist(), "attention_mask": [[1] * 12] * 80, "label": labels})
    cb = Callback(project="tokens", name="shares", store=store)
    trainer = _trainer(tmp_path, cb, epochs=1)
    trainer.eval_dataset = ds
    trainer.train()
    h = ls.load("tokens/shares", store=store)
    assert h.meta["val_class_shares"] == pytest.approx([0.8, 0.2])
