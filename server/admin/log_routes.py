"""Admin: the audit log, the flag history, and settings (retention window, crisis resources)."""

from __future__ import annotations

from typing import Any

from flask import current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import Select, select

from server.admin import bp
from server.admin.access import arg_int, me, page_of
from server.admin.forms import RetentionForm
from server.extensions import db
from server.models import AuditRecord, Flag, FlagStatus, Group, Meeting, StaffUser
from server.services import settings
from server.services.errors import ServiceError

# The safety work's page for crisis resources; linked once the app has a route there.
CRISIS_RESOURCES_PATH = "/staff/admin/crisis-resources"


def _names() -> dict[str, Any]:
    """Choices for the filters, and names to show for the ids the records carry."""
    groups = db.session.execute(select(Group.id, Group.name).order_by(Group.name)).tuples()
    staff = db.session.execute(
        select(StaffUser.id, StaffUser.display_name).order_by(StaffUser.display_name)
    ).tuples()
    return {"groups": dict(groups.all()), "staff": dict(staff.all())}


def _audit_query(group_id: int | None, staff_id: int | None, action: str) -> Select:
    query = select(AuditRecord)
    if group_id is not None:
        query = query.where(AuditRecord.group_id == group_id)
    if staff_id is not None:
        query = query.where(AuditRecord.actor_staff_id == staff_id)
    if action:
        query = query.where(AuditRecord.action == action)
    return query.order_by(AuditRecord.at.desc(), AuditRecord.id.desc())


@bp.get("/audit")
def audit_log() -> ResponseReturnValue:
    filters = {
        "group": arg_int("group"),
        "staff": arg_int("staff"),
        "action": request.args.get("action", "")[:60],
    }
    actions = select(AuditRecord.action).distinct().order_by(AuditRecord.action)
    return render_template(
        "admin/audit.html",
        page=page_of(_audit_query(filters["group"], filters["staff"], filters["action"]), 50),
        filters=filters,
        actions=list(db.session.execute(actions).scalars()),
        **_names(),
    )


def _flag_query(group_id: int | None, category: str, status: str) -> Select:
    query = select(Flag).join(Meeting, Meeting.id == Flag.meeting_id)
    if group_id is not None:
        query = query.where(Meeting.group_id == group_id)
    if category:
        query = query.where(Flag.category == category)
    if status in {item.value for item in FlagStatus}:
        query = query.where(Flag.status == FlagStatus(status))
    return query.order_by(Flag.created_at.desc(), Flag.id.desc())


@bp.get("/flags")
def flags() -> ResponseReturnValue:
    filters = {
        "group": arg_int("group"),
        "category": request.args.get("category", "")[:20],
        "status": request.args.get("status", ""),
    }
    page = page_of(_flag_query(filters["group"], filters["category"], filters["status"]), 50)
    meeting_ids = {flag.meeting_id for flag in page.items}
    meetings = select(Meeting).where(Meeting.id.in_(meeting_ids))
    categories = select(Flag.category).distinct().order_by(Flag.category)
    return render_template(
        "admin/flags.html",
        page=page,
        filters=filters,
        meetings={m.id: m for m in db.session.execute(meetings).scalars()},
        categories=list(db.session.execute(categories).scalars()),
        statuses=[item.value for item in FlagStatus],
        **_names(),
    )


def _crisis_page() -> str | None:
    rules = current_app.url_map.iter_rules()
    return CRISIS_RESOURCES_PATH if any(r.rule == CRISIS_RESOURCES_PATH for r in rules) else None


@bp.route("/settings", methods=["GET", "POST"])
def settings_page() -> ResponseReturnValue:
    form = RetentionForm()
    if form.validate_on_submit():
        try:
            settings.set_retention_hours(form.hours.data or 0, me().id)
        except ServiceError as exc:
            flash(exc.message, "error")
        else:
            flash("Retention window saved.", "info")
            return redirect(url_for("admin.settings_page"))
    if not form.is_submitted():
        form.hours.data = settings.retention_hours()
    return render_template(
        "admin/settings.html",
        form=form,
        hours=settings.retention_hours(),
        crisis_url=_crisis_page(),
        crisis_path=CRISIS_RESOURCES_PATH,
    )
