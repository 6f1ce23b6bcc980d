"""Admin: staff accounts (invite by one-time link, role, deactivate, reactivate)."""

from __future__ import annotations

from collections.abc import Callable

from flask import flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from server.admin import bp
from server.admin.access import me, page_of, row_or_404
from server.admin.forms import InviteStaffForm, RoleForm
from server.console.forms import EmptyForm
from server.extensions import db
from server.models import StaffInvite, StaffRole, StaffUser
from server.models.base import utcnow
from server.services import staff
from server.services.errors import ServiceError


@bp.get("/staff")
def staff_list() -> ResponseReturnValue:
    query = select(StaffUser).order_by(StaffUser.active.desc(), StaffUser.display_name)
    pending = (
        select(StaffInvite)
        .where(StaffInvite.accepted_at.is_(None), StaffInvite.revoked_at.is_(None))
        .where(StaffInvite.expires_at > utcnow())
        .order_by(StaffInvite.created_at.desc())
    )
    return render_template(
        "admin/staff.html",
        page=page_of(query),
        invites=list(db.session.execute(pending).scalars()),
        role_form=RoleForm(),
        action_form=EmptyForm(),
    )


@bp.route("/staff/invite", methods=["GET", "POST"])
def invite_staff() -> ResponseReturnValue:
    form = InviteStaffForm()
    if form.validate_on_submit():
        role = StaffRole(form.role.data)
        try:
            invite, token = staff.invite_staff(
                form.email.data or "", role, form.days.data or 7, me()
            )
        except ServiceError as exc:
            flash(exc.message, "error")
        else:
            link = url_for("staff_invite.accept", token=token, _external=True)
            # Shown once, on this response only: the token is not stored anywhere.
            return render_template("admin/invite_link.html", invite=invite, link=link)
    return render_template("admin/invite_staff.html", form=form)


@bp.post("/staff/invites/<int:invite_id>/revoke")
def revoke_staff_invite(invite_id: int) -> ResponseReturnValue:
    invite = row_or_404(StaffInvite, invite_id)
    if EmptyForm().validate_on_submit():
        staff.revoke_invite(invite, me())
        flash(f"The invite for {invite.email} no longer works.", "info")
    return redirect(url_for("admin.staff_list"))


def _attempt(run: Callable[[], str]) -> ResponseReturnValue:
    """Run one account action; its message, or the reason it was refused, goes on the list."""
    try:
        flash(run(), "info")
    except ServiceError as exc:
        flash(exc.message, "error")
    return redirect(url_for("admin.staff_list"))


@bp.post("/staff/<int:staff_id>/role")
def staff_role(staff_id: int) -> ResponseReturnValue:
    target = row_or_404(StaffUser, staff_id)
    form = RoleForm()
    if not form.validate_on_submit():
        flash("Choose facilitator or admin.", "error")
        return redirect(url_for("admin.staff_list"))

    def run() -> str:
        staff.set_role(target, StaffRole(form.role.data), me())
        return f"{target.display_name} is now {'an admin' if target.is_admin else 'a facilitator'}."

    return _attempt(run)


@bp.post("/staff/<int:staff_id>/deactivate")
def deactivate_staff(staff_id: int) -> ResponseReturnValue:
    target = row_or_404(StaffUser, staff_id)

    def run() -> str:
        closed = staff.deactivate(target, me())
        return f"{target.display_name} is deactivated; {closed} live connection(s) closed."

    return _attempt(run)


@bp.post("/staff/<int:staff_id>/reactivate")
def reactivate_staff(staff_id: int) -> ResponseReturnValue:
    target = row_or_404(StaffUser, staff_id)

    def run() -> str:
        staff.reactivate(target, me())
        return f"{target.display_name} can sign in again."

    return _attempt(run)
