"""``History.to_parquet`` and ``learnscope export --format parquet``, read back by pandas,
polars and DuckDB."""

import json
import math

import numpy as np
import pytest

import learnscope as ls
from tests.conftest import cli

pytest.importorskip("pyarrow")


def _run(store):
    with ls.init(project="p", name="pq", config={"lr": 0.1}, store=store) as run:
        for epoch in range(1, 3):
            for b in range(3):
                step = (epoch - 1) * 3 + b
                run.log({"loss": 1.0 / (step + 1), "lr": 0.1}, step=step, epoch=epoch)
            run.log_epoch({"loss": 0.5 / epoch, "val_loss": float("nan") if epoch == 2 else 0.8})
    return ls.load("p/pq", store=store)


def test_one_row_per_point_read_by_pandas_polars_and_duckdb(store, tmp_path):
    h = _run(store)
    path = tmp_path / "run.parquet"
    h.to_parquet(path)
    pd = pytest.importorskip("pandas")
    df = pd.read_parquet(path)
    assert list(df.columns) == ["step", "epoch", "wall_time", "loss_step", "lr", "loss_epoch", "val_loss"]
    assert df["step"].tolist() == list(range(6)) and df["epoch"].tolist() == [1, 1, 1, 2, 2, 2]
    assert df["loss_step"].tolist() == pytest.approx([1.0 / (s + 1) for s in range(6)])
    ends = df.dropna(subset=["loss_epoch"])      # epoch values share the row of the epoch's last step
    assert ends["step"].tolist() == [2, 5] and ends["loss_epoch"].tolist() == [0.5, 0.25]
    assert df["val_loss"].isna().sum() == 5 and math.isnan(ends["val_loss"].iloc[1])
    assert (df["wall_time"] > 1e9).all()
    pl = pytest.importorskip("polars")
    frame = pl.read_parquet(path)
    assert frame.height == 6 and frame["val_loss"].null_count() == 4     # 4 absent cells; the NaN is logged
    assert frame["val_loss"].is_nan().sum() == 1
    duckdb = pytest.importorskip("duckdb")
    got = duckdb.sql(f"SELECT max(step), avg(lr), count(val_loss) FROM '{path}'").fetchall()[0]
    assert got == (5, pytest.approx(0.1), 2)


def test_run_metadata_rides_along(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    h = _run(store)
    path = h.to_parquet(tmp_path / "r.parquet")
    meta = json.loads(pq.read_schema(path).metadata[b"learnscope"])
    assert (meta["project"], meta["name"], meta["config"]) == ("p", "pq", {"lr": 0.1})
    assert meta["series"]["loss_step"] == {"name": "loss", "split": "train", "level": "batch"}


def test_export_command(store, tmp_path):
    _run(store)
    out = tmp_path / "x.parquet"
    proc = cli("export", "p/pq", "--format", "parquet", "-o", out, "--store", store, check=True)
    assert "wrote" in proc.stderr and out.stat().st_size > 0
    pd = pytest.importorskip("pandas")
    assert np.allclose(pd.read_parquet(out)["lr"], 0.1)
    proc = cli("export", "p/pq", "--format", "parquet", "--store", store)
    assert proc.returncode == 2 and "give it with -o FILE" in proc.stderr and len(proc.stderr.splitlines()) == 1
