"""Runs the Node.js load generator (bench/loadgen) on its own core and reads its report."""

from __future__ import annotations

import json
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.procs import LOADGEN_CORE, Server, cpu_seconds, pinned

LOADGEN = Path(__file__).resolve().parent / "loadgen"


@dataclass
class Mark:
    """What the servers had used when the generator reached a point of its run."""

    label: str
    at: float
    cpu_s: list[float]
    rss_kb: list[int]


@dataclass
class Run:
    result: dict[str, Any]
    marks: list[Mark] = field(default_factory=list)
    cpu_s: float = 0.0  # the generator's own CPU over the whole run

    def mark(self, label: str) -> Mark:
        return next(m for m in self.marks if m.label == label)

    def server_cores(self, start: str, end: str) -> float:
        """Share of one core the servers used (added up) between two marks."""
        a, b = self.mark(start), self.mark(end)
        return round((sum(b.cpu_s) - sum(a.cpu_s)) / max(b.at - a.at, 1e-6), 3)


def ensure_installed() -> None:
    if not (LOADGEN / "node_modules" / "ws").is_dir():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=LOADGEN, check=True)


def run(
    spec: dict[str, Any],
    servers: list[Server],
    log_dir: Path,
    on_ready: Callable[[str], None] | None = None,
    timeout: float = 600.0,
) -> Run:
    """Run one generator process to completion; killed after ``timeout`` seconds."""
    spec_path = log_dir / f"spec-{time.monotonic_ns()}.json"
    spec_path.write_text(json.dumps({**spec, "pause": on_ready is not None}))
    argv = pinned(LOADGEN_CORE, ["node", str(LOADGEN / "main.mjs"), str(spec_path)])
    with (log_dir / "loadgen.log").open("a") as log:
        proc = subprocess.Popen(
            argv, cwd=LOADGEN, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True
        )
        # A run that hangs must still end: the benchmark stops by itself.
        watchdog = threading.Timer(timeout, proc.kill)
        watchdog.start()
        try:
            run = _read(proc, servers, on_ready)
        finally:
            watchdog.cancel()
            proc.wait(timeout=30)
    spec_path.unlink()
    if run is None:
        raise RuntimeError(f"load generator gave no result (exit {proc.returncode})")
    return run


def _read(
    proc: subprocess.Popen[str], servers: list[Server], on_ready: Callable[[str], None] | None
) -> Run | None:
    marks: list[Mark] = []
    assert proc.stdout is not None and proc.stdin is not None
    for line in proc.stdout:
        kind, _, rest = line.rstrip("\n").partition(" ")
        if kind == "MARK":
            cpu = [s.cpu_seconds() for s in servers]
            marks.append(Mark(rest, time.monotonic(), cpu, [s.rss_kb() for s in servers]))
        elif kind == "READY":
            if on_ready is not None:
                on_ready(rest)
            proc.stdin.write("GO\n")
            proc.stdin.flush()
        elif kind == "RESULT":
            return Run(json.loads(rest), marks, cpu_seconds(proc.pid))
    return None
