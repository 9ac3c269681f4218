"""`learnscope runs` pages, filters and sorts like git log; `learnscope rm` deletes, asking first.
On a SQLite store and on a real PostgreSQL server, through the real CLI."""

import json
import math
import os
import subprocess

import pytest

import learnscope as ls
from tests.conftest import CLI, cli


def fill(store, n=24):
    """n finished runs: lr falls with the index, two groups, two optimizers; run-0 is the oldest."""
    for i in range(n):
        lr = 0.1 / (i + 1)
        run = ls.init(project="cli", name=f"run-{i}", group="even" if i % 2 == 0 else "odd", store=store,
                      config={"lr": lr, "optimizer": "adam" if i % 3 else "sgd"})
        for e in range(1, 7):
            loss = 2.0 * math.exp(-lr * 20 * e)
            run.log_epoch({"loss": loss, "val_loss": loss + 0.01 * i})
        run.finish()


@pytest.fixture(scope="module")
def sqlite_store(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("cliruns") / "store")
    fill(path)
    return path


def names(stdout: str) -> list[str]:
    return [w for line in stdout.splitlines() for w in line.split() if w.startswith("run-")]


def lines_env(lines=20, columns=200):
    return {"LINES": str(lines), "COLUMNS": str(columns)}


def test_a_screenful_newest_first_then_limit_offset_all(sqlite_store):
    out = cli("runs", "--store", sqlite_store, env=lines_env(lines=14), check=True).stdout
    assert names(out) == [f"run-{i}" for i in range(23, 13, -1)]  # 14 lines less 4: 10 runs
    assert out.splitlines()[0] == "10 of 24 run(s), newest first"
    assert "14 more: --limit N, --offset 10, or --all" in out
    out = cli("runs", "--store", sqlite_store, "--limit", "3", "--offset", "3", env=lines_env(), check=True).stdout
    assert names(out) == ["run-20", "run-19", "run-18"]
    out = cli("runs", "--store", sqlite_store, "--all", env=lines_env(lines=8), check=True).stdout
    assert len(names(out)) == 24 and "more" not in out


def test_filters_and_sorts(sqlite_store):
    def run(*args):
        every = () if "--limit" in args else ("--all",)
        return names(cli("runs", "--store", sqlite_store, *every, *args, env=lines_env(), check=True).stdout)
    assert run("--where", "lr>0.02") == ["run-3", "run-2", "run-1", "run-0"]
    assert run("--where", "lr>0.02, optimizer=sgd") == ["run-3", "run-0"]
    assert run("--where", "best val_loss<0.06", "--sort", "name") == ["run-0", "run-1", "run-2"]
    assert run("--group", "odd", "--limit", "2") == ["run-23", "run-21"]
    assert run("--sort", "best:val_loss", "--limit", "3") == ["run-0", "run-1", "run-2"]
    assert run("--sort", "-best:val_loss", "--limit", "1") == ["run-23"]
    assert run("--match", "run-1", "--sort", "name") == ["run-1"] + [f"run-1{i}" for i in range(10)]
    assert len(run("--status", "finished")) == 24 and run("--status", "running") == []
    rows = json.loads(cli("runs", "--store", sqlite_store, "--json", check=True).stdout)
    verdict = rows[0]["verdict"]
    want = sorted(r["name"] for r in rows if r["verdict"] == verdict)
    assert sorted(run("--verdict", verdict)) == want


def test_json_streams_every_match(sqlite_store):
    out = cli("runs", "--store", sqlite_store, "--json", env=lines_env(lines=8), check=True).stdout
    rows = json.loads(out)
    assert len(rows) == 24 and rows[0]["name"] == "run-23"
    assert rows[0]["config"]["optimizer"] == "adam" and rows[0]["verdict"] and rows[0]["headline"]
    assert rows[-1]["best"]["val_loss"] == pytest.approx(2.0 * math.exp(-0.1 * 20 * 6))
    assert len(json.loads(cli("runs", "--store", sqlite_store, "--json", "--limit", "2", check=True).stdout)) == 2


