"""Tell a log file's format from its content (the name only breaks ties) and load it.

>>> fmt = sniff(b'{"log_history": []}', "x")
>>> fmt
'json'
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import ImportFormatError

KNOWN = ("Keras History JSON, Keras/fastai CSVLogger CSV, Lightning metrics.csv, Ultralytics results.csv, "
         "Hugging Face trainer_state.json, TensorBoard events.out.tfevents.*")


def sniff(data: bytes, name: str) -> str:
    """``tfevents``, ``json`` or ``csv``; :class:`ImportFormatError` for empty or binary content."""
    from .tfevents import looks_like_tfrecord

    if not data.strip():
        raise ImportFormatError(f"{name}: empty file (expected a training log: {KNOWN})")
    if looks_like_tfrecord(data) or "tfevents" in Path(name).name:
        return "tfevents"
    head = data[:4096]
    if b"\x00" in head:
        raise ImportFormatError(f"{name}: binary content that is not a TensorBoard event file "
                                f"(expected one of: {KNOWN})")
    first = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return "json" if first in (b"{", b"[") else "csv"


def load_file(path: Path):
    """The :class:`History` of one log file, whatever its format."""
    data = path.read_bytes()
    kind = sniff(data, str(path))
    if kind == "tfevents":
        from .tensorboard import SPLIT_DIRS, load_event_files
        return load_event_files([(path, SPLIT_DIRS.get(path.parent.name.lower()))], source=path)
    text = _text(data, path)
    if kind == "json" and text.startswith('{"learnscope_unsaved"'):  # points a run could not store
        from ..fallback import read
        return read(path)
    if kind == "json":
        return _load_json(text, path)
    from .csvlogs import load_csv
    return load_csv(path, text)


def _text(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFormatError(f"{path}: line {line}: bytes that are not UTF-8 text "
                                f"(expected a text log or a TensorBoard event file)") from None


def _load_json(text: str, path: Path):
    from .hf import from_trainer_state, is_trainer_state
    from .keras import from_dict_of_lists

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(f"{path}: line {exc.lineno} column {exc.colno}: {exc.msg} "
                                f"(expected complete JSON)") from None
    if is_trainer_state(data):
        return from_trainer_state(data, str(path))
    if isinstance(data, dict) and isinstance(data.get("history"), dict):  # {"history": ..., "params": ...}
        h = from_dict_of_lists(data["history"], str(path))
        h.info.config.update(data.get("params") or {})
        return h
    if isinstance(data, dict) and data and all(isinstance(v, list) for v in data.values()):
        return from_dict_of_lists(data, str(path))
    if isinstance(data, dict) and data and all(isinstance(v, dict) for v in data.values()):
        return from_dict_of_lists(_pandas_columns(data, path), str(path), fmt="pandas-json")
    raise ImportFormatError(f"{path}: JSON that is neither a Keras history (an object of lists) nor a "
                            f"trainer_state.json (with log_history); expected one of: {KNOWN}")


def _pandas_columns(data: dict, path: Path) -> dict:
    """``pd.DataFrame(history.history).to_json()``: ``{"loss": {"0": 0.9, "1": 0.5}}`` -> lists by row."""
    try:
        return {k: [v for _, v in sorted(col.items(), key=lambda kv: float(kv[0]))] for k, col in data.items()}
    except ValueError:
        raise ImportFormatError(f"{path}: JSON columns whose row labels are not numbers (expected a Keras "
                                f"history, or pandas to_json of one)") from None
