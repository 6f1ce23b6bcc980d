"""Server processes for the benchmark: Steady or the baseline, pinned to a core, measured."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
SERVER_CORE = "0"
LOADGEN_CORE = "1"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# Steady as deployed (python -m server), or another entry module for an experiment.
STEADY_ENTRY = os.environ.get("BENCH_STEADY_ENTRY", "server")


def pinned(core: str, argv: list[str]) -> list[str]:
    """Pin to one core when the machine has two or more: the generator must not steal CPU."""
    if shutil.which("taskset") and (os.cpu_count() or 1) > 1:
        return ["taskset", "-c", core, *argv]
    return argv


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """User + system CPU a process has used so far (from /proc/<pid>/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


@dataclass
class Server:
    kind: str  # "steady" or "baseline"
    port: int
    proc: subprocess.Popen[bytes]
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def rss_kb(self) -> int:
        """Resident memory now (VmRSS from /proc/<pid>/status), in KiB."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError("no VmRSS line")

    def cpu_seconds(self) -> float:
        return cpu_seconds(self.proc.pid)

    def settle(self, idle_cores: float = 0.05, timeout: float = 60.0) -> None:
        """Wait until the server is idle, so disconnect clean-up never spills into a run."""
        deadline = time.monotonic() + timeout
        last = self.cpu_seconds()
        while time.monotonic() < deadline:
            time.sleep(0.5)
            now = self.cpu_seconds()
            if now - last < idle_cores * 0.5:
                return
            last = now

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


def launch_env(port: int, env: dict[str, str]) -> dict[str, str]:
    """The environment a server process is started with: local only, plain cookies."""
    return {
        **os.environ,
        **env,
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "PYTHONUNBUFFERED": "1",
        "STEADY_SECURE_COOKIES": "0",
        "STEADY_ALLOWED_ORIGINS": f"http://127.0.0.1:{port}",
    }


def start(
    kind: str, env: dict[str, str], log_dir: Path, name: str, entry: str = STEADY_ENTRY
) -> Server:
    """Start ``python -m server`` (Steady, or ``entry``) or bench/baseline_server.py."""
    port = free_port()
    module = ["-m", entry] if kind == "steady" else [str(ROOT / "bench" / "baseline_server.py")]
    log_path = log_dir / f"{name}-{port}.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            pinned(SERVER_CORE, [sys.executable, *module]),
            cwd=ROOT,
            env=launch_env(port, env),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = Server(kind, port, proc, log_path)
    wait_healthy(server, kind)
    return server


def wait_healthy(server: Server | Any, what: str, timeout: float = 30.0) -> None:
    """Until ``GET /healthz`` answers 200; a server that exits or never answers is stopped
    and reported with its log. ``server`` needs ``proc``, ``url``, ``log_path`` and ``stop``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            raise RuntimeError(f"{what} exited early:\n{server.log_path.read_text()}")
        try:
            if requests.get(f"{server.url}/healthz", timeout=1).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    server.stop()
    raise RuntimeError(f"{what} did not become healthy:\n{server.log_path.read_text()}")
