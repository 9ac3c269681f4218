"""The event-file reader on hand-built records: every scalar encoding TensorBoard knows,
the vectorised and the general parser mixed, CRC-32C against known values."""

import os
import struct

import numpy as np
import pytest

from learnscope.errors import ImportFormatError
from learnscope.importers.crc32c import crc32c, mask, masked_many
from learnscope.importers.tfevents import read_scalars

pb = pytest.importorskip("tensorboard.compat.proto.event_pb2")
from tensorboard.compat.proto import summary_pb2, tensor_pb2, tensor_shape_pb2  # noqa: E402


def _record(payload: bytes) -> bytes:
    head = struct.pack("<Q", len(payload))
    return head + struct.pack("<I", mask(crc32c(head))) + payload + struct.pack("<I", mask(crc32c(payload)))


def _event(step, wall=1.7e9, **value) -> bytes:
    return pb.Event(step=step, wall_time=wall, summary=summary_pb2.Summary(value=[summary_pb2.Summary.Value(**value)])
                    ).SerializeToString()


def _tensor(dtype, dims=(), **fields):
    shape = tensor_shape_pb2.TensorShapeProto(dim=[tensor_shape_pb2.TensorShapeProto.Dim(size=d) for d in dims])
    return tensor_pb2.TensorProto(dtype=dtype, tensor_shape=shape, **fields)


def _scalars_meta(plugin="scalars"):
    return summary_pb2.SummaryMetadata(plugin_data=summary_pb2.SummaryMetadata.PluginData(plugin_name=plugin))


def test_crc32c_known_values_and_vectorised_equals_plain():
    assert crc32c(b"") == 0 and crc32c(b"123456789") == 0xE3069283
    assert crc32c(bytes(32)) == 0x8A9136AA                       # RFC 3720 test vector
    data = os.urandom(5000)
    rng = np.random.default_rng(1)
    starts = rng.integers(0, 4000, 300)
    lengths = rng.integers(4, 1000, 300).clip(max=5000 - starts)
    got = masked_many(np.frombuffer(data, np.uint8), starts, lengths)
    assert got.tolist() == [mask(crc32c(data[s:s + n])) for s, n in zip(starts, lengths)]


def test_every_scalar_encoding(tmp_path):
    DT_FLOAT, DT_DOUBLE, DT_INT32, DT_INT64, DT_HALF, DT_STRING = 1, 2, 3, 9, 19, 7
    events = [
        pb.Event(wall_time=1.0, file_version="brain.Event:2").SerializeToString(),
        _event(0, tag="simple", simple_value=0.5),
        _event(1, tag="f32", tensor=_tensor(DT_FLOAT, float_val=[0.25]), metadata=_scalars_meta()),
        _event(2, tag="f32", tensor=_tensor(DT_FLOAT, float_val=[0.125])),        # metadata only on the first
        _event(1, tag="f64", tensor=_tensor(DT_DOUBLE, double_val=[0.1]), metadata=_scalars_meta()),
        _event(1, tag="content", tensor=_tensor(DT_DOUBLE, tensor_content=struct.pack("<d", 2.5))),
        _event(1, tag="i32", tensor=_tensor(DT_INT32, int_val=[-7])),
        _event(1, tag="i64", tensor=_tensor(DT_INT64, int64_val=[1 << 40])),
        _event(1, tag="half", tensor=_tensor(DT_HALF, half_val=[int(np.array(1.5, np.float16).view(np.uint16))])),
        _event(-3, tag="simple", simple_value=-1.0),                               # negative step
        _event(1, tag="hist", tensor=_tensor(DT_DOUBLE, dims=(3, 3), tensor_content=bytes(72)),
               metadata=_scalars_meta("histograms")),
        _event(1, tag="text", tensor=_tensor(DT_STRING, string_val=[b"hi"]), metadata=_scalars_meta("text")),
        _event(1, tag="vector", tensor=_tensor(DT_FLOAT, dims=(2,), float_val=[1, 2])),
        _event(7, tag="simple", simple_value=float("nan")),
    ]
    path = tmp_path / "events.out.tfevents.1.test"
    path.write_bytes(b"".join(_record(e) for e in events))
    got = {t: (p.step.tolist(), p.value.tolist()) for t, p in read_scalars(path).items()}
    assert set(got) == {"simple", "f32", "f64", "content", "i32", "i64", "half"}
    assert got["simple"][0] == [0, -3, 7] and got["simple"][1][:2] == [0.5, -1.0] and np.isnan(got["simple"][1][2])
    assert got["f32"] == ([1, 2], [0.25, 0.125])
    assert got["f64"] == ([1], [0.1]) and got["content"] == ([1], [2.5])
    assert got["i32"] == ([1], [-7.0]) and got["i64"] == ([1], [float(1 << 40)]) and got["half"] == ([1], [1.5])


def test_fast_and_general_records_of_one_tag_stay_in_file_order(tmp_path):
    events = []
    for s in range(6):
        if s % 2:
            events.append(_event(s, tag="loss", tensor=_tensor(1, float_val=[s / 10])))    # general parser
        else:
            events.append(_event(s, tag="loss", simple_value=s / 10))                     # vectorised
    path = tmp_path / "events.out.tfevents.2.test"
    path.write_bytes(b"".join(_record(e) for e in events))
    p = read_scalars(path)["loss"]
    assert p.step.tolist() == list(range(6))
    assert p.value.tolist() == [float(np.float32(s / 10)) for s in range(6)]


def test_corrupt_tensor_record_is_caught_by_its_crc(tmp_path):
    events = [_event(s, tag="x", tensor=_tensor(1, float_val=[s])) for s in range(3)]
    data = bytearray(b"".join(_record(e) for e in events))
    data[len(data) - 10] ^= 0xFF
    path = tmp_path / "events.out.tfevents.3.test"
    path.write_bytes(bytes(data))
    with pytest.raises(ImportFormatError, match=r"record 2 at byte \d+: data CRC mismatch"):
        read_scalars(path)
