"""``ls.plot``: learning curves of one run or several, as a matplotlib Figure.

The picture is decided by :mod:`.model` (the same one the report and the dashboard
draw); this module only renders it, with matplotlib's object API on an Agg canvas:
no pyplot global state, so it is safe in servers, threads and notebooks alike. In Jupyter
and Colab the returned figure shows itself as one PNG (``_repr_png_``) with no
``%matplotlib`` magic, and, never being registered with pyplot, it is not shown twice.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..axis import tokens_text
from ..errors import InvalidValueError
from .hparams_fig import draw_hparams
from .legend import LegendBook
from .model import build
from .render import draw_colourbar, draw_panel
from .style import grid_shape


class CurvesFigure(Figure):
    """The Figure :func:`plot` returns: a plain matplotlib Figure that notebooks display as a PNG."""

    def _repr_png_(self) -> bytes:
        import io

        buf = io.BytesIO()
        self.savefig(buf, format="png")
        return buf.getvalue()


def plot(source, *, level: str | None = None, smoothing: float = 0.0, log_scale: bool | None = None,
         group: bool | None = None, read: bool = True, metrics=None, store=None,
         title: str | None = None, batch_points: bool | None = None, max_points: int = 4000,
         figsize: tuple[float, float] | None = None, fig: Figure | None = None,
         verdicts: list | None = None, x: str | None = None) -> Figure:
    """Learning curves as a :class:`matplotlib.figure.Figure`: one panel per metric,
    train and validation paired (same colour; validation dashed), per-batch values
    faint underneath, the read's marks (best epoch, overfitting, first NaN) on top.

    >>> fig = ls.plot("digits/baseline")                      # doctest: +SKIP
    >>> fig.savefig("curves.png")                             # doctest: +SKIP
    >>> ls.plot(["sweep/lr-0.1", "sweep/lr-0.01"])            # doctest: +SKIP

    ``source`` is anything :func:`learnscope.load` takes (a run ref, a Run, a log file,
    a Keras History, a dict of lists) or a list of them: several runs get one colour
    each, labelled by the config values that differ. Repeats (the folds of one
    cross-validation, the seeds of one config: runs of one group whose configs differ
    only in seed/fold keys) are drawn as mean ± 1 std; ``group=True`` averages all
    runs, ``group=False`` none. A sweep of more than 8 runs is coloured by a config key
    (colour bar), its best 5 drawn bold, and gets a hyperparameter view underneath.
    ``level`` is ``"epoch"``, ``"batch"`` (x in steps) or None (both). ``smoothing``
    is an EMA weight in [0, 1); the raw line stays faint. ``log_scale`` None chooses a
    log y axis for losses spanning more than two decades. ``batch_points`` None draws
    per-batch values under the epoch lines for up to 3 runs, True always, False never.
    ``fig`` redraws into an existing Figure (cleared first), as the live view does.
    ``verdicts`` (parallel to the sources) are reads already known, such as a store's
    stored verdicts (``learnscope plot --group`` passes them): those runs are not read again.
    ``x`` forces the x axis: ``"epoch"``, ``"step"``, or ``"tokens"`` (cumulative tokens seen,
    for runs that log a ``tokens`` series); None: epochs, or steps for step-based runs.
    """
    histories = _load(source, store, level, smoothing)
    model = build(histories, level=level, smoothing=smoothing, log_scale=log_scale, group=group,
                  read=bool(read),
                  metrics=metrics, batch_points=batch_points, max_points=max_points, title=title,
                  verdicts=verdicts, x=x)
    return render(model, figsize=figsize, fig=fig)


def _load(source, store, level, smoothing) -> list:
    from ..api import load
    from ..history import History
    from .model import _check

    _check(level, smoothing)  # before any loading: a bad argument is a quick error
    sources = list(source) if isinstance(source, (list, tuple)) else [source]
    if not sources:
        raise InvalidValueError("plot() got an empty list of runs")
    # Histories as they are: api.load would open the store (and import SQLAlchemy) for nothing
    return [s if isinstance(s, History) else load(s, store=store) for s in sources]


def render(model: dict, *, figsize=None, fig: Figure | None = None) -> Figure:
    """Draw a chart model (:func:`learnscope.plot.model.build`) into a Figure."""
    n = max(len(model["panels"]), 1)
    rows, cols = grid_shape(n)
    hp = model.get("hparams")
    width = min(max(4.6 * cols, 6.4), 14.0)
    size = figsize or (max(width, 11.0) if hp else width, 3.3 * rows + 0.9 + (3.6 if hp else 0))
    fig = _fresh(fig, size)
    top, bottom = fig.subfigures(2, 1, height_ratios=[3.3 * rows + 0.9, 3.6]) if hp else (fig, None)
    axes = _axes(top, n, rows, cols)
    book = LegendBook(model)
    for ax, panel in zip(axes, model["panels"]):
        draw_panel(ax, panel, model, book)
        _decorate(ax, model)
    if not model["panels"]:
        axes[0].set_axis_off()
    _same_x_range(axes)
    if model["colourbar"]:
        draw_colourbar(top, axes, model["colourbar"])
    book.draw(top)
    if bottom is not None:
        draw_hparams(bottom, model)
    fig.suptitle(_suptitle(model), fontsize="large")
    return fig


def _fresh(fig, size) -> Figure:
    if fig is None:
        return CurvesFigure(figsize=size, layout="constrained", dpi=110)
    fig.clear()
    fig.set_size_inches(size)
    return fig


def _axes(fig, n: int, rows: int, cols: int) -> list:
    axes = list(fig.subplots(rows, cols, squeeze=False).flat)
    for ax in axes[n:]:
        ax.set_visible(False)
    return axes[:n]


def _suptitle(model: dict) -> str:
    notes = [f"{k} = {v:.4g}" for k, v in model["constants"].items()]
    return model["title"] + (f"\nconstant: {', '.join(notes)}" if notes else "")


def _same_x_range(axes) -> None:
    """Every panel spans the same epochs, so a glance down a column compares like with like."""
    lo = min(ax.get_xlim()[0] for ax in axes)
    hi = max(ax.get_xlim()[1] for ax in axes)
    for ax in axes:
        ax.set_xlim(lo, hi)


def _decorate(ax, model: dict) -> None:
    ax.set_xlabel(model["x"])
    ax.grid(True, alpha=0.25, lw=0.6)
    ax.spines[["top", "right"]].set_visible(False)
    if model["x"] == "tokens":
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: tokens_text(v)))
    if model["x"] == "epoch":
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlim(left=0 if ax.dataLim.x0 < 1 else None)
