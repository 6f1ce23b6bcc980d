"""App factory, configuration from the environment, health check, headers."""

from __future__ import annotations

import pytest

from server import config
from server.models import StaffRole
from tests.conftest import sign_in


def test_healthz_checks_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "database": "ok"}


def test_secret_key_is_required_outside_the_embedded_default(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "postgresql://db.internal/steady")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(config.ConfigError):
        config.from_environment(str(tmp_path), {})


def test_embedded_default_generates_a_secret_once_and_keeps_it(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = config.from_environment(str(tmp_path), {})
    second = config.from_environment(str(tmp_path), {})
    assert first["SECRET_KEY"] == second["SECRET_KEY"] and len(first["SECRET_KEY"]) >= 32
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0
    assert first["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'steady.sqlite3'}"
    assert first["SESSION_COOKIE_SECURE"] is False


def test_environment_names_database_redis_and_origins(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "postgres://u@db/steady")
    monkeypatch.setenv("SECRET_KEY", "s" * 40)
    monkeypatch.setenv("REDIS_URL", "redis://cache:6379/0")
    monkeypatch.setenv("STEADY_ALLOWED_ORIGINS", "https://steady.example, https://b.example/")
    settings = config.from_environment(str(tmp_path), {})
    assert settings["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg2://u@db/steady"
    assert settings["REDIS_URL"] == "redis://cache:6379/0"
    assert settings["STEADY_ALLOWED_ORIGINS"] == ["https://steady.example", "https://b.example"]
    assert settings["SESSION_COOKIE_SECURE"] is True


def test_pages_forbid_third_party_assets_and_caching(client):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    html = response.get_data(as_text=True)
    assert "http://" not in html.replace('href="https://www.bbc.co.uk/weather"', "")
    assert 'id="quick-exit"' in html


def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert "There is nothing here." in response.get_data(as_text=True)


def test_migrations_match_the_models(runner):
    result = runner.invoke(args=["db", "check"])
    assert result.exit_code == 0, result.output


def test_an_id_too_long_for_the_database_is_a_page_that_does_not_exist(client, make_staff):
    sign_in(client, make_staff(role=StaffRole.ADMIN))
    huge = 2**70
    for url in (f"/meetings/{huge}", f"/staff/admin/groups/{huge}/codes"):
        assert client.get(url).status_code == 404, url
    assert client.get(f"/meetings/{2**63 - 1}").status_code == 404
