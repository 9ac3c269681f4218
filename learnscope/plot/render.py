"""Draw one panel of a chart model with matplotlib.

Every artist carries a ``gid`` saying what it is (``epoch``, ``line``, ``batch``,
``raw``, ``mean``, ``band``, ``thin``, ``best``, ``overfit``, ``nonfinite``) so tests
and tools can find it without looking at pixels.
"""

from __future__ import annotations

import numpy as np
from matplotlib.collections import LineCollection

from .style import ALERT_COLOUR, BEST_COLOUR, SPLIT_STYLE

THIN_AS_COLLECTION = 12  # more thin lines than this are drawn as one LineCollection (fast)


def draw_panel(ax, panel: dict, model: dict, book) -> None:
    ents = model["entities"]
    thin = [t for t in panel["traces"] if t["kind"] == "main" and not ents[t["entity"]]["highlight"]]
    bulk = len(thin) > THIN_AS_COLLECTION
    if bulk:
        _thin_collection(ax, thin, ents)
    for t in panel["traces"]:
        if not (bulk and t["kind"] == "main" and not ents[t["entity"]]["highlight"]):
            _trace(ax, t, ents[t["entity"]], model)
    ax.set_title(panel["title"], fontsize="medium")
    if panel["log"]:
        log_axis(ax.yaxis)
    _marks(ax, model)
    book.from_axes(ax)
    out_of_layout(ax)


def out_of_layout(ax) -> None:
    """Lines and collections stay inside their axes: constrained layout need not measure them
    (measuring 1,000 lines' extents is most of the cost of drawing a large sweep)."""
    for artist in [*ax.lines, *ax.collections, *ax.patches]:
        artist.set_in_layout(False)


def _trace(ax, t: dict, e: dict, model: dict) -> None:
    c, ls = e["colour"], "-" if t.get("solid") else SPLIT_STYLE[t["split"]]
    kind = t["kind"]
    if kind == "band":
        ok = np.isfinite(t["lo"]) & np.isfinite(t["hi"])
        ax.fill_between(t["x"], t["lo"], t["hi"], where=ok, color=c, alpha=0.18, lw=0, gid="band", zorder=2)
    elif kind == "batch":
        faint = 0.25 if len(model["entities"]) == 1 else 0.12
        ax.plot(t["x"], t["y"], color=c, lw=0.6, alpha=faint, gid="batch", zorder=1)
    elif kind == "raw":
        ax.plot(t["x"], t["y"], color=c, ls=ls, lw=1.0, alpha=0.3, gid="raw", zorder=2)
    else:
        _main(ax, t, e, model, c, ls)


def _main(ax, t: dict, e: dict, model: dict, c: str, ls: str) -> None:
    x = t["x"]
    epoch_line = model["x"] == "epoch" and len(x) <= 400 and bool(np.all(x == np.round(x)))
    dots = len(model["entities"]) == 1 and epoch_line and len(x) <= 30 and t["kind"] == "main"
    gid = "mean" if t["kind"] == "mean" else "epoch" if epoch_line else "line"
    ax.plot(x, t["y"], color=c, ls=ls, lw=e["width"], alpha=e["alpha"], marker="o" if dots else None,
            ms=3, gid=gid, zorder=4 if e["highlight"] else 3)


def _thin_collection(ax, traces: list, ents: list) -> None:
    """Hundreds of thin runs in one artist per split: one draw call instead of hundreds."""
    for split in {t["split"] for t in traces}:
        mine = [t for t in traces if t["split"] == split]
        segs = [np.column_stack([t["x"], t["y"]]) for t in mine]
        style = "-" if mine[0].get("solid") else SPLIT_STYLE[split]
        coll = LineCollection(segs, colors=[ents[t["entity"]]["colour"] for t in mine], linewidths=0.7,
                              alpha=0.4, linestyles=style, gid="thin", zorder=2)
        ax.add_collection(coll)
    ax.autoscale_view()


def _marks(ax, model: dict) -> None:
    m = model.get("marks")
    if m:
        if m["overfit"] is not None:
            ax.axvspan(m["overfit"], max(ax.dataLim.x1, m["overfit"]), color=ALERT_COLOUR, alpha=0.08, lw=0,
                       gid="overfit", label=f"overfitting from epoch {m['overfit']:g}")
        if m["best"] is not None:
            ax.axvline(m["best"], color=BEST_COLOUR, ls=":", lw=1.6, gid="best", label=f"best epoch {m['best']:g}")
        if m["nonfinite"] is not None:
            x = m["nonfinite"]
            where = f"{model['x']} {x:g}"
            ax.axvline(x, color=ALERT_COLOUR, lw=1.2, gid="nonfinite", label=f"first NaN/inf ({where})")
            _tip(ax, x, ALERT_COLOUR, "nonfinite-tip")
        return
    for e in model["entities"]:
        if e["nonfinite"] is not None:
            _tip(ax, e["nonfinite"], e["colour"], "nonfinite", "first NaN/inf of a run")


def _tip(ax, x, colour: str, gid: str, label: str = "_") -> None:
    ax.plot([x], [1.0], marker="v", ms=8, color=colour, transform=ax.get_xaxis_transform(),
            clip_on=False, gid=gid, label=label, ls="none")


def draw_colourbar(fig, axes, bar: dict) -> None:
    """The colour bar of a sweep coloured by a config key (log scale for a learning rate)."""
    from matplotlib.cm import ScalarMappable
    from matplotlib.colors import LinearSegmentedColormap, LogNorm, Normalize

    cmap = LinearSegmentedColormap.from_list("learnscope", [(s, c) for s, c in bar["stops"]])
    norm = LogNorm(bar["min"], bar["max"]) if bar["log"] else Normalize(bar["min"], bar["max"])
    cb = fig.colorbar(ScalarMappable(norm=norm, cmap=cmap), ax=axes, shrink=0.9, pad=0.01, aspect=30)
    cb.set_label(bar["key"])
    if bar["log"]:
        log_ticks(cb.ax.yaxis)


_SUP = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def decade_label(v, _pos=None) -> str:
    """``10⁻³`` for a power of ten in plain Unicode (as the report and dashboard write it;
    no mathtext to parse), '' for the ticks between.

    >>> decade_label(0.001), decade_label(100.0), decade_label(0.002)
    ('10⁻³', '100', '')
    """
    if v <= 0:
        return ""
    k = round(np.log10(v))
    if abs(v / 10.0 ** k - 1) > 1e-6:
        return ""
    return f"{10 ** k:g}" if 0 <= k <= 3 else "10" + str(k).translate(_SUP)


def log_axis(axis) -> None:
    """A log scale labelled 10⁻³, 10⁻², ... and unlabelled minor ticks."""
    (axis.axes.set_yscale if axis.axis_name == "y" else axis.axes.set_xscale)("log")
    log_ticks(axis)


def log_ticks(axis) -> None:
    """Decades labelled 10⁻³, 10⁻², ...; unlabelled minor ticks at 2× and 5× only: as readable as
    matplotlib's eight a decade, and a tick is costly to lay out (a 1,000-run sweep's figure
    spends a tenth of its time on minor ticks otherwise)."""
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

    axis.set_major_formatter(FuncFormatter(decade_label))
    axis.set_minor_locator(LogLocator(base=10, subs=(2.0, 5.0)))
    axis.set_minor_formatter(NullFormatter())
