"""Screenshots of the dashboard for the README: runs list, run view, compare.

Records real trainings (the demo's three PyTorch runs on scikit-learn's digits, and a
small learning-rate sweep of the same model with SGD, three seeds per rate), serves
them with the real ``learnscope ui``, and photographs each page with Debian's headless
Chromium through Playwright:

    .venv/bin/python docs/screenshots.py [--out docs/images] [--store DIR]

``--store`` keeps the runs (a second call reuses them instead of training again).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
SWEEP_RATES = (0.01, 0.03, 0.1)
SWEEP_SEEDS = (0, 1, 2)
sys.path.insert(0, str(ROOT))  # this checkout's learnscope, installed or not


def record(store: str) -> tuple[str, list[str]]:
    """The overfit demo run's id and the sweep's ids, training what the store lacks."""
    from learnscope.demo import RUNS, DemoRun, train
    from learnscope.store import open_store

    have = {(r.project, r.name): r.id for r in open_store(store).list_runs()}
    for spec in RUNS:
        if ("demo", spec.name) not in have:
            print(f"training demo/{spec.name}", flush=True)
            have[("demo", spec.name)] = train(spec, store).id
    sweep = []
    for lr in SWEEP_RATES:
        for seed in SWEEP_SEEDS:
            name = f"sgd-lr{lr:g}-seed{seed}"
            if ("sweep", name) not in have:
                print(f"training sweep/{name}", flush=True)
                spec = DemoRun(name, 64, lr, "sgd", None, 25, "a learning-rate sweep")
                have[("sweep", name)] = train(spec, store, project="sweep", seed=seed).id
            sweep.append(have[("sweep", name)])
    return have[("demo", "overfit")], sweep


class Dashboard:
    """``learnscope ui --port 0`` in a subprocess; ``url`` is the address it printed."""

    def __init__(self, store: str):
        cli = [sys.executable, "-m", "learnscope", "ui", "--store", store, "--port", "0"]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(cli, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True)
        line = self.proc.stdout.readline()
        found = re.search(r"http://\S+", line)
        if not found:
            self.proc.kill()
            sys.exit(f"learnscope ui printed {line!r}")
        self.url = found.group(0)
        for _ in range(100):  # the address is printed just before uvicorn accepts
            try:
                urllib.request.urlopen(self.url, timeout=2).read()
                return
            except OSError:
                time.sleep(0.1)
        sys.exit("the dashboard never answered")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def shoot(url: str, out: Path, overfit_id: str, sweep_ids: list[str]) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM,
                                    args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"])
        # a short viewport and full-page shots: each picture ends where its page does
        page = browser.new_page(viewport={"width": 1440, "height": 560})
        errors = []
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        runs_list(page, url, out, sweep_ids[:2])
        run_view(page, url, out, overfit_id)
        compare(page, url, out, sweep_ids)
        browser.close()
    if errors:
        sys.exit("console errors in the dashboard: " + "; ".join(errors))


def runs_list(page, url: str, out: Path, ticked: list[str]) -> None:
    page.goto(url)
    page.wait_for_selector("#runs-table tbody tr")
    page.wait_for_function("() => !document.querySelector('#runs-table').textContent.includes('…')")
    for run_id in ticked:
        page.check(f"#runs-table input[data-id='{run_id}']")
    page.screenshot(path=str(out / "dashboard-runs.png"), full_page=True)


def run_view(page, url: str, out: Path, run_id: str) -> None:
    page.goto(f"{url.split('?')[0]}#/run/{run_id}")
    page.wait_for_selector("#verdict")
    page.wait_for_selector(".ls-panel[data-points]")
    page.wait_for_timeout(800)  # the read's marks and the other panels
    page.screenshot(path=str(out / "dashboard-run.png"), full_page=True)


def compare(page, url: str, out: Path, run_ids: list[str]) -> None:
    page.goto(f"{url.split('?')[0]}#/compare/{','.join(run_ids)}")
    page.wait_for_selector("#compare-charts[data-ready='1'] .ls-panel canvas")  # seeds of a rate: mean ± std
    page.wait_for_timeout(500)
    page.screenshot(path=str(out / "dashboard-compare.png"), full_page=True)


def lm_view(out: Path, store: str) -> None:
    """The run view of a spiky language-model run (bench/read/lm.py) with its read."""
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT / "docs"))
    from make_figures import lm_run

    from learnscope.store import open_store

    info = open_store(store).save_history(lm_run(), project="lm", name="tiny-transformer-bad-batches")
    server = Dashboard(store)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1440, "height": 560})
            page.goto(f"{server.url.split('?')[0]}#/run/{info.id}")
            page.wait_for_selector("#verdict")
            page.wait_for_selector(".ls-panel[data-points]")
            page.wait_for_timeout(800)
            page.screenshot(path=str(out / "dashboard-run-lm.png"), full_page=True)
            browser.close()
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "images"))
    parser.add_argument("--store", default=None, help="keep the runs here (reused when it holds them)")
    parser.add_argument("--lm", action="store_true", help="only the run view of a spiky language model")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.lm:
        with tempfile.TemporaryDirectory() as tmp:
            lm_view(out, args.store or str(Path(tmp) / "store"))
        return print(f"screenshot in {out}: dashboard-run-lm.png")
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or str(Path(tmp) / "store")
        overfit_id, sweep_ids = record(store)
        server = Dashboard(store)
        try:
            shoot(server.url, out, overfit_id, sweep_ids)
        finally:
            server.stop()
    print(f"screenshots in {out}: dashboard-runs.png, dashboard-run.png, dashboard-compare.png")


if __name__ == "__main__":
    main()
