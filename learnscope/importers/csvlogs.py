"""CSV training logs laid out one row per epoch: Keras CSVLogger, pandas dumps of a Keras
history, any table of metrics, headerless tables; and what every CSV layout shares.

Each layout is a format of the registry told by its header (content), not the file
name (:func:`csv_format`; Lightning's, fastai's and Ultralytics' live in their own
modules). Epochs become 1-based (Keras and fastai write 0-based).

>>> h = load_csv("log.csv", "epoch,loss,val_loss\\n0,0.9,1.0\\n1,0.5,0.7\\n")
>>> h.epoch["val_loss"], h.get("loss").epoch
(array([1. , 0.7]), array([1., 2.]))
"""

from __future__ import annotations

import re
import sys

import numpy as np

from ..errors import ImportFormatError
from .collect import Collector
from .registry import Format
from .table import TIME_COLUMNS, Table, parse_table

_EPOCH = frozenset({"epoch", "epochs"})
_STEP = frozenset({"step", "global_step"})
# scores that are fractions in [0, 1]; some loggers write them as percentages
_FRACTION = re.compile(r"(^|[_/])(acc|accuracy|precision|recall|f1|auc|iou|dice)([_(]|$)", re.I)


def load_csv(path, text: str, fmt: str = "csv"):
    """A :class:`History` from the text of a CSV log laid out one row per epoch (or per step)."""
    return from_table(parse_table(path, text), fmt)


def from_table(table: Table, fmt: str, fill=None):
    """A :class:`History` from a parsed table; ``fill(table, collector) -> meta`` reads the rows."""
    c = Collector(table.path, fmt)
    meta: dict = {}
    if not len(table):
        return c.history()  # a header and no rows: "holds no numeric series"
    meta.update((fill or read_rows)(table, c) or {})
    scaled = _unpercent(c)
    if scaled:
        meta["scaled_from_percent"] = scaled
    if table.text_columns:
        meta["skipped_text_columns"] = table.text_columns
    return c.history(meta)


def csv_format(name: str, title: str, header_test, *, names=(), ends_rows: bool = True,
               generic: bool = False, fill=None) -> Format:
    """The :class:`Format` of a CSV layout told by its header (``header_test(names)``, lower case)."""
    def content(probe) -> bool:
        return probe.is_text and not probe.is_json and header_test(probe.header)

    def read(probe):
        warning = check_line_end(probe, fmt)
        h = from_table(probe.table, name, fill)
        if warning:  # only for a file that imports: a failed one says its one line, not two
            print(warning, file=sys.stderr, flush=True)
        return h

    fmt = Format(name, title, read, content, tuple(names), ends_rows=ends_rows, generic=generic,
                 any_text=generic)
    return fmt


def check_line_end(probe, fmt: Format) -> str | None:
    """A last row without a line end may be cut inside a number: refused where the writer
    always ends rows, else imported with the one-line warning this returns."""
    text = probe.text
    if not text or text.endswith(("\n", "\r")):
        return None
    line = text.count("\n") + text.count("\r") - text.count("\r\n") + 1
    if fmt.ends_rows:
        raise ImportFormatError(f"{probe.path}: line {line}: the last row has no line end, so the file was "
                                f"cut while being written ({fmt.title} ends every row); delete line {line} "
                                f"to import the rows before it")
    return (f"learnscope: warning: {probe.path}: line {line}: the last row has no line end and may be cut "
            f"short; imported as it is")


def _find(t: Table, names) -> str | None:
    return next((n for n in t.names if n.lower() in names), None)


def _metric_names(t: Table, skip) -> list[str]:
    return [n for n in t.names if n not in skip and n.lower() not in TIME_COLUMNS]


