"""One self-contained HTML file with a run's (or several runs') curves, reads and configs.

>>> from learnscope.report import write_report
>>> write_report(["digits/baseline", "digits/overfit"], "report.html")   # doctest: +SKIP

The file inlines uPlot, the CSS and the data: it opens offline, from a mail
attachment or a phone, with no server.
"""

from __future__ import annotations

from .html import render, write_report

__all__ = ["render", "write_report"]
