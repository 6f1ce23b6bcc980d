"""Real Steady server processes for tests: ``python -m server`` on a free port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class ServerProcess:
    port: int
    proc: subprocess.Popen[bytes]
    log_path: Path
    env: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


def start_server(env: dict[str, str], log_dir: Path, name: str = "server") -> ServerProcess:
    port = free_port()
    full_env = {
        **os.environ,
        **env,
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "PYTHONUNBUFFERED": "1",
        "STEADY_SECURE_COOKIES": "0",
        "STEADY_ALLOWED_ORIGINS": f"http://127.0.0.1:{port}",
    }
    log_path = log_dir / f"{name}-{port}.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "server"],
            cwd=ROOT,
            env=full_env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = ServerProcess(port, proc, log_path, full_env)
    _wait_healthy(server)
    return server


def _wait_healthy(server: ServerProcess, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            raise RuntimeError(f"server exited early:\n{server.log()}")
        try:
            if requests.get(f"{server.url}/healthz", timeout=1).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    server.stop()
    raise RuntimeError(f"server did not become healthy:\n{server.log()}")


def wait_for(predicate: Any, timeout: float = 30.0, interval: float = 0.05) -> bool:
    """Poll until ``predicate()`` is true; returns its final truth (tests assert on it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())
