"""Follow-up after a meeting, for the group's staff: who came, what was flagged, and notes."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from server.console.access import group_or_404
from server.extensions import db
from server.models import Meeting, Member
from server.safety_pages import bp
from server.safety_pages.forms import NoteForm
from server.services import notes
from server.services.errors import ServiceError


def _meeting_or_404(meeting_id: int) -> Meeting:
    meeting = db.session.get(Meeting, meeting_id)
    if meeting is None:
        abort(404)
    group_or_404(meeting.group_id)
    return meeting


@bp.get("/meetings/<int:meeting_id>/follow-up")
def follow_up(meeting_id: int) -> ResponseReturnValue:
    meeting = _meeting_or_404(meeting_id)
    people = notes.attendees(meeting.id)
    return render_template(
        "safety/follow_up.html",
        meeting=meeting,
        people=people,
        notes=notes.notes_for([m.id for m in people]),
        flags=notes.meeting_flags(meeting.id),
        restrictions=notes.restrictions(meeting.id),
        forms={m.id: NoteForm(prefix=f"n{m.id}") for m in people},
    )


@bp.post("/meetings/<int:meeting_id>/follow-up/members/<int:member_id>/notes")
def add_note(meeting_id: int, member_id: int) -> ResponseReturnValue:
    meeting = _meeting_or_404(meeting_id)
    member = db.session.get(Member, member_id)
    if member is None or member.group_id != meeting.group_id:
        abort(404)
    form = NoteForm(prefix=f"n{member.id}")
    if not form.validate_on_submit():
        flash("Write a note before saving it.", "error")
    else:
        try:
            notes.add_note(member, current_user, form.body.data or "", meeting.id)
        except ServiceError as exc:
            flash(exc.message, "error")
        else:
            flash(f"Note on {member.pseudonym} saved.", "info")
    target = url_for("safety.follow_up", meeting_id=meeting.id)
    return redirect(f"{target}#member-{member.id}")
