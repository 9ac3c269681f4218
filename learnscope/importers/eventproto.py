"""The general parser of TensorBoard ``Event`` protobufs, for the scalars in them.

Hand-written for the few fields needed (no protobuf package): ``Event.wall_time`` (1),
``step`` (2), ``summary`` (5); ``Summary.value`` (1); ``Value.tag`` (1), ``simple_value``
(2), ``tensor`` (8), ``metadata`` (9, whose ``plugin_data.plugin_name`` tells scalars
from histograms or text); ``TensorProto`` dtype (1), shape (2), ``tensor_content`` (4)
and the typed value lists. :mod:`.tfevents_vector` takes the common records first.

>>> tags, plugins = {}, {}
>>> event = bytes.fromhex("10032a0a0a080a01781500000040")  # step 3, tag "x", simple_value 2.0
>>> EventParser(event, tags, plugins).event(0, len(event), record=0)
>>> tags["x"].step, tags["x"].value
([3], [2.0])
"""

from __future__ import annotations

import struct

import numpy as np

_F32, _F64 = struct.Struct("<f"), struct.Struct("<d")
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


class EventParser:
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
    start = span[0]
    if dtype == 1:
        return _F32.unpack_from(buf, start)[0]
    if dtype == 2:
        return _F64.unpack_from(buf, start)[0]
    raw, _ = _varint(buf, start)
    if dtype == 19:  # half_val holds the fp16 bits in an int32
        return float(np.array([raw], dtype=np.uint16).view(np.float16)[0])
    return float(_signed64(raw) if dtype in (9, 3) else raw)
