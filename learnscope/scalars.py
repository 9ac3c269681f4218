"""Logged values as float64: numbers checked when logged, device tensors copied in bulk at flush."""

from __future__ import annotations

import numpy as np

from .errors import InvalidValueError

_IS_TENSOR: dict[type, bool] = {}  # whether a value type is a torch tensor (told once per type)


def coerce(key: str, v):
    """A loggable scalar from ``v``: a float, or a detached scalar tensor kept for bulk conversion."""
    tv = type(v)
    is_tensor = _IS_TENSOR.get(tv)
    if is_tensor is None:
        is_tensor = _IS_TENSOR[tv] = tv.__module__.startswith("torch") and hasattr(tv, "detach")
    if is_tensor:
        return _tensor_value(key, v)
    if tv is int or tv is bool or isinstance(v, (np.integer, np.floating, np.bool_)):
        try:
            f = float(v)
        except OverflowError:
            raise InvalidValueError(f"value for {key!r} is too large for a float64: {v}") from None
        if (tv is int or isinstance(v, np.integer)) and abs(f) >= 2**53 and int(f) != v:
            raise InvalidValueError(f"value for {key!r} is the integer {v}, which float64 cannot hold "
                                    f"exactly (beyond 2**53): log float(value) to accept rounding")
        return f
    if isinstance(v, np.ndarray) and v.size == 1 and v.dtype.kind in "biuf":
        return float(v.reshape(()))
    if isinstance(v, (str, bytes)) or not hasattr(tv, "__float__"):
        raise InvalidValueError(f"value for {key!r} is {tv.__name__} {str(v)[:40]!r}: log numbers "
                                f"(Python or NumPy numbers, or scalar tensors)")
    try:
        return float(v)
    except (TypeError, ValueError, OverflowError) as exc:
        raise InvalidValueError(f"value for {key!r} cannot be read as a number: {exc}") from None


def _tensor_value(key: str, v):
    """A float now for a CPU tensor (no device to wait for, and later in-place changes cannot
    alter it); a detached tensor, converted in bulk at flush time, for one on an accelerator."""
    if v.is_cpu:
        return _cpu_scalar(key, v)
    if v.numel() != 1:
        raise InvalidValueError(f"value for {key!r} is a tensor of shape {tuple(v.shape)}: "
                                f"log a scalar (e.g. loss.mean())")
    if v.is_complex():
        raise InvalidValueError(f"value for {key!r} is a complex tensor: log a real number")
    if v.is_meta:
        raise InvalidValueError(f"value for {key!r} is a tensor on the meta device, which holds no value")
    return v.detach() if v.requires_grad else v  # detach() lets go of the graph


def _cpu_scalar(key: str, v) -> float:
    """The value of a one-element CPU tensor, checked like any other number.

    ``tolist()`` reads it without the autograd bookkeeping of ``detach()`` (and without
    torch's warning for ``item()`` on a tensor that requires grad).
    """
    x = v.tolist()
    while type(x) is list and len(x) == 1:  # shape (1,), (1, 1)...
        x = x[0]
    if type(x) is float:
        return x
    if type(x) is list:
        raise InvalidValueError(f"value for {key!r} is a tensor of shape {tuple(v.shape)}: "
                                f"log a scalar (e.g. loss.mean())")
    if type(x) is complex:
        raise InvalidValueError(f"value for {key!r} is a complex tensor: log a real number")
    return coerce(key, x)


def to_float64(vals: list) -> np.ndarray:
    """Convert buffered values to float64, moving all tensors to the host in one go per device."""
    tensors = [v for v in vals if type(v) is not float]
    if not tensors:
        return np.array(vals, dtype=np.float64)
    if len(tensors) == len(vals):
        return _to_host(tensors)
    is_tensor = np.array([type(v) is not float for v in vals])
    out = np.array([0.0 if t else v for t, v in zip(is_tensor, vals)], dtype=np.float64)
    out[is_tensor] = _to_host(tensors)
    return out


def _to_host(tensors: list) -> np.ndarray:
    """One-element tensors as float64, with one copy from each device."""
    import torch

    try:
        stacked = torch.stack(tensors)
    except RuntimeError:  # several devices, or shapes (), (1,), (1, 1)...
        out = np.empty(len(tensors), dtype=np.float64)
        by_device: dict = {}
        for i, t in enumerate(tensors):
            by_device.setdefault(t.device, []).append(i)
        for idx in by_device.values():
            out[idx] = _to_host([tensors[i].reshape(()) for i in idx])
        return out
    return stacked.reshape(-1).to("cpu", torch.float64).numpy()
