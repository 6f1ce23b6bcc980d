"""Staff pages. Every route checks that the signed-in staff member runs the group."""

from __future__ import annotations

from datetime import UTC, timedelta

from flask import abort, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from sqlalchemy import select

from server.console import bp
from server.console.forms import CodesForm, EmptyForm, ScheduleForm
from server.extensions import db
from server.models import Group, GroupFacilitator, Meeting
from server.services import invites, meetings
from server.services.errors import ServiceError
from server.services.principals import Principal, staff_runs_group


def _my_groups() -> list[Group]:
    query = select(Group).where(Group.archived_at.is_(None)).order_by(Group.name)
    if not current_user.is_admin:
        query = query.join(GroupFacilitator).where(GroupFacilitator.staff_id == current_user.id)
    return list(db.session.execute(query).scalars())


def _group_or_404(group_id: int) -> Group:
    group = db.session.get(Group, group_id)
    if group is None or not staff_runs_group(current_user, group_id):
        abort(404)
    return group


def _me() -> Principal:
    return Principal("staff", current_user.id, current_user.display_name, current_user.role.value)


@bp.get("/")
@login_required
def home() -> ResponseReturnValue:
    return render_template("console/home.html", groups=_my_groups())


@bp.route("/groups/<int:group_id>", methods=["GET", "POST"])
@login_required
def group(group_id: int) -> ResponseReturnValue:
    group = _group_or_404(group_id)
    form = ScheduleForm(prefix="schedule")
    if form.validate_on_submit():
        starts = form.starts_at.data.replace(tzinfo=UTC)  # type: ignore[union-attr]
        try:
            meetings.schedule_meeting(group, form.title.data or "", starts, form.minutes.data or 90)
        except ServiceError as exc:
            flash(exc.message, "error")
        else:
            flash("Meeting scheduled.", "info")
            return redirect(url_for("console.group", group_id=group.id))
    query = (
        select(Meeting).where(Meeting.group_id == group.id).order_by(Meeting.scheduled_start.desc())
    )
    rows = list(db.session.execute(query.limit(50)).scalars())
    return render_template(
        "console/group.html",
        group=group,
        meetings=rows,
        form=form,
        codes_form=CodesForm(prefix="codes"),
        action_form=EmptyForm(),
    )


@bp.post("/groups/<int:group_id>/codes")
@login_required
def issue_codes(group_id: int) -> ResponseReturnValue:
    group = _group_or_404(group_id)
    form = CodesForm(prefix="codes")
    if not form.validate_on_submit():
        flash("Choose between 1 and 100 codes, valid for 1 to 90 days.", "error")
        return redirect(url_for("console.group", group_id=group.id))
    codes = invites.issue_codes(
        group,
        form.count.data or 1,
        valid_for=timedelta(days=form.days.data or 14),
        issued_by=current_user,
    )
    return render_template("console/codes.html", group=group, codes=codes)


@bp.post("/meetings/<int:meeting_id>/<any(open, start, end):action>")
@login_required
def change_meeting(meeting_id: int, action: str) -> ResponseReturnValue:
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        meeting = meetings.get_meeting(meeting_id)
    except ServiceError:
        abort(404)
    _group_or_404(meeting.group_id)
    try:
        meetings.change_status(meeting, action, _me())
    except ServiceError as exc:
        flash(exc.message, "error")
    if action in ("open", "start"):
        return redirect(url_for("attend.meeting_room", meeting_id=meeting.id))
    return redirect(url_for("console.group", group_id=meeting.group_id))
