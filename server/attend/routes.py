"""Joining a group: invite code, then a pseudonym, then the group agreement."""

from __future__ import annotations

from flask import current_app, flash, redirect, render_template, session, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from server.attend import bp
from server.attend.access import viewer_for
from server.attend.forms import AgreementForm, CodeForm, PseudonymForm
from server.extensions import db, limiter
from server.models import Meeting, MeetingStatus
from server.services import invites, members
from server.services.errors import ServiceError
from server.services.meetings import get_meeting


def _join_limit() -> str:
    return current_app.config["STEADY_JOIN_LIMIT"]


@bp.route("/join", methods=["GET", "POST"])
@limiter.limit(_join_limit, methods=["POST"])
def join() -> ResponseReturnValue:
    form = CodeForm()
    if form.validate_on_submit():
        try:
            invite = invites.find_usable_code(form.code.data or "")
        except ServiceError as exc:
            flash(exc.message, "error")
        else:
            session["pending_join"] = {"code": form.code.data, "group_id": invite.group_id}
            return redirect(url_for("attend.choose_name"))
    return render_template("attend/join.html", form=form)


def _pending() -> dict | None:
    pending = session.get("pending_join")
    return pending if isinstance(pending, dict) else None


@bp.route("/join/name", methods=["GET", "POST"])
def choose_name() -> ResponseReturnValue:
    pending = _pending()
    if pending is None:
        return redirect(url_for("attend.join"))
    form = PseudonymForm()
    if form.validate_on_submit():
        try:
            name = members.check_pseudonym(pending["group_id"], form.pseudonym.data or "")
        except ServiceError as exc:
            flash(exc.message, "error")
        else:
            session["pending_join"] = {**pending, "pseudonym": name}
            return redirect(url_for("attend.agreement"))
    return render_template("attend/name.html", form=form)


@bp.route("/join/agreement", methods=["GET", "POST"])
def agreement() -> ResponseReturnValue:
    pending = _pending()
    if pending is None or "pseudonym" not in pending:
        return redirect(url_for("attend.join"))
    try:
        group = invites.find_usable_code(pending["code"]).group
    except ServiceError as exc:
        session.pop("pending_join", None)
        flash(exc.message, "error")
        return redirect(url_for("attend.join"))
    form = AgreementForm()
    if form.validate_on_submit():
        return _finish_join(pending)
    return render_template("attend/agreement.html", form=form, group=group, pending=pending)


def _finish_join(pending: dict) -> ResponseReturnValue:
    try:
        member, token = members.join_group(pending["code"], pending["pseudonym"])
    except ServiceError as exc:
        flash(exc.message, "error")
        target = "attend.choose_name" if exc.code == "pseudonym_taken" else "attend.join"
        return redirect(url_for(target))
    session.pop("pending_join", None)
    session["member_tokens"] = {**(session.get("member_tokens") or {}), str(member.group_id): token}
    session.permanent = True
    return redirect(url_for("attend.group_page", group_id=member.group_id))


@bp.get("/groups/<int:group_id>")
def group_page(group_id: int) -> ResponseReturnValue:
    group, member = viewer_for(group_id)
    query = (
        select(Meeting)
        .where(Meeting.group_id == group.id, Meeting.status != MeetingStatus.ENDED)
        .order_by(Meeting.scheduled_start)
    )
    upcoming = list(db.session.execute(query).scalars())
    return render_template("attend/group.html", group=group, member=member, meetings=upcoming)


@bp.get("/meetings/<int:meeting_id>")
def meeting_room(meeting_id: int) -> ResponseReturnValue:
    try:
        meeting = get_meeting(meeting_id)
    except ServiceError:
        return render_template("core/error.html", code=404, message="No such meeting."), 404
    group, member = viewer_for(meeting.group_id)
    return render_template("attend/room.html", meeting=meeting, group=group, member=member)
