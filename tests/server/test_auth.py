"""Staff sign-in: argon2 hashes, throttling, cookie settings, the create-admin command."""

from __future__ import annotations

import pytest

from server.models import StaffRole, StaffUser
from server.services import accounts
from tests.conftest import PASSWORD, sign_in


def test_staff_sign_in_and_out(client, make_staff):
    staff = make_staff()
    assert staff.password_hash.startswith("$argon2id$")
    sign_in(client, staff)
    assert client.get("/staff/").status_code == 200
    client.post("/staff/sign-out")
    assert client.get("/staff/").status_code == 302


def test_wrong_password_is_refused_without_saying_which_part_was_wrong(client, make_staff):
    staff = make_staff()
    wrong = client.post("/staff/sign-in", data={"email": staff.email, "password": "nope"})
    unknown = client.post("/staff/sign-in", data={"email": "who@x.test", "password": "nope"})
    for response in (wrong, unknown):
        assert response.status_code == 200
        assert "don&#39;t match an active staff account" in response.get_data(as_text=True)
    assert client.get("/staff/").status_code == 302


def test_deactivated_staff_cannot_sign_in_and_their_cookie_stops_working(client, make_staff, db):
    staff = make_staff()
    sign_in(client, staff)
    staff.active = False
    db.session.commit()
    assert client.get("/staff/").status_code == 302
    response = client.post("/staff/sign-in", data={"email": staff.email, "password": PASSWORD})
    assert response.status_code == 200


@pytest.fixture
def app_config(app_config):
    return {**app_config, "RATELIMIT_ENABLED": True, "STEADY_LOGIN_LIMIT": "3 per minute"}


def test_sign_in_is_throttled(client, make_staff):
    staff = make_staff()
    codes = [
        client.post("/staff/sign-in", data={"email": staff.email, "password": "x"}).status_code
        for _ in range(4)
    ]
    assert codes == [200, 200, 200, 429]
    page = client.post("/staff/sign-in", data={"email": staff.email, "password": "x"})
    assert "Too many attempts" in page.get_data(as_text=True)


def test_session_cookie_is_httponly_and_samesite(client, make_staff, app):
    staff = make_staff()
    response = client.post("/staff/sign-in", data={"email": staff.email, "password": PASSWORD})
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert app.config["SESSION_COOKIE_HTTPONLY"] is True


def test_create_admin_command(runner, db):
    result = runner.invoke(
        args=[
            "create-admin",
            "--email",
            "Lead@Steady.test",
            "--name",
            "Lead",
            "--password",
            "a-long-enough-password",
        ],
    )
    assert result.exit_code == 0, result.output
    admin = db.session.query(StaffUser).one()
    assert admin.email == "lead@steady.test" and admin.role == StaffRole.ADMIN
    assert accounts.authenticate("lead@steady.test", "a-long-enough-password") is not None


def test_create_admin_refuses_a_short_password(runner):
    result = runner.invoke(
        args=["create-admin", "--email", "a@b.test", "--name", "A", "--password", "short"]
    )
    assert result.exit_code != 0 and "at least 12" in result.output
