"""Admin: a group's invite codes (issue a batch, shown once; list by hint and status; revoke)."""

from __future__ import annotations

from datetime import timedelta

from flask import flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from server.admin import bp
from server.admin.access import me, page_of, row_or_404
from server.console.forms import CodesForm, EmptyForm
from server.models import Group, InviteCode
from server.models.base import utcnow
from server.services import invites
from server.services.errors import ServiceError


def _codes_page(group: Group, form: CodesForm) -> ResponseReturnValue:
    now = utcnow()
    status = request.args.get("status", "")
    page = page_of(invites.codes_of(group, status, now))
    return render_template(
        "admin/codes.html",
        group=group,
        page=page,
        status=status if status in invites.STATUSES else "",
        statuses=invites.STATUSES,
        status_of=lambda code: invites.code_status(code, now),
        form=form,
        action_form=EmptyForm(),
    )


@bp.get("/groups/<int:group_id>/codes")
def codes(group_id: int) -> ResponseReturnValue:
    return _codes_page(row_or_404(Group, group_id), CodesForm(prefix="codes"))


@bp.post("/groups/<int:group_id>/codes")
def issue_codes(group_id: int) -> ResponseReturnValue:
    group = row_or_404(Group, group_id)
    form = CodesForm(prefix="codes")
    if not form.validate_on_submit():
        return _codes_page(group, form)
    try:
        issued = invites.issue_codes(
            group,
            form.count.data or 1,
            max_uses=form.max_uses.data or 1,
            valid_for=timedelta(days=form.days.data or 14),
            issued_by=me(),
        )
    except ServiceError as exc:
        flash(exc.message, "error")
        return _codes_page(group, form)
    # Shown on this response only: the database keeps hashes, so nobody can show them again.
    back = url_for("admin.codes", group_id=group.id)
    return render_template(
        "admin/codes_issued.html", group=group, codes=issued, form=form, back=back
    )


@bp.post("/codes/<int:code_id>/revoke")
def revoke_code(code_id: int) -> ResponseReturnValue:
    code = row_or_404(InviteCode, code_id)
    if EmptyForm().validate_on_submit():
        invites.revoke_code(code, by=me())
        flash(f"The code ending {code.hint} no longer opens the group.", "info")
    return redirect(url_for("admin.codes", group_id=code.group_id))
