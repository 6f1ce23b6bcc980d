"""The page an invited staff member opens from their one-time link to set up their account."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue

from server.admin import invite_bp
from server.admin.forms import AcceptInviteForm
from server.extensions import limiter
from server.services import staff
from server.services.errors import ServiceError


@invite_bp.route("/<token>", methods=["GET", "POST"])
@limiter.limit("20 per 10 minutes", methods=["POST"])
def accept(token: str) -> ResponseReturnValue:
    try:
        invite = staff.find_invite(token)
    except ServiceError as exc:
        return render_template("core/error.html", code=exc.status, message=exc.message), exc.status
    form = AcceptInviteForm()
    if form.validate_on_submit():
        try:
            staff.accept_invite(token, form.display_name.data or "", form.password.data or "")
        except ServiceError as exc:
            flash(exc.message, "error")
        else:
            flash("Your account is ready. Sign in with your email and new password.", "info")
            return redirect(url_for("auth.sign_in"))
    return render_template("admin/accept_invite.html", form=form, invite=invite)
