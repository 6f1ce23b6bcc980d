"""Who may see a group's pages: its members on this device, its facilitators, admins."""

from __future__ import annotations

from flask import abort, session
from flask_login import current_user

from server.extensions import db
from server.models import Group, Member
from server.services.members import member_for_token
from server.services.principals import staff_runs_group


def device_member(group_id: int) -> Member | None:
    token = (session.get("member_tokens") or {}).get(str(group_id))
    member = member_for_token(token) if token else None
    if member is None and token:
        # A removed or banned member's token is dropped from the device for good.
        tokens = dict(session.get("member_tokens") or {})
        tokens.pop(str(group_id), None)
        session["member_tokens"] = tokens
    return member


def viewer_for(group_id: int) -> tuple[Group, Member | None]:
    """The group and, for an attendee, their member identity; 404 for everyone else."""
    group = db.session.get(Group, group_id)
    if group is None:
        abort(404)
    if current_user.is_authenticated and staff_runs_group(current_user, group_id):
        return group, None
    member = device_member(group_id)
    if member is None:
        # 404 rather than 403: an outsider cannot even learn that the group exists.
        abort(404)
    return group, member
