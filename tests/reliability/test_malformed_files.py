"""A corpus of malformed log files, grown by hypothesis from one good file of every format
(and from the shared real logs): truncated, bit-flipped, spliced, or pure garbage. Fed to
`learnscope import`, `read` and `show`, each ends in success or in one error line with exit
status 2: never a traceback, and a failed import leaves no run (not even half of one)."""

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from learnscope import fallback
from learnscope.history import RunInfo
from learnscope.names import SeriesKey
from learnscope.store import open_store
from tests.conftest import PUBLIC_LOGS
from tests.reliability.cli_fuzz import assert_clean, run_cli


def _seeds(root: Path) -> dict[str, bytes]:
    """One small good file per format, named as the tools name them."""
    seeds = {
        "history.json": json.dumps({"loss": [0.9, 0.5, 0.4], "accuracy": [0.5, 0.7, 0.8],
                                    "val_loss": [1.0, 0.7, 0.6], "val_accuracy": [0.4, 0.6, 0.7]}),
        "training_log.csv": "epoch,accuracy,loss,val_accuracy,val_loss\n0,0.5,0.9,0.4,1.0\n1,0.7,0.5,0.6,0.7\n"
                            "2,0.8,0.4,0.7,0.6\n",
        "metrics.csv": "epoch,step,train_loss_step,train_loss_epoch,val_loss,val_acc\n0,9,0.8,,,\n0,19,0.7,0.75,,\n"
                       "0,19,,,0.9,0.5\n1,29,0.6,,,\n1,39,0.5,0.55,,\n1,39,,,0.8,0.6\n",
        "results.csv": "                  epoch,      train/box_loss,        metrics/mAP50(B),        val/box_loss\n"
                       "                      1,              1.5,           0.1,        1.6\n"
                       "                      2,              1.2,           0.3,        1.4\n",
        "trainer_state.json": json.dumps({"log_history": [
            {"loss": 0.9, "learning_rate": 5e-5, "epoch": 0.5, "step": 10},
            {"eval_loss": 0.8, "eval_accuracy": 0.6, "epoch": 1.0, "step": 20},
            {"loss": 0.6, "epoch": 1.5, "step": 30}, {"eval_loss": 0.7, "epoch": 2.0, "step": 40}],
            "global_step": 40, "num_train_epochs": 2}),
    }
    out = {name: text.encode() for name, text in seeds.items()}
    unsaved = root / "learnscope-unsaved-0123456789ab.jsonl"
    arrays = (np.arange(5), np.ones(5), np.full(5, 1.7e9), np.linspace(1, 0, 5))
    fallback.append_points(unsaved, RunInfo(id="0123456789ab", project="p", name="lost"),
                           {SeriesKey("loss", "train", "batch"): arrays}, "somewhere")
    out[unsaved.name] = unsaved.read_bytes()
    try:
        from torch.utils.tensorboard import SummaryWriter
        tb = root / "tb"
        w = SummaryWriter(str(tb))
        for step in range(4):
            w.add_scalar("Loss/train", 1.0 / (step + 1), step)
            w.add_scalar("Loss/val", 1.2 / (step + 1), step)
        w.close()
        event = next(tb.glob("events.out.tfevents.*"))
        out[event.name] = event.read_bytes()
    except ImportError:  # torch is in the test environment; without it the shared logs still hold events
        pass
    if PUBLIC_LOGS.is_dir():
        for p in sorted(PUBLIC_LOGS.iterdir()):
            if p.name != "README.md" and p.stat().st_size < 400_000:
                out[p.name] = p.read_bytes()
    return out


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("malformed")
    return root, _seeds(root), str(root / "store")


def _mutate(data: bytes, how: str, draw) -> bytes:
    n = len(data)
    if how == "truncate":
        return data[: draw(st.integers(0, max(n - 1, 0)))]
    if how == "flip":
        out = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            i = draw(st.integers(0, n - 1))
            out[i] ^= 1 << draw(st.integers(0, 7))
        return bytes(out)
    if how == "splice":
        i = draw(st.integers(0, n))
        return data[:i] + draw(st.binary(min_size=1, max_size=40)) + data[i:]
    if how == "cut-middle":
        i = draw(st.integers(0, n))
        return data[:i] + data[min(n, i + draw(st.integers(1, 200))):]
    if how == "lines":
        lines = data.split(b"\n")
        i = draw(st.integers(0, len(lines) - 1))
        lines[i] = draw(st.sampled_from([b"", b"nan,nan", b",,,,", b"{", b"]", b"\xff\xfe", b"1e999,-1e999",
                                         b'{"name": 1}', b"epoch,epoch", b"\x00"]))
        return b"\n".join(lines)
    if how == "json-values":
        return json.dumps(draw(st.recursive(st.none() | st.booleans() | st.floats() | st.text(max_size=4),
                                            lambda c: st.lists(c, max_size=3) | st.dictionaries(
                                                st.sampled_from(["loss", "val_loss", "log_history", "step",
                                                                 "epoch", "learnscope_unsaved", "run"]),
                                                c, max_size=3), max_leaves=12))).encode()
    return draw(st.binary(max_size=300))


MUTATIONS = ["truncate", "flip", "splice", "cut-middle", "lines", "json-values", "garbage"]


@settings(max_examples=int(__import__("os").environ.get("FUZZ_EXAMPLES", 150)), deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_malformed_files_import_read_show(world, data, tmp_path_factory):
    root, seeds, store = world
    name = data.draw(st.sampled_from(sorted(seeds)), label="seed")
    how = data.draw(st.sampled_from(MUTATIONS), label="mutation")
    bad = _mutate(seeds[name], how, data.draw)
    path = tmp_path_factory.mktemp("case") / name
    path.write_bytes(bad)
    before = {r.id for r in open_store(store).list_runs()}
    code, _, err = run_cli(["import", str(path), "--store", store])
    assert_clean(["import", name, how], code, err)
    after = {r.id for r in open_store(store).list_runs()}
    if code == 2:
        assert after == before, "a failed import left a run behind"
    for rid in after - before:
        h = open_store(store).load(rid)
        assert sum(len(s) for s in h.series.values()) > 0
        open_store(store).delete_run(rid)
    for command in (["read", str(path)], ["show", str(path)]):
        code, _, err = run_cli([*command, "--store", store])
        assert_clean([command[0], name, how], code, err)


def test_every_seed_imports_cleanly(world):
    # The corpus starts from good files: each one imports (so the mutations above start from
    # something every importer accepts, and the fallback file format is one of them).
    root, seeds, store = world
    ok = 0
    for name, content in seeds.items():
        path = root / "seeds" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(content)
        code, out, err = run_cli(["import", str(path), "--store", store, "--project", "seeds"])
        assert_clean(["import", name], code, err)
        real = (PUBLIC_LOGS / name).exists()
        assert code == 0 or real, f"{name}: {err}"  # a few real logs hold nothing, and say so
        ok += code == 0
    assert len(open_store(store).list_runs("seeds")) == ok >= 7
