"""Real Steady server processes for tests: ``python -m server`` on a free port."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.procs import ROOT, Server, free_port, launch_env, wait_healthy
from tests.support.databases import redis_url


@dataclass
class ServerProcess(Server):
    """A test's server: the benchmark's, with its environment and its log as text."""

    env: dict[str, str] = field(default_factory=dict)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def start_server(env: dict[str, str], log_dir: Path, name: str = "server") -> ServerProcess:
    """``python -m server`` on a free port, as the benchmark starts it but not pinned to a core."""
    port = free_port()
    full_env = launch_env(port, env)
    log_path = log_dir / f"{name}-{port}.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "server"],
            cwd=ROOT,
            env=full_env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = ServerProcess("steady", port, proc, log_path, full_env)
    wait_healthy(server, "server")
    return server


@contextmanager
def two_workers(
    url: str, log_dir: Path, name: str, secret: str | None = None, **extra: str
) -> Iterator[list[ServerProcess]]:
    """Two workers on one PostgreSQL database, sharing Redis on a channel of their own."""
    env = {
        "DATABASE_URL": url,
        "SECRET_KEY": secret or f"{name}-{uuid.uuid4().hex}",
        "REDIS_URL": redis_url(),
        "STEADY_SOCKETIO_CHANNEL": f"steady-test-{uuid.uuid4().hex[:8]}",
        **extra,
    }
    workers: list[ServerProcess] = []
    try:
        workers = [start_server(env, log_dir, f"{name}{i}") for i in (1, 2)]
        yield workers
    finally:
        for worker in workers:
            worker.stop()


def wait_for(predicate: Any, timeout: float = 30.0, interval: float = 0.05) -> bool:
    """Poll until ``predicate()`` is true; returns its final truth (tests assert on it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())
