"""Points a run has logged that its store has not taken yet.

While the store fails (a full disk, a PostgreSQL server gone) a run keeps its new
points here, in memory, and retries at every flush. Memory is bounded: once
``MAX_POINTS`` points wait, they are appended to the run's fallback file (see
:mod:`learnscope.fallback`) and memory is freed; only if that file cannot be
written either are newer points dropped, and counted. Each of these events is
said once, on one line of stderr; nothing is dropped silently.

>>> unsaved = Unsaved(run.info, run.store.location)   # doctest: +SKIP
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from . import fallback
from .history import RunInfo

MAX_POINTS = 4_000_000  # about 128 MB: a point is four 8-byte numbers


class Unsaved:
    """The points of one run waiting for its store, in logging order per series."""

    def __init__(self, info: RunInfo, location: str):
        self.info, self.location = info, location
        self._parts: dict = {}      # SeriesKey -> [(step, epoch, wall_time, value), ...]
        self.n = 0                  # points waiting in memory
        self.failing = False        # the last write failed
        self.file: Path | None = None
        self.in_file = 0            # points written to the fallback file
        self.dropped = 0            # points lost because neither store nor file took them
        self._said: set[str] = set()

    def add(self, key, arrays) -> None:
        """Keep new points of one series (spilling to the fallback file past the cap)."""
        count = len(arrays[3])
        if self.failing and self.n + count > MAX_POINTS:
            self._parts.setdefault(key, []).append(arrays)
            self.n += count
            if not self._spill():
                self._drop(key, count)
            return
        self._parts.setdefault(key, []).append(arrays)
        self.n += count

    def merged(self) -> dict:
        """``{key: (step, epoch, wall_time, value)}`` of everything waiting, each series in order."""
        for key, parts in self._parts.items():
            if len(parts) > 1:
                self._parts[key] = [tuple(np.concatenate(cols) for cols in zip(*parts))]
        return {key: parts[0] for key, parts in self._parts.items()}

    def written(self) -> None:
        """The store took everything waiting."""
        if self.failing and self.n:
            self._say(f"learnscope: run {self.info.ref} is being written to {self.location} again; "
                      f"the {self.n:,} points that waited in memory are saved")
        self._parts, self.n, self.failing = {}, 0, False
        self._said.discard("failed")

    def failed(self, exc: BaseException) -> None:
        """The store refused a write: say so once per outage, keep everything."""
        if not self.failing:
            reason = " ".join(str(exc).split()) or type(exc).__name__
            self._say(f"learnscope: cannot write run {self.info.ref} to {self.location} ({reason}); "
                      f"training goes on, new points wait in memory (up to {MAX_POINTS:,}, then in a "
                      f"local file) and writing is retried", once="failed")
        self.failing = True

    def rescue(self) -> None:
        """At the end of a run: whatever the store never took goes to the fallback file."""
        if self.n:
            self._said.add("spilled")  # the line below says where they went
            self._spill()
        if self.in_file:
            self._say(f"learnscope: run {self.info.ref}: {self.in_file:,} points that {self.location} "
                      f"did not take are in {self.file}; load them with `learnscope import {self.file}`")
        if self.dropped or self.n:
            self._say(f"learnscope: run {self.info.ref}: {self.dropped + self.n:,} points could not be "
                      f"saved anywhere (store and fallback file both failed)")

    def _spill(self) -> bool:
        points = self.merged()
        paths = [self.file] if self.file else fallback.candidates(self.info.id)
        for path in paths:
            try:
                fallback.append_points(path, self.info, points, self.location)
            except OSError:
                continue
            self.file, self.in_file = path, self.in_file + self.n
            self._say(f"learnscope: run {self.info.ref}: {self.n:,} points are waiting for {self.location}; "
                      f"keeping them in {path} instead of memory", once="spilled")
            self._parts, self.n = {}, 0
            return True
        return False

    def _drop(self, key, count: int) -> None:
        """Memory is full and no file can be written: let go of the newest points, counted."""
        parts = self._parts[key]
        parts.pop()
        if not parts:
            del self._parts[key]
        self.n -= count
        self.dropped += count
        self._say(f"learnscope: run {self.info.ref}: {MAX_POINTS:,} points wait for {self.location} and no "
                  f"fallback file can be written; newer points are dropped (and counted) until one works",
                  once="dropping")

    def _say(self, line: str, once: str | None = None) -> None:
        if once is not None:
            if once in self._said:
                return
            self._said.add(once)
        # one write per line: print() writes the newline separately, and a line said from the
        # flush thread must not be split by whatever else writes to stderr meanwhile
        stream = sys.stderr
        if stream is not None:  # None under pythonw and some embedded interpreters: nowhere to say it
            stream.write(line + "\n")
            stream.flush()
