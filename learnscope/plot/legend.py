"""One legend for the whole figure, below the panels, so no panel's curves are hidden.

Runs come first (a large sweep lists only its best few: the colour bar says the
rest), then one grey entry per line style and one per mark: never more than
:data:`MAX_ENTRIES` rows of meaning.
"""

from __future__ import annotations

from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .model import legend_splits
from .style import SPLIT_STYLE

_NEUTRAL = "#555555"
MAX_ENTRIES = 12


class LegendBook:
    """Collects legend entries from a chart model and the marks drawn on its panels."""

    def __init__(self, model: dict):
        ents = model["entities"]
        compare = len(ents) > 1
        self.runs = {_run_label(e, len(ents)): Line2D([], [], color=e["colour"], lw=2.5)
                     for e in sorted(ents, key=lambda e: e["rank"] if e["rank"] is not None else 1e9)
                     if compare and e["legend"]}
        colour = _NEUTRAL if compare else ents[0]["colour"]
        self.styles = {lab: _style_handle(split, kind, colour) for lab, split, kind in legend_splits(model)}
        if any(e["band"] for e in ents):
            self.styles["mean ± 1 std across runs"] = Patch(color=colour, alpha=0.25, lw=0)
        if model.get("thin_val_only"):
            self.styles["thin: the other runs' validation"] = Line2D([], [], color=_NEUTRAL, lw=0.7, alpha=0.5)
        if model["smoothing"] > 0:
            self.styles[f"raw (faint), EMA {model['smoothing']:g}"] = Line2D([], [], color=_NEUTRAL, lw=1, alpha=.3)
        self.marks: dict[str, object] = {}

    def from_axes(self, ax) -> None:
        """Take the labelled marks (best epoch, overfitting, NaN) drawn on a panel."""
        for artist in [*ax.lines, *ax.patches, *ax.collections]:
            label = artist.get_label()
            if artist.get_gid() in ("best", "overfit", "nonfinite") and not label.startswith("_"):
                self.marks.setdefault(label, artist)

    def draw(self, fig) -> None:
        """Runs on the first row(s), line styles and marks on the next: matplotlib fills
        a legend column by column, so the rows are interleaved into columns here."""
        styles = [*self.styles.items(), *self.marks.items()][: MAX_ENTRIES - len(self.runs)]
        rows = [r for r in (list(self.runs.items()), styles) if r]
        if not rows:
            return
        ncol = min(max(map(len, rows)), 5, _columns_that_fit(fig, [lab for row in rows for lab, _ in row]))
        wrapped = [row[i:i + ncol] for row in rows for i in range(0, len(row), ncol)]
        blank = ("", Line2D([], [], alpha=0))
        grid = [row + [blank] * (ncol - len(row)) for row in wrapped]
        entries = [grid[r][c] for c in range(ncol) for r in range(len(grid))]
        fig.legend([h for _, h in entries], [lab for lab, _ in entries], loc="outside lower center",
                   ncol=ncol, frameon=False, fontsize="small")


def _run_label(e: dict, n: int) -> str:
    return f"#{e['rank'] + 1} {e['label']}" if n > 8 and e["rank"] is not None else e["label"]


def _style_handle(split: str, kind: str, colour: str):
    if kind == "batch":
        return Line2D([], [], color=colour, lw=0.8, alpha=0.35)
    if kind == "raw":
        return Line2D([], [], color=colour, lw=1, alpha=0.3, ls=SPLIT_STYLE[split])
    return Line2D([], [], color=colour, ls=SPLIT_STYLE[split], lw=1.8)


def _columns_that_fit(fig, labels: list[str]) -> int:
    """How many legend columns fit the figure's width without clipping (a column is
    about as wide as its longest label at the legend's small font, plus the handle)."""
    column = 0.75 + 0.068 * max(len(lab) for lab in labels)  # inches
    width = fig.get_figure(root=True).get_figwidth() if hasattr(fig, "get_figure") else fig.get_figwidth()
    return max(1, int(width * 0.96 // column))
