"""The dashboard in headless Chromium: runs list, run view, log scale, zoom, compare, live growth."""

import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT

from .conftest import Server

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def chart_state(page, metric, expr):
    """Evaluate ``expr`` on the uPlot instance (``u`` in expr) of the panel of ``metric``: the
    run view and the compare page both draw through lschart.js (``.ls-panel``)."""
    return page.evaluate(f"(m) => {{ const u = document.querySelector(`.ls-panel[data-metric='${{m}}']`).__uplot; "
                         f"return {expr}; }}", metric)


def wait_chart(page, metric, expr, timeout=30_000):
    page.wait_for_function(f"() => {{ const b = document.querySelector(`.ls-panel[data-metric='{metric}']`); "
                           f"const u = b && b.__uplot; return !!u && ({expr}); }}", timeout=timeout)


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


def test_run_view_draws_the_chart_model_read_config_log_scale_and_zoom(page, server, dash_store):
    open_runs(page, server)
    page.click("a.run-link:text-is('delta')")
    page.wait_for_selector(".ls-panel[data-metric=loss][data-points]")
    assert page.locator(".ls-panel").evaluate_all("els => els.map(e => e.dataset.metric)") == ["loss", "accuracy"]
    labels = chart_state(page, "loss", "u.series.slice(1).map(s => s.label)")
    assert labels == ["train per batch", "train", "validation"]  # batch points under the epoch lines
    strokes = chart_state(page, "loss", "u.series.slice(1).map(s => s.stroke())")
    assert strokes[1] == "#0072B2" and strokes[0] == "rgba(0, 114, 178, 0.3)"  # one colour: the run's, faint batches
    assert chart_state(page, "loss", "u.series[3].dash") == [6, 4]  # validation dashed
    assert chart_state(page, "loss", "u.series[2].points.show(u, 2)") is True  # a dot per epoch, as in the figure
    page.wait_for_selector("#verdict")
    assert page.inner_text("#verdict") == "non finite"
    summary = page.inner_text("#read-summary")  # the read's plain words, first
    assert summary.startswith("Accuracy: training went up") and "Evidence: 12 epochs" in summary
    assert "lr" in page.inner_text("#config") and "0.01" in page.inner_text("#config")
    assert chart_state(page, "loss", "u.scales.x.max") <= 12.5  # epoch axis
    # the read's marks arrive after the first chart and are named in the legend, as in the figure
    page.wait_for_function("() => document.querySelector('.ls-legend').textContent.includes('first NaN/inf (epoch 9)')")
    assert "best epoch" in page.inner_text(".ls-legend")
    # the same picture as the report and the compare page: the chart model of /api/run/chart
    model = page.evaluate(f"fetch('api/run/chart?run={dash_store[1]['delta']}').then(r => r.json())")["model"]
    assert [p["metric"] for p in model["panels"]] == ["loss", "accuracy"]
    assert chart_state(page, "loss", "u.data[0].length") == len({x for t in model["panels"][0]["traces"] for x in t["x"]})

    page.select_option("#log-scale", "on")
    wait_chart(page, "loss", "u.scales.y.distr === 3")
    wait_chart(page, "accuracy", "u.scales.y.distr === 1")  # never an accuracy
    page.select_option("#log-scale", "auto")
    wait_chart(page, "loss", "u.scales.y.distr === 1")

    page.eval_on_selector("#smoothing", "el => { el.value = '0.9'; el.dispatchEvent(new Event('input')); }")
    wait_chart(page, "loss", "u.series.length === 6")  # the epoch lines smoothed, their raw values faint
    assert chart_state(page, "loss", "u.series.slice(1).map(s => s.label)") == [
        "train per batch", "train raw", "train", "validation raw", "validation"]

    page.select_option("#x-axis", "step")
    wait_chart(page, "loss", "u.scales.x.max > 400")
    page.wait_for_function("() => document.querySelector('.ls-legend').textContent.includes('first NaN/inf (step ')")
    page.select_option("#x-axis", "time")
    wait_chart(page, "loss", "u.scales.x.max < 60")
    page.select_option("#x-axis", "step")
    wait_chart(page, "loss", "u.scales.x.max > 400")

    over = page.locator(".ls-panel[data-metric=loss] .u-over").bounding_box()
    y = over["y"] + over["height"] / 2
    page.mouse.move(over["x"] + over["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(over["x"] + over["width"] * 0.5, y, steps=5)
    page.mouse.up()
    page.wait_for_selector(".ls-panel[data-metric=loss][data-zoomed='1']")
    lo, hi = chart_state(page, "loss", "[u.scales.x.min, u.scales.x.max]")
    assert 100 < lo < hi < 300
    xs = chart_state(page, "loss", "u.data[0].filter((x, i) => u.data[1][i] != null)")  # the range's batches, all
    assert min(xs) >= lo - 3 and max(xs) <= hi + 3 and len(xs) > 0.8 * (hi - lo)
    page.dblclick(".ls-panel[data-metric=loss] .u-over")
    page.wait_for_selector(".ls-panel[data-metric=loss][data-zoomed='0']")
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
    page.wait_for_selector("#compare-charts[data-ready='1'] .ls-panel[data-metric=accuracy] canvas")
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
    page.wait_for_selector(".ls-panel[data-metric=loss][data-points]")
    assert page.inner_text("#run-status") == "running"
    page.evaluate("window.__sameDocument = true")
    first = int(page.get_attribute(".ls-panel[data-metric=loss]", "data-points"))
    page.wait_for_function(f"() => +document.querySelector(`.ls-panel[data-metric='loss']`).dataset.points >= {first + 40}",
                           timeout=30_000)
    assert chart_state(page, "loss", "u.data[0].length") > 0
    grown = int(page.get_attribute(".ls-panel[data-metric=loss]", "data-points"))
    page.evaluate("window.__chart = document.querySelector(`.ls-panel[data-metric='loss']`).__uplot")
    page.wait_for_function(f"() => +document.querySelector(`.ls-panel[data-metric='loss']`).dataset.points > {grown}",
                           timeout=30_000)
    # extended in place: the same uPlot chart, new data (no flicker of a redraw)
    assert page.evaluate("document.querySelector(`.ls-panel[data-metric='loss']`).__uplot === window.__chart")
    assert page.evaluate("window.__sameDocument === true")  # extended in place, never reloaded
    stop.touch()
    assert proc.wait(30) == 0
    page.wait_for_function("() => document.querySelector('#run-status').textContent === 'finished'", timeout=30_000)
    assert page.errors == []
