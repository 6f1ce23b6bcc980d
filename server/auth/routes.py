"""Staff sign-in: argon2 hashes, throttled per client and per account."""

from __future__ import annotations

import hashlib

from flask import current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required, login_user, logout_user

from server.auth import bp
from server.auth.forms import SignInForm
from server.extensions import limiter
from server.services import accounts, presence


def _login_limit() -> str:
    return current_app.config["STEADY_LOGIN_LIMIT"]


def _account_key() -> str:
    # Throttle per account too, so spreading guesses over many addresses does not help.
    email = (request.form.get("email") or "").strip().lower()
    return "login:" + hashlib.sha256(email.encode()).hexdigest()[:24]


@bp.route("/sign-in", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
@limiter.limit(_login_limit, methods=["POST"], key_func=_account_key)
def sign_in() -> ResponseReturnValue:
    if current_user.is_authenticated:
        return redirect(url_for("console.home"))
    form = SignInForm()
    if form.validate_on_submit():
        user = accounts.authenticate(form.email.data or "", form.password.data or "")
        if user is not None:
            login_user(user)
            return redirect(url_for("console.home"))
        flash("That email and password don't match an active staff account.", "error")
    return render_template("auth/sign_in.html", form=form)


@bp.route("/sign-out", methods=["POST"])
@login_required
def sign_out() -> ResponseReturnValue:
    staff_id = current_user.id
    logout_user()
    # A socket keeps the session it connected with; close it so signing out really ends access.
    presence.disconnect_identity(staff_id=staff_id)
    return redirect(url_for("core.index"))
