"""The HTML report, opened for real in headless Chromium (Debian's package)."""

import json
import re

import numpy as np
import pytest

import learnscope as ls
from learnscope.errors import InvalidValueError
from learnscope.report import render, write_report
from tests.conftest import cli
from tests.plot.conftest import make_history


@pytest.fixture
def sweep(store):
    rng = np.random.default_rng(0)
    for lr in (0.1, 0.01):
        with ls.init("sweep", f"lr-{lr}", {"lr": lr, "seed": 0}, store=store) as run:
            for e in range(1, 9):
                for _ in range(20):
                    run.log({"loss": 1 / e + rng.random() * 0.1, "accuracy": 1 - 1 / (e + 1)})
                run.log_epoch({"loss": 1 / e, "accuracy": 1 - 1 / (e + 1), "val_loss": 1.1 / e + lr,
                               "val_accuracy": 1 - 1.2 / (e + 1)})
    return store


def open_report(browser, path, viewport):
    page = browser.new_page(viewport=viewport)
    problems, requests = [], []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    page.wait_for_function("window.learnscopeReportReady === true", timeout=15_000)
    return page, problems, requests


def test_report_renders_in_chromium(browser, sweep, tmp_path):
    out = tmp_path / "report.html"
    proc = cli("report", "sweep/lr-0.1", "sweep/lr-0.01", "-o", out, "--store", sweep, check=True)
    assert "wrote" in proc.stdout
    page, problems, requests = open_report(browser, out, {"width": 1280, "height": 900})
    assert problems == []
    assert all(u.startswith(("file:", "data:", "blob:")) for u in requests), requests  # offline
    sizes = page.eval_on_selector_all("canvas", "cs => cs.map(c => [c.clientWidth, c.clientHeight])")
    assert len(sizes) == 2 and all(w > 200 and h > 150 for w, h in sizes)  # loss, accuracy
    legend = page.inner_text(".ls-legend")
    assert "lr=0.1" in legend and "lr=0.01" in legend and "validation" in legend
    labels = page.evaluate("document.querySelector('.ls-panel[data-metric=loss]').__uplot.series.map(s => s.label)")
    assert "lr=0.1 train" in labels and "lr=0.01 validation" in labels
    config = page.inner_text("#config")
    assert "lr" in config and "0.01" in config
    page.screenshot(path=str(tmp_path / "desktop.png"), full_page=True)
    phone, problems, _ = open_report(browser, out, {"width": 390, "height": 844})
    assert problems == []
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    widths = phone.eval_on_selector_all("canvas", "cs => cs.map(c => c.clientWidth)")
    assert all(200 < w <= 390 for w in widths)
    phone.screenshot(path=str(tmp_path / "phone.png"), full_page=True)


def test_report_shows_the_read_and_marks(browser, tmp_path):
    try:
        from learnscope.read import read
    except ImportError:
        pytest.skip("the read module is not installed yet")
    h = make_history(epochs=30, name="overfit", batches=50, overfit_from=10)
    out = write_report(h, tmp_path / "one.html")
    page, problems, _ = open_report(browser, out, {"width": 1000, "height": 800})
    assert problems == []
    verdict = read(h).verdict.replace("_", " ")
    assert verdict in page.inner_text("#reads")
    data = json.loads(page.inner_text("#report-data"))
    assert data["chart"]["marks"]["best"] == read(h).best_epoch


def test_group_band_and_nan_in_payload(tmp_path):
    runs = [make_history(name=f"fold{k}", group="cv", seed=k, nan_from=15 if k == 0 else None) for k in range(3)]
    page = render(runs)
    data = json.loads(re.search(r'id="report-data">(.*?)</script>', page, re.S).group(1))
    loss = next(c for c in data["chart"]["panels"] if c["metric"] == "loss")
    assert data["title"] == "cv: 3 runs"
    kinds = [t["kind"] for t in loss["traces"]]
    assert kinds.count("band") == 2 and kinds.count("mean") == 2  # train and validation
    band = next(t for t in loss["traces"] if t["kind"] == "band")
    assert all(lo is None or lo >= 0 for lo in band["lo"])  # a loss band never dips below 0


def test_data_cannot_break_out_of_its_script(tmp_path):
    h = make_history(name="x</script><script>alert(1)</script>")
    page = render([h])
    assert "</script><script>alert" not in page
    assert page.count("</script>") == 4  # data, uPlot, chart and report scripts: nothing closes early
    data = json.loads(re.search(r'id="report-data">(.*?)</script>', page, re.S).group(1))
    assert data["runs"][0]["ref"] == "p/x</script><script>alert(1)</script>"


def test_bad_output_is_a_clear_error(tmp_path):
    with pytest.raises(InvalidValueError, match="must end in .html"):
        write_report(make_history(), tmp_path / "r.png")
    proc = cli("report", "-o", tmp_path / "r.html")
    assert proc.returncode == 2 and "at least one SOURCE" in proc.stderr
