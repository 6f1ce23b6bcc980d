"""Admins set the crisis resources members see; every change is audited."""

from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from server.safety_pages import bp
from server.safety_pages.forms import ConfirmForm, CrisisResourceForm
from server.services import crisis
from server.services.errors import ServiceError

PAGE = "/admin/crisis-resources"


@bp.before_request
def signed_in_staff() -> ResponseReturnValue | None:
    """Every page here is for signed-in staff; admins-only pages check more below."""
    if not current_user.is_authenticated:
        return current_app.login_manager.unauthorized()  # type: ignore[attr-defined]
    return None


def _admins_only() -> None:
    if not current_user.is_admin:
        abort(403, description="Only admins can open this page.")


def _fields(form: CrisisResourceForm) -> crisis.ResourceFields:
    return crisis.clean_fields(
        form.locale.data or "",
        form.name.data or "",
        form.contact.data or "",
        form.description.data or "",
        form.position.data or 0,
    )


@bp.route(PAGE, methods=["GET", "POST"])
def crisis_resources() -> ResponseReturnValue:
    _admins_only()
    form = CrisisResourceForm(prefix="new")
    if form.validate_on_submit():
        try:
            crisis.save(None, _fields(form), current_user.id)
        except ServiceError as exc:
            flash(exc.message, "error")
        else:
            flash("Resource added.", "info")
            return redirect(url_for("safety.crisis_resources"))
    rows = crisis.resources()
    edit_forms = {row.id: CrisisResourceForm(prefix=f"r{row.id}", obj=row) for row in rows}
    return render_template(
        "safety/crisis_resources.html",
        rows=rows,
        edit_forms=edit_forms,
        form=form,
        delete_form=ConfirmForm(),
    )


@bp.post(f"{PAGE}/<int:resource_id>")
def update_crisis_resource(resource_id: int) -> ResponseReturnValue:
    _admins_only()
    form = CrisisResourceForm(prefix=f"r{resource_id}")
    if not form.validate_on_submit():
        flash("Give the resource a name and a way to reach it.", "error")
        return redirect(url_for("safety.crisis_resources"))
    try:
        crisis.save(resource_id, _fields(form), current_user.id)
    except ServiceError as exc:
        if exc.status == 404:
            abort(404)
        flash(exc.message, "error")
    else:
        flash("Resource saved.", "info")
    return redirect(url_for("safety.crisis_resources"))


@bp.post(f"{PAGE}/<int:resource_id>/delete")
def delete_crisis_resource(resource_id: int) -> ResponseReturnValue:
    _admins_only()
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        crisis.delete(resource_id, current_user.id)
    except ServiceError:
        abort(404)
    flash("Resource deleted.", "info")
    return redirect(url_for("safety.crisis_resources"))
