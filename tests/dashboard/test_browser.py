"""The dashboard in headless Chromium: runs list, run view, log scale, zoom, compare, live growth."""

import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT

from .conftest import Server

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def chart_state(page, metric, expr):
    """Evaluate ``expr`` on the uPlot instance of the chart of ``metric`` (``u`` in expr)."""
    return page.evaluate(f"(m) => {{ const u = document.querySelector(`.chart[data-metric='${{m}}']`).__uplot; return {expr}; }}",
                         metric)


def open_runs(page, server):
    page.goto(server.url)
    page.wait_for_selector("#runs-table tbody tr")
    page.wait_for_function("() => !document.querySelector('#runs-table').textContent.includes('…')")


def wait_names(page, expected, ordered=True):
    """The run names in the table once the server's answer to the last filter or sort is painted."""
    fn = "(want) => { const got = [...document.querySelectorAll('#runs-table tbody a.run-link')].map(a => a.textContent);" \
         " return JSON.stringify(%s) === JSON.stringify(want); }" % ("got" if ordered else "got.sort()")
    page.wait_for_function(fn, arg=expected if ordered else sorted(expected), timeout=10_000)


def test_runs_list_filters_and_sorts(page, server):
    open_runs(page, server)
    wait_names(page, ["alpha", "beta", "delta", "gamma"], ordered=False)
    assert "non finite" in page.locator("#runs-table tr", has_text="delta").inner_text()
    page.fill("#filter-text", "alp")
    wait_names(page, ["alpha"])
    page.fill("#filter-text", "")
    page.fill("#filter-config", "lr<0.05")
    wait_names(page, ["beta", "delta", "gamma"], ordered=False)
    page.fill("#filter-config", "lr<0.05, model.hidden=64, optimizer!=sgd")
    wait_names(page, ["delta", "gamma"], ordered=False)
    page.fill("#filter-config", "")
    wait_names(page, ["alpha", "beta", "delta", "gamma"], ordered=False)
    page.click("th[data-key=name]")
    wait_names(page, ["alpha", "beta", "delta", "gamma"])
    page.click("th[data-key=name]")
    wait_names(page, ["gamma", "delta", "beta", "alpha"])
    page.click("th[data-key=best]")  # best val_loss, ascending: alpha learns fastest
    page.wait_for_function("() => document.querySelector('#runs-table a.run-link').textContent === 'alpha'")
    assert page.errors == []


