"""Scale benchmark: a store of 100,000 runs, on SQLite and on a real PostgreSQL server.

Fills a store with ``--runs`` finished runs (10 epochs x 3 metrics each: loss, val_loss,
val_accuracy; varied configs, 200 groups, 5 projects, curve shapes that give varied
verdicts) through the documented bulk path :meth:`learnscope.store.Store.save_many`
(runs prepared in a process pool; each distinct curve's read is computed once and stored
with every run that has those curves), then measures:

- ``learnscope runs`` as a whole process (start to exit), plain, with a config filter, with a
  metric sort, with a text filter (target <= 1 s);
- a config filter and a sort in the store, counts included (target <= 0.5 s), and the same
  through the dashboard's ``/api/runs``;
- the dashboard's runs list painted in headless Chromium, from navigation to the first page
  of rows on screen (target <= 1 s);
- the dashboard server's memory (VmRSS, and VmHWM after paging 10 pages and ticking every run).

    python bench/scale_bench.py --runs 100000 [--backend sqlite,postgresql] [--keep DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHROMIUM = "/usr/bin/chromium"
OPTIMIZERS = ("adam", "adamw", "sgd", "rmsprop")
WHERE = "lr<0.001, optimizer=adam"
SHAPES = 1000  # distinct curve templates
SORT = "best:val_loss"
TEXT = "sweep-07"  # the text filter: 10 groups of 500 runs


def history(i: int):
    """Run ``i``: a config drawn from its own seed; learning curves from one of SHAPES
    templates (so each distinct read is computed once: runs with the same curves have the
    same read, and every stored read is the true read of its run's points)."""
    from learnscope.history import History, RunInfo, Series

    rng = np.random.default_rng(i)
    config = {"lr": float(10 ** rng.uniform(-5, -1)), "optimizer": OPTIMIZERS[i % 4],
              "batch_size": int(2 ** rng.integers(5, 9)), "dropout": round(float(rng.uniform(0, 0.5)), 3),
              "seed": i, "model": {"width": int(2 ** rng.integers(6, 11)), "depth": int(rng.integers(2, 13))}}
    loss, val, acc = curves(i % SHAPES)
    e = np.arange(1, 11, dtype=float)
    step = (e * 100 - 1).astype(np.int64)
    t0 = 1.7e9 + i * 30.0
    info = RunInfo(project=f"proj-{i % 5}", name=f"trial-{i:06d}", group=f"sweep-{i // 500:03d}",
                   config=config, created=t0, ended=t0 + 300)
    wall = t0 + e * 30
    return History(info, [Series("loss", "train", "epoch", step, e, wall, loss),
                          Series("loss", "val", "epoch", step, e, wall, val),
                          Series("accuracy", "val", "epoch", step, e, wall, acc)])


def curves(shape: int):
    """Loss, validation loss and accuracy of curve template ``shape``: fast or slow learning,
    late overfitting for some, NaN for the largest rates."""
    rng = np.random.default_rng(10**6 + shape)
    lr = float(10 ** rng.uniform(-5, -1))
    e = np.arange(1, 11, dtype=float)
    speed = lr * 300 * rng.uniform(0.5, 2)
    loss = 2.3 * np.exp(-speed * e) + 0.05 + 0.01 * rng.standard_normal(10)
    gap = rng.uniform(0, 0.08) * np.maximum(e - rng.integers(3, 10), 0)  # some overfit late
    val = loss + 0.08 + gap + 0.01 * rng.standard_normal(10)
    if lr > 0.08:  # the largest rates blow up
        val[6:] = np.nan
    acc = np.clip(1 - val / 2.5, 0, 1)
    return loss, val, acc


def _read_of(shape: int) -> dict:
    from learnscope.store.reads import compute
    return compute(history(shape))  # run `shape` has curve template `shape`


_READS: list = []


def _prepare(i: int):
    from learnscope.store.bulk import prepare
    return prepare(history(i), _READS[i % SHAPES])


def fill(url: str, n: int, reads: list[dict]) -> float:
    """The documented bulk path: runs prepared (encoded) in two worker processes, written here
    500 per transaction by ``learnscope.store.bulk.write_prepared``."""
    from learnscope.store import open_store
    from learnscope.store.bulk import BATCH, analyze, write_prepared

    _READS[:] = reads
    store = open_store(url)
    t0 = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pending = []
        for item in pool.imap(_prepare, range(n), chunksize=250):
            pending.append(item)
            if len(pending) == BATCH:
                write_prepared(store, pending)
                pending = []
        if pending:
            write_prepared(store, pending)
    analyze(store)
    return time.perf_counter() - t0


def copy_store(src_dir: str, url: str) -> float:
    """Fill the PostgreSQL store ``url`` with the rows of a filled SQLite store (same runs, points,
    stored reads, filter rows), by COPY: minutes instead of the hour ``fill`` takes on a loaded
    machine, for the same data."""
    import sqlite3

    import psycopg

    from learnscope.store import open_store
    from learnscope.store.bulk import analyze
    from learnscope.store.schema import chunks, metrics, params, runs, series

    store = open_store(url)
    src = sqlite3.connect(str(Path(src_dir) / "learnscope.db"))
    t0 = time.perf_counter()
    with psycopg.connect("postgresql://" + url.split("://", 1)[1]) as dst:
        for table in (runs, series, chunks, params, metrics):
            cols = [c.name for c in table.columns]
            rows = src.execute(f"SELECT {', '.join(cols)} FROM {table.name}")
            with dst.cursor().copy(f"COPY {table.name} ({', '.join(cols)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            print(f"   copied {table.name} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)
        dst.execute("SELECT setval(pg_get_serial_sequence('series', 'id'), (SELECT max(id) FROM series))")
    analyze(store)
    return time.perf_counter() - t0


def all_reads(cache: Path) -> list[dict]:
    """The read of each curve template, computed once (two worker processes) and cached."""
    if cache.exists():
        return json.loads(cache.read_text())
    with multiprocessing.get_context("fork").Pool(2) as pool:
        got = pool.map(_read_of, range(SHAPES), chunksize=50)
    cache.write_text(json.dumps(got))
    return got


def median_time(fn, reps: int = 5) -> float:
    fn()  # warm: the first call pays for imports and caches
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def cli_times(url: str) -> dict:
    """Wall seconds of whole ``learnscope runs`` processes, and their CPU seconds (user + system:
    what the process itself costs, less sensitive than wall time to a machine shared with others).

    Python's bytecode is cached (in a temp folder, filled by the warm-up run) as for an installed
    learnscope, whose bytecode pip compiles at install: a PYTHONDONTWRITEBYTECODE environment would
    otherwise recompile learnscope's modules in every process (0.08-0.1 s CPU here)."""
    env = {**os.environ, "COLUMNS": "160", "LINES": "40", "LEARNSCOPE_STORE": url,
           "PYTHONPYCACHEPREFIX": tempfile.mkdtemp(prefix="learnscope-pyc-")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    exe = str(Path(sys.executable).parent / "learnscope")
    cpu = {}

    def run(label, *args):
        def once():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([exe, "runs", *args], env=env, capture_output=True, check=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.setdefault(label, []).append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        return once
    out = {"plain": median_time(run("plain")), "where": median_time(run("where", "--where", WHERE)),
           "sort": median_time(run("sort", "--sort", SORT)), "match": median_time(run("match", "--match", TEXT))}
    return {**out, "cpu": {k: statistics.median(v[1:]) for k, v in cpu.items()}}


def store_times(url: str) -> dict:
    from learnscope.store import open_store
    s = open_store(url)

    def page(**kw):
        return lambda: (s.runs(limit=100, **kw), s.count(**kw))
    return {"first_page": median_time(page()), "where": median_time(page(where=WHERE)),
            "sort": median_time(page(sort=SORT)), "text": median_time(page(text=TEXT)),
            "metric_range": median_time(page(where="best val_loss<0.2")),
            "matches_where": s.count(where=WHERE)}


def rss(pid: int) -> dict:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmRSS", "VmHWM")):
            key, value = line.split(":")
            fields[key] = int(value.split()[0]) / 1024
    return fields


def dashboard_times(url: str, n_runs: int) -> dict:
    from tests.dashboard.conftest import Server

    server = Server(url)
    try:
        def api(query):
            return lambda: urllib.request.urlopen(f"{server.base}api/runs?{query}", timeout=60).read()
        out = {"api_first_page": median_time(api("limit=100&metrics=1")),
               "api_where": median_time(api("limit=100&where=" + urllib.request.quote(WHERE))),
               "api_sort": median_time(api("limit=100&sort=" + urllib.request.quote(SORT + "@epoch"))),
               "rss_after_api_mb": rss(server.proc.pid)["VmRSS"]}
        out.update(paint(server, n_runs))
        out.update({f"{k}_mb": v for k, v in rss(server.proc.pid).items()})
        return out
    finally:
        server.stop()


def paint(server, n_runs: int) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        times, frames = [], []
        for _ in range(4):  # each page a fresh context: nothing cached
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            t0 = time.perf_counter()
            page.goto(server.url, wait_until="commit")
            page.wait_for_selector("#runs-table[data-state=ready] tbody tr", timeout=60_000)
            times.append(time.perf_counter() - t0)
            page.wait_for_function("() => performance.getEntriesByName('runs:frame').length > 0")
            # the page's own clock: navigation start to the frame that shows the rows (without the
            # driver's round trips, which a loaded machine stretches by tenths of a second)
            frames.append(page.evaluate("() => performance.getEntriesByName('runs:frame')[0].startTime") / 1000)
            page.close()
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(server.url)
        page.wait_for_selector("#runs-table[data-state=ready] tbody tr", timeout=60_000)
        t0 = time.perf_counter()
        pages = min(10, math.ceil(n_runs / 100))
        for k in range(2, pages + 1):  # scroll: up to nine more pages
            page.locator(".runs-footer").scroll_into_view_if_needed()
            page.wait_for_function("(n) => document.querySelectorAll('#runs-table tbody tr').length >= n",
                                   arg=min(k * 100, n_runs), timeout=60_000)
        scroll = (time.perf_counter() - t0) / max(pages - 1, 1)
        t0 = time.perf_counter()
        page.click("#tick-all")
        page.wait_for_function("() => !document.querySelector('#compare-btn').textContent.includes('(0)')",
                               timeout=120_000)
        tick = time.perf_counter() - t0
        browser.close()
    return {"paint_cold": times[0], "paint_warm": statistics.median(times[1:]), "frame_cold": frames[0],
            "frame_warm": statistics.median(frames[1:]), "scroll_page": scroll,
            "tick_all": tick}


def kept_runs(store_dir: Path) -> int:
    import sqlite3
    with sqlite3.connect(str(store_dir / "learnscope.db")) as conn:
        return conn.execute("SELECT count(*) FROM runs").fetchone()[0]


def backend_url(kind: str, work: Path, pg):
    return str(work / "store") if kind == "sqlite" else pg.new_database()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=100_000)
    ap.add_argument("--backend", default="sqlite,postgresql")
    ap.add_argument("--keep", default=None, help="a folder for the SQLite store and the reads cache (kept)")
    ap.add_argument("--json", action="store_true", help="print one JSON line at the end")
    ap.add_argument("--measure", default=None, metavar="DIR|URL", help="only measure this filled store")
    ap.add_argument("--pg-from-sqlite", action="store_true",
                    help="fill PostgreSQL by copying the SQLite store just filled (or kept) instead of anew")
    args = ap.parse_args(argv)
    if args.measure:
        out = {"store": store_times(args.measure), "cli": cli_times(args.measure),
               "dashboard": dashboard_times(args.measure, args.runs)}
        print(json.dumps({"runs": args.runs, "measured": args.measure, "load_avg": os.getloadavg(), **out}))
        return 0
    work = Path(args.keep or tempfile.mkdtemp(prefix="learnscope-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    reads = all_reads(work / f"reads-{SHAPES}.json")
    result = {"runs": args.runs, "reads_seconds": time.perf_counter() - t0, "load_avg": os.getloadavg()}
    pg = None
    for kind in args.backend.split(","):
        if kind == "postgresql" and pg is None:
            from tests.pg import PgServer
            pg = PgServer()
        url = backend_url(kind, work / kind, pg)
        print(f"== {kind}: filling {args.runs:,} runs", file=sys.stderr, flush=True)
        sqlite_store = work / "sqlite" / "store"
        if kind == "postgresql" and args.pg_from_sqlite:
            out = {"fill_seconds": copy_store(str(sqlite_store), url), "filled_by": "COPY from the SQLite store"}
        elif kind == "sqlite" and (sqlite_store / "learnscope.db").exists() and args.keep:
            have = kept_runs(sqlite_store)
            if have != args.runs:
                sys.exit(f"scale_bench: {sqlite_store} holds {have:,} runs, not {args.runs:,}: remove it or give "
                         f"another --keep")
            out = {"fill_seconds": 0.0, "filled_by": "kept from an earlier run"}
        else:
            out = {"fill_seconds": fill(url, args.runs, reads)}
        out["store"] = store_times(url)
        out["cli"] = cli_times(url)
        out["dashboard"] = dashboard_times(url, args.runs)
        result[kind] = out
        print(json.dumps({kind: out}, indent=1), file=sys.stderr, flush=True)
    if pg is not None:
        pg.cleanup()
    result["load_avg_end"] = os.getloadavg()
    print(json.dumps(result) if args.json else render(result))
    return 0


def render(r: dict) -> str:
    rows = [f"{r['runs']:,} runs (10 epochs x 3 metrics, {SHAPES} curve shapes); "
            f"reads of the shapes computed in {r['reads_seconds']:.0f} s"]
    for kind in ("sqlite", "postgresql"):
        if kind not in r:
            continue
        o, s, c, d = r[kind], r[kind]["store"], r[kind]["cli"], r[kind]["dashboard"]
        rows += [f"{kind}: filled in {o['fill_seconds']:.0f} s",
                 f"  learnscope runs (process)   plain {c['plain']:.2f} s, --where {c['where']:.2f} s, "
                 f"--sort {c['sort']:.2f} s, --match {c.get('match', float('nan')):.2f} s (target <= 1 s); CPU user+sys "
                 f"{', '.join(f'{v:.2f}' for v in c.get('cpu', {}).values())} s",
                 f"  store page + count          first {s['first_page']:.3f} s, where {s['where']:.3f} s, "
                 f"sort {s['sort']:.3f} s, text {s['text']:.3f} s, metric range {s['metric_range']:.3f} s "
                 f"(target <= 0.5 s)",
                 f"  /api/runs                   first {d['api_first_page']:.3f} s, where {d['api_where']:.3f} s, "
                 f"sort {d['api_sort']:.3f} s",
                 f"  runs list painted           cold {d['paint_cold']:.2f} s, warm {d['paint_warm']:.2f} s "
                 f"as the driver sees it; {d['frame_cold']:.2f} / {d['frame_warm']:.2f} s by the page's clock "
                 f"(target <= 1 s); next page {d['scroll_page']:.2f} s; tick all {d['tick_all']:.2f} s",
                 f"  server memory               RSS {d['VmRSS_mb']:.0f} MB, peak {d['VmHWM_mb']:.0f} MB"]
    return "\n".join(rows)


if __name__ == "__main__":
    sys.exit(main())
