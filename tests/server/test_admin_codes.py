"""Invite codes from the admin pages and the facilitator's console: batches shown once, single
or multi-use, expiring; a list by hint and status; revoking."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from server.models import AuditRecord, InviteCode, StaffRole
from server.services import invites, members
from server.services.errors import ServiceError
from server.services.secrets import hash_token
from tests.conftest import sign_in

CODE = re.compile(r"<code>([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})</code>")


@pytest.fixture
def admin(make_staff):
    return make_staff(StaffRole.ADMIN, name="Ada")


@pytest.fixture
def as_admin(client, admin):
    sign_in(client, admin)
    return client


@pytest.fixture
def group(make_staff, make_group):
    return make_group(make_staff(name="Lee"))


def issue(client, url: str, **form: object) -> list[str]:
    data = {"codes-count": 3, "codes-max_uses": 1, "codes-days": 14}
    data.update({f"codes-{key}": value for key, value in form.items()})
    return CODE.findall(client.post(url, data=data).get_data(as_text=True))


def test_a_batch_is_shown_once_and_then_only_by_hint(as_admin, admin, group, db):
    codes = issue(as_admin, f"/staff/admin/groups/{group.id}/codes", count=3)
    assert len(codes) == 3 and len(set(codes)) == 3
    rows = db.session.execute(select(InviteCode)).scalars().all()
    assert {row.code_hash for row in rows} == {hash_token(code) for code in codes}
    listing = as_admin.get(f"/staff/admin/groups/{group.id}/codes").get_data(as_text=True)
    assert CODE.findall(listing) == []
    for code in codes:
        assert code not in listing and f"…{code[-4:]}" in listing
    record = db.session.query(AuditRecord).filter_by(action="codes.issued").one()
    assert record.actor_staff_id == admin.id and record.group_id == group.id
    assert sorted(record.details["hints"]) == sorted(code[-4:] for code in codes)


def test_a_multi_use_code_lets_several_people_in_until_it_is_used_up(as_admin, group, db):
    (code,) = issue(as_admin, f"/staff/admin/groups/{group.id}/codes", count=1, max_uses=2, days=3)
    row = db.session.execute(select(InviteCode)).scalar_one()
    assert row.max_uses == 2
    assert timedelta(days=2, hours=23) < row.expires_at - row.created_at <= timedelta(days=3)
    members.join_group(code, "Robin")
    members.join_group(code, "Sky")
    with pytest.raises(ServiceError, match="not valid"):
        members.join_group(code, "River")


def test_the_list_filters_by_status(as_admin, group, db):
    url = f"/staff/admin/groups/{group.id}/codes"
    issue(as_admin, url, count=4)
    used, expired, revoked, _active = db.session.query(InviteCode).order_by(InviteCode.id).all()
    used.uses = 1
    expired.expires_at -= timedelta(days=30)
    db.session.commit()
    as_admin.post(f"/staff/admin/codes/{revoked.id}/revoke")
    for status, row in (("used", used), ("expired", expired), ("revoked", revoked)):
        page = as_admin.get(f"{url}?status={status}").get_data(as_text=True)
        assert f"…{row.hint}" in page and page.count("<code>…") == 1, status
        assert f"status-{status}" in page
    active = as_admin.get(f"{url}?status=active").get_data(as_text=True)
    assert active.count("<code>…") == 1 and "Revoke" in active
    assert as_admin.get(f"{url}?status=nonsense").get_data(as_text=True).count("<code>…") == 4


def test_a_revoked_code_opens_nothing_and_the_revocation_is_audited(as_admin, group, db):
    (code,) = issue(as_admin, f"/staff/admin/groups/{group.id}/codes", count=1)
    row = db.session.execute(select(InviteCode)).scalar_one()
    as_admin.post(f"/staff/admin/codes/{row.id}/revoke")
    with pytest.raises(ServiceError, match="not valid"):
        invites.find_usable_code(code)
    record = db.session.query(AuditRecord).filter_by(action="code.revoked").one()
    assert record.details == {"hint": row.hint} and record.target_id == str(row.id)


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"count": 0}, "Number must be between 1 and 100."),
        ({"max_uses": 501}, "Number must be between 1 and 500."),
        ({"days": 0}, "Number must be between 1 and 90."),
        ({"count": "many"}, "Not a valid integer value."),
    ],
)
def test_bad_batches_are_explained_and_nothing_is_issued(as_admin, group, db, form, message):
    data = {"codes-count": 3, "codes-max_uses": 1, "codes-days": 14}
    data.update({f"codes-{key}": value for key, value in form.items()})
    page = as_admin.post(f"/staff/admin/groups/{group.id}/codes", data=data)
    assert page.status_code == 200 and message in page.get_data(as_text=True)
    assert db.session.query(InviteCode).count() == 0


def test_a_facilitator_issues_multi_use_codes_for_their_group(client, group, db):
    sign_in(client, group.facilitators[0].staff)
    codes = issue(client, f"/staff/groups/{group.id}/codes", count=2, max_uses=5, days=2)
    assert len(codes) == 2
    assert {row.max_uses for row in db.session.query(InviteCode)} == {5}
    assert db.session.query(AuditRecord).filter_by(action="codes.issued").count() == 1
    assert client.get(f"/staff/admin/groups/{group.id}/codes").status_code == 403


def test_a_facilitator_sees_their_live_codes_and_revokes_one(client, group, db):
    lead = group.facilitators[0].staff
    sign_in(client, lead)
    leaked, kept, spent = issue(client, f"/staff/groups/{group.id}/codes", count=3)
    members.join_group(spent, "Robin")
    page = client.get(f"/staff/groups/{group.id}").get_data(as_text=True)
    assert f"…{leaked[-4:]}" in page and f"…{kept[-4:]}" in page
    assert f"…{spent[-4:]}" not in page  # used up: nothing left to take back
    assert leaked not in page  # only the hint is ever shown again
    row = db.session.execute(select(InviteCode).filter_by(hint=leaked[-4:])).scalar_one()
    done = client.post(f"/staff/codes/{row.id}/revoke", follow_redirects=True)
    assert f"The code ending {leaked[-4:]} no longer opens the group." in done.get_data(
        as_text=True
    )
    assert f"…{leaked[-4:]}</code>" not in done.get_data(as_text=True)
    with pytest.raises(ServiceError, match="not valid"):
        members.join_group(leaked, "Sky")
    members.join_group(kept, "Sky")
    record = db.session.query(AuditRecord).filter_by(action="code.revoked").one()
    assert record.actor_staff_id == lead.id and record.details == {"hint": leaked[-4:]}


def test_a_facilitator_cannot_revoke_another_groups_code(client, group, make_staff, make_group, db):
    (code,) = invites.issue_codes(group)
    row = db.session.execute(select(InviteCode)).scalar_one()
    sign_in(
        client, make_group(make_staff(name="Elsewhere"), name="Other group").facilitators[0].staff
    )
    assert client.post(f"/staff/codes/{row.id}/revoke").status_code == 404
    assert client.post("/staff/codes/999999/revoke").status_code == 404
    assert invites.find_usable_code(code).id == row.id
    assert db.session.query(AuditRecord).filter_by(action="code.revoked").count() == 0
