"""Admin: schedules (weekly, in a time zone), one-off meetings, and the meetings to come."""

from __future__ import annotations

import zoneinfo

from flask import flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from server.admin import bp
from server.admin.access import me, page_of, row_or_404
from server.admin.forms import WEEKDAYS, OneOffForm, WeeklyForm
from server.console.forms import EmptyForm
from server.extensions import db
from server.models import Group, Schedule
from server.services import schedules, timetable
from server.services.errors import ServiceError


@bp.get("/schedules")
def schedules_index() -> ResponseReturnValue:
    running = (
        select(Schedule).join(Group).where(Schedule.ended_at.is_(None), Group.archived_at.is_(None))
    )
    return render_template(
        "admin/schedules.html",
        page=page_of(timetable.upcoming_query()),
        running=list(db.session.execute(running.order_by(Group.name, Schedule.id)).scalars()),
        weekdays=WEEKDAYS,
        weeks=schedules.weeks_ahead(),
        action_form=EmptyForm(),
    )


def _schedule_page(
    group: Group, weekly: WeeklyForm | None = None, once: OneOffForm | None = None
) -> ResponseReturnValue:
    zone_name = timetable.display_zone(group)
    query = select(Schedule).where(Schedule.group_id == group.id)
    rows = db.session.execute(query.order_by(Schedule.ended_at.is_not(None), Schedule.id.desc()))
    return render_template(
        "admin/group_schedule.html",
        group=group,
        schedules=list(rows.scalars()),
        page=page_of(timetable.upcoming_query([group.id])),
        zone=zoneinfo.ZoneInfo(zone_name),
        weekdays=WEEKDAYS,
        weeks=schedules.weeks_ahead(),
        weekly=weekly or WeeklyForm(prefix="weekly", formdata=None, timezone=zone_name),
        once=once or OneOffForm(prefix="once", formdata=None, timezone=zone_name),
        action_form=EmptyForm(),
    )


@bp.get("/groups/<int:group_id>/schedule")
def group_schedule(group_id: int) -> ResponseReturnValue:
    return _schedule_page(row_or_404(Group, group_id))


@bp.post("/groups/<int:group_id>/schedule/weekly")
def add_weekly(group_id: int) -> ResponseReturnValue:
    group = row_or_404(Group, group_id)
    form = WeeklyForm(prefix="weekly")
    if not form.validate_on_submit():
        return _schedule_page(group, weekly=form)
    fields = schedules.WeeklyFields(
        weekday=form.weekday.data,
        local_time=form.local_time.data,  # type: ignore[arg-type]
        timezone=form.timezone.data,
        minutes=form.minutes.data or 90,
        title=form.title.data or "",
        starts_on=form.starts_on.data,
    )
    try:
        _, made = schedules.add_weekly(group, fields, me())
    except ServiceError as exc:
        flash(exc.message, "error")
        return _schedule_page(group, weekly=form)
    flash(f"Weekly schedule saved: {made} meeting(s) planned ahead.", "info")
    return redirect(url_for("admin.group_schedule", group_id=group.id))


@bp.post("/groups/<int:group_id>/schedule/once")
def add_one_off(group_id: int) -> ResponseReturnValue:
    group = row_or_404(Group, group_id)
    form = OneOffForm(prefix="once")
    if not form.validate_on_submit():
        return _schedule_page(group, once=form)
    starts = (form.day.data, form.local_time.data, form.timezone.data)
    try:
        schedules.add_one_off(group, form.title.data or "", starts, form.minutes.data or 90, me())  # type: ignore[arg-type]
    except ServiceError as exc:
        flash(exc.message, "error")
        return _schedule_page(group, once=form)
    flash("Meeting scheduled.", "info")
    return redirect(url_for("admin.group_schedule", group_id=group.id))


@bp.post("/schedules/<int:schedule_id>/end")
def end_schedule(schedule_id: int) -> ResponseReturnValue:
    schedule = row_or_404(Schedule, schedule_id)
    if EmptyForm().validate_on_submit():
        removed = schedules.end_schedule(schedule, me())
        flash(f"Schedule stopped; {removed} meeting(s) not yet opened were removed.", "info")
    return redirect(url_for("admin.group_schedule", group_id=schedule.group_id))


@bp.post("/schedules/materialise")
def materialise() -> ResponseReturnValue:
    if EmptyForm().validate_on_submit():
        made = schedules.materialise_all(actor_id=me().id)
        flash(f"{made} new meeting(s) planned.", "info")
    return redirect(url_for("admin.schedules_index"))
