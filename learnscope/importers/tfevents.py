"""A small, fast reader of the scalars in TensorBoard event files (no TensorFlow, no protobuf).

An event file is a TFRecord stream: each record is ``uint64 length``, ``uint32
masked_crc32c(length)``, ``length`` bytes of an ``Event`` protobuf, ``uint32
masked_crc32c(data)``. Of the ``Event`` we read ``wall_time`` (1), ``step`` (2) and
``summary`` (5); of each ``Summary.Value``: ``tag`` (1), ``simple_value`` (2), ``tensor``
(8, a scalar ``TensorProto`` of float/double/int/half) and ``metadata`` (9, for the plugin
name). Every record's length CRC is checked, and the data CRC of every record up to
4 KiB and of every larger one a value is read from (big images and graphs are skipped unread).

>>> scalars = read_scalars(Path("events.out.tfevents.1700000000.host"))   # doctest: +SKIP
>>> scalars["loss"].step, scalars["loss"].value                           # doctest: +SKIP
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

from ..errors import ImportFormatError
from .crc32c import crc32c, mask, masked_many
from .eventproto import EventParser, TagPoints
from .tfevents_vector import simple_scalars

_U64, _U32 = struct.Struct("<Q"), struct.Struct("<I")
_ALWAYS_CHECKED = 4096  # bytes: larger records (images, graphs) are CRC-checked only if they hold a scalar
_SCALAR_PLUGINS = frozenset({"", "scalars"})


def looks_like_tfrecord(data: bytes) -> bool:
    """Whether ``data`` starts with a TFRecord header whose length CRC checks out."""
    return len(data) >= 16 and mask(crc32c(data[:8])) == _U32.unpack_from(data, 8)[0]


def read_scalars(path: Path, data: bytes | None = None) -> dict[str, TagPoints]:
    """Every scalar in an event file, by tag, in file order; :class:`ImportFormatError` for a bad record."""
    data = Path(path).read_bytes() if data is None else data
    starts, lengths = frame(data, path)
    buf = np.frombuffer(data, dtype=np.uint8)
    ok, step, wall, value, tag_ids, names = simple_scalars(buf, starts, lengths)
    slow, plugins = _parse_others(data, starts, lengths, np.flatnonzero(~ok), path)
    fast = _split_by_tag(np.flatnonzero(ok), step, wall, value, tag_ids, names)
    tags = {t: _merge(fast.get(t), slow.get(t)) for t in {**fast, **slow}}
    used = lengths <= _ALWAYS_CHECKED  # so a corrupt scalar record cannot pass as "no value"
    for t in tags.values():
        used[t.records] = True
    used = np.flatnonzero(used)
    _check_data_crcs(data, starts[used], lengths[used], path, index=used)
    return {t: p for t, p in tags.items() if plugins.get(t, "") in _SCALAR_PLUGINS and len(p.value)}


def _parse_others(data: bytes, starts, lengths, records, path):
    """The general (slow) parser, for the records the vectorised one did not take."""
    tags: dict[str, TagPoints] = {}
    plugins: dict[str, str] = {}
    parse = EventParser(data, tags, plugins)
    for i in records.tolist():
        start = int(starts[i])
        try:
            parse.event(start, start + int(lengths[i]), i)
        except (IndexError, struct.error, ValueError, UnicodeDecodeError) as exc:
            _check_data_crcs(data, starts[i:i + 1], lengths[i:i + 1], path, first=i)
            raise ImportFormatError(f"{path}: record {i} at byte {start - 12}: not a valid Event ({exc}); "
                                    f"expected a TensorBoard event protobuf") from None
    return tags, plugins


def _split_by_tag(records, step, wall, value, tag_ids, names) -> dict[str, TagPoints]:
    small = tag_ids.astype(np.uint16) if len(names) < 1 << 16 else tag_ids  # NumPy radix-sorts 16-bit keys
    order = np.argsort(small, kind="stable")
    bounds = np.cumsum(np.bincount(tag_ids, minlength=len(names)))
    out = {}
    for j, name in enumerate(names):
        sel = order[(bounds[j - 1] if j else 0):bounds[j]]
        if len(sel):
            out[name] = TagPoints(name, step[sel], wall[sel], value[sel], records[sel])
    return out


def _merge(a: TagPoints | None, b: TagPoints | None) -> TagPoints:
    """One tag's points from both parsers, as arrays in record order."""
    parts = [p for p in (a, b) if p is not None]
    cat = [np.concatenate([np.asarray(getattr(p, f), dtype=d) for p in parts])
           for f, d in (("step", np.int64), ("wall_time", np.float64), ("value", np.float64), ("records", np.int64))]
    if len(parts) > 1:
        order = np.argsort(cat[3], kind="stable")
        cat = [c[order] for c in cat]
    return TagPoints(parts[0].tag, *cat)


def frame(data: bytes, path) -> tuple[np.ndarray, np.ndarray]:
    """Start offsets and lengths of every record's data, with all length CRCs checked."""
    heads, pos, n = [], 0, len(data)
    unpack, add = _U64.unpack_from, heads.append
    try:
        while pos < n:  # the one sequential step; everything after is vectorised
            add(pos)
            pos += 16 + unpack(data, pos)[0]
    except struct.error:
        pass  # fewer than 8 bytes left: reported below
    last = heads[-1] if heads else 0
    if last + 12 > n:
        raise ImportFormatError(f"{path}: record {len(heads) - 1} at byte {last}: cut short in its header "
                                f"({n - last} of 12 bytes; the file is truncated)")
    if pos > n:
        raise ImportFormatError(f"{path}: record {len(heads) - 1} at byte {last}: says {pos - last - 16} bytes "
                                f"but only {max(n - last - 16, 0)} follow (truncated or corrupt length)")
    starts = np.array(heads, dtype=np.int64) + 12
    lengths = np.ndarray((n - 7,), dtype="<u8", buffer=data, strides=(1,))[starts - 12].astype(np.int64)
    _check_length_crcs(data, starts, path)
    return starts, lengths


def _check_length_crcs(data: bytes, starts: np.ndarray, path) -> None:
    buf = np.frombuffer(data, dtype=np.uint8)
    got = masked_many(buf, starts - 12, np.full(len(starts), 8, dtype=np.int64))
    want = np.ndarray((len(buf) - 3,), dtype="<u4", buffer=buf, strides=(1,))[starts - 4]
    bad = np.flatnonzero(got != want)
    if len(bad):
        i = int(bad[0])
        raise ImportFormatError(f"{path}: record {i} at byte {int(starts[i]) - 12}: length CRC mismatch "
                                f"(corrupt record header; expected a masked CRC-32C of the length)")


def _check_data_crcs(data: bytes, starts, lengths, path, index=None, first: int = 0) -> None:
    small = lengths >= 4
    buf = np.frombuffer(data, dtype=np.uint8)
    got = np.zeros(len(starts), dtype=np.uint32)
    got[small] = masked_many(buf, starts[small], lengths[small])
    for j in np.flatnonzero(~small):  # records under 4 bytes: plain Python
        got[j] = mask(crc32c(data[starts[j]:starts[j] + lengths[j]]))
    want = np.ndarray((len(buf) - 3,), dtype="<u4", buffer=buf, strides=(1,))[starts + lengths] if len(starts) else got
    bad = np.flatnonzero(got != want)
    if len(bad):
        j = int(bad[0])
        i = int(index[j]) if index is not None else first + j
        raise ImportFormatError(f"{path}: record {i} at byte {int(starts[j]) - 12}: data CRC mismatch "
                                f"(corrupt event; expected a masked CRC-32C of the {int(lengths[j])} bytes)")
