"""Staff read curricula before running them. Every page here needs a staff sign-in."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required

from server.console.access import group_or_404
from server.console.forms import AssignForm
from server.curricula_pages import bp
from server.models import Curriculum, CurriculumVersion
from server.services import curricula
from server.services.errors import ServiceError


def _version_or_404(slug: str) -> tuple[Curriculum, CurriculumVersion]:
    curriculum = curricula.find_curriculum(slug)
    if curriculum is None:
        abort(404)
    try:
        # ``?version=N`` shows the text a meeting was planned from; the latest otherwise.
        return curriculum, curricula.get_version(curriculum, request.args.get("version", type=int))
    except ServiceError:
        abort(404)


@bp.get("/curricula")
@login_required
def index() -> ResponseReturnValue:
    rows = [(c, curricula.latest_version(c)) for c in curricula.all_curricula()]
    return render_template("curricula/index.html", rows=rows)


@bp.get("/curricula/<slug>")
@login_required
def outline(slug: str) -> ResponseReturnValue:
    curriculum, version = _version_or_404(slug)
    latest = curricula.latest_version(curriculum)
    return render_template(
        "curricula/outline.html",
        curriculum=curriculum,
        version=version,
        latest=latest,
        plan=curricula.parsed(version),
    )


@bp.get("/curricula/<slug>/sessions/<key>")
@login_required
def session(slug: str, key: str) -> ResponseReturnValue:
    curriculum, version = _version_or_404(slug)
    plan = curricula.parsed(version)
    try:
        item = plan.session(key)
    except KeyError:
        abort(404)
    return render_template(
        "curricula/session.html",
        curriculum=curriculum,
        version=version,
        module=plan.module(item.module),
        item=item,
    )


@bp.post("/groups/<int:group_id>/curriculum")
@login_required
def assign(group_id: int) -> ResponseReturnValue:
    """Admins choose which curriculum a group follows; its past meetings keep theirs."""
    group = group_or_404(group_id)
    if not current_user.is_admin:
        abort(403)
    form = AssignForm(prefix="assign")
    if not form.validate_on_submit():
        abort(400)
    chosen = curricula.find_curriculum(form.curriculum.data) if form.curriculum.data else None
    if form.curriculum.data and chosen is None:
        flash("There is no such curriculum. Load it first.", "error")
    else:
        curricula.assign_to_group(group, chosen, actor_staff_id=current_user.id)
        flash(
            "Curriculum updated." if chosen else "The group no longer follows a curriculum.", "info"
        )
    return redirect(url_for("console.group", group_id=group.id))
