"""Attendee entry: invite code, pseudonym, agreement, then the group's page and its meeting."""

from __future__ import annotations

from datetime import timedelta

import pytest

from server.models import InviteCode, Member, MemberStatus
from server.models.base import utcnow
from server.services import invites


@pytest.fixture
def group(make_staff, make_group):
    return make_group(make_staff())


def walk_in(client, code: str, name: str):
    client.post("/join", data={"code": code})
    client.post("/join/name", data={"pseudonym": name})
    return client.post("/join/agreement", data={"accept": "y"})


def test_member_joins_with_a_code_and_reaches_the_group_and_its_meeting(
    client, group, make_meeting, db
):
    meeting = make_meeting(group)
    (code,) = invites.issue_codes(group)
    first = client.post("/join", data={"code": code.lower().replace("-", " ")})
    assert first.headers["Location"].endswith("/join/name")
    assert client.post("/join/name", data={"pseudonym": "River"}).status_code == 302
    agreement = client.get("/join/agreement").get_data(as_text=True)
    assert "Be kind. What is said here stays here." in agreement and "River" in agreement
    done = client.post("/join/agreement", data={"accept": "y"})
    assert done.headers["Location"].endswith(f"/groups/{group.id}")
    page = client.get(f"/groups/{group.id}").get_data(as_text=True)
    assert "You are <strong>River</strong>" in page and meeting.title in page
    assert client.get(f"/meetings/{meeting.id}").status_code == 200
    member = db.session.query(Member).one()
    assert member.pseudonym == "River" and member.agreement_accepted_at is not None
    assert len(member.token_hash) == 64


def test_agreement_must_be_accepted(client, group, db):
    (code,) = invites.issue_codes(group)
    client.post("/join", data={"code": code})
    client.post("/join/name", data={"pseudonym": "River"})
    response = client.post("/join/agreement", data={})
    assert response.status_code == 200 and db.session.query(Member).count() == 0


@pytest.mark.parametrize("code", ["", "nonsense", "AAAA-BBBB-CCCC"])
def test_unknown_codes_are_refused(client, group, code):
    response = client.post("/join", data={"code": code})
    assert response.status_code == 200
    assert "/join/name" not in response.headers.get("Location", "")


def test_a_code_works_once_by_default(client, app, group):
    (code,) = invites.issue_codes(group)
    walk_in(client, code, "River")
    second = app.test_client().post("/join", data={"code": code})
    assert "That code is not valid" in second.get_data(as_text=True)


def test_expired_and_revoked_codes_are_refused(client, group, db):
    expired, revoked = invites.issue_codes(group, 2)
    rows = db.session.query(InviteCode).order_by(InviteCode.id).all()
    rows[0].expires_at = utcnow() - timedelta(minutes=1)
    invites.revoke_code(rows[1])
    db.session.commit()
    for code in (expired, revoked):
        page = client.post("/join", data={"code": code}).get_data(as_text=True)
        assert "That code is not valid" in page


def test_codes_are_stored_hashed(group, db):
    (code,) = invites.issue_codes(group)
    stored = db.session.query(InviteCode).one()
    assert code not in (stored.code_hash, stored.hint) and len(stored.code_hash) == 64


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("sam@example.com", "email"),
        ("sam at gmail dot com", "email"),
        ("07700 900123", "phone"),
        ("+1 415 555 0100", "phone"),
        ("x", "between 2 and 24"),
        ("www.mysite.com", "link"),
        ("<script>", "Use letters"),
    ],
)
def test_identifying_or_invalid_pseudonyms_are_refused(client, group, name, reason):
    (code,) = invites.issue_codes(group)
    client.post("/join", data={"code": code})
    page = client.post("/join/name", data={"pseudonym": name}).get_data(as_text=True)
    assert reason in page
    assert client.get("/join/agreement").headers["Location"].endswith("/join")


def test_pseudonyms_are_unique_within_a_group_ignoring_case(
    client, app, group, make_group, make_staff
):
    first, second = invites.issue_codes(group, 2)
    walk_in(client, first, "River")
    other = app.test_client()
    other.post("/join", data={"code": second})
    page = other.post("/join/name", data={"pseudonym": "  RIVER "}).get_data(as_text=True)
    assert "already uses that name" in page
    elsewhere = make_group(make_staff(), name="Another group")
    (code,) = invites.issue_codes(elsewhere)
    done = walk_in(app.test_client(), code, "River")
    assert done.headers["Location"].endswith(f"/groups/{elsewhere.id}")


def test_outsiders_cannot_see_a_group_or_its_meetings(client, group, make_meeting):
    meeting = make_meeting(group)
    assert client.get(f"/groups/{group.id}").status_code == 404
    assert client.get(f"/meetings/{meeting.id}").status_code == 404


def test_a_banned_members_token_stops_working(client, group, make_meeting, db, sio):
    meeting = make_meeting(group)
    (code,) = invites.issue_codes(group)
    walk_in(client, code, "River")
    assert client.get(f"/groups/{group.id}").status_code == 200
    assert sio(client=client).is_connected()
    member = db.session.query(Member).one()
    member.status = MemberStatus.BANNED
    db.session.commit()
    assert client.get(f"/groups/{group.id}").status_code == 404
    assert client.get(f"/meetings/{meeting.id}").status_code == 404
    assert not sio(client=client).is_connected()


def test_single_use_code_cannot_be_spent_twice_even_mid_flow(client, app, group, db):
    (code,) = invites.issue_codes(group)
    other = app.test_client()
    for c, name in ((client, "River"), (other, "Stone")):
        c.post("/join", data={"code": code})
        c.post("/join/name", data={"pseudonym": name})
    walk_done = client.post("/join/agreement", data={"accept": "y"})
    late = other.post("/join/agreement", data={"accept": "y"}, follow_redirects=True)
    assert walk_done.status_code == 302
    assert "That code is not valid" in late.get_data(as_text=True)
    assert db.session.query(Member).count() == 1
