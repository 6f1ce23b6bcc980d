"""Every form is protected against cross-site requests."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD


@pytest.fixture
def app_config(app_config):
    return {**app_config, "WTF_CSRF_ENABLED": True}


def test_forms_without_a_csrf_token_are_refused(client, make_staff):
    staff = make_staff()
    response = client.post("/staff/sign-in", data={"email": staff.email, "password": PASSWORD})
    assert response.status_code == 400
    assert client.post("/join", data={"code": "ABCD-EFGH-JKLM"}).status_code == 400
