"""The disk fills up under a training run: recording says so once, training goes on,
nothing already flushed is lost, new points wait (bounded) and land once space is back,
or end in the fallback file, or are counted as lost when nothing can be written at all."""

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pytest

import learnscope as ls
from learnscope import fallback

CHILD = Path(__file__).with_name("diskfull_child.py")


class Child:
    """The training process, its stdout progress and its stderr lines, watched from threads."""

    def __init__(self, store, control: Path, mode: str, *extra, env=None):
        self.control = control
        control.mkdir(exist_ok=True)
        self.proc = subprocess.Popen([sys.executable, str(CHILD), str(store), str(control), mode, *map(str, extra)],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=control.parent,
                                     env={**os.environ, **(env or {})})
        self.progress, self.err, self.done = 0, [], None
        self._threads = [threading.Thread(target=self._out, daemon=True),
                         threading.Thread(target=self._errs, daemon=True)]
        for t in self._threads:
            t.start()

    def _out(self):
        for line in self.proc.stdout:
            if line.startswith("done"):
                self.done = int(line.split()[1])
            else:
                self.progress = int(line)

    def _errs(self):
        for line in self.proc.stderr:
            self.err.append(line.rstrip("\n"))

    def wait_for(self, what, cond, timeout=90):
        end = time.monotonic() + timeout
        while not cond():
            assert self.proc.poll() is None, f"child died while waiting for {what}: {self.err[-5:]}"
            assert time.monotonic() < end, f"timed out waiting for {what}; stderr: {self.err[-5:]}"
            time.sleep(0.02)

    def wait_flushed(self, store, n: int = 5000) -> int:
        """Wait until the store holds ``n`` steps of loss; return how many it holds."""
        held = []
        def enough():
            try:
                held.append(len(ls.load("disk/full", store=store).batch["loss"]))
            except (LookupError, ls.LearnscopeError):
                return False
            return held[-1] >= n
        self.wait_for(f"{n} steps in the store", enough)
        return held[-1]

    def said(self, text: str) -> list[str]:
        return [line for line in self.err if text in line]

    def flag(self, name: str) -> None:
        (self.control / name).touch()

    def stop(self) -> int:
        self.flag("stop")
        assert self.proc.wait(timeout=120) == 0, self.err
        for t in self._threads:
            t.join(timeout=10)
        assert not any("Traceback" in line for line in self.err), "\n".join(self.err)
        return self.done


def _mount_tmpfs(where: Path, size: str = "32m") -> bool:
    where.mkdir()
    if os.geteuid() != 0:
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True).returncode == 0


