"""Watch a run while it trains: a figure in Jupyter, a progress line in a terminal.

>>> run = ls.init(project="digits", name="live")     # doctest: +SKIP
>>> from learnscope.plot import watch; watch(run)    # doctest: +SKIP

Both are epoch hooks (``run.on_epoch``): they run once per epoch, after the epoch's
values are logged. The notebook view keeps ONE figure and ONE output area and
replaces the PNG in place (``display_id``), so nothing flickers or piles up.
"""

from __future__ import annotations

import io
import sys
import time


def in_notebook() -> bool:
    """Whether we run inside a Jupyter/Colab kernel (a terminal IPython does not count)."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None:
        return False
    return "IPKernelApp" in getattr(shell, "config", {}) or type(shell).__name__ == "ZMQInteractiveShell"


def watch(run, *, mode: str | None = None, console=None, **plot_kwargs):
    """Show ``run`` live: ``mode`` ``"notebook"`` or ``"terminal"`` (default: which we are in).

    Returns the view (already registered with ``run.on_epoch``). Extra keyword
    arguments go to :func:`learnscope.plot` (``smoothing=``, ``metrics=``, ...).
    """
    mode = mode or ("notebook" if in_notebook() else "terminal")
    if mode not in ("notebook", "terminal"):
        from ..errors import InvalidValueError
        raise InvalidValueError(f"watch mode must be 'notebook' or 'terminal', got {mode!r}")
    view = NotebookView(**plot_kwargs) if mode == "notebook" else TerminalView(console=console)
    run.on_epoch(view)
    return view


class NotebookView:
    """Redraws one figure per epoch and swaps the PNG in one output area."""

    def __init__(self, *, display=None, **plot_kwargs):
        from matplotlib.figure import Figure

        self.figure = Figure(layout="constrained", dpi=90)
        self.plot_kwargs = {"read": False, **plot_kwargs}  # the full read waits for the end
        self._display = display
        self.handle = None
        self.updates = 0

    def __call__(self, run, epoch, data) -> None:
        self.update(run.history())

    def render(self, history) -> bytes:
        """Draw ``history`` into the one figure; return it as PNG bytes."""
        from .figure import plot

        plot(history, fig=self.figure, **self.plot_kwargs)
        buf = io.BytesIO()
        self.figure.savefig(buf, format="png")
        return buf.getvalue()

    def update(self, history) -> None:
        """Show the latest curves: the first call opens the output area, later calls replace it."""
        png = self.render(history)
        if self._display is None:
            from IPython.display import Image, display
            self._display = lambda data, handle: (handle.update(Image(data=data)) if handle
                                                  else display(Image(data=data), display_id=True))
        handle = self._display(png, self.handle)
        self.handle = self.handle or handle
        self.updates += 1


class TerminalView:
    """Prints one line per epoch: a bar (when the config says how many epochs), the
    epoch's values and the time it took."""

    def __init__(self, *, console=None):
        from rich.console import Console

        self.console = console or Console(stderr=True)
        self._last = time.monotonic()

    def __call__(self, run, epoch, data) -> None:
        now = time.monotonic()
        self.console.print(self.line(epoch, data, _total(run), now - self._last))
        self._last = now

    @staticmethod
    def line(epoch, data, total: int | None, seconds: float):
        """One epoch's line as a rich renderable."""
        from rich.progress_bar import ProgressBar
        from rich.table import Table

        row = Table.grid(padding=(0, 1))
        label = f"epoch {epoch:g}" + (f"/{total}" if total else "")
        cells = [label]
        if total:
            cells.append(ProgressBar(total=total, completed=min(float(epoch), total), width=20))
        cells.append("  ".join(f"{k} [bold]{_fmt(v)}[/]" for k, v in data.items()))
        cells.append(f"[dim]{seconds:.1f}s[/]")
        row.add_row(*cells)
        return row


def _total(run) -> int | None:
    for key in ("epochs", "num_train_epochs", "max_epochs", "n_epochs"):
        value = run.config.get(key)
        if isinstance(value, int) and value > 0:
            return value
    return None


def _fmt(value) -> str:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{v:.4g}"
