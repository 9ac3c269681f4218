"""A shared PostgreSQL store: many processes at once, a fresh database, every CLI command."""

import subprocess
import sys
import textwrap
import time

import numpy as np

import learnscope as ls
from learnscope.store import open_store

WRITER = textwrap.dedent("""
    import sys, learnscope as ls
    store, worker, runs, n = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    for r in range(runs):
        run = ls.init(project="team", name=f"w{worker}-r{r}", store=store, flush_interval=0.2,
                      group="sweep", config={"worker": int(worker), "run": r})
        for i in range(n):
            run.log({"loss": i + r, "acc": -i})
            if i % 2000 == 1999:
                run.log_epoch({"val_loss": i, "val_acc": r})
        run.finish()
""")


def test_eight_processes_write_many_runs_at_once_with_nothing_lost(pg_store):
    workers, runs_each, n = 8, 2, 20000
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, pg_store, str(k), str(runs_each), str(n)],
                              stderr=subprocess.PIPE, text=True) for k in range(workers)]
    errors = [p.communicate(timeout=240)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * workers, errors
    assert not any("cannot write" in e for e in errors), errors
    infos = open_store(pg_store).list_runs("team")
    assert sorted(r.name for r in infos) == sorted(f"w{k}-r{r}" for k in range(workers) for r in range(runs_each))
    for info in infos:
        h = ls.load(info.id, store=pg_store)
        r = info.config["run"]
        np.testing.assert_array_equal(h.batch["loss"], np.arange(n) + r)
        np.testing.assert_array_equal(h.batch["acc"], -np.arange(n))
        assert h.epoch["val_loss"].tolist() == list(range(1999, n, 2000))
        assert info.status == "finished" and info.group == "sweep"
        assert info.summary  # last/best values kept for the runs list


OPENER = textwrap.dedent("""
    import sys, time, learnscope as ls
    import learnscope.store.cache, psycopg, sqlalchemy.dialects.postgresql  # imported before the start line
    time.sleep(max(0.0, float(sys.argv[3]) - time.time()))   # all open the fresh database at one instant
    with ls.init(project="fresh", name="p" + sys.argv[2], store=sys.argv[1]) as run:
        run.log_epoch({"loss": float(sys.argv[2])})
""")


def test_several_processes_create_the_schema_of_a_fresh_database_at_once(pg_server):
    # Without the store's advisory lock this failed about one time in two with
    # 'duplicate key value violates unique constraint "pg_type_typname_nsp_index"'.
    for _ in range(3):
        url, start = pg_server.new_database(), time.time() + 2.5
        procs = [subprocess.Popen([sys.executable, "-c", OPENER, url, str(k), str(start)],
                                  stderr=subprocess.PIPE, text=True) for k in range(6)]
        errors = [p.communicate(timeout=120)[1] for p in procs]
        assert [p.returncode for p in procs] == [0] * 6, errors
        assert sorted(r.name for r in open_store(url).list_runs("fresh")) == [f"p{k}" for k in range(6)]
        for k in range(6):
            assert ls.load(f"fresh/p{k}", store=url).epoch["loss"].tolist() == [float(k)]
