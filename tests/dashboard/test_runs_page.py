"""The runs list in headless Chromium on SQLite and a real PostgreSQL server: pages and scrolls,
sorts and filters in the server, keeps the selection across pages, ticks all that match,
refreshes only what changed, and shows a bad filter as a message (never a 500)."""

import json
import time
import urllib.error
import urllib.parse
import urllib.request

import numpy as np
import pytest

from learnscope.history import History, RunInfo, Series
from learnscope.store import open_store

from .conftest import Server

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
N = 230


def history(i: int, rng) -> History:
    lr = float(10 ** -(1 + 3 * i / N))
    epochs = np.arange(1, 11, dtype=float)
    loss = 2.0 * np.exp(-lr * 200 * epochs) + 0.02 * rng.random(10)
    info = RunInfo(project="page", name=f"r{i:03d}", group=f"g{i % 5}", created=1.7e9 + i,
                   config={"lr": lr, "optimizer": ("adam", "sgd", "adamw")[i % 3], "model": {"width": 32 << (i % 4)}})
    steps = (epochs * 10 - 1).astype(np.int64)
    return History(info, [Series("loss", "train", "epoch", steps, epochs, 1.7e9 + epochs, loss),
                          Series("loss", "val", "epoch", steps, epochs, 1.7e9 + epochs, loss + 0.05)])


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def big(request, tmp_path_factory):
    url = (str(tmp_path_factory.mktemp("runspage") / "store") if request.param == "sqlite"
           else request.getfixturevalue("pg_server").new_database())
    store = open_store(url)
    rng = np.random.default_rng(7)
    for i in range(N):
        store.save_history(history(i, rng))
    server = Server(url)
    yield store, server
    server.stop()


def shown(page) -> list[str]:
    return page.locator("#runs-table tbody a.run-link").all_inner_texts()


def wait_count(page, text):
    page.wait_for_function("(t) => document.querySelector('#runs-count').textContent === t", arg=text, timeout=15_000)


def open_list(page, server):
    page.goto(server.url)
    page.wait_for_selector("#runs-table[data-state=ready] tbody tr")


def real_errors(page):
    return [e for e in page.errors if "Failed to load resource" not in e]


def test_first_page_then_scroll_loads_the_rest(page, big):
    store, server = big
    open_list(page, server)
    wait_count(page, f"100 shown of {N} run(s)")
    assert shown(page)[:3] == ["r229", "r228", "r227"]  # newest first
    assert all(v != "…" for v in page.locator("[data-verdict]").all_inner_texts())  # stored reads, no wait
    page.locator("#load-more").scroll_into_view_if_needed()
    wait_count(page, f"200 shown of {N} run(s)")
    page.locator("#load-more").scroll_into_view_if_needed()
    wait_count(page, f"{N} shown of {N} run(s)")
    assert shown(page) == [f"r{i:03d}" for i in range(N - 1, -1, -1)]
    assert page.locator("#load-more").is_hidden()
    assert real_errors(page) == []


def test_first_page_is_asked_for_once_while_the_page_loads(page, big):
    """early.js asks for the first page before the scripts load; runs.js takes that answer."""
    store, server = big
    asked = []
    page.on("request", lambda r: asked.append(r.url) if "/api/runs?" in r.url else None)
    open_list(page, server)
    wait_count(page, f"100 shown of {N} run(s)")
    assert len(asked) == 1 and "limit=100" in asked[0]
    # early.js made that request, and LS.api took its answer (one request, none left waiting)
    assert page.evaluate("() => window.LS_EARLY && Object.keys(window.LS_EARLY).length") == 0
    assert page.evaluate("() => performance.getEntriesByName('runs:painted').length") == 1


def test_sorts_and_every_filter_kind_run_in_the_server(page, big):
    store, server = big
    open_list(page, server)
    page.click("th[data-key=name]")
    page.wait_for_function("() => document.querySelector('#runs-table a.run-link').textContent === 'r000'")
    page.click("th[data-key=best]")  # best val_loss, lowest first
    want = [r.info.name for r in store.runs(sort="best:val_loss", limit=3)]
    page.wait_for_function("(w) => document.querySelector('#runs-table a.run-link').textContent === w", arg=want[0])
    assert shown(page)[:3] == want
    for box, value, kw in [("#filter-config", "lr<0.01", {"where": "lr<0.01"}),
                           ("#filter-config", "lr<0.01, optimizer=sgd, model.width>=128",
                            {"where": "lr<0.01, optimizer=sgd, model.width>=128"}),
                           ("#filter-config", "best val_loss<0.2", {"where": "best val_loss<0.2"})]:
        page.fill(box, value)
        n = store.count(**kw)
        assert 0 < n < N
        wait_count(page, f"{min(n, 100)} shown of {n} matching ({N} in the store)")
    page.fill("#filter-config", "")
    page.fill("#filter-text", "g3")
    wait_count(page, f"46 shown of 46 matching ({N} in the store)")
    assert {name for name in shown(page)} == {f"r{i:03d}" for i in range(N) if i % 5 == 3}
    page.fill("#filter-text", "")
    wait_count(page, f"100 shown of {N} run(s)")
    assert real_errors(page) == []


