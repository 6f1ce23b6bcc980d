"""Who may use the admin pages (admins, re-read from the database on every request), and
lookups that turn a missing row into a 404."""

from __future__ import annotations

from typing import TypeVar

from flask import abort, current_app, request
from flask.typing import ResponseReturnValue
from flask_login import current_user
from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import Select

from server.admin import bp
from server.extensions import db
from server.models import StaffUser

T = TypeVar("T")
PER_PAGE = 25


@bp.before_request
def admins_only() -> ResponseReturnValue | None:
    """Every admin route, present and future: sign in first; facilitators get a 403."""
    if not current_user.is_authenticated:
        return current_app.login_manager.unauthorized()  # type: ignore[attr-defined]
    if not current_user.is_admin:
        abort(403, description="Only admins can open this page.")
    return None


def me() -> StaffUser:
    return current_user._get_current_object()  # type: ignore[attr-defined]


def row_or_404(model: type[T], row_id: int) -> T:
    row = db.session.get(model, row_id)
    if row is None:
        abort(404)
    return row


def page_of(query: Select, per_page: int = PER_PAGE) -> Pagination:
    """One page of ``query``: ``?page=`` from the request; a bad or too-large page number
    gives the first or an empty page rather than an error."""
    return db.paginate(query, per_page=per_page, max_per_page=per_page, error_out=False)


def arg_int(name: str) -> int | None:
    """An optional integer filter from the query string; anything else counts as absent."""
    return request.args.get(name, type=int)
