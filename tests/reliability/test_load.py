"""16 processes recording into one store at once (SQLite and PostgreSQL): every point present,
no "database is locked" reaching anyone, throughput printed (bench/load_bench.py measures)."""

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "load_bench.py"


def _bench():
    spec = importlib.util.spec_from_file_location("load_bench", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _check(result: dict) -> None:
    print(f"\n{result['store']}: {result['processes']} processes x {result['points_per_process']:,} points: "
          f"{result['seconds']} s, {result['points_per_s']:,} points/s")
    assert result["exit_codes_ok"], result["stderr"]
    assert result["database_locked_reports"] == 0, result["stderr"]
    assert "Traceback" not in result["stderr"] and "learnscope:" not in result["stderr"], result["stderr"]
    assert result["all_points_present"]


@pytest.fixture(params=["sqlite", "postgresql"])
def load_store(request, store):
    return store if request.param == "sqlite" else request.getfixturevalue("pg_store")


def test_16_processes_x_50k_points(load_store):
    _check(_bench().run_load(load_store, processes=16, points=50_000))


@pytest.mark.slow
def test_16_processes_x_1m_points(load_store):
    _check(_bench().run_load(load_store, processes=16, points=1_000_000))
