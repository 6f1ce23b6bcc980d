"""Every HTTP route, with every role: who gets in.

The table below says, for each route and method, what each role meets: ``IN`` (the page or
the action), ``LOGIN`` (sent to staff sign-in) or ``DENIED`` (403 or 404). A route added to
the app without a row here fails ``test_every_route_has_an_expectation``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.routing import Rule

from server.models import (
    CrisisResource,
    FacilitatorRole,
    GroupFacilitator,
    InviteCode,
    Schedule,
    StaffRole,
    StaffUser,
)
from server.models.base import utcnow
from server.services import invites, members, staff
from tests.conftest import sign_in

IN, LOGIN, DENIED = "in", "login", "denied"
ROLES = ("anonymous", "member", "facilitator", "other_facilitator", "admin")


def _who(anonymous: str, member: str, facilitator: str, other: str, admin: str) -> dict:
    return dict(zip(ROLES, (anonymous, member, facilitator, other, admin), strict=True))


PUBLIC = _who(IN, IN, IN, IN, IN)
STAFF = _who(LOGIN, LOGIN, IN, IN, IN)
GROUP_STAFF = _who(LOGIN, LOGIN, IN, DENIED, IN)
ADMIN = _who(LOGIN, LOGIN, DENIED, DENIED, IN)
# The group's own pages: its members on this device and its staff; a 404 for everyone else.
GROUP_PAGE = _who(DENIED, IN, IN, DENIED, IN)

ADMIN_ENDPOINTS = {
    "admin.index": ("GET",),
    "admin.groups_list": ("GET",),
    "admin.new_group": ("GET", "POST"),
    "admin.edit_group": ("GET", "POST"),
    "admin.archive_group": ("POST",),
    "admin.restore_group": ("POST",),
    "admin.facilitators": ("GET", "POST"),
    "admin.facilitator_role": ("POST",),
    "admin.unassign": ("POST",),
    "admin.schedules_index": ("GET",),
    "admin.group_schedule": ("GET",),
    "admin.add_weekly": ("POST",),
    "admin.add_one_off": ("POST",),
    "admin.end_schedule": ("POST",),
    "admin.materialise": ("POST",),
    "admin.staff_list": ("GET",),
    "admin.invite_staff": ("GET", "POST"),
    "admin.revoke_staff_invite": ("POST",),
    "admin.staff_role": ("POST",),
    "admin.deactivate_staff": ("POST",),
    "admin.reactivate_staff": ("POST",),
    "admin.codes": ("GET",),
    "admin.issue_codes": ("POST",),
    "admin.revoke_code": ("POST",),
    "admin.audit_log": ("GET",),
    "admin.flags": ("GET",),
    "admin.settings_page": ("GET", "POST"),
    "admin.group_reports": ("GET",),
}

EXPECTED: dict[tuple[str, str], dict[str, str]] = {
    ("static", "GET"): PUBLIC,
    ("core.index", "GET"): PUBLIC,
    ("core.healthz", "GET"): PUBLIC,
    ("core.toggle_discreet", "POST"): PUBLIC,
    ("attend.join", "GET"): PUBLIC,
    ("attend.join", "POST"): PUBLIC,
    ("attend.choose_name", "GET"): PUBLIC,
    ("attend.choose_name", "POST"): PUBLIC,
    ("attend.agreement", "GET"): PUBLIC,
    ("attend.agreement", "POST"): PUBLIC,
    ("attend.group_page", "GET"): GROUP_PAGE,
    ("attend.meeting_room", "GET"): GROUP_PAGE,
    ("auth.sign_in", "GET"): PUBLIC,
    ("auth.sign_in", "POST"): PUBLIC,
    ("auth.sign_out", "POST"): STAFF,
    ("staff_invite.accept", "GET"): PUBLIC,
    ("staff_invite.accept", "POST"): PUBLIC,
    ("console.home", "GET"): STAFF,
    ("console.group", "GET"): GROUP_STAFF,
    ("console.group", "POST"): GROUP_STAFF,
    ("console.issue_codes", "POST"): GROUP_STAFF,
    ("console.revoke_code", "POST"): GROUP_STAFF,
    ("console.change_meeting", "POST"): GROUP_STAFF,
    ("console.meeting_report", "GET"): GROUP_STAFF,
    ("curricula.index", "GET"): STAFF,
    ("curricula.outline", "GET"): STAFF,
    ("curricula.session", "GET"): STAFF,
    # Staff of the group may see the form; only admins may change the curriculum.
    ("curricula.assign", "POST"): ADMIN,
    ("safety.crisis_resources", "GET"): ADMIN,
    ("safety.crisis_resources", "POST"): ADMIN,
    ("safety.update_crisis_resource", "POST"): ADMIN,
    ("safety.delete_crisis_resource", "POST"): ADMIN,
    ("safety.follow_up", "GET"): GROUP_STAFF,
    ("safety.add_note", "POST"): GROUP_STAFF,
    **{(endpoint, m): ADMIN for endpoint, ms in ADMIN_ENDPOINTS.items() for m in ms},
}


def _routes(app: Flask) -> list[tuple[Rule, str]]:
    found = []
    for rule in app.url_map.iter_rules():
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            found.append((rule, method))
    return found


def test_every_route_has_an_expectation(app):
    routes = {(rule.endpoint, method) for rule, method in _routes(app)}
    assert routes - EXPECTED.keys() == set(), "new routes: add who may use them to EXPECTED"
    assert EXPECTED.keys() - routes == set(), "routes gone: remove them from EXPECTED"


@dataclass
class World:
    values: dict[str, Any]  # a value for every argument any route takes
    member_token: str
    group_id: int
    staff: dict[str, StaffUser]  # role -> account


@pytest.fixture
def world(make_staff, make_group, make_meeting, loaded, plan, db) -> World:
    """Two groups with their own facilitators, a member, an admin, and one of everything a
    route can name: a meeting, an invite code, a schedule, a staff invite, a spare account."""
    facilitator = make_staff(name="Lead")
    group = make_group(facilitator)
    other = make_staff(name="Elsewhere")
    make_group(other, name="Other group")
    admin = make_staff(StaffRole.ADMIN, name="Admin")
    spare = make_staff(name="Spare")
    row = GroupFacilitator(group_id=group.id, staff_id=spare.id, role=FacilitatorRole.CO)
    now = utcnow()
    schedule = Schedule(
        group_id=group.id, weekday=0, local_time=now.time(), timezone="UTC", starts_on=now.date()
    )
    db.session.add_all([row, schedule])
    db.session.commit()
    resource = CrisisResource(locale="en-GB", name="A helpline", contact="Call 0000")
    db.session.add(resource)
    db.session.commit()
    (code,) = invites.issue_codes(group)
    member, token = members.join_group(code, "Robin")
    (_spare_code,) = invites.issue_codes(group)
    invite, invite_token = staff.invite_staff("new@steady.test", StaffRole.FACILITATOR, 3, admin)
    values = {
        "group_id": group.id,
        "meeting_id": make_meeting(group).id,
        "action": "open",
        "slug": loaded.slug,
        "key": plan.sessions[0].id,
        "code_id": db.session.query(InviteCode).order_by(InviteCode.id.desc()).first().id,
        "assignment_id": row.id,
        "staff_id": spare.id,
        "invite_id": invite.id,
        "schedule_id": schedule.id,
        "token": invite_token,
        "filename": "css/app.css",
        "member_id": member.id,
        "resource_id": resource.id,
    }
    people = {"facilitator": facilitator, "other_facilitator": other, "admin": admin}
    return World(values, token, group.id, people)


def _act_as(client: FlaskClient, role: str, world: World) -> None:
    if role == "member":
        # The device cookie the join flow leaves behind.
        with client.session_transaction() as session:
            session["member_tokens"] = {str(world.group_id): world.member_token}
    elif role in world.staff:
        sign_in(client, world.staff[role])


def _outcome(response: Any) -> str:
    if response.status_code >= 500:
        return f"error {response.status_code}"
    if response.status_code == 302 and urlparse(response.location).path == "/staff/sign-in":
        return LOGIN
    return DENIED if response.status_code in (403, 404) else IN


# Actions that take away what later requests in the walk use: run after the others.
LAST = {
    "admin.unassign": 1,
    "admin.revoke_staff_invite": 1,
    "safety.delete_crisis_resource": 1,
    "auth.sign_out": 2,
}


def _walk_order(routes: list[tuple[Rule, str]]) -> list[tuple[Rule, str]]:
    # Pages first, then actions; signing out last, since it ends the walk's own session.
    return sorted(routes, key=lambda r: (r[1] != "GET", LAST.get(r[0].endpoint, 0), r[0].rule))


@pytest.mark.parametrize("role", ROLES)
def test_who_gets_in(app, client, world, role):
    _act_as(client, role, world)
    adapter = app.url_map.bind("localhost")
    wrong = []
    for rule, method in _walk_order(_routes(app)):
        args = {name: world.values[name] for name in rule.arguments}
        url = adapter.build(rule.endpoint, args, method=method)
        response = client.open(url, method=method, data={})
        got, want = _outcome(response), EXPECTED[(rule.endpoint, method)][role]
        response.close()
        if got != want:
            wrong.append(f"{method} {url}: {got} ({response.status_code}), expected {want}")
    assert wrong == []


def test_the_walk_covers_every_role_and_both_kinds_of_refusal():
    # A table that let everyone in (or no one) would make the walk pointless.
    for outcome in (IN, LOGIN, DENIED):
        assert any(outcome in row.values() for row in EXPECTED.values())
    assert all(set(row) == set(ROLES) for row in EXPECTED.values())
