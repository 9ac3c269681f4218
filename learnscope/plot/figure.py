"""``ls.plot``: learning curves of one run or several, as a matplotlib Figure.

Built with matplotlib's object API on an Agg canvas: no pyplot global state, so it
is safe in servers, threads and notebooks alike. In Jupyter and Colab the returned
figure shows itself as one PNG (``_repr_png_``) with no ``%matplotlib`` magic, and,
never being registered with pyplot, it is not shown a second time at the cell's end.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..axis import x_axis
from ..errors import InvalidValueError
from .compare import Entity, entities
from .legend import LegendBook
from .markers import Marks, draw_marks, marks_for
from .panel import View, draw_group, draw_run, x_of_step
from .style import grid_shape, panel_metrics, pretty, wants_log

_LEVELS = (None, "epoch", "batch")


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
         figsize: tuple[float, float] | None = None, fig: Figure | None = None) -> Figure:
    """Learning curves as a :class:`matplotlib.figure.Figure`: one panel per metric,
    train and validation paired (same colour; validation dashed), per-batch values
    faint underneath, the read's marks (best epoch, overfitting, first NaN) on top.

    >>> fig = ls.plot("digits/baseline")                      # doctest: +SKIP
    >>> fig.savefig("curves.png")                             # doctest: +SKIP
    >>> ls.plot(["sweep/lr-0.1", "sweep/lr-0.01"])            # doctest: +SKIP

    ``source`` is anything :func:`learnscope.load` takes (a run ref, a Run, a log file,
    a Keras History, a dict of lists) or a list of them: several runs get one colour
    each, labelled by the config values that differ. ``group=True`` (or runs sharing
    ``info.group``, unless ``group=False``) draws their mean ± 1 std. ``level`` is
    ``"epoch"``, ``"batch"`` (x in steps) or None (both). ``smoothing`` is an EMA
    weight in [0, 1); the raw line stays faint. ``log_scale`` None chooses a log y
    axis for losses spanning more than two decades. ``batch_points`` None draws
    per-batch values under the epoch lines for up to 3 runs, True always, False never.
    ``fig`` redraws into an existing
    Figure (cleared first), as the live view does once per epoch.
    """
    view, histories = _prepare(source, level, smoothing, store, batch_points, max_points)
    batch_only = view.x == "step" and not view.evals_at_steps  # level="batch"
    names = panel_metrics(histories, "batch" if batch_only else None, metrics)
    if not names:
        raise InvalidValueError("nothing to plot: these runs hold no values"
                                + (" at the batch level" if level == "batch" else ""))
    groups = entities(histories, group)
    view.dots = len(groups) == 1
    if len(groups) > 1:  # several runs' batch noise would bury the epoch lines
        view.faint_alpha = 0.12
        view.batch_under = view.batch_under and (batch_points or len(groups) <= 3)
    fig, axes = _figure(len(names), figsize, fig)
    book = LegendBook(compare=len(groups) > 1)
    marks = _marks(groups, read)
    for ax, name in zip(axes, names):
        _panel(ax, name, groups, marks, view, book, log_scale)
    _same_x_range(axes)
    _finish(fig, groups, marks, book, title, view)
    return fig


def _prepare(source, level, smoothing, store, batch_points, max_points):
    from ..api import load

    if level not in _LEVELS:
        raise InvalidValueError(f"level must be 'epoch', 'batch' or None, got {level!r}")
    if not (isinstance(smoothing, (int, float)) and 0 <= smoothing < 1):
        raise InvalidValueError(f"smoothing is an EMA weight in [0, 1) (0.6 is typical), got {smoothing!r}")
    sources = list(source) if isinstance(source, (list, tuple)) else [source]
    if not sources:
        raise InvalidValueError("plot() got an empty list of runs")
    histories = [load(s, store=store) for s in sources]
    x = "step" if level == "batch" else x_axis(histories)  # step-based runs: steps (learnscope.axis)
    return View(x=x, batch_under=batch_points is not False and level != "epoch", smoothing=float(smoothing),
                buckets=max(max_points // 4, 50), evals_at_steps=level != "batch"), histories


def _figure(n: int, figsize, fig: Figure | None):
    rows, cols = grid_shape(n)
    size = figsize or (min(max(4.6 * cols, 6.4), 14.0), 3.3 * rows + 0.9)
    if fig is None:
        fig = CurvesFigure(figsize=size, layout="constrained", dpi=110)
    else:
        fig.clear()
        fig.set_size_inches(size)
    grid = fig.subplots(rows, cols, squeeze=False)
    axes = list(grid.flat)
    for ax in axes[n:]:
        ax.set_visible(False)
    return fig, axes[:n]


def _marks(groups: list[Entity], use_read: bool) -> dict[int, Marks]:
    """Marks for single runs only: a group's mean has no one best epoch."""
    return {i: marks_for(e.histories[0], use_read) for i, e in enumerate(groups) if not e.is_group}


