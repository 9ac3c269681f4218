"""Import speed of a TensorBoard event file with 1M scalars: learnscope vs TensorBoard's own loader.

    .venv/bin/python bench/import_bench.py [--points 1000000] [--skip-tensorboard]

The file is written here directly (TFRecord framing + Event protobuf, the bytes
``SummaryWriter.add_scalar`` writes: 4 tags, simple_value), so making it is quick.
Timed: learnscope's reader (``read_scalars``), the full ``ls.load`` (to a History),
and TensorBoard's ``EventAccumulator.Reload`` (scalars kept in full, as a History does).
"""

from __future__ import annotations

import argparse
import struct
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from learnscope.importers.crc32c import masked_many  # noqa: E402

TAGS = ("train/loss", "train/accuracy", "val/loss", "learning_rate")


def _varint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def _event(wall: float, step: int, tag: bytes, value: float) -> bytes:
    v = b"\x0a" + _varint(len(tag)) + tag + b"\x15" + struct.pack("<f", value)
    summary = b"\x0a" + _varint(len(v)) + v
    return b"\x09" + struct.pack("<d", wall) + b"\x10" + _varint(step) + b"\x2a" + _varint(len(summary)) + summary


def write_event_file(path: Path, points: int) -> None:
    """``points`` scalars over the tags above, framed as TFRecords with their masked CRCs."""
    payloads = [b"\x09" + struct.pack("<d", 1.7e9) + b"\x1a\x0dbrain.Event:2"]
    rng = np.random.default_rng(0)
    values = rng.random(points).astype(np.float32).tolist()
    tags = [t.encode() for t in TAGS]
    for i in range(points):
        step = i // len(tags)
        payloads.append(_event(1.7e9 + step * 0.01, step, tags[i % len(tags)], values[i]))
    lengths = np.array([len(p) for p in payloads], dtype=np.int64)
    buf = bytearray(b"".join(struct.pack("<Q", n) + b"\0\0\0\0" + p + b"\0\0\0\0" for n, p in zip(lengths.tolist(), payloads)))
    arr = np.frombuffer(buf, dtype=np.uint8)
    starts = np.cumsum(np.concatenate([[0], lengths[:-1] + 16])) + 12
    head = masked_many(arr, starts - 12, np.full(len(starts), 8))
    data = masked_many(arr, starts, lengths)
    view = np.frombuffer(buf, dtype=np.uint8)
    for offsets, crcs in ((starts - 4, head), (starts + lengths, data)):
        idx = offsets[:, None] + np.arange(4)
        view_w = np.ndarray(view.shape, view.dtype, buffer=buf)
        view_w[idx] = crcs.astype("<u4").view(np.uint8).reshape(-1, 4)
    path.write_bytes(bytes(buf))


def _time(fn, repeat: int = 1) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--points", type=int, default=1_000_000)
    ap.add_argument("--skip-tensorboard", action="store_true")
    args = ap.parse_args()
    import learnscope as ls
    from learnscope.importers.tfevents import read_scalars

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "events.out.tfevents.1700000000.bench"
        write_event_file(path, args.points)
        size = path.stat().st_size / 1e6
        t_read, tags = _time(lambda: read_scalars(path))
        t_load, h = _time(lambda: ls.load(path))
        n = sum(len(p.value) for p in tags.values())
        assert n == args.points, n
        print(f"event file: {args.points:,} scalars, {size:.1f} MB")
        print(f"learnscope read_scalars: {t_read:7.2f} s  ({n / t_read / 1e6:.2f} M scalars/s)")
        print(f"learnscope ls.load:      {t_load:7.2f} s  (History with {len(h.series)} series)")
        if not args.skip_tensorboard:
            from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

            def tb():
                acc = EventAccumulator(str(path), size_guidance={"scalars": 0})
                acc.Reload()
                return {t: acc.Scalars(t) for t in acc.Tags()["scalars"]}
            t_tb, got = _time(tb)
            assert sum(len(v) for v in got.values()) == n
            for tag in TAGS:  # the same values, in the same order
                assert [e.value for e in got[tag]] == tags[tag].value.tolist(), tag
            print(f"TensorBoard EventAccumulator: {t_tb:7.2f} s  -> learnscope is {t_tb / t_load:.1f}x faster")


if __name__ == "__main__":
    main()
