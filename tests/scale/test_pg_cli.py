"""Every CLI command against a PostgreSQL store, through --store and $LEARNSCOPE_STORE."""

import json

import pytest

import learnscope as ls
from learnscope.store import open_store
from tests.conftest import cli


def _record(url, name="base", lr=0.1, group=None, fold=None):
    with ls.init(project="team", name=name, config={"lr": lr}, store=url, group=group, fold=fold) as run:
        for e in range(6):
            for b in range(5):
                run.log({"loss": 2.0 / (e * 5 + b + 1)})
            run.log_epoch({"loss": 1.0 / (e + 1), "val_loss": 1.2 / (e + 1) + lr, "val_accuracy": 0.1 * e})
    return run


def test_runs_show_export_on_postgres(pg_store):
    run = _record(pg_store)
    rows = json.loads(cli("runs", "--json", "--store", pg_store, check=True).stdout)
    assert [(r["id"], r["status"], r["epochs"], r["steps"]) for r in rows] == [(run.id, "finished", 6, 30)]
    env = {"LEARNSCOPE_STORE": pg_store}
    assert "val_accuracy" in cli("show", "team/base", env=env, check=True).stdout
    data = json.loads(cli("export", run.id[:6], env=env, check=True).stdout)
    assert data["val_accuracy"] == pytest.approx([0.1 * e for e in range(6)])
    csv = cli("export", "team/base", "--level", "batch", "--format", "csv", env=env, check=True).stdout
    assert csv.splitlines()[0] == "step,loss" and len(csv.splitlines()) == 31


def test_bad_postgres_urls_are_one_line_errors(pg_server):
    missing = pg_server.url.rsplit("/", 1)[0] + "/no_such_db"
    for url, says in ((missing, "no_such_db"), ("postgresql://u:secret@127.0.0.1:1/x", "127.0.0.1"),
                      ("postgresql://u:secret@host:port/x", "host")):
        proc = cli("runs", "--store", url)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.startswith("learnscope: error:") and len(proc.stderr.strip().splitlines()) == 1
        assert says in proc.stderr and "secret" not in proc.stderr


def test_show_of_missing_run_on_postgres(pg_store):
    _record(pg_store)
    proc = cli("show", "team/nope", "--store", pg_store)
    assert proc.returncode == 2 and "no run 'team/nope'" in proc.stderr


def test_import_into_postgres(pg_store, tmp_path):
    log = tmp_path / "log.csv"
    log.write_text("epoch,loss,val_loss\n0,1.0,1.1\n1,0.5,0.7\n2,0.3,0.6\n")
    cli("import", log, "--store", pg_store, check=True)
    (info,) = open_store(pg_store).list_runs()
    assert ls.load(info.id, store=pg_store).epoch["val_loss"].tolist() == [1.1, 0.7, 0.6]


def test_read_and_plot_on_postgres(pg_store, tmp_path):
    _record(pg_store)
    out = json.loads(cli("read", "team/base", "--json", "--store", pg_store, check=True).stdout)
    assert out["verdict"] and "findings" in out
    png = tmp_path / "curves.png"
    cli("plot", "team/base", "-o", png, "--store", pg_store, check=True)
    assert png.stat().st_size > 1000


def test_report_and_dashboard_on_postgres(pg_store, tmp_path):
    import urllib.request

    from tests.dashboard.conftest import Server

    run = _record(pg_store)
    html = tmp_path / "report.html"
    cli("report", "team/base", "-o", html, "--store", pg_store, check=True)
    assert "val_accuracy" in html.read_text() or "accuracy" in html.read_text()
    server = Server(pg_store)
    try:
        with urllib.request.urlopen(server.base + "api/runs", timeout=30) as resp:
            body = json.loads(resp.read())
        assert [r["id"] for r in body["runs"]] == [run.id]
    finally:
        server.stop()
