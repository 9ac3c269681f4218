"""Put the report together: template + inlined uPlot, CSS, script and JSON data."""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path

from ..errors import InvalidValueError


def _asset(name: str) -> str:
    return resources.files("learnscope").joinpath(name).read_text(encoding="utf-8")


def _script_safe(text: str) -> str:
    """Text that cannot end the <script> element it sits in."""
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def _plain(value):
    """numpy scalars (from configs or reads) as Python numbers."""
    if hasattr(value, "item"):
        return value.item()
    return str(value)


def render(histories: list, *, title: str | None = None, read: bool = True) -> str:
    """The report for some :class:`~learnscope.History` objects, as one HTML string."""
    from .payload import build

    data = build(histories, title=title, read=read)
    parts = {
        "title": html.escape(data["title"]),
        "uplot_css": _asset("assets/uplot/uPlot.min.css"),
        "report_css": _asset("report/report.css"),
        "uplot_js": _script_safe(_asset("assets/uplot/uPlot.iife.min.js")),
        "chart_css": _asset("assets/chart/lschart.css"),
        "chart_js": _script_safe(_asset("assets/chart/lschart.js") + "\n" + _asset("assets/chart/lshparams.js")),
        "report_js": _script_safe(_asset("report/report.js")),
        "data": _script_safe(json.dumps(data, allow_nan=False, separators=(",", ":"), default=_plain)),
    }
    # one pass, so nothing inserted (a run's title, the data) is ever substituted again
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], _asset("report/template.html"))


def write_report(sources, path, *, store=None, title: str | None = None, read: bool = True) -> Path:
    """Write the HTML report of one source or a list of sources (anything ``ls.load``
    takes) to ``path``; returns the path."""
    from ..api import load

    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        raise InvalidValueError(f"report file {str(path)!r} must end in .html")
    if not path.parent.is_dir():
        raise InvalidValueError(f"folder {str(path.parent)!r} for {str(path)!r} does not exist")
    sources = list(sources) if isinstance(sources, (list, tuple)) else [sources]
    if not sources:
        raise InvalidValueError("the report needs at least one run or log file")
    page = render([load(s, store=store) for s in sources], title=title, read=read)
    path.write_text(page, encoding="utf-8")
    return path
