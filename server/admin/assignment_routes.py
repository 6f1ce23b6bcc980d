"""Admin: who facilitates each group, as lead or co-facilitator."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from server.admin import bp
from server.admin.access import me, row_or_404
from server.admin.forms import AssignForm, AssignmentRoleForm
from server.console.forms import EmptyForm
from server.extensions import db
from server.models import FacilitatorRole, Group, GroupFacilitator, StaffUser
from server.services import groups
from server.services.errors import ServiceError


def _assignment_or_404(group_id: int, assignment_id: int) -> GroupFacilitator:
    row = row_or_404(GroupFacilitator, assignment_id)
    if row.group_id != group_id:
        abort(404)
    return row


def _assign_form(group: Group) -> AssignForm:
    form = AssignForm()
    taken = select(GroupFacilitator.staff_id).where(GroupFacilitator.group_id == group.id)
    query = (
        select(StaffUser)
        .where(StaffUser.active.is_(True), StaffUser.id.not_in(taken))
        .order_by(StaffUser.display_name)
    )
    form.staff.choices = [
        (staff.id, f"{staff.display_name} ({staff.email})")
        for staff in db.session.execute(query).scalars()
    ]
    return form


@bp.route("/groups/<int:group_id>/facilitators", methods=["GET", "POST"])
def facilitators(group_id: int) -> ResponseReturnValue:
    group = row_or_404(Group, group_id)
    form = _assign_form(group)
    if form.validate_on_submit():
        staff = row_or_404(StaffUser, form.staff.data or 0)
        try:
            groups.assign_facilitator(group, staff, FacilitatorRole(form.role.data), me())
        except ServiceError as exc:
            flash(exc.message, "error")
        else:
            flash(f"{staff.display_name} now facilitates {group.name}.", "info")
            return redirect(url_for("admin.facilitators", group_id=group.id))
    rows = sorted(group.facilitators, key=lambda row: (row.role != "lead", row.staff.display_name))
    return render_template(
        "admin/facilitators.html",
        group=group,
        rows=rows,
        form=form,
        role_form=AssignmentRoleForm(),
        action_form=EmptyForm(),
    )


@bp.post("/groups/<int:group_id>/facilitators/<int:assignment_id>/role")
def facilitator_role(group_id: int, assignment_id: int) -> ResponseReturnValue:
    row = _assignment_or_404(group_id, assignment_id)
    form = AssignmentRoleForm()
    if form.validate_on_submit():
        groups.change_facilitator_role(row, FacilitatorRole(form.role.data), me())
        flash("Role saved.", "info")
    else:
        flash("Choose lead or co-facilitator.", "error")
    return redirect(url_for("admin.facilitators", group_id=group_id))


@bp.post("/groups/<int:group_id>/facilitators/<int:assignment_id>/remove")
def unassign(group_id: int, assignment_id: int) -> ResponseReturnValue:
    row = _assignment_or_404(group_id, assignment_id)
    if EmptyForm().validate_on_submit():
        name = row.staff.display_name
        groups.unassign_facilitator(row, me())
        flash(f"{name} no longer facilitates this group.", "info")
    return redirect(url_for("admin.facilitators", group_id=group_id))
