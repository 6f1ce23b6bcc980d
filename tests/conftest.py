"""Fixtures: app, db, client, runner, sign-in helper, factories and Socket.IO test clients.

The suite runs on SQLite by default and on PostgreSQL when STEADY_TEST_DATABASE_URL names one;
the schema is built by the real migrations once per run and emptied between tests.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from flask_socketio.test_client import SocketIOTestClient

from server import create_app
from server.extensions import db as _db
from server.extensions import socketio
from server.models import (
    FacilitatorRole,
    Group,
    GroupFacilitator,
    Meeting,
    MeetingStatus,
    Member,
    StaffRole,
    StaffUser,
)
from server.models.base import utcnow
from server.services import accounts, invites, members
from tests.support.databases import private_database

PASSWORD = "correct horse battery staple"


def _test_database_url(tmp_root: Path) -> str:
    url = os.environ.get("STEADY_TEST_DATABASE_URL", "").strip()
    return url or f"sqlite:///{tmp_root / 'steady-test.sqlite3'}"


def base_config(url: str) -> dict[str, Any]:
    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret-key-that-is-long-enough-for-hmac",
        "SQLALCHEMY_DATABASE_URI": url,
        "SESSION_COOKIE_SECURE": False,
        "REMEMBER_COOKIE_SECURE": False,
        "WTF_CSRF_ENABLED": False,
        "RATELIMIT_ENABLED": False,
        "REDIS_URL": None,
        "RATELIMIT_STORAGE_URI": "memory://",
        "STEADY_SOCKET_SEND_RATE": (1000, 1.0),
        "STEADY_SOCKET_EVENT_RATE": (100_000, 1.0),
    }


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with private_database(_test_database_url(tmp_path_factory.mktemp("db"))) as url:
        app = create_app(base_config(url))
        with app.app_context():
            from flask_migrate import upgrade

            # "heads": tolerate parallel branches of work until they are merged into one chain.
            upgrade(revision="heads")
            _db.engine.dispose()
        yield url


@pytest.fixture
def app_config(database_url: str) -> dict[str, Any]:
    """Tests may change settings here before ``app`` is first used."""
    return base_config(database_url)


@pytest.fixture
def app(app_config: dict[str, Any]) -> Iterator[Flask]:
    app = create_app(app_config)
    with app.app_context():
        yield app
        _db.session.remove()
        _empty_tables()
        _db.engine.dispose()


def _empty_tables() -> None:
    tables = list(reversed(_db.metadata.sorted_tables))
    with _db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            names = ", ".join(t.name for t in tables)
            conn.execute(sa.text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                conn.execute(table.delete())


@pytest.fixture
def db(app: Flask) -> Any:
    return _db


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


@pytest.fixture
def make_staff(app: Flask) -> Callable[..., StaffUser]:
    counter = iter(range(1, 10_000))

    def make(role: StaffRole = StaffRole.FACILITATOR, name: str | None = None) -> StaffUser:
        n = next(counter)
        return accounts.create_staff(
            f"staff{n}@steady.test", name or f"Facilitator {n}", PASSWORD, role
        )

    return make


@pytest.fixture
def make_group(app: Flask) -> Callable[..., Group]:
    def make(*facilitators: StaffUser, name: str = "Tuesday circle") -> Group:
        group = Group(name=name, agreement="Be kind. What is said here stays here.")
        for staff in facilitators:
            group.facilitators.append(
                GroupFacilitator(staff_id=staff.id, role=FacilitatorRole.LEAD)
            )
        _db.session.add(group)
        _db.session.commit()
        return group

    return make


@pytest.fixture
def make_member(app: Flask) -> Callable[..., tuple[Member, str]]:
    def make(group: Group, pseudonym: str) -> tuple[Member, str]:
        (code,) = invites.issue_codes(group, 1)
        return members.join_group(code, pseudonym)

    return make


@pytest.fixture
def make_meeting(app: Flask) -> Callable[..., Meeting]:
    def make(group: Group, status: MeetingStatus = MeetingStatus.LIVE) -> Meeting:
        meeting = Meeting(
            group_id=group.id,
            title="Recognising the bond",
            scheduled_start=utcnow() - timedelta(minutes=5),
            status=status,
        )
        _db.session.add(meeting)
        _db.session.commit()
        return meeting

    return make


def sign_in(client: FlaskClient, staff: StaffUser) -> None:
    response = client.post("/staff/sign-in", data={"email": staff.email, "password": PASSWORD})
    assert response.status_code == 302, response.get_data(as_text=True)


@pytest.fixture
def sio(app: Flask) -> Iterator[Callable[..., SocketIOTestClient]]:
    """Socket.IO test clients: ``sio(token=...)`` for a member, ``sio(client=...)`` for staff."""
    made: list[SocketIOTestClient] = []

    def connect(token: str | None = None, client: FlaskClient | None = None) -> SocketIOTestClient:
        auth = {"token": token} if token else None
        sock = socketio.test_client(app, flask_test_client=client, auth=auth)
        made.append(sock)
        return sock

    yield connect
    for sock in made:
        if sock.is_connected():
            sock.disconnect()
