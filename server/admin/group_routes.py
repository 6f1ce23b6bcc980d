"""Admin: the overview, and groups (create, edit, archive, restore)."""

from __future__ import annotations

from typing import Any

from flask import flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import func, select

from server.admin import bp
from server.admin.access import me, page_of, row_or_404
from server.admin.forms import GroupForm
from server.console.forms import EmptyForm
from server.extensions import db
from server.models import Group, Member, MemberStatus, StaffUser
from server.services import curricula, groups
from server.services.errors import ServiceError


def _count(model: type, *where: Any) -> int:
    return db.session.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


@bp.get("/")
def index() -> ResponseReturnValue:
    totals = {
        "groups": _count(Group, Group.archived_at.is_(None)),
        "staff": _count(StaffUser, StaffUser.active.is_(True)),
        "members": _count(Member, Member.status == MemberStatus.ACTIVE),
    }
    return render_template("admin/index.html", totals=totals)


@bp.get("/groups")
def groups_list() -> ResponseReturnValue:
    archived = request.args.get("archived") == "1"
    query = select(Group).where(
        Group.archived_at.is_not(None) if archived else Group.archived_at.is_(None)
    )
    page = page_of(query.order_by(Group.name, Group.id))
    return render_template("admin/groups.html", page=page, archived=archived)


def _group_form(group: Group | None = None) -> GroupForm:
    form = GroupForm(obj=group)
    form.curriculum.choices = [("", "None")] + [
        (str(item.id), item.title) for item in curricula.all_curricula()
    ]
    if group is not None and not form.is_submitted():
        form.curriculum.data = str(group.curriculum_id or "")
    return form


def _fields(form: GroupForm) -> groups.GroupFields:
    return groups.GroupFields(
        name=form.name.data or "",
        agreement=form.agreement.data or "",
        description=form.description.data or "",
        content_notes=form.content_notes.data or "",
        capacity=form.capacity.data or 0,
        curriculum_id=int(form.curriculum.data) if form.curriculum.data else None,
    )


@bp.route("/groups/new", methods=["GET", "POST"])
def new_group() -> ResponseReturnValue:
    form = _group_form()
    if form.validate_on_submit():
        try:
            group = groups.create_group(_fields(form), me())
        except ServiceError as exc:
            flash(exc.message, "error")
        else:
            flash(f"{group.name} created. Now schedule its meetings.", "info")
            return redirect(url_for("admin.group_schedule", group_id=group.id))
    return render_template("admin/group_form.html", form=form, group=None)


@bp.route("/groups/<int:group_id>", methods=["GET", "POST"])
def edit_group(group_id: int) -> ResponseReturnValue:
    group = row_or_404(Group, group_id)
    form = _group_form(group)
    if form.validate_on_submit():
        try:
            changed = groups.update_group(group, _fields(form), me())
        except ServiceError as exc:
            flash(exc.message, "error")
        else:
            flash("Saved." if changed else "Nothing changed.", "info")
            return redirect(url_for("admin.edit_group", group_id=group.id))
    return render_template("admin/group_form.html", form=form, group=group, action_form=EmptyForm())


@bp.post("/groups/<int:group_id>/archive")
def archive_group(group_id: int) -> ResponseReturnValue:
    group = row_or_404(Group, group_id)
    if EmptyForm().validate_on_submit():
        groups.archive_group(group, me())
        flash(f"{group.name} is archived. Its codes and schedules have stopped.", "info")
    return redirect(url_for("admin.edit_group", group_id=group.id))


@bp.post("/groups/<int:group_id>/restore")
def restore_group(group_id: int) -> ResponseReturnValue:
    group = row_or_404(Group, group_id)
    if EmptyForm().validate_on_submit():
        groups.restore_group(group, me())
        flash(f"{group.name} is open again. Start a new schedule when you are ready.", "info")
    return redirect(url_for("admin.edit_group", group_id=group.id))
