"""One picture everywhere: the figure, the HTML report and the dashboard of the same runs.

Four cases, each a real training (logistic regression by minibatch SGD, ``tests/plot/sweeps.py``):
one run, a 3-rate sweep, 5-fold cross-validation, and a real 200-trial Optuna study (TPE,
median pruning) with its hyperparameter view. For each: ``learnscope plot`` (figure),
``learnscope report`` photographed in headless Chromium (report), and the dashboard
(run view or compare page):

    .venv/bin/python docs/pictures.py [--out docs/images] [--store DIR]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHROMIUM = "/usr/bin/chromium"
CASES = {"one-run": "single/logreg", "sweep3": "lr-sweep", "cv5": "cv", "study200": "logreg-study"}


def record(store: str) -> None:
    import learnscope as ls
    from tests.plot import sweeps

    x, y = sweeps.dataset()
    with ls.init("single", "logreg", {"lr": 0.3, "batch": 16}, store=store) as run:
        sweeps.train(x, y, lr=0.3, batch=16, epochs=30, l2=0.0, on_batch=lambda v: run.log({"loss": v}),
                     on_epoch=lambda e, d: run.log_epoch(d))
    sweeps.lr_sweep(store)
    sweeps.cv_folds(store)
    sweeps.optuna_study(store, n_trials=200)


def cli(*args) -> None:
    subprocess.run([sys.executable, "-m", "learnscope", *map(str, args)], check=True, cwd=ROOT,
                   capture_output=True)


def figures_and_reports(store: str, out: Path, tmp: Path) -> None:
    for case, what in CASES.items():
        source = [what] if "/" in what else ["--group", what]
        cli("plot", *source, "-o", out / f"{case}-figure.png", "--store", store)
        cli("report", *source, "-o", tmp / f"{case}.html", "--store", store)


def shoot(store: str, out: Path, tmp: Path) -> None:
    from playwright.sync_api import sync_playwright

    server = subprocess.Popen([sys.executable, "-m", "learnscope", "ui", "--store", store, "--port", "0"], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = re.search(r"(http://\S+)", server.stdout.readline()).group(1)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            for case, what in CASES.items():
                page.goto((tmp / f"{case}.html").as_uri())
                page.wait_for_function("() => window.learnscopeReportReady === true", timeout=60_000)
                page.screenshot(path=str(out / f"{case}-report.png"), full_page=True)
                page.goto(f"{url}#/run/{what}" if "/" in what else f"{url}#/compare/group={what}")
                page.wait_for_selector(".ls-panel canvas", timeout=120_000)
                if "/" in what:
                    page.wait_for_selector("#verdict", timeout=60_000)
                else:
                    page.wait_for_selector("#compare-charts[data-ready='1']", timeout=120_000)
                page.wait_for_timeout(1000)  # the read's marks arrive after the first chart
                page.screenshot(path=str(out / f"{case}-dashboard.png"), full_page=True)
            phone = browser.new_page(viewport={"width": 390, "height": 844})
            phone.goto((tmp / "study200.html").as_uri())
            phone.wait_for_function("() => window.learnscopeReportReady === true", timeout=60_000)
            phone.screenshot(path=str(out / "study200-report-phone.png"), full_page=False)
            browser.close()
    finally:
        server.terminate()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "images"))
    parser.add_argument("--store", default=None, help="keep the runs here (reused when it holds them)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="learnscope-pictures-"))
    store = args.store or str(tmp / "store")
    if not (Path(store) / ".pictures").exists():
        record(store)
        (Path(store) / ".pictures").write_text("ok")
    out = Path(args.out)
    figures_and_reports(store, out, tmp)
    shoot(store, out, tmp)
    print(f"pictures in {out}: " + ", ".join(f"{c}-{s}.png" for c in CASES for s in ("figure", "report", "dashboard")))


if __name__ == "__main__":
    main()
