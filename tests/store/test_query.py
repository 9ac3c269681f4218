"""The store's runs queries on SQLite and a real PostgreSQL server: paging, sorting, every
filter kind, deletion, the stored read and its refresh, and refused filter expressions."""

import math

import numpy as np
import pytest

import learnscope as ls
from learnscope.store import open_store
from learnscope.store.filters import FilterError

CONFIGS = [  # name, lr, optimizer, hidden, group, how fast val_loss falls
    ("a", 0.1, "adam", 64, "fast", 3.0), ("b", 0.03, "sgd", 128, "fast", 1.0),
    ("c", 0.01, "Adam", 256, "slow", 0.3), ("d", 0.003, "sgd", 64, "slow", 0.1),
    ("e", 0.001, "adamw", 128, None, 0.05),
]


def record(store, name, lr, opt, hidden, group, speed, *, epochs=10, finish=True):
    run = ls.init(project="q", name=name, group=group, store=store,
                  config={"lr": lr, "optimizer": opt, "model": {"hidden": hidden}})
    for e in range(1, epochs + 1):
        loss = 2.0 * math.exp(-speed * e / 3)
        run.log_epoch({"loss": loss, "val_loss": loss + 0.05})
    if finish:
        run.finish()
    return run


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    return str(tmp_path / "store") if request.param == "sqlite" else request.getfixturevalue("pg_store")


@pytest.fixture
def filled(url):
    for c in CONFIGS:
        record(url, *c)
    return open_store(url)


def names(store, **kw):
    return [r.info.name for r in store.runs(**kw)]


def test_newest_first_and_paging(filled):
    assert names(filled) == ["e", "d", "c", "b", "a"]
    assert names(filled, limit=2) == ["e", "d"]
    assert names(filled, limit=2, offset=2) == ["c", "b"]
    assert names(filled, limit=2, offset=4) == ["a"]
    assert filled.count() == filled.total() == 5


def test_sorts(filled):
    assert names(filled, sort="name") == ["a", "b", "c", "d", "e"]
    assert names(filled, sort="-name") == ["e", "d", "c", "b", "a"]
    assert names(filled, sort="best:val_loss") == ["a", "b", "c", "d", "e"]  # lowest best loss first
    assert names(filled, sort="-last:val_loss") == ["e", "d", "c", "b", "a"]
    assert names(filled, sort="group") == ["b", "a", "d", "c", "e"]  # no group last, ties newest first
    assert names(filled, sort="best:no_such_metric", limit=2) == ["e", "d"]  # all NULL: newest first


def test_config_filters(filled):
    assert sorted(names(filled, where="lr<0.01")) == ["d", "e"]
    assert sorted(names(filled, where="lr<=0.01")) == ["c", "d", "e"]
    assert sorted(names(filled, where="optimizer=adam")) == ["a", "c"]  # case-insensitive text
    assert sorted(names(filled, where="optimizer~adam")) == ["a", "c", "e"]
    assert sorted(names(filled, where="optimizer!=sgd, model.hidden>=128")) == ["c", "e"]
    assert sorted(names(filled, where="model.hidden=64")) == ["a", "d"]
    assert names(filled, where="no_such_key=1") == []
    assert filled.count(where="lr>0.005, optimizer=sgd") == 1


def test_metric_text_group_status_verdict_filters(filled):
    assert sorted(names(filled, where="best val_loss<0.3")) == ["a", "b"]
    assert sorted(names(filled, where="last val_loss>=1")) == ["d", "e"]
    assert names(filled, where="best loss@batch<1") == []  # no batch level recorded
    assert sorted(names(filled, text="FAST")) == ["a", "b"]  # group, case-insensitive
    assert sorted(names(filled, group="slow")) == ["c", "d"]
    assert filled.count(status="finished") == 5 and filled.count(status="running") == 0
    verdicts = {r.info.name: r.verdict for r in filled.runs()}
    some = verdicts["a"]
    assert sorted(names(filled, verdict=some)) == sorted(n for n, v in verdicts.items() if v == some)
    assert set(names(filled, verdict=some)) <= set(names(filled, text=some.upper()))


def test_stored_read_made_at_finish_and_remade_on_new_version(filled, monkeypatch):
    rows = filled.runs()
    assert all(r.read_current and r.verdict for r in rows)
    direct = ls.read(filled.load(rows[0].info.id))
    assert rows[0].verdict == direct.verdict
    assert rows[0].headline == direct.findings[0].to_dict()["message"][:500]
    import learnscope.read_version
    monkeypatch.setattr(learnscope.read_version, "READ_VERSION", learnscope.read_version.READ_VERSION + 1)
    assert not any(r.read_current for r in filled.runs())
    assert filled.refresh_reads() == 5
    assert all(r.read_current for r in filled.runs())
    assert filled.refresh_reads() == 0  # once only


