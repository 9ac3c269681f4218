"""`learnscope plot`: real CLI in a subprocess, real store, real files."""

import numpy as np
import pytest

import learnscope as ls
from tests.conftest import cli

MAGIC = {".png": b"\x89PNG", ".svg": b"<?xml", ".pdf": b"%PDF"}


@pytest.fixture
def runs(store):
    for k in range(3):
        with ls.init("cv", f"fold{k}", {"lr": 0.1, "fold": k}, store=store, group="cv3", fold=k) as run:
            for e in range(4):
                for _ in range(5):
                    run.log({"loss": 1 / (e + 1) + np.random.rand() * 0.1})
                run.log_epoch({"loss": 1 / (e + 1), "val_loss": 1.2 / (e + 1) + k * 0.01})
    return store


@pytest.mark.parametrize("ext", [".png", ".svg", ".pdf"])
def test_writes_each_format(runs, tmp_path, ext):
    out = tmp_path / f"curves{ext}"
    proc = cli("plot", "cv/fold0", "cv/fold1", "-o", out, "--store", runs, check=True)
    assert out.read_bytes().startswith(MAGIC[ext])
    assert str(out) in proc.stdout


def test_group_and_options(runs, tmp_path):
    out = tmp_path / "g.png"
    cli("plot", "--group", "cv3", "-o", out, "--store", runs, "--smooth", "0.5", "--log", check=True)
    assert out.stat().st_size > 10_000
    cli("plot", "cv/fold2", "--level", "batch", "-o", out, "--store", runs, check=True)


def test_log_file_source(tmp_path):
    csv = tmp_path / "log.csv"
    csv.write_text("epoch,loss,val_loss\n0,1.0,1.1\n1,0.6,0.8\n2,0.4,0.7\n")
    cli("plot", csv, "-o", tmp_path / "c.png", check=True)
    assert (tmp_path / "c.png").exists()


@pytest.mark.parametrize("args, message", [
    (["cv/fold0", "-o", "x.txt"], "must end in .png, .svg, .pdf"),
    (["cv/fold0", "-o", "/no/such/dir/x.png"], "does not exist"),
    (["--group", "nope", "-o", "x.png"], "no runs of group 'nope'"),
    (["-o", "x.png"], "at least one SOURCE"),
    (["cv/fold0", "-o", "x.png", "--smooth", "3"], "smoothing"),
    (["cv/missing", "-o", "x.png"], "no run"),
])
def test_bad_input_is_one_line_exit_2(runs, tmp_path, args, message):
    proc = cli("plot", *args, "--store", runs, cwd=tmp_path)
    assert proc.returncode == 2
    assert message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not list(tmp_path.glob("x.*"))
