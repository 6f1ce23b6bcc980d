"""Settings from the environment.

The embedded default (no DATABASE_URL) is a one-process install on a laptop: SQLite under
``instance/`` and a secret key generated once and kept there. Anything else must say what it
wants, and must bring its own SECRET_KEY.
"""

from __future__ import annotations

import os
import secrets
import uuid
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent


class ConfigError(RuntimeError):
    """The environment does not describe a runnable Steady."""


def _bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _instance_secret(instance: Path) -> str:
    path = instance / "secret_key"
    if path.exists():
        return path.read_text().strip()
    instance.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    # Written with owner-only permissions: the key signs every session cookie.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def _origins(port: int) -> list[str]:
    raw = os.environ.get("STEADY_ALLOWED_ORIGINS", "")
    listed = [item.strip().rstrip("/") for item in raw.split(",") if item.strip()]
    return listed or [f"http://127.0.0.1:{port}", f"http://localhost:{port}"]


def _content_dirs() -> dict[str, str | None]:
    curricula = os.environ.get("STEADY_CURRICULA_DIR", "").strip() or str(REPO_ROOT / "curricula")
    seeds = os.environ.get("STEADY_SEEDS_DIR", "").strip() or None
    if seeds is None:
        # The source documents sit beside a checkout, not inside it; an install without
        # them still checks everything except that each named seed exists.
        beside = REPO_ROOT.parent / "shared" / "seeds"
        seeds = str(beside) if beside.is_dir() else None
    return {"STEADY_CURRICULA_DIR": curricula, "STEADY_SEEDS_DIR": seeds}


def from_environment(instance_path: str, overrides: dict[str, Any]) -> dict[str, Any]:
    """Build the Flask config mapping from environment variables (overrides win)."""
    instance = Path(instance_path)
    database_url = overrides.get("SQLALCHEMY_DATABASE_URI") or os.environ.get("DATABASE_URL", "")
    database_url = database_url.strip()
    embedded = not database_url
    if embedded:
        instance.mkdir(parents=True, exist_ok=True)
        database_url = f"sqlite:///{instance / 'steady.sqlite3'}"
    secret = (overrides.get("SECRET_KEY") or os.environ.get("SECRET_KEY", "")).strip()
    if not secret:
        if not embedded:
            raise ConfigError("SECRET_KEY must be set when DATABASE_URL is set")
        secret = _instance_secret(instance)
    port = int(os.environ.get("PORT", "5000"))
    redis_url = overrides.get("REDIS_URL", os.environ.get("REDIS_URL", "").strip() or None)
    return {
        "SECRET_KEY": secret,
        "SQLALCHEMY_DATABASE_URI": normalise_database_url(database_url),
        "REDIS_URL": redis_url,
        # Limits are shared by every worker through Redis when there is one.
        "RATELIMIT_STORAGE_URI": redis_url or "memory://",
        "STEADY_EMBEDDED": embedded,
        "STEADY_PORT": port,
        "STEADY_SOCKETIO_CHANNEL": os.environ.get("STEADY_SOCKETIO_CHANNEL", "steady-socketio"),
        "STEADY_ALLOWED_ORIGINS": _origins(port),
        "SESSION_COOKIE_SECURE": _bool("STEADY_SECURE_COOKIES", not embedded),
        "REMEMBER_COOKIE_SECURE": _bool("STEADY_SECURE_COOKIES", not embedded),
        "STEADY_MAX_MESSAGE_CHARS": int(os.environ.get("STEADY_MAX_MESSAGE_CHARS", "2000")),
        # How many weeks ahead weekly schedules make their meetings (see schedule-meetings).
        "STEADY_SCHEDULE_WEEKS": int(os.environ.get("STEADY_SCHEDULE_WEEKS", "4")),
        # Transcripts are deleted this many hours after their meeting ends (an admin setting
        # overrides it); the purge runs by itself every STEADY_PURGE_INTERVAL seconds.
        "STEADY_RETENTION_HOURS": int(os.environ.get("STEADY_RETENTION_HOURS", "24")),
        "STEADY_PURGE_INTERVAL": float(os.environ.get("STEADY_PURGE_INTERVAL", "600")),
        # Each serving process renews its row this often; one not seen for STEADY_WORKER_STALE
        # seconds is taken for dead, and its sockets are cleared (services/workers.py).
        "STEADY_WORKER_ID": uuid.uuid4().hex,
        "STEADY_WORKER_HEARTBEAT": float(os.environ.get("STEADY_WORKER_HEARTBEAT", "10")),
        "STEADY_WORKER_STALE": float(os.environ.get("STEADY_WORKER_STALE", "45")),
        **_content_dirs(),
    }


def normalise_database_url(url: str) -> str:
    # Heroku-style URLs name the scheme "postgres"; SQLAlchemy wants the driver spelled out.
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg2://" + url[len(prefix) :]
    return url


DEFAULTS: dict[str, Any] = {
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "SESSION_COOKIE_NAME": "steady_session",
    "REMEMBER_COOKIE_HTTPONLY": True,
    "REMEMBER_COOKIE_SAMESITE": "Lax",
    "REMEMBER_COOKIE_DURATION": 60 * 60 * 12,
    "PERMANENT_SESSION_LIFETIME": 60 * 60 * 24 * 30,
    # hide_parameters: a database error's text must never quote a message body into a log.
    "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True, "hide_parameters": True},
    "WTF_CSRF_TIME_LIMIT": None,
    "RATELIMIT_HEADERS_ENABLED": False,
    "STEADY_LOGIN_LIMIT": "10 per 5 minutes",
    "STEADY_JOIN_LIMIT": "20 per 10 minutes",
    "STEADY_SOCKET_SEND_RATE": (20, 10.0),
    "STEADY_SOCKET_EVENT_RATE": (60, 10.0),
    "MAX_CONTENT_LENGTH": 256 * 1024,
}