def _panel(ax, name: str, groups: list[Entity], marks: dict, view: View, book, log_scale) -> None:
    drawn = []
    for i, e in enumerate(groups):
        if e.is_group:
            drawn += draw_group(ax, e.histories, name, e.colour, view, book)
        else:
            drawn += draw_run(ax, e.histories[0], name, e.colour, view, book)
        if len(groups) > 1:
            book.run(e.label, e.colour)
    if wants_log(name, drawn, log_scale):
        ax.set_yscale("log")
    _decorate(ax, name, view)
    for i, m in marks.items():
        if len(groups) == 1:
            draw_marks(ax, m, x_of_step=x_of_step(groups[i].histories[0]), x_is_step=view.x == "step")
        else:
            _compare_nonfinite(ax, m, groups[i], view)
    book.from_axes(ax)


def _same_x_range(axes) -> None:
    """Every panel spans the same epochs, so a glance down a column compares like with like."""
    lo = min(ax.get_xlim()[0] for ax in axes)
    hi = max(ax.get_xlim()[1] for ax in axes)
    for ax in axes:
        ax.set_xlim(lo, hi)


def _decorate(ax, name: str, view: View) -> None:
    ax.set_title(pretty(name), fontsize="medium")
    ax.set_xlabel("epoch" if view.x == "epoch" else "step")
    ax.grid(True, alpha=0.25, lw=0.6)
    ax.spines[["top", "right"]].set_visible(False)
    if view.x == "epoch":
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlim(left=0 if ax.dataLim.x0 < 1 else None)


def _compare_nonfinite(ax, m: Marks, e: Entity, view: View) -> None:
    """In a comparison, a run that hit NaN/inf gets a small mark in its own colour."""
    if m.nonfinite_epoch is None and m.nonfinite_step is None:
        return
    xs = x_of_step(e.histories[0])
    x = (m.nonfinite_step if view.x == "step" else
         xs(m.nonfinite_step) if (m.nonfinite_step is not None and xs) else m.nonfinite_epoch)
    if x is not None:
        ax.plot([x], [1.0], marker="v", ms=8, color=e.colour, transform=ax.get_xaxis_transform(),
                clip_on=False, gid="nonfinite", label="first NaN/inf of a run")


def _finish(fig, groups: list[Entity], marks: dict, book: LegendBook, title, view: View) -> None:
    if view.smoothing > 0:
        book.smoothed(view.smoothing)
    book.draw(fig)
    fig.suptitle(title if title is not None else _title(groups, marks), fontsize="large")


def _title(groups: list[Entity], marks: dict) -> str:
    if len(groups) == 1 and not groups[0].is_group:
        h = groups[0].histories[0]
        name = h.info.ref if h.info.name else "learning curves"
        verdict = marks[0].verdict if marks else None
        return f"{name} (read: {verdict.replace('_', ' ')})" if verdict else name
    n = sum(len(e.histories) for e in groups)
    if len(groups) == 1:
        return f"{groups[0].group or 'group'}: mean ± 1 std of {n} runs"
    projects = {h.info.project for e in groups for h in e.histories}
    project = projects.pop() if len(projects) == 1 else "default"
    return f"{project + ': ' if project != 'default' else ''}{n} runs compared"