def test_live_run_has_no_read_and_gets_one_at_finish(filled):
    run = record(filled, "live", 0.05, "adam", 64, "fast", 1.0, finish=False)
    run.flush()
    row = filled.runs(text="live")[0]
    assert row.info.status == "running" and row.verdict is None and not row.read_current
    assert filled.count(status="running") == 1
    run.finish()
    row = filled.runs(text="live")[0]
    assert row.read_current and row.verdict


def test_since_returns_only_what_changed(filled):
    newest = max(r.updated for r in filled.runs())
    assert filled.runs(since=newest) == []
    record(filled, "later", 0.02, "sgd", 64, None, 1.0)
    assert names(filled, since=newest) == ["later"]


def test_delete_runs_with_their_points(filled):
    doomed = filled.run_ids(where="optimizer=sgd")
    assert len(doomed) == 2
    assert filled.delete_runs(doomed) == 2
    assert sorted(names(filled)) == ["a", "c", "e"]
    assert names(filled, where="optimizer=sgd") == [] and names(filled, where="best val_loss<10") != []
    with filled.reader.connect() as conn:
        from sqlalchemy import text
        left = conn.execute(text("SELECT count(*) FROM series s LEFT JOIN runs r ON r.id = s.run_id "
                                 "WHERE r.id IS NULL")).scalar()
        params = conn.execute(text("SELECT count(*) FROM params WHERE run_id IN ('%s')" % doomed[0])).scalar()
    assert left == 0 and params == 0
    h = filled.load(filled.runs()[0].info.id)
    assert len(h.epoch["val_loss"]) == 10


@pytest.mark.parametrize("bad, named", [
    ("lr<<0.1", "'<0.1' is not a number"), ("lr", "no comparison"), ("lr<abc", "'abc' is not a number"),
    ("best val_loss~x", "compares with a number"), ("=3", "nothing before"), ("lr=", "nothing after"),
    ("best val_loss@hour<1", "neither epoch nor batch"), ("learning rate<1", "not a config key"),
])
def test_bad_where_is_one_line_naming_it(filled, bad, named):
    with pytest.raises(FilterError) as err:
        filled.runs(where=bad)
    msg = str(err.value)
    assert named in msg and repr(bad.strip()) in msg and "allowed:" in msg and "\n" not in msg


def test_bad_sort_status_verdict(filled):
    for kw, word in [({"sort": "speed"}, "cannot sort by 'speed'"), ({"status": "done"}, "unknown status 'done'"),
                     ({"verdict": "great"}, "unknown verdict 'great'")]:
        with pytest.raises(FilterError, match=word):
            filled.runs(**kw)


def test_upgrade_in_place_from_schema_1(url):
    """A store written before the stored read and the filter tables is upgraded on open."""
    path = url
    record(path, "old", 0.1, "adam", 64, "g", 1.0)
    _downgrade_to_schema_1(open_store(path))
    import learnscope.store.cache as st
    st._stores.clear()
    s = open_store(path)
    row = s.runs(where="lr>0.05, best val_loss<1")[0]
    assert row.info.name == "old" and not row.read_current
    assert s.refresh_reads() == 1 and s.runs()[0].verdict
    h = s.load(row.info.id)
    np.testing.assert_allclose(h.epoch["loss"][0], 2.0 * math.exp(-1 / 3))


def _downgrade_to_schema_1(store):
    """What schema 1 had: no params/metrics tables, no read or updated columns, version 1."""
    from sqlalchemy import text
    with store.writer.begin() as conn:
        for ix in ("ix_runs_created", "ix_runs_updated", "ix_runs_grp", "ix_runs_verdict", "ix_runs_id_created",
                   "ix_runs_text"):
            conn.execute(text(f"DROP INDEX {ix}"))
        conn.execute(text("DROP TABLE params"))
        conn.execute(text("DROP TABLE metrics"))
        for col in ("updated", "verdict", "headline", "read_version"):
            conn.execute(text(f"ALTER TABLE runs DROP COLUMN {col}"))
        conn.execute(text("UPDATE learnscope_info SET value = '1' WHERE key = 'schema_version'"))
    store.writer.dispose()
    store.reader.dispose()


def test_long_run_gets_its_read_from_the_first_list(url):
    """finish() stays quick: past POINTS_AT_FINISH points the read is made lazily, once."""
    from learnscope.store.reads import POINTS_AT_FINISH

    store = open_store(url)
    run = ls.init(project="q", name="long", store=url)
    for i in range(POINTS_AT_FINISH + 10):
        run.log({"loss": 1.0 / (i + 1)})
    run.finish()
    row = store.runs(text="long")[0]
    assert row.info.status == "finished" and not row.read_current
    row = store.ensure_reads([row])[0]
    assert row.read_current and row.verdict
    assert store.runs(text="long")[0].verdict == row.verdict  # kept


