"""Databases for a benchmark run: migrated, then filled by ``flask bench-setup`` (never HTTP)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bench.procs import ROOT

SECRET_KEY = "bench-only-secret-key-not-for-any-deployment"
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/0")


def server_env(database_url: str) -> dict[str, str]:
    return {"DATABASE_URL": database_url, "SECRET_KEY": SECRET_KEY, "STEADY_SECURE_COOKIES": "0"}


def flask(database_url: str, *args: str) -> str:
    """Run one ``flask --app server`` command against the database; returns its output."""
    env = {**os.environ, **server_env(database_url)}
    flask_bin = Path(sys.executable).with_name("flask")
    done = subprocess.run(
        [str(flask_bin), "--app", "server", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"flask {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def command(database_url: str, *args: str) -> str:
    """How a person would type it, for the report."""
    return f"DATABASE_URL={database_url} SECRET_KEY=... flask --app server {' '.join(args)}"


class Fixtures:
    """Meeting sets made once per database, by name: ids and device tokens from bench-setup."""

    def __init__(self, database_url: str, work: Path) -> None:
        self.url = database_url
        self.work = work
        self.commands: list[str] = []
        flask(database_url, "db", "upgrade")
        self.commands.append(command(database_url, "db", "upgrade"))

    def make(self, name: str, meetings: int, per_meeting: int, messages: int = 0) -> list[dict]:
        out = self.work / f"{name}.json"
        args = [
            "bench-setup",
            f"--meetings={meetings}",
            f"--per-meeting={per_meeting}",
            f"--messages={messages}",
            f"--label={name}",
            f"--out={out}",
        ]
        flask(self.url, *args)
        self.commands.append(command(self.url, *args))
        data: dict[str, Any] = json.loads(out.read_text())
        return data["meetings"]


def sqlite_url(work: Path) -> str:
    return f"sqlite:///{work / 'steady.sqlite3'}"


@contextmanager
def scratch_postgres(url: str = POSTGRES, prefix: str = "steady_bench") -> Iterator[str]:
    """A database of this run's own on the PostgreSQL server at ``url``, dropped afterwards,
    so parallel runs (benchmarks, test suites) never collide."""
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield sa.make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