# ---- one row per epoch ------------------------------------------------------------
def _index_column(t: Table) -> str | None:
    """The epoch column, or an unnamed first column counting rows (pandas index, headerless)."""
    name = _find(t, _EPOCH)
    if name or t.names[0] != "column_1":
        return name
    v = t.column("column_1")
    ok = t.present("column_1").all() and np.all(v == np.round(v)) and v[0] >= 0 and np.all(np.diff(v) > 0)
    return "column_1" if ok and len(v) > 1 else None


def read_rows(t: Table, c: Collector, rename=str) -> dict:
    """One row per epoch (or per step, when epochs repeat); ``rename`` maps column names to keys."""
    index = _index_column(t)
    epochs = _epochs(t, index)
    meta = {}
    if index and np.any(np.diff(t.column(index)) < 0):
        meta["epochs_renumbered"] = "the epoch column starts again from 0 (appended fits); counted on"
    level = "epoch" if len(np.unique(epochs)) == len(epochs) else "batch"
    steps = np.arange(len(t), dtype=np.int64)
    wall, time_meta = _wall_time(t)
    meta.update(time_meta)
    for name in _metric_names(t, {index}):
        have = t.present(name)
        if have.any():
            c.add_column(rename(name), level, value=t.column(name)[have], step=steps[have],
                         epoch=epochs[have], wall_time=None if wall is None else wall[have])
    return meta


def _epochs(t: Table, index: str | None) -> np.ndarray:
    if index is None:
        return np.arange(1, len(t) + 1, dtype=np.float64)
    missing = np.flatnonzero(~t.present(index))
    if len(missing):
        raise ImportFormatError(f"{t.path}: line {t.lines[missing[0]]}: no value in column {index!r} "
                                f"(expected an epoch number on every row)")
    e = t.column(index).copy()
    # fit() called again appends rows counting from 0 again (CSVLogger append=True): continue the count
    restarts = np.flatnonzero(np.diff(e) < 0) + 1
    base = 1.0 if e[0] == 0 else 0.0  # 0-based writers (Keras, fastai, old Ultralytics)
    for lo, hi in zip([0, *restarts], [*restarts, len(e)]):
        seg0 = e[lo]
        e[lo:hi] = e[lo:hi] - seg0 + (e[lo - 1] + 1 if lo else seg0 + base)
    return e


def _wall_time(t: Table):
    """Times per row from a time column: fastai's per-epoch ``mm:ss`` add up; others are absolute."""
    name = _find(t, TIME_COLUMNS)
    if name is None or not t.present(name).any():
        return None, {}
    v = t.column(name)
    if any(":" in row[t.names.index(name)] and "-" not in row[t.names.index(name)] for row in t.rows):
        return np.nancumsum(v), {"wall_time": f"seconds since start (sum of {name!r} durations)"}
    return v, {"wall_time": f"from column {name!r}"}


def _unpercent(c: Collector) -> list[str]:
    """Divide fraction scores written as percentages (values up to 100) by 100."""
    scaled = []
    for key, s in c.series.items():
        finite = s.value[np.isfinite(s.value)]
        if _FRACTION.search(key.name) and len(finite) and finite.min() >= 0 and 1.5 < finite.max() <= 100:
            s.value = s.value / 100.0
            scaled.append(c.raw_keys.get(key, key.name))
    return scaled



def _generic(header: list[str]) -> bool:
    return bool(header)


def _headerless(header: list[str]) -> bool:
    return not header


_LOG_NAMES = ("*log*.csv", "*history*.csv", "*metrics*.csv", "*results*.csv", "*.log")
FORMATS = (
    csv_format("keras-csv", "Keras CSVLogger CSV", lambda h: bool(h) and h[0] in _EPOCH,
               names=("training.log", "training_log.csv")),
    csv_format("csv", "a CSV table of metrics with a header", _generic, names=_LOG_NAMES, ends_rows=False,
               generic=True),
    csv_format("headerless-csv", "a headerless CSV of numbers", _headerless, names=_LOG_NAMES,
               ends_rows=False, generic=True),
)
