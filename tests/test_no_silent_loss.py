"""Nothing logged is dropped without a word: a finished run refuses values, odd config values are named."""

import json
import pathlib

import numpy as np
import pytest

import learnscope as ls
from learnscope.errors import LearnscopeError, RunFinishedError


def test_log_after_finish_raises_naming_the_run(store):
    run = ls.init(project="p", name="done", store=store)
    run.log({"loss": 1.0})
    run.log_epoch({"loss": 0.9})
    run.finish()
    for call in (lambda: run.log({"loss": 0.5}), lambda: run.log({"loss": 0.5}, step=7),
                 lambda: run.log_epoch({"loss": 0.4})):
        with pytest.raises(RunFinishedError) as exc:
            call()
        assert isinstance(exc.value, LearnscopeError)
        msg = str(exc.value)
        assert "'p/done'" in msg and run.id in msg and "finish()" in msg and "\n" not in msg
    h = ls.load("p/done", store=store)
    assert h.batch["loss"].tolist() == [1.0] and h.epoch["loss"].tolist() == [0.9]   # nothing lost or added


def test_resume_allows_logging_again(store):
    run = ls.init(project="p", name="again", store=store)
    run.log({"loss": 1.0})
    run.finish()
    run.resume()
    run.log({"loss": 0.5})
    run.finish()
    assert ls.load("p/again", store=store).batch["loss"].tolist() == [1.0, 0.5]


def test_context_manager_then_log_raises(store):
    with ls.init(project="p", name="ctx", store=store) as run:
        run.log({"loss": 1.0})
    with pytest.raises(RunFinishedError, match="p/ctx"):
        run.log({"loss": 2.0})


class _Opaque:
    def __repr__(self):
        return "<Opaque thing>"


def test_non_json_config_value_is_its_repr_with_one_line_naming_the_key(store, capfd):
    config = {"lr": 1e-3, "model": _Opaque(), "betas": (0.9, np.float32(0.99)), "n": np.int64(3),
              "nested": {"fn": _Opaque(), "ok": [1, 2]}, "path": pathlib.PurePosixPath("/data")}
    run = ls.init(project="p", name="cfg", config=config, store=store)
    run.finish()
    err = capfd.readouterr().err.strip().splitlines()
    lines = [line for line in err if "config value" in line]
    assert len(lines) == 3, err                       # model, nested.fn, path: one line each
    assert any("'model'" in line and "<Opaque thing>" in line for line in lines)
    assert any("'nested.fn'" in line for line in lines) and any("'path'" in line for line in lines)
    cfg = ls.load("p/cfg", store=store).config
    assert cfg["model"] == "<Opaque thing>" and cfg["nested"] == {"fn": "<Opaque thing>", "ok": [1, 2]}
    assert cfg["path"] == "PurePosixPath('/data')"
    assert cfg["betas"] == [0.9, pytest.approx(0.99)] and cfg["n"] == 3 and cfg["lr"] == 1e-3
    json.dumps(cfg)                                   # what is stored is plain JSON


def test_json_config_says_nothing(store, capfd):
    ls.init(project="p", name="quiet", config={"lr": 0.1, "layers": [64, 32], "opt": {"name": "adam"}},
            store=store).finish()
    assert "config value" not in capfd.readouterr().err


def test_log_config_after_init_also_names_the_key(store, capfd):
    run = ls.init(project="p", name="later", store=store)
    run.log_config({"scheduler": _Opaque()})
    run.finish()
    assert "'scheduler'" in capfd.readouterr().err
    assert ls.load("p/later", store=store).config["scheduler"] == "<Opaque thing>"


def test_a_store_outage_is_said_in_one_write_and_survives_no_stderr(monkeypatch):
    from learnscope.history import RunInfo
    from learnscope.unsaved import Unsaved

    writes = []

    class Err:
        def write(self, text):
            writes.append(text)

        def flush(self):
            pass

    unsaved = Unsaved(RunInfo(id="abc", project="p", name="n"), "postgresql://x")
    monkeypatch.setattr("sys.stderr", Err())
    unsaved.failed(OSError("connection refused"))
    assert len(writes) == 1 and writes[0].endswith("writing is retried\n")  # the line and its end, together
    monkeypatch.setattr("sys.stderr", None)  # pythonw: nowhere to say it, and the flush thread goes on
    unsaved.add(("k",), (np.arange(2), np.arange(2), np.arange(2), np.arange(2.0)))
    unsaved.written()
    assert unsaved.n == 0 and not unsaved.failing
