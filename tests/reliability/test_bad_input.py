"""Property-based bad input: random keys and values for run.log/log_epoch, random CLI
arguments. Every call either works or ends in one clear error (an InvalidValueError; for the
CLI one line and exit status 2): never a traceback, never half a row or half a run."""


import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import learnscope as ls
from learnscope.errors import InvalidValueError
from learnscope.names import parse_key
from learnscope.store import open_store
from tests.conftest import cli
from tests.reliability.cli_fuzz import assert_clean, run_cli

KEYS = st.one_of(
    st.sampled_from(["loss", "accuracy", "val_loss", "valid_loss", "eval_accuracy", "train/loss", "val/acc",
                     "loss_epoch", "val_loss_step", "test_f1", "lr", "Loss/val", "_", "val_", "损失"]),
    st.text(min_size=0, max_size=20),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=500, max_size=530),
    st.integers(), st.none(), st.binary(max_size=4), st.floats(),
)
VALUES = st.one_of(
    st.floats(), st.floats(width=32).map(np.float32), st.floats(width=16).map(np.float16),
    st.integers(), st.integers(-(2**63), 2**63 - 1).map(np.int64), st.booleans(), st.none(),
    st.text(max_size=5), st.binary(max_size=3), st.lists(st.floats(), max_size=2),
    st.complex_numbers(), st.just(np.array(1.5)), st.just(np.array([1.0, 2.0])), st.just(object()),
)
CALLS = st.lists(st.tuples(st.booleans(), st.dictionaries(KEYS, VALUES, max_size=4),
                           st.one_of(st.none(), st.integers(), st.floats(), st.text(max_size=3))),
                 min_size=1, max_size=12)

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])


def _series_of(key: str, level: str):
    sk = parse_key(key, level)
    return sk.name, sk.split, sk.level or level


@FUZZ
@given(calls=CALLS)
def test_log_any_keys_and_values_all_or_nothing(store, calls):
    run = ls.init(project="fuzz", store=store, flush_interval=0.01)
    expected: dict = {}
    for epoch_level, data, where in calls:
        level = "epoch" if epoch_level else "batch"
        try:
            if epoch_level:
                run.log_epoch(data, **({} if where is None else {"epoch": where}))
            else:
                run.log(data, **({} if where is None else {"step": where}))
        except InvalidValueError as exc:
            assert "\n" not in str(exc) and str(exc)
            continue  # refused: nothing of this row may appear
        for key, value in data.items():
            expected.setdefault(_series_of(key, level), []).append(float(value))
    run.finish()
    h = ls.load(run.id, store=store)
    got = {(s.name, s.split, s.level): s.value for s in h.series.values()}
    assert set(got) == set(expected)
    for key, values in expected.items():
        assert np.asarray(values).view("<u8").tolist() == got[key].view("<u8").tolist(), key
    assert h.info.status == "finished"


@FUZZ
@given(project=st.one_of(st.text(max_size=300), st.none(), st.integers()),
       name=st.one_of(st.text(max_size=300), st.none(), st.integers()),
       config=st.one_of(st.none(), st.dictionaries(st.one_of(st.text(max_size=5), st.integers()),
                                                   st.one_of(st.floats(), st.text(max_size=5)), max_size=3),
                        st.lists(st.integers(), max_size=2)),
       flush=st.one_of(st.floats(), st.integers(-2, 2)))
def test_init_any_arguments_run_or_refuse(store, project, name, config, flush):
    try:
        run = ls.init(project=project, name=name, config=config, store=store, flush_interval=flush)
    except InvalidValueError as exc:
        assert "\n" not in str(exc)
        return
    run.log({"loss": 1.0})
    run.finish()
    assert ls.load(run.id, store=store).batch["loss"].tolist() == [1.0]


# ---- the command line ------------------------------------------------------------------------
SAFE_COMMANDS = ["runs", "show", "export", "import", "read", "plot", "report", "diff"]  # not ui, demo (trains)


def _options(command: str) -> list[str]:
    from learnscope.cli import group

    cmd = group.get_command(None, command)
    return [o for p in cmd.params for o in (*p.opts, *p.secondary_opts) if o.startswith("-")]


@pytest.fixture(scope="module")
def cli_world(tmp_path_factory):
    """A store with one finished run, a good log file and a garbage file, to aim arguments at."""
    root = tmp_path_factory.mktemp("cli")
    store = str(root / "store")
    with ls.init(project="p", name="good", store=store) as run:
        for e in range(3):
            run.log({"loss": 1.0 / (e + 1)})
            run.log_epoch({"loss": 1.0 / (e + 1), "val_loss": 1.2 / (e + 1), "val_accuracy": 0.3 * e})
    (root / "good.json").write_text('{"loss": [1.0, 0.5], "val_loss": [1.1, 0.7]}')
    (root / "garbage.csv").write_bytes(b"\x00\xff\x17garbage")
    return root, store


def _token(root, store, command: str):
    return st.one_of(
        st.sampled_from(_options(command)), st.sampled_from(["p/good", "good", "p/", "/", "nope", "..", "-"]),
        st.sampled_from([str(root / "good.json"), str(root / "garbage.csv"), str(root / "missing.csv"),
                         str(root), store, str(root / "out.png"), str(root / "out.html"),
                         "postgresql://nobody@127.0.0.1:1/x", "mysql://x", ""]),
        st.text(max_size=12), st.integers().map(str), st.floats().map(str))


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_cli_any_arguments_one_line_or_success(cli_world, data, monkeypatch):
    root, store = cli_world
    monkeypatch.chdir(root)
    command = data.draw(st.sampled_from(SAFE_COMMANDS))
    args = data.draw(st.lists(_token(root, store, command), max_size=5))
    if data.draw(st.booleans()):
        args += ["--store", store]
    before = {r.id for r in open_store(store).list_runs()}
    code, _, err = run_cli([command, *args])
    # exit 1 is read --fail-on's answer "a finding that severe", not an error
    assert_clean([command, *args], code, err, allowed=(0, 1, 2) if "--fail-on" in args else (0, 2))
    after = {r.id for r in open_store(store).list_runs()}
    if code != 0:
        assert after == before  # a failed command stored nothing
    for rid in after - before:  # what a successful import stored is a whole, loadable run
        assert len(open_store(store).load(rid).series) > 0
        open_store(store).delete_run(rid)


@pytest.mark.parametrize("args", [
    ["show"], ["show", "nope"], ["export", "p/good", "--level", "minute"], ["import", "/no/such/file"],
    ["read", "p/good", "--classes", "1"], ["runs", "--store", "mysql://x"], ["show", "p/good", "--bogus"],
    ["plot", "p/good"], ["read", "\x01bad"], ["export", "p/good", "-o", "/no/such/dir/x.json"],
    ["read", "p/good", "--fail-on", "fatal"], ["diff", "p/good", "nope"], ["diff", "p/good"],
    ["show", "~0"], ["import", "~no-such-user/x.csv"],  # ~user naming no user: a path that is not there
])
def test_cli_bad_arguments_in_a_real_process(cli_world, args):
    root, store = cli_world
    proc = cli(*args, *([] if "--store" in args else ["--store", store]), cwd=root)
    assert_clean(args, proc.returncode, proc.stderr, allowed=(2,))
