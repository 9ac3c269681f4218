"""A process that records into many stores (a loop over temporary directories, a corpus generator)
keeps a bounded number of files open: the least recently opened stores close their idle
connections and reconnect when used again."""

import os
import shutil
from pathlib import Path

import pytest

import learnscope as ls
from learnscope.store import cache as st

FD = Path("/proc/self/fd")
pytestmark = pytest.mark.skipif(not FD.is_dir(), reason="needs /proc/self/fd (Linux)")


def _open_files() -> int:
    return len(os.listdir(FD))


def _record(path, name: str) -> str:
    with ls.init("p", name, store=path) as run:
        for e in range(1, 4):
            run.log_epoch({"loss": 1 / e, "val_loss": 1.1 / e})
    return run.id


def test_many_stores_keep_few_files_open(tmp_path):
    first = tmp_path / "s0"
    first_id = _record(first, "r0")
    before = _open_files()
    for i in range(1, 4 * st.KEEP_OPEN):
        path = tmp_path / f"s{i}"
        _record(path, f"r{i}")
        assert ls.load(f"p/r{i}", store=path).epoch["loss"][-1] == pytest.approx(1 / 3)
        if i > st.KEEP_OPEN:
            shutil.rmtree(path)  # as a loop over temporary stores does
    # each store left open would hold its database, WAL and shared-memory files (5 descriptors):
    # 31 stores would be 155 more; only the last KEEP_OPEN may hold theirs
    assert _open_files() - before <= 5 * st.KEEP_OPEN + 4
    # the first store, released long ago, reconnects: its run reads back and it takes a new one
    h = ls.load(first_id, store=first)
    assert list(h.epoch["val_loss"]) == pytest.approx([1.1, 0.55, 1.1 / 3])
    _record(first, "again")
    assert {r.info.name for r in st.open_store(first).runs()} == {"r0", "again"}
