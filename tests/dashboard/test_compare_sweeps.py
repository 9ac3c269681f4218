"""A 3-rate sweep, 5-fold cross-validation and a real 200-trial Optuna study, in the HTML
report and the dashboard's compare page, opened in headless Chromium."""

import re

import pytest

from tests.conftest import cli
from tests.plot import sweeps

from .conftest import Server

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
GROUPS = ("lr-sweep", "cv", "logreg-study")


@pytest.fixture(scope="module")
def sweep_store(tmp_path_factory):
    store = str(tmp_path_factory.mktemp("sweeps") / "store")
    sweeps.lr_sweep(store)
    sweeps.cv_folds(store)
    sweeps.optuna_study(store, n_trials=200)
    return store


@pytest.fixture(scope="module")
def sweep_server(sweep_store):
    s = Server(sweep_store)
    yield s
    s.stop()


def _open(browser, url, width, ready):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.problems = []
    page.on("console", lambda m: page.problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.goto(url)
    page.wait_for_function(ready, timeout=120_000)
    return page


def _picture(page) -> dict:
    """What a page shows of its chart model: panels, bands, colours, legend, hyperparameter view."""
    return page.evaluate("""() => {
      const panels = [...document.querySelectorAll('.ls-panel')];
      const u = panels[0].__uplot;
      return {metrics: panels.map(p => p.dataset.metric), bands: u.bands.length,
              colours: [...new Set(u.series.slice(1).filter(s => s.label.endsWith('train') || s.label.endsWith('mean'))
                                   .map(s => s.stroke()))],
              legend: document.querySelectorAll('.ls-legend .ls-entry').length,
              chips: document.querySelectorAll('.ls-legend .ls-chip').length,
              colourbar: !!document.querySelector('.ls-cbar'),
              trials: document.querySelectorAll('.ls-hp-scatter')[0] ?
                document.querySelectorAll('.ls-hp-scatter')[0].querySelectorAll('.trial').length : 0,
              pruned: document.querySelectorAll('.ls-hp-scatter')[0] ?
                document.querySelectorAll('.ls-hp-scatter')[0].querySelectorAll('.trial.pruned').length : 0,
              width: document.documentElement.scrollWidth,
              text: document.body.innerText};
    }""")


def _check(pic, group):
    assert pic["metrics"][:2] == ["loss", "accuracy"]
    assert not re.search(r"\b(null|undefined)\b", pic["text"])
    if group == "lr-sweep":
        assert pic["bands"] == 0 and len(pic["colours"]) == 3 and not pic["colourbar"]
    if group == "cv":
        assert pic["bands"] == 2 and len(pic["colours"]) == 1  # train and validation of one mean
    if group == "logreg-study":
        assert pic["colourbar"] and pic["legend"] <= 12 and pic["chips"] <= 6
        assert pic["trials"] == 200 and 0 < pic["pruned"] < 200


@pytest.mark.parametrize("group", GROUPS)
def test_report_of_a_group(browser, sweep_store, tmp_path, group):
    out = tmp_path / f"{group}.html"
    cli("report", "--group", group, "-o", out, "--store", sweep_store, check=True)
    for width in (1280, 390):
        page = _open(browser, out.as_uri(), width, "() => window.learnscopeReportReady === true")
        pic = _picture(page)
        _check(pic, group)
        assert pic["width"] <= width and page.problems == []
        page.close()


@pytest.mark.parametrize("group", GROUPS)
def test_dashboard_compare_of_a_group(browser, sweep_server, group):
    page = _open(browser, f"{sweep_server.url}#/compare/group={group}", 1400,
                 "() => !!document.querySelector('#compare-charts[data-ready=\"1\"]')")
    _check(_picture(page), group)
    assert page.problems == []
    page.close()
