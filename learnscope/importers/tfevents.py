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
from .tfevents_vector import simple_scalars

_U64, _U32 = struct.Struct("<Q"), struct.Struct("<I")
_F32, _F64 = struct.Struct("<f"), struct.Struct("<d")
_ALWAYS_CHECKED = 4096  # bytes: larger records (images, graphs) are CRC-checked only if they hold a scalar
_SCALAR_PLUGINS = frozenset({"", "scalars"})
# TensorProto dtype -> (struct format of tensor_content, packed field holding values)
_DTYPES = {1: ("<f", 5), 2: ("<d", 6), 3: ("<i", 7), 9: ("<q", 10), 19: ("<e", 13), 5: ("<h", 7), 6: ("<b", 7),
           4: ("<B", 7), 17: ("<H", 7)}


class TagPoints:
    """The points of one tag: ``step`` (int64), ``wall_time`` and ``value`` (float64),
    and the ``records`` they came from (lists while parsing, arrays once read)."""

    __slots__ = ("tag", "step", "wall_time", "value", "records")

    def __init__(self, tag: str, step=None, wall_time=None, value=None, records=None):
        self.tag = tag
        self.step, self.wall_time = [] if step is None else step, [] if wall_time is None else wall_time
        self.value, self.records = [] if value is None else value, [] if records is None else records


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
    parse = _Parser(data, tags, plugins)
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


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    b = buf[pos]
    if b < 0x80:
        return b, pos + 1
    result, shift = b & 0x7F, 7
    while True:
        pos += 1
        b = buf[pos]
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos + 1
        shift += 7
        if shift > 63:
            raise ValueError("varint longer than 10 bytes")


def _skip(buf: bytes, pos: int, wire: int) -> int:
    if wire == 0:
        return _varint(buf, pos)[1]
    if wire == 1:
        return pos + 8
    if wire == 2:
        n, pos = _varint(buf, pos)
        return pos + n
    if wire == 5:
        return pos + 4
    raise ValueError(f"unsupported protobuf wire type {wire}")


def _signed64(x: int) -> int:
    return x - (1 << 64) if x >= 1 << 63 else x


class _Parser:
    """Walks Event → Summary → Value, appending scalars to ``tags``."""

    def __init__(self, data: bytes, tags: dict, plugins: dict):
        self.data, self.tags, self.plugins = data, tags, plugins
        self.tag_names: dict[bytes, str] = {}

    def event(self, pos: int, end: int, record: int) -> None:
        buf = self.data
        wall, step, summary = 0.0, 0, None
        while pos < end:
            key = buf[pos]
            pos += 1
            if key == 0x09:
                wall = _F64.unpack_from(buf, pos)[0]
                pos += 8
            elif key == 0x10:
                step, pos = _varint(buf, pos)
            elif key == 0x2A:
                n, pos = _varint(buf, pos)
                summary, pos = (pos, pos + n), pos + n
            else:
                if key >= 0x80:
                    key, pos = _varint(buf, pos - 1)
                pos = _skip(buf, pos, key & 7)
        if pos != end:
            raise ValueError("fields run past the record's end")
        if summary is not None:
            self.summary(*summary, _signed64(step), wall, record)

    def summary(self, pos: int, end: int, step: int, wall: float, record: int) -> None:
        buf = self.data
        while pos < end:
            key = buf[pos]
            n, pos = _varint(buf, pos + 1) if key & 7 == 2 else (0, _skip(buf, pos + 1, key & 7))
            if key == 0x0A:
                self.value(pos, pos + n, step, wall, record)
            pos += n
        if pos != end:
            raise ValueError("summary runs past its end")

    def value(self, pos: int, end: int, step: int, wall: float, record: int) -> None:
        buf = self.data
        tag, number, tensor = None, None, None
        while pos < end:
            key = buf[pos]
            pos += 1
            if key == 0x0A:
                n, pos = _varint(buf, pos)
                raw = buf[pos:pos + n]
                tag = self.tag_names.get(raw) or self.tag_names.setdefault(raw, raw.decode("utf-8"))
                pos += n
            elif key == 0x15:
                number = _F32.unpack_from(buf, pos)[0]
                pos += 4
            elif key == 0x42:
                n, pos = _varint(buf, pos)
                tensor, pos = (pos, pos + n), pos + n
            elif key == 0x4A:
                n, pos = _varint(buf, pos)
                self._metadata(pos, pos + n, lambda: tag)
                pos += n
            else:
                pos = _skip(buf, pos, key & 7)
        if tag is None:
            return
        if number is None and tensor is not None:
            number = _tensor_scalar(buf, *tensor)
        if number is not None:
            points = self.tags.get(tag) or self.tags.setdefault(tag, TagPoints(tag))
            points.step.append(step)
            points.wall_time.append(wall)
            points.value.append(number)
            points.records.append(record)

    def _metadata(self, pos: int, end: int, tag) -> None:
        """Remember a tag's plugin (TensorBoard writes it with a tag's first value only)."""
        plugin = _field(self.data, pos, end, 0x0A)
        name = _field(self.data, *plugin, 0x0A) if plugin else None
        if tag() is not None and name is not None:
            self.plugins[tag()] = self.data[name[0]:name[1]].decode("utf-8", "replace")


def _field(buf: bytes, pos: int, end: int, want: int):
    """(start, end) of the first length-delimited field ``want`` in ``buf[pos:end]``, or None."""
    while pos < end:
        key = buf[pos]
        if key & 7 == 2:
            n, p = _varint(buf, pos + 1)
            if key == want:
                return p, p + n
            pos = p + n
        else:
            pos = _skip(buf, pos + 1, key & 7)
    return None


def _tensor_scalar(buf: bytes, pos: int, end: int) -> float | None:
    """The value of a scalar (shape ``[]``) numeric TensorProto, else None (histograms, text...)."""
    dtype, dims, content, vals = 0, 0, None, {}
    while pos < end:
        key = buf[pos]
        field, wire = key >> 3, key & 7
        if field == 1 and wire == 0:
            dtype, pos = _varint(buf, pos + 1)
        elif field == 2 and wire == 2:
            n, pos = _varint(buf, pos + 1)
            dims += _field(buf, pos, pos + n, 0x12) is not None   # any dim (size 1 included) is not []
            pos += n
        elif field == 4 and wire == 2:
            n, pos = _varint(buf, pos + 1)
            content, pos = buf[pos:pos + n], pos + n
        elif field in (5, 6, 7, 10, 13) and wire == 2:
            n, pos = _varint(buf, pos + 1)
            vals[field], pos = (pos, pos + n), pos + n
        elif field in (5, 6, 7, 10, 13):
            vals.setdefault(field, (pos + 1, None, wire))
            pos = _skip(buf, pos + 1, wire)
        else:
            pos = _skip(buf, pos + 1, wire)
    if dims or dtype not in _DTYPES:
        return None
    fmt, field = _DTYPES[dtype]
    if content:
        return float(struct.unpack_from(fmt, content)[0]) if len(content) == struct.calcsize(fmt) else None
    return _packed_first(buf, vals.get(field), dtype)


def _packed_first(buf: bytes, span, dtype: int) -> float | None:
    if span is None:
        return None
    start, stop = span[0], span[1]
    if dtype == 1:
        return _F32.unpack_from(buf, start)[0]
    if dtype == 2:
        return _F64.unpack_from(buf, start)[0]
    raw, _ = _varint(buf, start)
    if dtype == 19:  # half_val holds the fp16 bits in an int32
        return float(np.array([raw], dtype=np.uint16).view(np.float16)[0])
    return float(_signed64(raw) if dtype in (9, 3) else raw)
