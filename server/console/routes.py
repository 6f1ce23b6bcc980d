"""Staff pages. Every route checks that the signed-in staff member runs the group."""

from __future__ import annotations

from datetime import UTC, timedelta

from flask import abort, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from sqlalchemy import select

from server.console import bp, overview, planning
from server.console.access import group_or_404, in_my_group_or_404
from server.console.forms import AssignForm, CodesForm, EmptyForm, ScheduleForm
from server.extensions import db
from server.models import Group, GroupFacilitator, InviteCode, Meeting
from server.services import invites, meetings, timetable
from server.services.errors import ServiceError
from server.services.principals import Principal

UPCOMING = 10
CODES_LISTED = 50


def _my_groups() -> list[Group]:
    query = select(Group).where(Group.archived_at.is_(None)).order_by(Group.name)
    if not current_user.is_admin:
        query = query.join(GroupFacilitator).where(GroupFacilitator.staff_id == current_user.id)
    return list(db.session.execute(query).scalars())


def _me() -> Principal:
    return Principal("staff", current_user.id, current_user.display_name, current_user.role.value)


@bp.get("/")
@login_required
def home() -> ResponseReturnValue:
    groups = _my_groups()
    upcoming = timetable.upcoming_query([g.id for g in groups]).limit(UPCOMING)
    return render_template(
        "console/home.html",
        groups=groups,
        progress={g.id: overview.progress(g) for g in groups},
        upcoming=list(db.session.execute(upcoming).scalars()),
        action_form=EmptyForm(),
    )


@bp.route("/groups/<int:group_id>", methods=["GET", "POST"])
@login_required
def group(group_id: int) -> ResponseReturnValue:
    group = group_or_404(group_id)
    form = ScheduleForm(prefix="schedule")
    form.session_key.choices, upcoming = planning.session_choices(group)
    if not form.is_submitted():
        form.session_key.data = upcoming
    if form.validate_on_submit():
        starts = form.starts_at.data.replace(tzinfo=UTC)  # type: ignore[union-attr]
        title, minutes = form.title.data or "", form.minutes.data or 90
        try:
            meetings.schedule_meeting(group, title, starts, minutes, form.session_key.data or None)
        except ServiceError as exc:
            flash(exc.message, "error")
        else:
            flash("Meeting scheduled.", "info")
            return redirect(url_for("console.group", group_id=group.id))
    return _group_page(group, form, upcoming)


def _group_page(group: Group, form: ScheduleForm, upcoming: str | None) -> ResponseReturnValue:
    query = (
        select(Meeting).where(Meeting.group_id == group.id).order_by(Meeting.scheduled_start.desc())
    )
    rows = list(db.session.execute(query.limit(50)).scalars())
    assign_form = AssignForm(
        prefix="assign", curriculum=group.curriculum.slug if group.curriculum else ""
    )
    assign_form.curriculum.choices = planning.curriculum_options()
    return render_template(
        "console/group.html",
        group=group,
        meetings=rows,
        sessions=planning.meeting_sessions(rows),
        upcoming=upcoming,
        form=form,
        assign_form=assign_form,
        codes_form=CodesForm(prefix="codes"),
        active_codes=invites.active_codes(group, CODES_LISTED),
        action_form=EmptyForm(),
    )


@bp.post("/groups/<int:group_id>/codes")
@login_required
def issue_codes(group_id: int) -> ResponseReturnValue:
    group = group_or_404(group_id)
    form = CodesForm(prefix="codes")
    if not form.validate_on_submit():
        flash("Choose 1 to 100 codes, each for 1 to 500 uses, valid for 1 to 90 days.", "error")
        return redirect(url_for("console.group", group_id=group.id))
    try:
        codes = invites.issue_codes(
            group,
            form.count.data or 1,
            max_uses=form.max_uses.data or 1,
            valid_for=timedelta(days=form.days.data or 14),
            issued_by=current_user,
        )
    except ServiceError as exc:
        flash(exc.message, "error")
        return redirect(url_for("console.group", group_id=group.id))
    return render_template("console/codes.html", group=group, codes=codes, form=form)


@bp.post("/codes/<int:code_id>/revoke")
@login_required
def revoke_code(code_id: int) -> ResponseReturnValue:
    """A facilitator takes back a code of their own group that still opens it."""
    code, group = in_my_group_or_404(InviteCode, code_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    invites.revoke_code(code, by=current_user)
    flash(f"The code ending {code.hint} no longer opens the group.", "info")
    return redirect(url_for("console.group", group_id=group.id, _anchor="codes"))


@bp.post("/meetings/<int:meeting_id>/<any(open, start, end):action>")
@login_required
def change_meeting(meeting_id: int, action: str) -> ResponseReturnValue:
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        meeting = meetings.get_meeting(meeting_id)
    except ServiceError:
        abort(404)
    group_or_404(meeting.group_id)
    try:
        meetings.change_status(meeting, action, _me())
    except ServiceError as exc:
        flash(exc.message, "error")
    if action in ("open", "start"):
        return redirect(url_for("attend.meeting_room", meeting_id=meeting.id))
    return redirect(url_for("console.group", group_id=meeting.group_id))
