"""CRC-32C (Castagnoli) as TFRecord files use it, masked, for many records at once.

TensorBoard event files protect each record's length and payload with a masked
CRC-32C. Checking a million small records one by one in Python would cost seconds;
here records are right-aligned in a zero-padded 2-D array and all of them advance four
bytes per NumPy step ("slicing by 4"). Zero padding in front is harmless because the
register starts at 0 and the standard ``0xFFFFFFFF`` start is applied by flipping the
first four real bytes, which is the same thing for a reflected CRC.

>>> hex(crc32c(b"123456789"))
'0xe3069283'
>>> int(masked_many(np.frombuffer(b"123456789", np.uint8), np.array([0]), np.array([9]))[0]) == mask(crc32c(b"123456789"))
True
"""

from __future__ import annotations

import numpy as np

_POLY = 0x82F63B78


def _tables() -> np.ndarray:
    t = np.zeros((4, 256), dtype=np.uint32)
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ _POLY if c & 1 else c >> 1
        t[0, i] = c
    for k in range(1, 4):
        t[k] = (t[k - 1] >> 8) ^ t[0][t[k - 1] & 0xFF]
    return t


TABLES = _tables()
_T0 = TABLES[0].tolist()
_LOW16 = (TABLES[3][np.arange(65536) & 0xFF] ^ TABLES[2][np.arange(65536) >> 8]).astype(np.uint32)
_HIGH16 = (TABLES[1][np.arange(65536) & 0xFF] ^ TABLES[0][np.arange(65536) >> 8]).astype(np.uint32)


def crc32c(data: bytes) -> int:
    """CRC-32C of ``data`` (plain Python: for a few bytes or one large record)."""
    crc = 0xFFFFFFFF
    t = _T0
    for b in data:
        crc = t[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def mask(crc: int) -> int:
    """TFRecord's masking of a CRC (so CRCs of CRCs stay well distributed)."""
    return ((((crc >> 15) | (crc << 17)) & 0xFFFFFFFF) + 0xA282EAD8) & 0xFFFFFFFF


def masked_many(buf: np.ndarray, starts: np.ndarray, lengths: np.ndarray, chunk: int = 1 << 16) -> np.ndarray:
    """Masked CRC-32C of ``buf[starts[i]:starts[i]+lengths[i]]`` for every i (each length >= 4)."""
    buf = np.ascontiguousarray(buf, dtype=np.uint8)
    # every byte position as the start of a little-endian uint32 (an unaligned view, no copy)
    words_at = np.ndarray((len(buf) - 3,), dtype="<u4", buffer=buf, strides=(1,))
    starts, lengths = np.asarray(starts, np.int64), np.asarray(lengths, np.int64)
    if len(starts) and (starts - (-lengths % 4)).min() < 0:  # a record padded to before byte 0
        return masked_many(np.concatenate([np.zeros(4, np.uint8), buf]), starts + 4, lengths, chunk)
    out = np.empty(len(starts), dtype=np.uint32)
    n_words = (lengths + 3) // 4
    for k in np.flatnonzero(np.bincount(n_words)):
        idx = np.flatnonzero(n_words == k)
        if len(idx) < 8:  # a few records of this size (histograms, images): one NumPy step per word would cost more
            raw = buf.data
            out[idx] = [crc32c(raw[s:s + n]) for s, n in zip(starts[idx].tolist(), lengths[idx].tolist())]
            continue
        for lo in range(0, len(idx), chunk):
            sel = idx[lo:lo + chunk]
            out[sel] = _crc_rows(words_at, starts[sel], lengths[sel], int(k))
    return (((out >> np.uint32(15)) | (out << np.uint32(17))) + np.uint32(0xA282EAD8)).astype(np.uint32)


def _crc_rows(words_at: np.ndarray, starts: np.ndarray, lengths: np.ndarray, n_words: int) -> np.ndarray:
    """CRCs of records of ``n_words`` words each, zero-padded in front to whole words."""
    pad = n_words * 4 - lengths                           # 0..3 bytes of front padding
    shift = (pad * 8).astype(np.uint32)
    keep = np.uint32(0xFFFFFFFF) << shift                 # the data bytes of the first word
    carry = np.where(pad > 0, np.uint32(0xFFFFFFFF) >> (np.uint32(32) - shift), 0).astype(np.uint32)
    pos = starts - pad
    crc = np.zeros(len(starts), dtype=np.uint32)
    for w in range(n_words):
        word = words_at[pos + 4 * w]
        if w == 0:      # drop the bytes before the record, flip in the 0xFFFFFFFF start value
            word = (word & keep) ^ keep
        elif w == 1:
            word ^= carry
        crc ^= word
        crc = _LOW16[crc & 0xFFFF] ^ _HIGH16[crc >> 16]   # four bytes: two 16-bit table steps
    return crc ^ np.uint32(0xFFFFFFFF)
