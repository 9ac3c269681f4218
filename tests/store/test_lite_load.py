"""Loading many runs through the database driver alone (``learnscope plot --group``) gives the
same Histories as the full Store's bulk load, in SQLite and PostgreSQL."""

import subprocess
import sys

import numpy as np

import learnscope as ls
from learnscope.store import open_store
from learnscope.store.bulk_load import load_many as bulk
from learnscope.store.lite import LiteReader, open_reader
from learnscope.store.lite_load import load_many as lite
from tests.conftest import ROOT


def _fill(store):
    for k in range(3):
        with ls.init("g", f"r{k}", {"lr": 10.0 ** -k}, store=store, group="g") as run:
            for e in range(1, 4):
                for _ in range(7):
                    run.log({"loss": 1 / e + k * 0.1})
                run.log_epoch({"loss": 1 / e, "val_loss": float("nan") if (k, e) == (2, 3) else 1.1 / e})


def _same(store):
    _fill(store)
    reader = open_reader(store)
    assert isinstance(reader, LiteReader)
    infos = [r.info for r in reader.iter_runs(group="g")]
    for levels in (("epoch",), ("batch", "epoch")):
        got, want = lite(reader, infos, levels=levels), bulk(open_store(store), infos, levels=levels)
        assert [h.info.id for h in got] == [h.info.id for h in want] == [i.id for i in infos]
        for g, w in zip(got, want):
            assert set(g.series) == set(w.series) and len(g.series) == (3 if len(levels) == 2 else 2)
            for key, s in w.series.items():
                np.testing.assert_array_equal(g.series[key].step, s.step)
                np.testing.assert_array_equal(g.series[key].epoch, s.epoch)
                np.testing.assert_array_equal(g.series[key].value, s.value)  # NaN kept


def test_same_histories_as_the_bulk_load(store):
    _same(store)


def test_same_histories_on_postgres(pg_store):
    _same(pg_store)


def test_plot_group_imports_no_sqlalchemy(store, tmp_path):
    _fill(store)
    code = ("import sys; from learnscope.cli import main; sys.argv = ['learnscope', 'plot', '--group', 'g', '-o', "
            f"{str(tmp_path / 'g.png')!r}, '--store', {store!r}]\ntry: main()\nexcept SystemExit: pass\n"
            "print('sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("False") and (tmp_path / "g.png").stat().st_size > 10_000
