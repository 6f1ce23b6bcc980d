"""Every form that changes something needs its CSRF token, even for a signed-in admin."""

from __future__ import annotations

import re

import pytest

from server.models import AuditRecord, StaffRole
from tests.conftest import PASSWORD


@pytest.fixture
def app_config(app_config):
    return {**app_config, "WTF_CSRF_ENABLED": True}


def signed_in_admin(client, make_staff) -> None:
    admin = make_staff(StaffRole.ADMIN)
    page = client.get("/staff/sign-in").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    data = {"email": admin.email, "password": PASSWORD, "csrf_token": token}
    assert client.post("/staff/sign-in", data=data).status_code == 302


def test_every_post_route_refuses_a_request_without_a_csrf_token(app, client, make_staff, db):
    signed_in_admin(client, make_staff)
    adapter = app.url_map.bind("localhost")
    posts = [rule for rule in app.url_map.iter_rules() if "POST" in (rule.methods or set())]
    assert len(posts) > 20
    for rule in posts:
        values = {"action": "open", "token": "x", "slug": "x", "key": "x"}
        url = adapter.build(rule.endpoint, {name: values.get(name, 1) for name in rule.arguments})
        response = client.post(url, data={"name": "Sneaky", "agreement": "x", "capacity": 5})
        assert response.status_code == 400, url
    assert db.session.query(AuditRecord).count() == 0
