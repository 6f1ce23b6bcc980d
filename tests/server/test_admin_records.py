"""Admin: the audit log (filters, pagination), the flag history, settings, and group reports."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

import pytest

from facilitator import agenda as clock
from facilitator.meeting_state import new_meeting
from server.models import (
    Attendance,
    AuditRecord,
    Flag,
    FlagSource,
    FlagStatus,
    MeetingPacing,
    MeetingStatus,
    StaffRole,
)
from server.models.base import utcnow
from server.services import audit
from tests.conftest import sign_in


@pytest.fixture
def admin(make_staff):
    return make_staff(StaffRole.ADMIN, name="Ada")


@pytest.fixture
def as_admin(client, admin):
    sign_in(client, admin)
    return client


def rows_on(page: str) -> int:
    """Rows in the page's table body; 0 when the page shows no table."""
    if "<tbody>" not in page:
        return 0
    return page.split("<tbody>", 1)[1].split("</tbody>", 1)[0].count("<tr>")


def test_the_audit_log_filters_by_group_action_and_staff(
    as_admin, admin, make_staff, make_group, db
):
    lee = make_staff(name="Lee")
    first, second = make_group(name="First circle"), make_group(name="Second circle")
    for who, group, action in [
        (admin, first, "group.updated"),
        (admin, second, "group.updated"),
        (lee, first, "codes.issued"),
        (lee, second, "codes.issued"),
    ]:
        audit.record(
            action,
            target_type="group",
            target_id=group.id,
            actor_staff_id=who.id,
            group_id=group.id,
        )
    db.session.commit()

    def shown(query: str) -> int:
        return rows_on(as_admin.get(f"/staff/admin/audit?{query}").get_data(as_text=True))

    assert shown("") == 4
    assert shown(f"group={first.id}") == 2
    assert shown("action=codes.issued") == 2
    assert shown(f"staff={lee.id}") == 2
    assert shown(f"group={first.id}&action=codes.issued&staff={lee.id}") == 1
    assert shown(f"group={first.id}&staff={admin.id}&action=codes.issued") == 0
    page = as_admin.get(f"/staff/admin/audit?staff={lee.id}").get_data(as_text=True)
    assert "Lee" in page and "First circle" in page and "<code>codes.issued</code>" in page
    assert "Nothing matches" in as_admin.get("/staff/admin/audit?action=x").get_data(as_text=True)
    assert shown("group=abc&staff=&page=zzz") == 4, "bad filters are ignored, not a 500"


def test_the_audit_log_is_paginated(as_admin, admin, db):
    for n in range(120):
        audit.record(
            "staff.invited",
            target_type="staff_invite",
            target_id=n,
            actor_staff_id=admin.id,
            details={"n": n},
        )
    db.session.commit()
    first = as_admin.get("/staff/admin/audit").get_data(as_text=True)
    third = as_admin.get("/staff/admin/audit?page=3").get_data(as_text=True)
    assert rows_on(first) == 50 and rows_on(third) == 20
    assert "Page 1 of 3" in first and 'rel="next"' in first and 'rel="prev"' not in first
    assert "n: 119" in first and "n: 19" in third and "n: 20" not in third
    assert rows_on(as_admin.get("/staff/admin/audit?page=9").get_data(as_text=True)) == 0
    filtered = as_admin.get("/staff/admin/audit?action=staff.invited&page=2").get_data(as_text=True)
    assert "action=staff.invited" in filtered and "page=3" in filtered


