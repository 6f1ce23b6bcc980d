"""The staff console: my groups, their meetings, invite codes."""

from flask import Blueprint

bp = Blueprint("console", __name__, url_prefix="/staff")

from server.console import report_routes, routes  # noqa: E402,F401