def test_table_fits_the_width_without_cutting_ids_dates_numbers(sqlite_store):
    rows = json.loads(cli("runs", "--store", sqlite_store, "--json", "--limit", "5", check=True).stdout)
    for columns in (60, 80, 120):
        out = cli("runs", "--store", sqlite_store, "--limit", "5", env=lines_env(columns=columns), check=True).stdout
        table = out.splitlines()[1:6]
        assert all(len(line) <= columns for line in table), (columns, table)
        for line, row in zip(table[1:], rows):
            assert line.split()[0] == row["id"]  # whole, never cut
        if columns >= 80:
            assert any(f"{rows[0]['best']['val_loss']:.4g}" in line for line in table)


@pytest.mark.parametrize("args, named", [
    (("--where", "lr<<0.1"), "'lr<<0.1'"), (("--where", "lr"), "'lr'"),
    (("--where", "best val_loss~x"), "'best val_loss~x'"), (("--sort", "speed"), "'speed'"),
    (("--verdict", "great"), "'great'"), (("--status", "done"), "'done'"),
])
def test_bad_filters_are_one_line_exit_2(sqlite_store, args, named):
    proc = cli("runs", "--store", sqlite_store, *args)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("learnscope: error:") and len(proc.stderr.strip().splitlines()) == 1
    assert named in proc.stderr and ("allowed" in proc.stderr or "use one of" in proc.stderr
                                     or "is not one of" in proc.stderr)


def rm(store, *args, answer=None):
    env = {k: v for k, v in os.environ.items() if k != "LEARNSCOPE_STORE"}
    return subprocess.run([*CLI, "rm", "--store", store, *args], input=answer, capture_output=True, text=True,
                          env=env)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_rm_asks_then_deletes_named_and_matching_runs(kind, tmp_path, request):
    store = str(tmp_path / "s") if kind == "sqlite" else request.getfixturevalue("pg_store")
    fill(store, n=8)
    count = lambda: len(json.loads(cli("runs", "--store", store, "--json", check=True).stdout))  # noqa: E731
    proc = rm(store, "cli/run-0", answer="n\n")
    assert proc.returncode == 1 and "nothing deleted" in proc.stderr and count() == 8
    proc = rm(store, "cli/run-0", answer="")  # no answer at all: no
    assert proc.returncode == 1 and count() == 8
    proc = rm(store, "cli/run-0", answer="y\n")
    assert proc.returncode == 0 and "deleted 1 run(s)" in proc.stdout and count() == 7
    proc = rm(store, "--where", "optimizer=sgd", "--yes")  # run-3 and run-6 (run-0 is gone)
    assert proc.returncode == 0 and "deleted 2 run(s)" in proc.stdout
    left = json.loads(cli("runs", "--store", store, "--json", check=True).stdout)
    assert sorted(r["name"] for r in left) == ["run-1", "run-2", "run-4", "run-5", "run-7"]
    assert cli("show", "cli/run-3", "--store", store).returncode == 2  # gone, points too
    assert len(ls.load("cli/run-1", store=store).epoch["val_loss"]) == 6  # the others untouched


def test_rm_refuses_nothing_and_unknown(sqlite_store):
    for args, says in [((), "nothing to delete"), (("cli/no-such-run",), "no run 'cli/no-such-run'"),
                       (("--where", "lr<"), "cannot read filter term")]:
        proc = rm(sqlite_store, *args, answer="y\n")
        assert proc.returncode == 2 and says in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert len(json.loads(cli("runs", "--store", sqlite_store, "--json", check=True).stdout)) == 24


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_runs_lists_without_sqlalchemy_or_numpy(kind, tmp_path, request):
    """`learnscope runs` starts fast: the runs list goes through the database driver alone."""
    store = str(tmp_path / "store") if kind == "sqlite" else request.getfixturevalue("pg_store")
    fill(store, n=3)
    code = ("import sys\nfrom learnscope.cli import main\ntry:\n    main(['runs', '--store', sys.argv[1], "
            "'--where', 'lr<0.06', '--sort', 'best:val_loss'])\nexcept SystemExit:\n    pass\n"
            "print('loaded:', [m for m in ('sqlalchemy', 'numpy', 'learnscope.read') if m in sys.modules])")
    out = subprocess.run([CLI[0], "-c", code, store], capture_output=True, text=True, env=os.environ).stdout
    assert names(out) == ["run-1", "run-2"] and "2 run(s) matching (store holds 3)" in out
    assert out.splitlines()[-1] == "loaded: []"
