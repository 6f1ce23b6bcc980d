"""What the benchmark ran on, and how busy the machine was with work that was not ours."""

from __future__ import annotations

import os
import platform
import subprocess
import time
from importlib import metadata
from pathlib import Path
from typing import Any

from bench.procs import CLOCK_TICKS, ROOT

PACKAGES = (
    "Flask",
    "Flask-SocketIO",
    "python-socketio",
    "python-engineio",
    "simple-websocket",
    "gevent",
    "greenlet",
    "SQLAlchemy",
    "psycopg2-binary",
    "redis",
)


def _first(path: str, prefix: str) -> str:
    for line in Path(path).read_text().splitlines():
        if line.startswith(prefix):
            return line.split(":", 1)[1].strip()
    return "unknown"


def _run(*argv: str) -> str:
    try:
        return subprocess.run(argv, capture_output=True, text=True, cwd=ROOT).stdout.strip()
    except OSError:
        return "unknown"


def speed_probe() -> float:
    """Seconds for a fixed pure-Python loop on one core, best of three. The machine's speed
    changes from hour to hour (a shared host); runs are comparable only at a similar figure."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        total = 0
        for i in range(5_000_000):
            total += i
        best = min(best, time.perf_counter() - start)
    return round(best, 3)


def describe() -> dict[str, Any]:
    dirty = _run("git", "status", "--porcelain", "--untracked-files=no")
    return {
        "nproc": os.cpu_count(),
        "cpu_model": _first("/proc/cpuinfo", "model name"),
        "memory": _first("/proc/meminfo", "MemTotal"),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "node": _run("node", "--version"),
        "packages": {name: _version(name) for name in PACKAGES},
        "git_commit": _run("git", "rev-parse", "--short", "HEAD"),
        "git_dirty": bool(dirty),
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "speed_probe_s": speed_probe(),
    }


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def busy_seconds() -> float:
    """CPU seconds every core of the machine has spent busy since boot."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / CLOCK_TICKS


class ForeignCpu:
    """Cores used by processes other than ours (servers, generator, this script) meanwhile.

    Other work on a shared machine steals CPU from the server under test; the report says how
    much, rather than pretending the machine was quiet.
    """

    def start(self, ours: float) -> ForeignCpu:
        self.t0, self.busy0, self.ours0 = time.monotonic(), busy_seconds(), ours
        self.self0 = time.process_time()
        return self

    def stop(self, ours: float) -> float:
        wall = max(time.monotonic() - self.t0, 1e-6)
        mine = (ours - self.ours0) + (time.process_time() - self.self0)
        return round(max(0.0, (busy_seconds() - self.busy0 - mine) / wall), 2)
