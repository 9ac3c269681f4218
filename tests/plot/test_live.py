"""The live view: a progress line per epoch in a terminal; one figure updated in place in Jupyter."""

import gc
import io

import pytest
from rich.console import Console

import learnscope as ls
from learnscope.plot.live import NotebookView, in_notebook, watch
from tests.plot.conftest import make_history


class RecordingDisplay:
    """Stands where IPython's display/update goes: keeps what was shown, hands out one handle."""

    def __init__(self):
        self.shown, self.handles_seen = [], []

    def __call__(self, png, handle):
        self.shown.append(png)
        self.handles_seen.append(handle)
        return handle or object()


def train(run, epochs):
    for e in range(1, epochs + 1):
        for _ in range(10):
            run.log({"loss": 1 / e})
        run.log_epoch({"loss": 1 / e, "val_loss": 1.2 / e})


def test_terminal_prints_a_line_per_epoch(store):
    out = io.StringIO()
    with ls.init("live", "term", {"epochs": 4}, store=store) as run:
        watch(run, mode="terminal", console=Console(file=out, width=120, color_system=None))
        train(run, 4)
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    assert len(lines) == 4
    assert lines[0].startswith("epoch 1/4") and "val_loss 1.2" in lines[0]
    assert lines[-1].startswith("epoch 4/4") and "loss 0.25" in lines[-1]


def test_notebook_hook_draws_each_epoch_into_one_figure(store):
    shown = RecordingDisplay()
    with ls.init("live", "nb", store=store) as run:
        view = watch(run, mode="notebook", display=shown)
        fig = view.figure
        train(run, 3)
    assert view.updates == 3 and len(shown.shown) == 3
    assert all(png.startswith(b"\x89PNG") for png in shown.shown)
    assert shown.handles_seen[0] is None and shown.handles_seen[1] is shown.handles_seen[2] is not None
    assert view.figure is fig and [ax.get_title() for ax in fig.axes] == ["loss"]
    assert len(fig.axes[0].get_lines()) >= 3  # train, validation, per batch


def test_notebook_view_memory_does_not_grow():
    """Updates leave no figures, artists or objects behind. The curves cycle through
    10 lengths so matplotlib's bounded caches (tick labels, text sizes) fill during the
    warm-up; after that a leak of even one object per update would show. (tracemalloc
    would be finer but slows matplotlib tenfold on this machine.)"""
    view = NotebookView(display=RecordingDisplay())
    histories = [make_history(epochs=20 + n % 10, batches=5) for n in range(40)]

    def objects_after(hs):
        for h in hs:
            view.update(h)
            view._display.shown.clear()
        gc.collect()
        return len(gc.get_objects())

    objects_after(histories[:10])  # warm caches (fonts, text layout)
    early = objects_after(histories[10:20])
    late = objects_after(histories[20:])
    assert late - early < 20, f"{late - early} more live objects after 20 more updates"
    assert len(view.figure.axes) == 2 and len(view.figure.legends) == 1


def test_real_ipython_display_is_updated_in_place():
    pytest.importorskip("IPython")
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.utils.capture import capture_output

    InteractiveShell.instance()
    assert not in_notebook()  # a terminal IPython is not a notebook
    view = NotebookView()
    with capture_output() as cap:
        for n in (3, 5, 8):
            view.update(make_history(epochs=n))
    pngs = [o.data["image/png"] for o in cap.outputs if "image/png" in o.data]
    assert len(pngs) == 3 and view.handle is not None
    ids = {o.metadata.get("transient", {}).get("display_id") if o.metadata else None for o in cap.outputs}
    assert view.updates == 3 and len(ids) <= 2


def test_bad_mode_is_an_error(store):
    with ls.init("live", "bad", store=store) as run:
        with pytest.raises(ls.LearnscopeError, match="watch mode"):
            watch(run, mode="browser")