@pytest.fixture
def tmpfs(tmp_path):
    """A small tmpfs (a disk that really fills up), or skip where mounting is not allowed
    (the rlimit variants below test the same guarantees everywhere)."""
    mnt = tmp_path / "small-disk"
    if not _mount_tmpfs(mnt):
        pytest.skip("cannot mount a tmpfs here (needs root and mount rights); rlimit variants cover this")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _fill(disk: Path) -> Path:
    """Fill a filesystem to the last byte; return the filler file."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (1 << 20, 4096, 1):
            try:
                while os.write(fd, b"\0" * size):
                    pass
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


def _assert_complete(store, n: int) -> None:
    h = ls.load("disk/full", store=store)
    np.testing.assert_array_equal(h.batch["loss"], np.arange(n, dtype=float))
    np.testing.assert_array_equal(h.batch.series("loss").step, np.arange(n))
    np.testing.assert_array_equal(h.batch["acc"], (np.arange(n) % 97) / 97)
    np.testing.assert_array_equal(h.epoch["val_loss"], np.arange(1, n // 1000 + 1, dtype=float))
    assert h.info.status == "finished"


def _full_then_free(child: Child, store, fill, free) -> int:
    child.wait_flushed(store)
    fill()
    child.wait_for("the disk-full report", lambda: child.said("cannot write run"))
    during = child.progress
    child.wait_for("training to go on", lambda: child.progress >= during + 20000)
    free()
    child.wait_for("writing to resume", lambda: child.said("being written to"))
    n = child.stop()
    assert len(child.said("cannot write run")) == 1, child.err  # said once, not per flush
    assert len(child.err) == 2, child.err  # the problem, and that it is over: nothing else
    return n


def test_rlimit_disk_full_then_space_back_loses_nothing(tmp_path):
    store = tmp_path / "store"
    child = Child(store, tmp_path / "control", "rlimit")
    n = _full_then_free(child, store, lambda: child.flag("full"), lambda: child.flag("free"))
    _assert_complete(store, n)


def test_tmpfs_disk_full_then_space_back_loses_nothing(tmp_path, tmpfs):
    store = tmpfs / "store"
    child = Child(store, tmp_path / "control", "tmpfs")
    filler = []
    n = _full_then_free(child, store, lambda: filler.append(_fill(tmpfs)), lambda: filler[0].unlink())
    assert "disk is full" in child.said("cannot write run")[0]
    _assert_complete(store, n)


def test_tmpfs_full_to_the_end_spills_to_fallback_file_within_the_memory_cap(tmp_path, tmpfs):
    store, spill_dir = tmpfs / "store", tmp_path / "fallback"
    spill_dir.mkdir()
    cap = 30000
    child = Child(store, tmp_path / "control", "tmpfs", cap, env={fallback.DIR_VAR: str(spill_dir)})
    flushed = child.wait_flushed(store)
    _fill(tmpfs)
    child.wait_for("the disk-full report", lambda: child.said("cannot write run"))
    during = child.progress
    child.wait_for("memory to reach its cap", lambda: child.progress >= during + 3 * cap)
    n = child.stop()
    print("\n".join(child.err))
    files = list(spill_dir.iterdir())
    assert len(files) == 1 and files[0].name.endswith(".jsonl")
    assert len(child.said("cannot write run")) == 1
    assert len(child.said("instead of memory")) == 1  # the cap was reached: said once
    assert len(child.said(f"learnscope import {files[0]}")) == 1  # where the points are
    stored = ls.load("disk/full", store=store)
    assert len(stored.batch["loss"]) >= flushed  # nothing already flushed is lost
    saved = fallback.read(files[0])
    loss = np.concatenate([stored.batch["loss"], saved.batch["loss"]])
    np.testing.assert_array_equal(loss, np.arange(n, dtype=float))  # store + file = everything
    steps = np.concatenate([stored.batch.series("loss").step, saved.batch.series("loss").step])
    np.testing.assert_array_equal(steps, np.arange(n))
    val = np.concatenate([stored.epoch["val_loss"], saved.epoch["val_loss"]])
    np.testing.assert_array_equal(val, np.arange(1, n // 1000 + 1, dtype=float))
    assert saved.info.name == "full" and saved.info.meta["recovered_from"] == stored.info.id


def test_rlimit_nothing_writable_counts_what_is_lost(tmp_path):
    # The store and the fallback file are both refused (a file-size limit hits every file):
    # training still ends normally, and the user is told exactly how many points are lost.
    store = tmp_path / "store"
    child = Child(store, tmp_path / "control", "rlimit", 20000, env={fallback.DIR_VAR: str(tmp_path)})
    flushed = child.wait_flushed(store)
    child.flag("full")
    child.wait_for("the disk-full report", lambda: child.said("cannot write run"))
    during = child.progress
    child.wait_for("the cap to be passed", lambda: child.progress >= during + 40000)
    n = child.stop()
    print("\n".join(child.err))
    assert len(child.said("newer points are dropped")) == 1
    lost = child.said("could not be saved anywhere")
    assert len(lost) == 1
    h = ls.load("disk/full", store=store)
    assert len(h.batch["loss"]) >= flushed  # nothing already flushed is lost
    stored = len(h.batch["loss"]) + len(h.epoch["val_loss"]) + len(h.batch["acc"])
    total = 2 * n + n // 1000
    assert f"{total - stored:,} points could not be saved" in lost[0]
    np.testing.assert_array_equal(h.batch["loss"], np.arange(len(h.batch["loss"]), dtype=float))
    # every fallback candidate refused the write: none keeps an empty or partial file
    name = f"learnscope-unsaved-{h.info.id}.jsonl"
    assert [p for d in (tmp_path, Path(tempfile.gettempdir())) for p in d.glob(name)] == []
