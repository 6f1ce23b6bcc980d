"""Admin: creating, editing, archiving and restoring groups; assigning facilitators."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from server.models import (
    AuditRecord,
    FacilitatorRole,
    Group,
    GroupFacilitator,
    MeetingStatus,
    Schedule,
    StaffRole,
)
from server.services import invites
from tests.conftest import sign_in
from tests.server.helpers import join

AGREEMENT = "We listen without judging. What is said here stays here."


@pytest.fixture
def admin(make_staff):
    return make_staff(StaffRole.ADMIN, name="Ada")


@pytest.fixture
def as_admin(client, admin):
    sign_in(client, admin)
    return client


def audits(db, action: str) -> list[AuditRecord]:
    query = select(AuditRecord).where(AuditRecord.action == action).order_by(AuditRecord.id)
    return list(db.session.execute(query).scalars())


def group_form(**changes: object) -> dict[str, object]:
    return {
        "name": "Wednesday circle",
        "description": "For people a year or more out.",
        "agreement": AGREEMENT,
        "content_notes": "Sessions talk about emotional abuse.",
        "capacity": 10,
        "curriculum": "",
        **changes,
    }


def test_admin_creates_a_group_with_its_agreement_and_content_notes(as_admin, admin, db, loaded):
    response = as_admin.post("/staff/admin/groups/new", data=group_form(curriculum=loaded.id))
    group = db.session.execute(select(Group)).scalar_one()
    assert response.headers["Location"].endswith(f"/staff/admin/groups/{group.id}/schedule")
    assert (group.name, group.capacity, group.curriculum_id) == ("Wednesday circle", 10, loaded.id)
    assert group.agreement == AGREEMENT and "emotional abuse" in group.content_notes
    (record,) = audits(db, "group.created")
    assert record.actor_staff_id == admin.id and record.group_id == group.id
    listing = as_admin.get("/staff/admin/groups").get_data(as_text=True)
    assert "Wednesday circle" in listing


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": ""}, "This field is required."),
        ({"agreement": "  "}, "This field is required."),
        ({"capacity": 1}, "Number must be between 2 and 200."),
        ({"capacity": "lots"}, "Not a valid integer value."),
        ({"curriculum": "999"}, "Not a valid choice."),
        ({"name": "x" * 121}, "Field cannot be longer than 120 characters."),
    ],
)
def test_bad_group_input_is_explained_and_nothing_is_saved(as_admin, db, changes, message):
    response = as_admin.post("/staff/admin/groups/new", data=group_form(**changes))
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert db.session.query(Group).count() == 0
    assert audits(db, "group.created") == []


def test_editing_a_group_records_which_fields_changed(as_admin, make_group, db, loaded):
    group = make_group()
    data = group_form(name="Renamed circle", agreement=group.agreement, capacity=12)
    as_admin.post(f"/staff/admin/groups/{group.id}", data={**data, "curriculum": loaded.id})
    db.session.refresh(group)
    assert group.name == "Renamed circle" and group.curriculum_id == loaded.id
    (record,) = audits(db, "group.updated")
    assert sorted(record.details["changed"]) == [
        "content_notes",
        "curriculum_id",
        "description",
        "name",
    ]
    page = as_admin.post(f"/staff/admin/groups/{group.id}", data={**data, "curriculum": loaded.id})
    assert len(audits(db, "group.updated")) == 1, "saving without changes records nothing"
    assert page.status_code == 302


def test_archiving_stops_codes_schedules_and_member_sockets_and_restoring_reopens(
    as_admin, make_staff, make_group, make_member, make_meeting, sio, db
):
    group = make_group(make_staff())
    meeting = make_meeting(group)
    _, token = make_member(group, "Robin")
    (code,) = invites.issue_codes(group)
    sock = sio(token=token)
    assert join(sock, meeting.id)["ok"]
    as_admin.post(
        f"/staff/admin/groups/{group.id}/schedule/weekly",
        data={"weekly-weekday": 2, "weekly-local_time": "19:00", "weekly-timezone": "UTC"},
    )
    assert db.session.query(Schedule).one().ended_at is None

    as_admin.post(f"/staff/admin/groups/{group.id}/archive")

    db.session.refresh(group)
    assert group.archived_at is not None
    assert not sock.is_connected()
    assert not sio(token=token).is_connected()
    assert db.session.query(Schedule).one().ended_at is not None
    statuses = {m.status for m in db.session.query(type(meeting))}
    assert statuses == {MeetingStatus.LIVE}, "future meetings of the schedule were removed"
    refused = as_admin.post(f"/staff/admin/groups/{group.id}/codes", data={"codes-count": 1})
    assert "This group is archived" in refused.get_data(as_text=True)
    assert group.name in as_admin.get("/staff/admin/groups?archived=1").get_data(as_text=True)
    assert group.name not in as_admin.get("/staff/admin/groups").get_data(as_text=True)

    as_admin.post(f"/staff/admin/groups/{group.id}/restore")
    db.session.refresh(group)
    assert group.archived_at is None
    assert invites.find_usable_code(code).group_id == group.id
    assert [r.action for r in audits(db, "group.archived") + audits(db, "group.restored")] == [
        "group.archived",
        "group.restored",
    ]


def test_members_cannot_join_a_full_group(client, make_group, db):
    group = make_group()
    group.capacity = 2
    db.session.commit()
    codes = invites.issue_codes(group, 3)
    for code, name in zip(codes, ("Robin", "Sky", "River"), strict=True):
        client.post("/join", data={"code": code})
        client.post("/join/name", data={"pseudonym": name})
        last = client.post("/join/agreement", data={"accept": "y"}, follow_redirects=True)
    assert "This group is full" in last.get_data(as_text=True)
    assert [m.pseudonym for m in group_members(db, group)] == ["Robin", "Sky"]


def group_members(db, group):
    from server.models import Member

    return db.session.query(Member).filter_by(group_id=group.id).order_by(Member.id).all()


def test_assigning_facilitators_and_co_facilitators(as_admin, make_staff, make_group, db, client):
    lead, co = make_staff(name="Lee"), make_staff(name="Cory")
    group = make_group()
    url = f"/staff/admin/groups/{group.id}/facilitators"
    as_admin.post(url, data={"staff": lead.id, "role": "lead"})
    as_admin.post(url, data={"staff": co.id, "role": "co"})
    again = as_admin.post(url, data={"staff": co.id, "role": "co"})
    assert "Not a valid choice" in again.get_data(as_text=True), "already assigned: not offered"
    rows = {r.staff_id: r for r in db.session.query(GroupFacilitator)}
    assert rows[lead.id].role == FacilitatorRole.LEAD and rows[co.id].role == FacilitatorRole.CO

    as_admin.post(f"{url}/{rows[co.id].id}/role", data={"role": "lead"})
    as_admin.post(f"{url}/{rows[lead.id].id}/remove")
    db.session.expire_all()
    assert {(r.staff_id, r.role) for r in db.session.query(GroupFacilitator)} == {
        (co.id, FacilitatorRole.LEAD)
    }
    actions = [r.action for r in db.session.query(AuditRecord).order_by(AuditRecord.id)]
    assert actions == [
        "facilitator.assigned",
        "facilitator.assigned",
        "facilitator.role_changed",
        "facilitator.unassigned",
    ]
    page = as_admin.get(url).get_data(as_text=True)
    assert "Cory" in page and "Lee" in page  # Lee can be added again


def test_a_newly_assigned_facilitator_sees_the_group_in_their_console(
    app, as_admin, make_staff, make_group
):
    facilitator = make_staff(name="Lee")
    group = make_group(name="Friday circle")
    own = app.test_client()
    sign_in(own, facilitator)
    assert "Friday circle" not in own.get("/staff/").get_data(as_text=True)
    as_admin.post(
        f"/staff/admin/groups/{group.id}/facilitators", data={"staff": facilitator.id, "role": "co"}
    )
    assert "Friday circle" in own.get("/staff/").get_data(as_text=True)
    assert own.get(f"/staff/groups/{group.id}").status_code == 200


def test_unknown_groups_and_assignments_are_not_found(as_admin, make_group):
    group = make_group()
    assert as_admin.get("/staff/admin/groups/999").status_code == 404
    assert (
        as_admin.post(f"/staff/admin/groups/{group.id}/facilitators/999/remove").status_code == 404
    )
