"""Framework integrations: one thin module per framework, each importing it lazily.

Users import the public shims (``learnscope.keras``, ``learnscope.torch``,
``learnscope.lightning``, ``learnscope.fastai``, ``learnscope.transformers``);
the modules here hold the code. They all share :func:`start_run`, so every
integration takes the same ``(project=None, name=None, config=None, store=None,
live=False)`` arguments and creates exactly one run.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import InvalidValueError

INIT_OPTIONS = ("group", "fold", "flush_interval", "distributed", "reduce", "per_rank")  # passed on to learnscope.init


def start_run(project=None, name=None, config=None, store=None, *, framework: str,
              live: bool = False, meta: Mapping | None = None, **init_options):
    """Create the run an integration records into, tagged with its framework.

    >>> run = start_run("digits", "mlp", {"lr": 1e-3}, framework="keras")   # doctest: +SKIP

    With ``live=True`` a live chart follows the run (``learnscope.plot.live.watch``).
    """
    from ..api import init

    unknown = sorted(set(init_options) - set(INIT_OPTIONS))
    if unknown:
        raise InvalidValueError(f"unknown option {unknown[0]!r} for the {framework} integration: it takes "
                                f"project, name, config, store, live, meta, {', '.join(INIT_OPTIONS)}")
    run = init(project, name, config, store, meta={"framework": framework, **dict(meta or {})}, **init_options)
    if live:
        from ..plot.live import watch
        watch(run)
    return run


MAX_CLASSES = 1000  # shares of more classes than this are not kept (as Tracker counts them)


def class_shares(ids, k: int | None = None) -> list[float] | None:
    """Each class's share of an evaluation set's labels ``ids`` (class ids, host-side: a numpy array, a
    list, or a CPU tensor), for the read's chance level on imbalanced classes; ``k`` classes, or the
    largest id + 1 when not given. None for labels that are not 1-D integer class ids (below ``k``), for
    fewer than two classes or more than ``MAX_CLASSES`` (integer targets of a regression, token ids).

    >>> class_shares([0, 1, 1, 1])
    [0.25, 0.75]
    >>> class_shares([0.5, 1.2]) is None, class_shares([2, 2], 2) is None, class_shares([0, 5000]) is None
    (True, True, True)
    """
    import numpy as np

    try:
        ids = np.asarray(ids)
    except (TypeError, ValueError, RuntimeError):
        return None
    if ids.ndim != 1 or not len(ids) or not np.issubdtype(ids.dtype, np.integer):
        return None
    ids = ids[ids >= 0]  # an ignore index
    k = int(ids.max()) + 1 if k is None and len(ids) else k
    if not len(ids) or k is None or not 2 <= k <= MAX_CLASSES or ids.max() >= k:
        return None
    counts = np.bincount(ids, minlength=k)
    return [round(float(c) / len(ids), 6) for c in counts]


def held_labels(dataset, depth: int = 3):
    """The class ids an evaluation set holds, read without iterating it (host-side, as numpy), or None:
    a ``datasets.Dataset``'s ``label`` or ``labels`` column, a ``TensorDataset``'s last tensor, or a
    ``targets`` or ``labels`` attribute as long as the set (torchvision's data sets; the torch
    ``Dataset`` of Hugging Face's custom-data tutorial keeps its labels as ``self.labels``); a ``Subset``
    (``random_split``'s) takes its indices of its dataset's. Labels on a device are not read (that
    would wait on it), nor is anything that would have to be iterated.

    >>> import numpy as np
    >>> class Reviews:  # a torch Dataset as Hugging Face's tutorial writes one
    ...     def __init__(self, labels): self.labels = labels
    ...     def __len__(self): return len(self.labels)
    >>> held_labels(Reviews([0, 1, 1])).tolist(), held_labels(object()) is None
    ([0, 1, 1], True)
    """
    import numpy as np

    indices = getattr(dataset, "indices", None)
    if indices is not None and hasattr(dataset, "dataset") and depth > 0:
        ids = held_labels(dataset.dataset, depth - 1)
        try:
            return None if ids is None else ids[np.asarray(indices, dtype=np.int64)]
        except (IndexError, TypeError, ValueError):
            return None
    names = getattr(dataset, "column_names", None)
    column = next((c for c in ("label", "labels") if isinstance(names, list) and c in names), None)
    tensors = getattr(dataset, "tensors", None)
    if column is not None:
        try:
            ids = dataset[column]  # one column, on the host
        except (KeyError, TypeError, ValueError):
            return None
    elif isinstance(tensors, (list, tuple)) and len(tensors) >= 2:
        ids = tensors[-1]
    else:
        ids = next((v for v in (getattr(dataset, a, None) for a in ("targets", "labels")) if v is not None), None)
    if ids is None or getattr(getattr(ids, "device", None), "type", "cpu") != "cpu":
        return None
    try:
        ids = np.asarray(ids.numpy() if hasattr(ids, "numpy") else ids)
        size = len(dataset)
    except (TypeError, ValueError, RuntimeError):
        return None
    return ids if ids.ndim >= 1 and len(ids) == size else None  # an attribute of another length is not these


def held_size(dataset) -> int | None:
    """An evaluation set's length where it has one (``len``, nothing iterated); None for an iterable
    dataset or no dataset at all.

    >>> held_size([0, 1, 1]), held_size(iter([0, 1])), held_size(None)
    (3, None, None)
    """
    try:
        return len(dataset)
    except (TypeError, NotImplementedError):
        return None


def held_shares(dataset, k: int | None = None) -> list[float] | None:
    """Each class's share of an evaluation set whose labels it holds (:func:`held_labels`), for ``k``
    classes when given; None for a set that would have to be iterated, or labels that are not class ids."""
    ids = held_labels(dataset)
    return None if ids is None else class_shares(ids, k)


def label_shares(labels, k: int | None = None) -> list[float] | None:
    """The class shares of labels as a loss takes them (class ids: integers, or whole floats as
    ``binary_crossentropy`` takes them; or one-hot rows), for ``k`` classes when given; None for
    anything else (regression targets, token ids of another shape).

    >>> label_shares([[1, 0], [0, 1], [0, 1], [0, 1]]), label_shares([0.0, 1.0]), label_shares([0.5, 1.5])
    ([0.25, 0.75], [0.5, 0.5], None)
    """
    import numpy as np

    try:
        y = np.asarray(labels) if isinstance(labels, (list, tuple, np.ndarray)) or hasattr(labels, "__array__") \
            else None
    except (TypeError, ValueError, RuntimeError):
        return None
    width = y.shape[1] if y is not None and y.ndim == 2 and y.shape[1] >= 2 else None
    if width:
        if k is not None and width != k:
            return None
        k, y = width, y.argmax(axis=1)  # one-hot rows, as categorical_crossentropy takes them
    elif y is not None and y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y is not None and y.dtype.kind == "f" and len(y) and np.all(y == np.round(y)):
        y = y.astype(np.int64)
    return class_shares(y, k) if y is not None else None


def given_shares(labels, name: str = "val_labels") -> list[float]:
    """The class shares of labels a user passes (argument ``name``): class ids (integers, or whole
    floats as ``binary_crossentropy`` takes them) or one-hot rows. Anything else is a one-line
    :class:`~learnscope.errors.InvalidValueError`: the user said these are labels.

    >>> given_shares([[1, 0], [0, 1], [0, 1], [0, 1]]), given_shares([0.0, 1.0])
    ([0.25, 0.75], [0.5, 0.5])
    """
    import numpy as np

    from ..errors import InvalidValueError

    shares = label_shares(labels)
    if shares is None:
        try:
            shape = f" of shape {np.shape(labels)}" if hasattr(labels, "__len__") else ""
        except ValueError:  # rows of different lengths
            shape = ""
        raise InvalidValueError(f"learnscope: {name} must be the validation set's class ids (integers from 0) or "
                                f"one-hot rows, for 2 to {MAX_CLASSES:,} classes; got {type(labels).__name__}{shape}")
    return shares
