"""Admin: inviting staff by a one-time link, roles, and deactivation (which ends every session
and closes every socket of the account at once)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from server.models import AuditRecord, StaffInvite, StaffRole, StaffUser
from server.services import accounts
from tests.conftest import PASSWORD, sign_in
from tests.server.helpers import join

NEW_PASSWORD = "a kettle of calm river stones"


@pytest.fixture
def admin(make_staff):
    return make_staff(StaffRole.ADMIN, name="Ada")


@pytest.fixture
def as_admin(client, admin):
    sign_in(client, admin)
    return client


def actions(db) -> list[str]:
    return list(db.session.execute(select(AuditRecord.action).order_by(AuditRecord.id)).scalars())


def invite_link(as_admin, email: str = "new@steady.test", **form: object) -> str:
    page = as_admin.post(
        "/staff/admin/staff/invite", data={"email": email, "role": "facilitator", "days": 7, **form}
    ).get_data(as_text=True)
    match = re.search(r"http://localhost(/staff/invite/[\w-]+)", page)
    assert match, page
    return match.group(1)


def accept(app, path: str, name: str = "Noor", password: str = NEW_PASSWORD):
    return app.test_client().post(
        path, data={"display_name": name, "password": password, "confirm": password}
    )


def test_an_invite_link_sets_up_an_account_once(app, as_admin, db):
    path = invite_link(as_admin, email="Noor@Steady.test")
    invite = db.session.execute(select(StaffInvite)).scalar_one()
    assert path.rsplit("/", 1)[1] not in invite.token_hash, "only a hash is stored"
    visitor = app.test_client()
    page = visitor.get(path).get_data(as_text=True)
    assert "noor@steady.test" in page and "a facilitator" in page

    done = accept(app, path)

    assert done.headers["Location"].endswith("/staff/sign-in")
    user = accounts.authenticate("noor@steady.test", NEW_PASSWORD)
    assert user is not None and user.display_name == "Noor"
    assert user.role == StaffRole.FACILITATOR
    assert visitor.get(path).status_code == 404
    assert accept(app, path, name="Someone else").status_code == 404
    assert db.session.query(StaffUser).filter_by(display_name="Someone else").count() == 0
    assert actions(db) == ["staff.invited", "staff.invite_accepted"]


def test_an_expired_or_revoked_invite_link_opens_nothing(app, as_admin, db):
    expired = invite_link(as_admin, email="late@steady.test")
    row = db.session.execute(select(StaffInvite)).scalar_one()
    row.expires_at -= timedelta(days=8)
    db.session.commit()
    revoked = invite_link(as_admin, email="gone@steady.test")
    gone = db.session.query(StaffInvite).filter_by(email="gone@steady.test").one()
    as_admin.post(f"/staff/admin/staff/invites/{gone.id}/revoke")
    for path in (expired, revoked, "/staff/invite/not-a-token"):
        page = app.test_client().get(path)
        assert page.status_code == 404
        assert "This invite link is not valid any more." in page.get_data(as_text=True)
        assert accept(app, path).status_code == 404
    assert db.session.query(StaffUser).count() == 1


def test_a_new_invite_replaces_an_earlier_one_for_the_same_email(app, as_admin):
    first = invite_link(as_admin)
    second = invite_link(as_admin)
    assert app.test_client().get(first).status_code == 404
    assert app.test_client().get(second).status_code == 200


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"password": "short", "confirm": "short"}, "at least 12 characters"),
        ({"confirm": "something else entirely"}, "The passwords differ."),
        ({"display_name": ""}, "This field is required."),
    ],
)
def test_bad_account_details_are_explained_and_the_link_still_works(app, as_admin, form, message):
    path = invite_link(as_admin)
    data = {"display_name": "Noor", "password": NEW_PASSWORD, "confirm": NEW_PASSWORD, **form}
    page = app.test_client().post(path, data=data)
    assert page.status_code == 200 and message in page.get_data(as_text=True)
    assert accept(app, path).status_code == 302


def test_inviting_an_existing_staff_email_is_refused(as_admin, admin):
    page = as_admin.post("/staff/admin/staff/invite", data={"email": admin.email, "days": 7})
    assert "already exists" in page.get_data(as_text=True)


def test_an_admin_changes_roles_but_not_their_own(as_admin, admin, make_staff, db):
    other = make_staff(name="Lee")
    as_admin.post(f"/staff/admin/staff/{other.id}/role", data={"role": "admin"})
    db.session.refresh(other)
    assert other.role == StaffRole.ADMIN
    refused = as_admin.post(
        f"/staff/admin/staff/{admin.id}/role", data={"role": "facilitator"}, follow_redirects=True
    )
    assert "Ask another admin" in refused.get_data(as_text=True)
    db.session.refresh(admin)
    assert admin.role == StaffRole.ADMIN
    record = db.session.query(AuditRecord).filter_by(action="staff.role_changed").one()
    assert record.details == {"before": "facilitator", "after": "admin"}


def test_deactivating_a_facilitator_closes_their_socket_and_ends_their_sign_in(
    app, sio, as_admin, make_staff, make_group, make_meeting, db
):
    facilitator = make_staff(name="Lee")
    meeting = make_meeting(make_group(facilitator))
    their_browser = app.test_client()
    sign_in(their_browser, facilitator)
    sock = sio(client=their_browser)
    assert join(sock, meeting.id)["ok"]

    response = as_admin.post(f"/staff/admin/staff/{facilitator.id}/deactivate")

    assert response.status_code == 302
    assert not sock.is_connected()
    signed_out = their_browser.get("/staff/")
    assert signed_out.status_code == 302 and "/staff/sign-in" in signed_out.location
    assert not sio(client=their_browser).is_connected()
    again = their_browser.post(
        "/staff/sign-in", data={"email": facilitator.email, "password": PASSWORD}
    )
    assert again.status_code == 200, "a deactivated account cannot sign in"
    assert "staff.deactivated" in actions(db)


def test_reactivating_lets_them_sign_in_again_but_old_sessions_stay_ended(
    app, as_admin, make_staff, db
):
    facilitator = make_staff(name="Lee")
    old_browser = app.test_client()
    sign_in(old_browser, facilitator)
    as_admin.post(f"/staff/admin/staff/{facilitator.id}/deactivate")
    as_admin.post(f"/staff/admin/staff/{facilitator.id}/reactivate")
    assert old_browser.get("/staff/").status_code == 302
    sign_in(app.test_client(), facilitator)
    assert actions(db)[-2:] == ["staff.deactivated", "staff.reactivated"]


def test_an_admin_cannot_deactivate_themselves(as_admin, admin, db):
    page = as_admin.post(f"/staff/admin/staff/{admin.id}/deactivate", follow_redirects=True)
    assert "Ask another admin" in page.get_data(as_text=True)
    db.session.refresh(admin)
    assert admin.active and as_admin.get("/staff/admin/").status_code == 200


def test_the_staff_list_shows_accounts_and_pending_invites(as_admin, make_staff):
    make_staff(name="Lee")
    invite_link(as_admin, email="waiting@steady.test")
    page = as_admin.get("/staff/admin/staff").get_data(as_text=True)
    assert "Lee" in page and "Ada" in page and "waiting@steady.test" in page
