"""Importers: logs people already have, turned into a :class:`~learnscope.history.History`.

The format is told from the content: Keras History JSON, Keras/fastai CSVLogger CSV,
Lightning ``metrics.csv``, Ultralytics ``results.csv``, Hugging Face ``trainer_state.json``,
TensorBoard event files (a file, or a directory of them), and the in-Python objects
(a Keras ``History``, a fastai ``Learner``/``Recorder``). ``ls.load(path)`` calls
:func:`load_path`; ``learnscope import PATH`` stores the result.

>>> h = load_path(Path("lightning_logs/version_0/metrics.csv"))   # doctest: +SKIP
>>> h.epoch["val_loss"], h.batch["loss"]                          # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ImportFormatError
from .fastai import from_fastai
from .keras import from_keras_history

__all__ = ["find_runs", "from_fastai", "from_keras_history", "load_path"]


def load_path(path: Path):
    """The :class:`History` of a log file, or of a directory's own TensorBoard event files."""
    path = Path(path)
    if path.is_dir():
        from .tensorboard import load_run_dir
        return load_run_dir(path)
    if not path.exists():
        raise ImportFormatError(f"{path}: no such file or directory")
    from .detect import load_file
    return load_file(path)


def find_runs(path: Path) -> list:
    """The Histories under ``path``: a file is one run; a directory, one run per folder of event files."""
    path = Path(path)
    if not path.is_dir():
        return [load_path(path)]
    from .tensorboard import run_dirs, load_run_dir
    dirs = run_dirs(path)
    if not dirs:
        raise ImportFormatError(f"{path}: no TensorBoard event files (events.out.tfevents.*) in this "
                                f"directory or below; give log files by path")
    return [load_run_dir(d) for d in dirs]
