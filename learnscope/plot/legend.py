"""One legend for the whole figure, below the panels, so no panel's curves are hidden.

Panels report what they drew (a split's line style, faint batch points, a band, a
mark); the book keeps one entry per meaning, in a sensible order.
"""

from __future__ import annotations

from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .style import SPLIT_LABEL, SPLIT_STYLE

_NEUTRAL = "#555555"


class LegendBook:
    """Collects legend entries; ``compare`` runs get colour entries, splits grey ones."""

    def __init__(self, compare: bool):
        self.compare = compare
        self.runs: dict[str, object] = {}
        self.styles: dict[str, object] = {}
        self.marks: dict[str, object] = {}

    def run(self, label: str, colour: str) -> None:
        self.runs.setdefault(label, Line2D([], [], color=colour, lw=2.5))

    def split(self, split: str, colour: str) -> None:
        c = _NEUTRAL if self.compare else colour
        self.styles.setdefault(SPLIT_LABEL[split], Line2D([], [], color=c, ls=SPLIT_STYLE[split], lw=1.8))

    def faint(self, split: str, colour: str) -> None:
        c = _NEUTRAL if self.compare else colour
        self.styles.setdefault(f"{SPLIT_LABEL[split]}, per batch",
                               Line2D([], [], color=c, lw=0.8, alpha=0.35))

    def band(self, colour: str) -> None:
        c = _NEUTRAL if self.compare else colour
        self.styles.setdefault("mean ± 1 std across runs", Patch(color=c, alpha=0.25, lw=0))

    def smoothed(self, weight: float) -> None:
        self.styles.setdefault(f"raw (faint), EMA {weight:g}", Line2D([], [], color=_NEUTRAL, lw=1, alpha=0.3))

    def from_axes(self, ax) -> None:
        """Take the labelled marks (best epoch, overfitting, NaN) drawn on a panel."""
        for artist in [*ax.lines, *ax.patches, *ax.collections]:
            label = artist.get_label()
            if artist.get_gid() in ("best", "overfit", "nonfinite") and not label.startswith("_"):
                self.marks.setdefault(label, artist)

    def draw(self, fig) -> None:
        """Runs on the first row(s), line styles and marks on the next: matplotlib fills
        a legend column by column, so the rows are interleaved into columns here."""
        rows = [r for r in (list(self.runs.items()), [*self.styles.items(), *self.marks.items()]) if r]
        if not rows:
            return
        ncol = min(max(map(len, rows)), 5, _columns_that_fit(fig, [lab for row in rows for lab, _ in row]))
        wrapped = [row[i:i + ncol] for row in rows for i in range(0, len(row), ncol)]
        blank = ("", Line2D([], [], alpha=0))
        grid = [row + [blank] * (ncol - len(row)) for row in wrapped]
        entries = [grid[r][c] for c in range(ncol) for r in range(len(grid))]
        fig.legend([h for _, h in entries], [lab for lab, _ in entries], loc="outside lower center",
                   ncol=ncol, frameon=False, fontsize="small")


def _columns_that_fit(fig, labels: list[str]) -> int:
    """How many legend columns fit the figure's width without clipping (a column is
    about as wide as its longest label at the legend's small font, plus the handle)."""
    column = 0.75 + 0.068 * max(len(lab) for lab in labels)  # inches
    return max(1, int(fig.get_figwidth() * 0.96 // column))
