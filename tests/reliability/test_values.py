"""Extreme values, steps and names: each round-trips bit for bit through SQLite and
PostgreSQL, or is refused at log time with a one-line message (never a flush that fails
later and takes the run's points with it)."""

import math

import numpy as np
import pytest

import learnscope as ls
from learnscope.errors import InvalidValueError
from learnscope.store import open_store


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, store):
    return store if request.param == "sqlite" else request.getfixturevalue("pg_store")


FLOATS = [math.nan, math.inf, -math.inf, 1.7976931348623157e308, -1.7976931348623157e308,
          5e-324, -5e-324, 1e-310, 2.2250738585072014e-308, 2.225073858507201e-308, -0.0, 0.0,
          1 / 3, 0.1, 1e-7, 123456789.123456789, 2.0**53, -(2.0**53) + 1,
          float(np.finfo(np.float32).max), float(np.finfo(np.float32).tiny)]
NAMES = ["损失", "точность", "خسارة", "loss🔥", "ünïcödé-métric", "a" * 512, "val_" + "é" * 508,
         "x y z", "l'oss\"", "loss;DROP TABLE runs;--", "%s%d{}", "\\back\\slash"]


def _bits(a) -> list:
    return np.asarray(a, dtype="<f8").view("<u8").tolist()  # NaN payloads and -0.0 compared exactly


def test_extreme_floats_round_trip_bit_for_bit(any_store):
    with ls.init(project="v", name="floats", store=any_store) as run:
        for x in FLOATS:
            run.log({"x": x, "np32": np.float32(x) if abs(x) <= 3.4e38 or not math.isfinite(x) else 0.0})
        run.log_epoch({"val_x": -0.0})
    h = ls.load("v/floats", store=any_store)
    assert _bits(h.batch["x"]) == _bits(FLOATS)
    assert _bits(h.epoch["val_x"]) == _bits([-0.0])
    assert math.copysign(1, h.batch["x"][FLOATS.index(-0.0)]) == -1
    summary = h.info.summary["batch"]["x"]
    assert summary["n"] == len(FLOATS) and summary["best"] == -1.7976931348623157e308  # never NaN/inf


def test_steps_near_the_int64_limits(any_store):
    steps = [0, 2**62, 2**62 + 1, 2**62 + 3, 2**63 - 10, 2**63 - 2]
    with ls.init(project="v", name="steps", store=any_store) as run:
        run.log({"loss": 1.0}, step=-(2**63))
        for s in steps:
            run.log({"loss": float(s % 1000)}, step=s)
        run.log_epoch({"val_loss": 0.5}, step=2**62, epoch=2**31 - 1)
        with pytest.raises(InvalidValueError, match="2\\*\\*63-2"):
            run.log({"loss": 1.0}, step=2**63 - 1)  # its next step would not fit
        with pytest.raises(InvalidValueError, match="whole number"):
            run.log({"loss": 1.0}, step=2**64)
        with pytest.raises(InvalidValueError, match="whole number"):
            run.log({"loss": 1.0}, step=1.5)
        for bad in (math.nan, math.inf, 2**31, "3"):
            with pytest.raises(InvalidValueError, match="epoch"):
                run.log_epoch({"val_loss": 1.0}, epoch=bad)
            with pytest.raises(InvalidValueError, match="epoch"):
                run.log({"loss": 1.0}, epoch=bad)
    h = ls.load("v/steps", store=any_store)
    s = h.batch.series("loss")
    assert s.step.dtype == np.int64 and s.step.tolist() == [-(2**63), *steps]
    assert h.get("loss", "val", "epoch").step.tolist() == [2**62]
    assert h.get("loss", "val", "epoch").epoch.tolist() == [2**31 - 1]
    assert h.info.status == "finished"  # no write ever failed on these numbers
    run_row = open_store(any_store).resolve("v/steps")
    assert run_row.summary["batch"]["loss"]["last_step"] == 2**63 - 2


def test_unicode_long_and_hostile_names_round_trip(any_store):
    with ls.init(project="v", name="names", store=any_store) as run:
        for i, name in enumerate(NAMES):
            run.log({name: float(i)})
        run.log_epoch({n: 1.0 for n in NAMES[:4]})
    h = ls.load("v/names", store=any_store)
    assert sorted(h.batch) == sorted(NAMES)
    for i, name in enumerate(NAMES):
        assert h.batch[name].tolist() == [float(i)]
    assert h.get("é" * 508, "val", "batch") is not None
    assert sorted(h.epoch) == sorted(NAMES[:4])
    assert open_store(any_store).resolve("v/names").summary["batch"]["loss🔥"]["last"] == 3.0


@pytest.mark.parametrize("key,match", [
    ("a" * 513, "1 to 512 printable"), ("", "1 to 512"), ("   ", "1 to 512"), ("lo\x00ss", "printable"),
    ("lo\nss", "printable"), ("\ud800", "printable"), ("lo\u200bss", "printable"), (b"loss", "strings"),
    (None, "strings"), (1.5, "strings"),
])
def test_unstorable_names_are_refused_clearly(store, key, match):
    run = ls.init(project="v", name="badnames", store=store)
    with pytest.raises(InvalidValueError, match=match) as err:
        run.log({key: 1.0})
    assert "\n" not in str(err.value) and len(str(err.value)) < 300
    run.log({"ok": 1.0})
    run.finish()
    assert list(ls.load("v/badnames", store=store).batch) == ["ok"]


@pytest.mark.parametrize("value,match", [
    (2**53 + 1, "cannot hold exactly"), (np.int64(2**62 + 1), "cannot hold exactly"), (10**400, "too large"),
    (complex(1, 2), "complex"), ("1.0", "str"), (None, "NoneType"), (np.array([1.0, 2.0]), "cannot be read as a number"),
])
def test_unstorable_values_are_refused_clearly(store, value, match):
    run = ls.init(project="v", name="badvalues", store=store)
    with pytest.raises(InvalidValueError, match=match):
        run.log({"loss": value})
    run.log({"loss": 2**53})  # an integer float64 holds exactly is fine
    run.finish()
    assert ls.load("v/badvalues", store=store).batch["loss"].tolist() == [2.0**53]