def test_run_view_charts_read_config_log_scale_and_zoom(page, server):
    open_runs(page, server)
    page.click("a.run-link:text-is('delta')")
    page.wait_for_selector(".chart[data-metric=loss][data-points]")
    assert set(page.locator(".chart").evaluate_all("els => els.map(e => e.dataset.metric)")) == {"loss", "accuracy"}
    labels = chart_state(page, "loss", "u.series.slice(1).map(s => s.label)")
    assert labels == ["train per batch", "train", "validation"]  # batch points under the epoch lines
    strokes = chart_state(page, "loss", "u.series.slice(1).map(s => s.stroke())")
    assert strokes[1] == "#0072B2" and strokes[0].startswith("#0072B2")  # one colour: the run's
    assert chart_state(page, "loss", "u.series[3].dash") == [6, 4]  # validation dashed
    page.wait_for_selector("#verdict")
    assert page.inner_text("#verdict") == "non finite"
    summary = page.inner_text("#read-summary")  # the read's plain words, first
    assert summary.startswith("Accuracy: training went up") and "Evidence: 12 epochs" in summary
    assert "lr" in page.inner_text("#config") and "0.01" in page.inner_text("#config")
    assert chart_state(page, "loss", "u.scales.x.max") <= 12.5  # epoch axis

    page.select_option("#log-scale", "on")
    page.wait_for_function("() => document.querySelector(`.chart[data-metric='loss']`).__uplot.scales.y.distr === 3")
    assert chart_state(page, "accuracy", "u.scales.y.distr") == 1  # never an accuracy
    page.select_option("#log-scale", "auto")
    page.wait_for_function("() => document.querySelector(`.chart[data-metric='loss']`).__uplot.scales.y.distr === 1")

    page.eval_on_selector(
        "#smoothing", "el => { el.value = '0.9'; el.dispatchEvent(new Event('input')); }")
    page.wait_for_function("() => document.querySelector(`.chart[data-metric='loss']`).__uplot.series.length === 5")
    assert chart_state(page, "loss", "u.series[2].label") == "train per batch, smoothed"

    page.select_option("#x-axis", "step")
    page.wait_for_function("() => document.querySelector(`.chart[data-metric='loss']`).__uplot.scales.x.max > 400")
    page.select_option("#x-axis", "time")
    page.wait_for_function("() => document.querySelector(`.chart[data-metric='loss']`).__uplot.scales.x.max < 60")
    page.select_option("#x-axis", "step")
    page.wait_for_function("() => document.querySelector(`.chart[data-metric='loss']`).__uplot.scales.x.max > 400")

    over = page.locator(".chart[data-metric=loss] .u-over").bounding_box()
    y = over["y"] + over["height"] / 2
    page.mouse.move(over["x"] + over["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(over["x"] + over["width"] * 0.5, y, steps=5)
    page.mouse.up()
    page.wait_for_selector(".chart[data-metric=loss][data-zoomed='1']")
    lo, hi = chart_state(page, "loss", "[u.scales.x.min, u.scales.x.max]")
    assert 100 < lo < hi < 300
    page.dblclick(".chart[data-metric=loss] .u-over")
    page.wait_for_selector(".chart[data-metric=loss][data-zoomed='0']")
    assert chart_state(page, "loss", "u.scales.x.max") > 400
    assert page.errors == []


def panel_state(page, metric, expr):
    """Evaluate ``expr`` on the uPlot instance of a compare panel (lschart.js) of ``metric``."""
    return page.evaluate(f"(m) => {{ const u = document.querySelector(`.ls-panel[data-metric='${{m}}']`).__uplot; "
                         f"return {expr}; }}", metric)


def test_compare_two_runs_one_colour_each_validation_dashed(page, server):
    open_runs(page, server)
    page.check("#runs-table tr:has(a:text-is('alpha')) input[type=checkbox]")
    page.check("#runs-table tr:has(a:text-is('gamma')) input[type=checkbox]")
    page.click("#compare-btn")
    page.wait_for_selector("#compare-charts[data-ready='1'] .ls-panel[data-metric=loss] canvas")
    metrics = page.locator(".ls-panel").evaluate_all("els => els.map(e => e.dataset.metric)")
    assert metrics == ["loss", "accuracy"]  # loss and val_loss paired in one panel, as in the figure
    labels = panel_state(page, "loss", "u.series.slice(1).map(s => s.label)")
    assert {"lr=0.1 train", "lr=0.1 validation", "lr=0.01 train", "lr=0.01 validation"} <= set(labels)
    main = panel_state(page, "loss", "u.series.slice(1).filter(s => !s.label.includes('batch'))"
                                     ".map(s => [s.label, s.stroke(), (s.dash || []).length])")
    colour = {lab: c for lab, c, _ in main}
    assert colour["lr=0.1 train"] == colour["lr=0.1 validation"] != colour["lr=0.01 train"]
    assert all((dash > 0) == ("validation" in lab) for lab, _, dash in main)
    assert "null" not in page.inner_text("#view")
    page.select_option("#cmp-log", "on")
    page.wait_for_function("() => document.querySelector(`.ls-panel[data-metric='loss']`).__uplot.scales.y.distr === 3")
    assert panel_state(page, "accuracy", "u.scales.y.distr") == 1
    assert page.errors == []


@pytest.fixture
def live(tmp_path):
    """A second store and server, and a process writing a run into it."""
    store, stop = str(tmp_path / "live"), tmp_path / "stop"
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests/dashboard/live_writer.py"), store, str(stop)],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)
    run_id = proc.stdout.readline().strip()
    time.sleep(0.5)  # first flush: the store file and the run exist
    server = Server(store)
    yield server, run_id, stop, proc
    stop.touch()
    proc.wait(30)
    server.stop()


def test_watch_a_run_another_process_is_writing(page, live):
    server, run_id, stop, proc = live
    page.goto(f"{server.url}#/run/{run_id}")
    page.wait_for_selector(".chart[data-metric=loss][data-points]")
    assert page.inner_text("#run-status") == "running"
    page.evaluate("window.__sameDocument = true")
    first = int(page.get_attribute(".chart[data-metric=loss]", "data-points"))
    page.wait_for_function(f"() => +document.querySelector(`.chart[data-metric='loss']`).dataset.points >= {first + 40}",
                           timeout=30_000)
    assert chart_state(page, "loss", "u.data[0].length") > 0
    grown = int(page.get_attribute(".chart[data-metric=loss]", "data-points"))
    page.wait_for_function(f"() => +document.querySelector(`.chart[data-metric='loss']`).dataset.points > {grown}",
                           timeout=30_000)
    assert page.evaluate("window.__sameDocument === true")  # extended in place, never reloaded
    stop.touch()
    assert proc.wait(30) == 0
    page.wait_for_function("() => document.querySelector('#run-status').textContent === 'finished'", timeout=30_000)
    assert page.errors == []
