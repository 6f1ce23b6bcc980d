"""Throwaway databases for tests: a private PostgreSQL database, migrated and seeded in-process."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from bench.setup import scratch_postgres

DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


def postgres_url() -> str:
    url = os.environ.get("STEADY_TEST_DATABASE_URL", "").strip()
    return url if url.startswith("postgresql") else DEFAULT_POSTGRES


def redis_url() -> str:
    return os.environ.get("STEADY_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@contextmanager
def private_database(url: str) -> Iterator[str]:
    """On PostgreSQL, a database of this run's own, so parallel runs never collide."""
    if not url.startswith("postgresql"):
        yield url
        return
    with scratch_postgres(url, "steady_run") as private:
        yield private
