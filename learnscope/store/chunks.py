"""Pack a run of points into compact bytes, and back.

One chunk holds up to ``CHUNK_POINTS`` points of one series. Values are kept as
raw little-endian float64 (exact round trip of NaN, infinities, huge and tiny
numbers, and ``np.frombuffer`` speed on the way back). The other columns are
nearly free: steps are usually an arithmetic progression (stored as two numbers),
epochs change rarely (run-length encoded), and wall times are millisecond deltas
that zlib squeezes to a fraction of a byte per point.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

import numpy as np

CHUNK_POINTS = 16384

_ARITH = struct.Struct("<qq")  # first step, stride
_TIME0 = struct.Struct("<d")
_NO_TIME = -(2**62)  # marks a non-finite wall time among the millisecond offsets


@dataclass
class Chunk:
    """Encoded columns of one chunk, plus what the store indexes it by."""

    n: int
    first_step: int
    last_step: int
    vmin: float | None
    vmax: float | None
    steps: bytes
    epochs: bytes
    times: bytes
    values: bytes


def _encode_steps(step: np.ndarray) -> bytes:
    # Array arithmetic wraps silently at the int64 limits, and decoding wraps the same way: exact.
    first_gap = step[1:2] - step[:1]
    if len(step) == 1 or (len(step) > 1 and np.all(np.diff(step) == first_gap)):
        stride = int(first_gap[0]) if len(step) > 1 else 1
        return b"A" + _ARITH.pack(int(step[0]), stride)
    return b"Z" + zlib.compress(step.astype("<i8").tobytes(), 1)


def decode_steps(blob: bytes, n: int) -> np.ndarray:
    if blob[:1] == b"A":
        first, stride = _ARITH.unpack(blob[1:])
        return first + stride * np.arange(n, dtype=np.int64)
    return np.frombuffer(zlib.decompress(blob[1:]), dtype="<i8").astype(np.int64)


def _encode_epochs(epoch: np.ndarray) -> bytes:
    change = np.flatnonzero(np.diff(epoch) != 0) + 1  # NaN != NaN: each NaN its own run, still exact
    starts = np.concatenate(([0], change))
    lengths = np.diff(np.concatenate((starts, [len(epoch)])))
    body = epoch[starts].astype("<f8").tobytes() + lengths.astype("<i8").tobytes()
    return zlib.compress(body, 1)


def decode_epochs(blob: bytes, n: int) -> np.ndarray:
    raw = zlib.decompress(blob)
    runs = len(raw) // 16
    values = np.frombuffer(raw[: runs * 8], dtype="<f8")
    lengths = np.frombuffer(raw[runs * 8:], dtype="<i8")
    return np.repeat(values.astype(np.float64), lengths)


def _encode_times(t: np.ndarray) -> bytes:
    finite = np.isfinite(t)
    t0 = float(t[finite][0]) if finite.any() else 0.0
    ms = np.where(finite, np.round((t - t0) * 1000.0), _NO_TIME).astype(np.int64)
    deltas = np.diff(ms, prepend=0)
    return _TIME0.pack(t0) + zlib.compress(deltas.astype("<i8").tobytes(), 1)


def decode_times(blob: bytes, n: int) -> np.ndarray:
    (t0,) = _TIME0.unpack(blob[:8])
    ms = np.cumsum(np.frombuffer(zlib.decompress(blob[8:]), dtype="<i8"))
    out = t0 + ms / 1000.0
    out[ms == _NO_TIME] = np.nan
    return out


def encode(step: np.ndarray, epoch: np.ndarray, wall_time: np.ndarray, value: np.ndarray) -> Chunk:
    """Encode parallel arrays (same length, at least one point) into a :class:`Chunk`."""
    finite = value[np.isfinite(value)]
    return Chunk(
        n=len(value),
        first_step=int(step[0]),
        last_step=int(step[-1]),
        vmin=float(finite.min()) if len(finite) else None,
        vmax=float(finite.max()) if len(finite) else None,
        steps=_encode_steps(np.asarray(step, dtype=np.int64)),
        epochs=_encode_epochs(np.asarray(epoch, dtype=np.float64)),
        times=_encode_times(np.asarray(wall_time, dtype=np.float64)),
        values=np.asarray(value, dtype="<f8").tobytes(),
    )


def decode_values(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<f8")


def decode(n: int, steps: bytes, epochs: bytes, times: bytes, values: bytes):
    """Decode one chunk's columns into ``(step, epoch, wall_time, value)`` arrays."""
    return (decode_steps(steps, n), decode_epochs(epochs, n), decode_times(times, n), decode_values(values))


def split(n: int, size: int = CHUNK_POINTS) -> list[slice]:
    """Slices cutting ``n`` points into chunks of at most ``size``."""
    return [slice(i, min(i + size, n)) for i in range(0, n, size)]
