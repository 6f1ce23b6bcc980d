"""Safety pages over HTTP: crisis resources (admins) and follow-up after a meeting (staff)."""

from flask import Blueprint

bp = Blueprint("safety", __name__, url_prefix="/staff")

from server.safety_pages import crisis_routes, followup_routes  # noqa: E402,F401
