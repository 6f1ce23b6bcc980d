"""Throwaway databases for tests: a private PostgreSQL database, migrated and seeded in-process."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

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
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    name = f"steady_run_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield sa.make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
