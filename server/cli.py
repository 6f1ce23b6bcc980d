"""Command line: ``flask --app server <command>``."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta

import click
from flask import Flask, current_app
from sqlalchemy import select

from facilitator.curriculum import CurriculumError
from server.cli_bench import bench_setup
from server.cli_curricula import content_dirs, curricula_cli
from server.cli_safety import purge_command
from server.cli_schedules import schedule_meetings
from server.extensions import db
from server.models import (
    FacilitatorRole,
    Group,
    GroupFacilitator,
    Meeting,
    MeetingStatus,
    StaffRole,
    StaffUser,
)
from server.models.base import utcnow
from server.services import accounts, curricula, invites, meetings
from server.services.errors import ServiceError

DEMO_AGREEMENT = """\
- What is shared here stays here. Don't copy, screenshot or repeat it.
- Speak from your own experience. Listen without judging, fixing or giving advice.
- Use first names or nicknames only. Don't share anything that could identify you or anyone else.
- You may pass at any time. Taking a break or leaving early is always fine.
- If you are in danger or crisis, tell a facilitator privately. They will help you find support.
"""
DEMO_CURRICULUM = "trauma-bond-recovery"


def register(app: Flask) -> None:
    app.cli.add_command(create_admin)
    app.cli.add_command(seed_demo)
    app.cli.add_command(curricula_cli)
    app.cli.add_command(purge_command)
    app.cli.add_command(schedule_meetings)
    app.cli.add_command(bench_setup)


@click.command("create-admin")
@click.option("--email", prompt=True)
@click.option("--name", "display_name", prompt="Display name")
@click.password_option(envvar="STEADY_ADMIN_PASSWORD")
def create_admin(email: str, display_name: str, password: str) -> None:
    """Create an admin account."""
    try:
        accounts.create_staff(email, display_name, password, StaffRole.ADMIN)
    except ServiceError as exc:
        raise click.ClickException(exc.message) from None
    click.echo(f"Admin {email} created.")


def _demo_staff(email: str, name: str, role: StaffRole) -> tuple[StaffUser, str]:
    password = secrets.token_urlsafe(12)
    user = accounts.find_staff_by_email(email)
    if user is None:
        user = accounts.create_staff(email, name, password, role)
    else:
        accounts.set_password(user, password)
    return user, password


def _demo_group(facilitator: StaffUser) -> Group:
    group = db.session.execute(
        select(Group).where(Group.name == "Thursday evening circle")
    ).scalar_one_or_none()
    if group is None:
        group = Group(
            name="Thursday evening circle",
            agreement=DEMO_AGREEMENT,
            description="A demo group for trying Steady out.",
        )
        group.facilitators.append(
            GroupFacilitator(staff_id=facilitator.id, role=FacilitatorRole.LEAD)
        )
        db.session.add(group)
        db.session.commit()
    return group


def _demo_curriculum(group: Group) -> None:
    """Load the curricula and make the demo group follow the trauma-bond one."""
    try:
        curricula.load_all(*content_dirs())
    except CurriculumError as exc:
        raise click.ClickException(f"The curricula have problems:\n{exc}") from None
    curriculum = curricula.find_curriculum(DEMO_CURRICULUM)
    if curriculum is not None and group.curriculum_id != curriculum.id:
        curricula.assign_to_group(group, curriculum)


def _demo_meeting(group: Group) -> Meeting:
    query = select(Meeting).where(
        Meeting.group_id == group.id, Meeting.status != MeetingStatus.ENDED
    )
    meeting = db.session.execute(query).scalars().first()
    if meeting is None:
        meeting = meetings.schedule_meeting(group, "Recognising the bond", utcnow())
    # A meeting already under way keeps what it has; one not yet started gets the next session.
    unplanned = meeting.session_key is None and group.curriculum_id is not None
    if unplanned and meeting.status != MeetingStatus.LIVE:
        curricula.attach_session(meeting)
    if meeting.status == MeetingStatus.SCHEDULED:
        meeting.status, meeting.opened_at = MeetingStatus.OPEN, utcnow()
        db.session.commit()
    return meeting


@click.command("seed-demo")
@click.option("--codes", default=3, show_default=True, help="How many invite codes to issue.")
def seed_demo(codes: int) -> None:
    """Create (or refresh) a demo group, staff and meeting; print sign-in details and codes."""
    admin, admin_pw = _demo_staff("admin@steady.test", "Demo admin", StaffRole.ADMIN)
    fac, fac_pw = _demo_staff("facilitator@steady.test", "Alex", StaffRole.FACILITATOR)
    group = _demo_group(fac)
    _demo_curriculum(group)
    meeting = _demo_meeting(group)
    new_codes = invites.issue_codes(group, codes, valid_for=timedelta(days=7), issued_by=fac)
    base = f"http://127.0.0.1:{os.environ.get('PORT', current_app.config['STEADY_PORT'])}"
    click.echo(
        f"""
Steady demo is ready.
  Home:                 {base}/
  Join with a code:     {base}/join
  Staff sign-in:        {base}/staff/sign-in
  Demo meeting (open):  {base}/meetings/{meeting.id}

  Admin:        {admin.email}  password: {admin_pw}
  Facilitator:  {fac.email}  password: {fac_pw}
  Invite codes for "{group.name}" (single use, 7 days):
"""
        + "\n".join(f"    {code}" for code in new_codes)
    )