@pytest.fixture
def held(make_staff, make_group, make_member, make_meeting, db):
    """A group with three ended meetings a week apart: Robin came to all, Sky to the last two,
    River only to the last. One meeting ran its agenda; two flags were raised."""
    group = make_group(make_staff(), name="Evening circle")
    people = {name: make_member(group, name)[0] for name in ("Robin", "Sky", "River")}
    now = utcnow()
    meetings = []
    for week, names in enumerate([("Robin",), ("Robin", "Sky"), ("Robin", "Sky", "River")]):
        meeting = make_meeting(group, status=MeetingStatus.ENDED)
        meeting.scheduled_start = now - timedelta(weeks=3 - week)
        db.session.add_all(Attendance(meeting_id=meeting.id, member_id=people[n].id) for n in names)
        meetings.append(meeting)
    for category, status in (("crisis", FlagStatus.ACTIONED), ("agreement", FlagStatus.OPEN)):
        db.session.add(
            Flag(
                meeting_id=meetings[-1].id,
                source=FlagSource.SCREENING,
                category=category,
                severity="high",
                status=status,
            )
        )
    db.session.add(MeetingPacing(meeting_id=meetings[-1].id, state=_ran_state(now)))
    db.session.commit()
    return group


def _ran_state(now):
    """An agenda of 20 + 40 planned minutes that ran for 75 minutes."""
    segments = [clock.Segment("a", "Arrive", 20), clock.Segment("b", "Share", 40)]
    start = now.timestamp() - 3 * 3600
    state = new_meeting(segments, start, start + 3600)
    ran = clock.finish(clock.start(state.agenda, start), start + 75 * 60)
    return replace(state, agenda=ran).to_dict()


def test_a_group_report_draws_attendance_retention_flags_and_pacing(as_admin, held):
    page = as_admin.get(f"/staff/admin/groups/{held.id}/reports").get_data(as_text=True)
    assert page.count("<svg") == 4 and "<script>" not in page and "style=" not in page
    for title in (
        "Members at each meeting",
        "Who keeps coming",
        "Flags by category",
        "Minutes planned and run",
    ):
        assert title in page
    attendance = re.findall(r"Members: (\d+)", page)
    assert attendance == ["1", "2", "3"]
    assert re.findall(r"Returning: (\d+)", page) == ["0", "1", "2"]
    assert re.findall(r"First time: (\d+)", page) == ["1", "1", "1"]
    assert "crisis, Flags: 1" in page and "agreement, Flags: 1" in page
    assert "Planned: 60 min" in page and "Run: 75 min" in page
    assert "Robin" not in page, "reports never name members"


def test_an_empty_report_says_what_will_appear(as_admin, make_group):
    group = make_group()
    page = as_admin.get(f"/staff/admin/groups/{group.id}/reports").get_data(as_text=True)
    assert "<svg" not in page and "No meeting has been held yet." in page


def test_the_flag_history_lists_flags_with_filters(as_admin, held):
    page = as_admin.get("/staff/admin/flags").get_data(as_text=True)
    assert rows_on(page) == 2 and "Evening circle" in page
    crisis = as_admin.get("/staff/admin/flags?category=crisis").get_data(as_text=True)
    assert rows_on(crisis) == 1 and "actioned" in crisis
    assert rows_on(as_admin.get("/staff/admin/flags?status=open").get_data(as_text=True)) == 1
    elsewhere = as_admin.get(f"/staff/admin/flags?group={held.id + 1}").get_data(as_text=True)
    assert rows_on(elsewhere) == 0 and "No flags match these filters." in elsewhere


def test_settings_change_the_retention_window_with_an_audit_record(as_admin, admin, db):
    page = as_admin.get("/staff/admin/settings").get_data(as_text=True)
    assert "Crisis resources" in page and "/staff/admin/crisis-resources" in page
    as_admin.post("/staff/admin/settings", data={"hours": 48})
    assert "deleted 48 hours after" in as_admin.get("/staff/admin/settings").get_data(as_text=True)
    record = db.session.query(AuditRecord).filter_by(action="setting_changed").one()
    assert record.actor_staff_id == admin.id and record.details["after"] == 48
    bad = as_admin.post("/staff/admin/settings", data={"hours": -1})
    assert "Number must be between 0 and 2160." in bad.get_data(as_text=True)
