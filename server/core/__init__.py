"""Health check, landing page, error pages and security headers."""

from flask import Blueprint

bp = Blueprint("core", __name__)

from server.core import routes  # noqa: E402,F401
