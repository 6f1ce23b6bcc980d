"""Admin pages at /staff/admin: groups, schedules, staff, assignments, invite codes, settings,
the audit log, flag history and reports. Admins only: checked before every request here.

``invite_bp`` holds the one page an invited staff member opens before they have an account.
"""

from flask import Blueprint

bp = Blueprint("admin", __name__, url_prefix="/staff/admin")
invite_bp = Blueprint("staff_invite", __name__, url_prefix="/staff/invite")

from server.admin import (  # noqa: E402,F401
    access,
    assignment_routes,
    code_routes,
    group_routes,
    invite_routes,
    log_routes,
    report_routes,
    schedule_routes,
    staff_routes,
)
