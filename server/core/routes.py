from __future__ import annotations

from flask import current_app, jsonify, make_response, redirect, render_template, request, session
from flask.typing import ResponseReturnValue
from sqlalchemy import text

from server.core import bp
from server.extensions import db
from server.services.members import member_for_token


@bp.get("/healthz")
def healthz() -> ResponseReturnValue:
    try:
        db.session.execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001 - the answer is "unhealthy", not a traceback
        db.session.rollback()
        return jsonify(status="error", database="unreachable"), 503
    return jsonify(status="ok", database="ok")


@bp.get("/")
def index() -> ResponseReturnValue:
    tokens = (session.get("member_tokens") or {}).values()
    members = [m for m in (member_for_token(t) for t in tokens) if m is not None]
    return render_template("core/index.html", members=members)


@bp.post("/discreet")
def toggle_discreet() -> ResponseReturnValue:
    """Switch the neutral title and icon on or off for this device."""
    response = make_response(redirect(request.referrer or "/"))
    if request.cookies.get("discreet") == "1":
        response.delete_cookie("discreet")
    else:
        response.set_cookie(
            "discreet",
            "1",
            max_age=60 * 60 * 24 * 365,
            httponly=True,
            samesite="Lax",
            secure=current_app.config["SESSION_COOKIE_SECURE"],
        )
    return response