def test_metric_keys_epoch_level_first_then_by_name(url):
    """What a list can sort by: each (metric, level) once, however many runs have it."""
    store = open_store(url)
    for i in range(3):
        run = ls.init(project="k", name=f"r{i}", store=url)
        run.log({"loss": 1.0, "grad_norm": 2.0})
        run.log_epoch({"val_loss": 0.5, "accuracy": 0.9} if i else {"val_loss": 0.5})
        run.finish()
    assert store.metric_keys() == ["accuracy@epoch", "val_loss@epoch", "grad_norm@batch", "loss@batch"]
    assert store.metric_keys(limit=3) == ["accuracy@epoch", "val_loss@epoch", "grad_norm@batch"]


def test_text_filter_matches_each_column_never_across_two(filled):
    row = filled.runs(limit=1)[0]
    assert names(filled, text=row.info.id[3:11].upper()) == [row.info.name]  # id, any case
    assert sorted(names(filled, text="Q")) == ["a", "b", "c", "d", "e"]  # project
    assert sorted(names(filled, text="finish")) == ["a", "b", "c", "d", "e"]  # status
    assert names(filled, text="q\nfast") == []  # the search text's separator: column by column
    assert names(filled, text="qfast") == [] and names(filled, text="q fast") == []
    assert names(filled, text="50%") == [] and names(filled, text="f_st") == []  # LIKE's signs are literal


def test_upgrade_from_schema_3_adds_the_search_indexes(url):
    """Schema 4: ``ix_runs_status`` and, in PostgreSQL, the text filter's trigram index, which
    the text filter's plan uses."""
    from sqlalchemy import text

    import learnscope.store.cache as st
    from learnscope.store.version import SCHEMA_VERSION
    record(url, "old", 0.1, "adam", 64, "sweep-7", 1.0)
    store = open_store(url)
    pg = store.writer.dialect.name == "postgresql"
    with store.writer.begin() as conn:
        conn.execute(text("DROP INDEX ix_runs_status"))
        if pg:
            conn.execute(text("DROP INDEX ix_runs_search"))
        conn.execute(text("UPDATE learnscope_info SET value = '3' WHERE key = 'schema_version'"))
    store.writer.dispose()
    store.reader.dispose()
    st._stores.clear()
    store = open_store(url)
    with store.reader.connect() as conn:
        assert conn.execute(text("SELECT value FROM learnscope_info WHERE key = 'schema_version'")).scalar() == str(SCHEMA_VERSION)
        if pg:
            got = {r[0] for r in conn.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'runs'"))}
            assert {"ix_runs_status", "ix_runs_search"} <= got
            from learnscope.store.query import RunQuery, count_sql
            sql = count_sql(RunQuery(text="Weep-7"), "postgresql")
            for scan in ("seqscan", "indexscan", "indexonlyscan"):  # 1 row: show that the index can serve it
                conn.execute(text(f"SET enable_{scan} = off"))
            plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + sql.text, sql.params))
            assert "ix_runs_search" in plan, plan
        else:
            assert conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'ix_runs_status'")).scalar() == 1
    assert names(store, text="Weep-7") == ["old"]


def test_postgresql_without_pg_trgm_rights_warns_and_still_filters(pg_server):
    """A user who may create tables but not extensions (no CREATE on the database): the store
    works, says once that the text filter will scan, and the filter still answers; once an
    administrator allowed pg_trgm, add_search_index adds the index."""
    import uuid

    import psycopg

    role, db = "u_" + uuid.uuid4().hex[:8], "t_" + uuid.uuid4().hex[:10]
    with psycopg.connect(pg_server.url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
        conn.execute(f"CREATE DATABASE {db}")
    with psycopg.connect(pg_server.url.rsplit("/", 1)[0] + "/" + db, autocommit=True) as conn:
        conn.execute(f"GRANT CREATE ON SCHEMA public TO {role}")
    url = f"postgresql://{role}@127.0.0.1:{pg_server.port}/{db}"
    with pytest.warns(UserWarning, match="no trigram index for the text filter.*pg_trgm"):
        store = open_store(url)
    record(url, "limited", 0.1, "adam", 64, "sweep-7", 1.0)
    assert names(store, text="WEEP-7") == ["limited"] and names(store, text="nothing") == []
    from learnscope.store.upgrade import add_search_index
    with psycopg.connect(pg_server.url.rsplit("/", 1)[0] + "/" + db, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION pg_trgm")  # what an administrator does
    assert add_search_index(url)  # then the store's own user adds the index
    with store.reader.connect() as conn:
        from sqlalchemy import text
        assert conn.execute(text("SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_runs_search'")).scalar() == 1
    assert names(store, text="WEEP-7") == ["limited"]
