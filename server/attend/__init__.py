"""Attendee entry (code, pseudonym, agreement), the group's page and the meeting room."""

from flask import Blueprint

bp = Blueprint("attend", __name__)

from server.attend import routes  # noqa: E402,F401