def test_bad_filter_is_a_message_in_the_page_never_a_500(page, big):
    store, server = big
    open_list(page, server)
    page.fill("#filter-config", "lr<<0.1")
    page.wait_for_function("() => document.querySelector('#runs-error').textContent.includes('lr<<0.1')")
    msg = page.inner_text("#runs-error")
    assert "cannot read filter term" in msg and "allowed:" in msg
    page.fill("#filter-config", "lr<0.1")
    page.wait_for_function("() => document.querySelector('#runs-error').textContent === ''")
    for query in ("where=lr%3C%3C1", "where=best+x~1", "sort=speed", "status=done", "verdict=great",
                  "where=" + urllib.parse.quote("'; DROP TABLE runs; --")):
        try:
            with urllib.request.urlopen(f"{server.base}api/runs?{query}", timeout=30) as resp:
                status, body = resp.status, json.loads(resp.read())
        except urllib.error.HTTPError as err:
            status, body = err.code, json.loads(err.read())
        assert status == 400 and body["error"] and "\n" not in body["error"], (query, status, body)
    assert store.total() == N
    assert real_errors(page) == []


def test_selection_survives_paging_and_tick_all_that_match(page, big):
    store, server = big
    open_list(page, server)
    page.check("#runs-table tr[data-id] input[type=checkbox] >> nth=0")
    page.locator("#load-more").scroll_into_view_if_needed()
    page.wait_for_function("() => document.querySelectorAll('#runs-table tbody tr').length > 100")
    page.check("#runs-table tr[data-id] input[type=checkbox] >> nth=150")
    assert page.inner_text("#compare-btn") == "Compare selected (2)"
    page.fill("#filter-config", "lr<0.001")
    n = store.count(where="lr<0.001")
    wait_count(page, f"{min(n, 100)} shown of {n} matching ({N} in the store)")
    assert page.inner_text("#compare-btn") == "Compare selected (2)"  # ticked runs out of view stay ticked
    before = set(json.loads(page.evaluate("sessionStorage.getItem('ls-selected')")))
    assert len(before) == 2
    page.click("#tick-all")
    want = set(store.run_ids(where="lr<0.001")) | before
    page.wait_for_function("(n) => document.querySelector('#compare-btn').textContent === `Compare selected (${n})`",
                           arg=len(want))
    assert set(json.loads(page.evaluate("sessionStorage.getItem('ls-selected')"))) == want
    assert page.locator("#runs-table tbody input:checked").count() == min(n, 100)
    page.click("#clear-selection")
    assert page.inner_text("#compare-btn") == "Compare selected (0)"
    assert real_errors(page) == []


def test_refresh_asks_only_for_what_changed(page, big):
    store, server = big
    asked = []
    page.on("request", lambda r: asked.append(r.url) if "/api/runs?" in r.url else None)
    answers = []
    page.on("response", lambda r: answers.append(r) if "since=" in r.url else None)
    open_list(page, server)
    page.wait_for_timeout(5600)  # one refresh (or two)
    refreshes = [u for u in asked if "since=" in u]
    assert refreshes, asked
    last = answers[-1]
    since = float(urllib.parse.parse_qs(urllib.parse.urlparse(last.url).query)["since"][0])
    assert since >= store.newest_update()  # the fill is seconds old: nothing to ask again
    assert last.json()["changed"] == [] and "runs" not in last.json()  # nothing new: nothing sent
    rng = np.random.default_rng(3)
    h = history(5, rng)
    h.info.name, h.info.created = "newcomer", time.time()
    new_id = store.save_history(h).id
    try:
        page.wait_for_selector("a.run-link:text-is('newcomer')", timeout=12_000)
        wait_count(page, f"100 shown of {N + 1} run(s)")
    finally:
        store.delete_runs([new_id])
    assert real_errors(page) == []
