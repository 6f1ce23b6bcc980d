"""Which groups a signed-in staff member may see in the console."""

from __future__ import annotations

from typing import Any, TypeVar

from flask import abort
from flask_login import current_user

from server.extensions import db
from server.models import Group
from server.services.principals import staff_runs_group

T = TypeVar("T")


def group_or_404(group_id: int) -> Group:
    """The group, if the signed-in staff member runs it (or is an admin); 404 otherwise."""
    group = db.session.get(Group, group_id)
    if group is None or not staff_runs_group(current_user, group_id):
        abort(404)
    return group


def in_my_group_or_404(model: type[T], row_id: int) -> tuple[T, Group]:
    """A row that belongs to a group (a meeting, an invite code) with that group, if the row
    exists and the signed-in staff member runs its group; 404 otherwise."""
    row: Any = db.session.get(model, row_id)
    if row is None:
        abort(404)
    return row, group_or_404(row.group_id)
