"""learnscope in a real notebook: a headless kernel (nbclient + ipykernel) runs the cells a user would.

No magic runs first: figures, reads, histories and runs must show themselves.
"""

import base64
import os
import sys

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CELLS = {
    "record": """
import math
import learnscope as ls
run = ls.init(project="nb", name="demo", config={"lr": 0.01, "layers": 2}, store=STORE)
for e in range(1, 13):
    run.log({"loss": 1 / e})
    run.log_epoch({"loss": 1 / e, "val_loss": 1 / e + 0.02 * max(0, e - 6) + 0.1, "val_accuracy": 1 - 1 / (e + 1)})
run.flush()
run""",
    "history": "h = ls.load('nb/demo', store=STORE); h",
    "plot": "ls.plot(h)",
    "plot_assigned": "fig = ls.plot(h)",
    "read": "run.finish(); ls.read(h)",
    "pyplot_inline": "import matplotlib.pyplot as plt\n%matplotlib inline\nls.plot(h)",
    "nan": "ls.read({'loss': [1.0, 0.5, float('nan')]})",
}


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("nb")
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(f"STORE = {str(tmp / 'store')!r}")]
    nb.cells += [nbformat.v4.new_code_cell(src.strip(), metadata={"name": name}) for name, src in CELLS.items()]
    env_path = os.pathsep.join(p for p in (ROOT, os.environ.get("PYTHONPATH")) if p)
    os.environ["PYTHONPATH"] = env_path          # the kernel imports this checkout's learnscope
    os.environ.pop("MPLBACKEND", None)           # the kernel's own default, as in Jupyter and Colab
    client = nbclient.NotebookClient(nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(tmp)}})
    client.kernel_manager_class = "jupyter_client.manager.KernelManager"
    client.km = client.create_kernel_manager()
    client.km.kernel_cmd = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    client.execute()
    return {c.metadata.get("name"): c.outputs for c in nb.cells[1:]}


def _bundles(outputs):
    return [o["data"] for o in outputs if o["output_type"] in ("execute_result", "display_data")]


def test_plot_is_one_png_without_magic(executed):
    bundles = _bundles(executed["plot"])
    assert len(bundles) == 1, [list(b) for b in bundles]                 # exactly once
    png = base64.b64decode(bundles[0]["image/png"])
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
    assert not any(o["output_type"] == "error" for o in executed["plot"])


def test_a_figure_kept_in_a_variable_is_not_shown(executed):
    assert executed["plot_assigned"] == []                                # not left open to show later


def test_with_the_inline_backend_still_once(executed):
    bundles = _bundles(executed["pyplot_inline"])
    assert sum("image/png" in b for b in bundles) == 1, [list(b) for b in bundles]


def test_read_is_a_card(executed):
    (bundle,) = _bundles(executed["read"])
    html, md = bundle["text/html"], bundle["text/markdown"]
    assert 'class="learnscope-read"' in html and "nb/demo" in html
    assert "overfitting" in html and 'class="evidence"' in html              # a finding with its evidence
    assert md.startswith("### Read: **overfitting**")
    (nan,) = _bundles(executed["nan"])
    assert "non_finite" in nan["text/html"] and "#9b2222" in nan["text/html"]   # an error in red


def test_history_is_a_table_of_its_series(executed):
    (bundle,) = _bundles(executed["history"])
    html = bundle["text/html"]
    assert 'class="learnscope-history"' in html and "nb/demo · 12 epochs" in html
    for key in ("val_loss", "val_accuracy", "<td style=\"padding:1px 10px 1px 0;text-align:right\">12</td>"):
        assert key in html, key
    assert "| val_loss | epoch | 12 |" in bundle["text/markdown"].replace("\\_", "_")


def test_run_is_a_card(executed):
    (bundle,) = _bundles(executed["record"])
    html = bundle["text/html"]
    assert 'class="learnscope-run"' in html and "Run nb/demo" in html and "running" in html
    assert "lr=0.01" in html and "12 epochs" in html and "val_loss=" in html
    assert "**Run nb/demo** · running" in bundle["text/markdown"]
