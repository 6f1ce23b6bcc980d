"""Admin: weekly schedules in a time zone (across changes of the clocks), one-off meetings, and
making the coming meetings idempotently (on save, from the page and from the command line)."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from server.models import AuditRecord, Meeting, Schedule, ScheduledMeeting, StaffRole
from server.models.base import utcnow
from server.services import schedules, timetable
from tests.conftest import sign_in

LONDON = zoneinfo.ZoneInfo("Europe/London")
# The clocks in London go forward on Sunday 28 March 2027 and back on Sunday 31 October 2027.
BEFORE_SPRING = datetime(2027, 3, 15, 9, 0, tzinfo=UTC)
BEFORE_AUTUMN = datetime(2027, 10, 18, 9, 0, tzinfo=UTC)


@pytest.fixture
def admin(make_staff):
    return make_staff(StaffRole.ADMIN, name="Ada")


@pytest.fixture
def as_admin(client, admin):
    sign_in(client, admin)
    return client


def weekly(**changes: object) -> schedules.WeeklyFields:
    fields = {"weekday": 3, "local_time": time(18, 30), "timezone": "Europe/London"}
    return schedules.WeeklyFields(**{**fields, **changes})  # type: ignore[arg-type]


def starts(db, group) -> list[datetime]:
    query = select(Meeting.scheduled_start).where(Meeting.group_id == group.id)
    return sorted(db.session.execute(query).scalars())


@pytest.mark.parametrize(
    ("now", "utc_hours"),
    [(BEFORE_SPRING, [18, 18, 17, 17]), (BEFORE_AUTUMN, [17, 17, 18, 18])],
)
def test_a_weekly_meeting_keeps_its_local_time_when_the_clocks_change(
    make_group, admin, db, now, utc_hours
):
    group = make_group()
    _, made = schedules.add_weekly(group, weekly(), admin, now=now)
    assert made == 4
    found = starts(db, group)
    assert [at.hour for at in found] == utc_hours
    assert {at.astimezone(LONDON).strftime("%a %H:%M") for at in found} == {"Thu 18:30"}
    assert [b - a for a, b in zip(found, found[1:], strict=False)].count(timedelta(days=7)) == 2


def test_a_local_time_the_clocks_skip_moves_to_the_new_clock():
    schedule = Schedule(
        weekday=6, local_time=time(1, 30), timezone="Europe/London", starts_on=date(2027, 3, 1)
    )
    found = timetable.occurrences(schedule, BEFORE_SPRING, BEFORE_SPRING + timedelta(weeks=3))
    assert [at.astimezone(LONDON).strftime("%d %H:%M") for at in found] == [
        "21 01:30",
        "28 02:30",
        "04 01:30",
    ]


def test_making_meetings_twice_makes_each_meeting_once(make_group, admin, db):
    group = make_group()
    schedules.add_weekly(group, weekly(), admin, now=BEFORE_SPRING)
    assert schedules.materialise_all(4, now=BEFORE_SPRING) == 0
    assert len(starts(db, group)) == 4
    # A week later the window has moved on by one meeting, and only that one is made.
    assert schedules.materialise_all(4, now=BEFORE_SPRING + timedelta(weeks=1)) == 1
    assert schedules.materialise_all(4, now=BEFORE_SPRING + timedelta(weeks=1)) == 0
    assert len(starts(db, group)) == 5
    assert db.session.query(ScheduledMeeting).count() == 5
    (made,) = db.session.query(AuditRecord).filter_by(action="schedules.materialised").all()
    assert made.details == {"meetings_made": 1, "weeks": 4}


def test_the_command_line_makes_the_coming_meetings(runner, make_group, admin, db):
    group = make_group()
    schedules.add_weekly(group, weekly(weekday=utcnow().weekday()), admin)
    before = len(starts(db, group))
    result = runner.invoke(args=["schedule-meetings", "--weeks", "6"])
    assert result.exit_code == 0, result.output
    assert len(starts(db, group)) - before == int(result.output.split()[0]) >= 2
    again = runner.invoke(args=["schedule-meetings", "--weeks", "6"])
    assert again.output.startswith("0 new meeting(s)")
    bad = runner.invoke(args=["schedule-meetings", "--weeks", "99"])
    assert bad.exit_code != 0 and "between 1 and 26" in bad.output


def test_meetings_planned_ahead_take_the_curriculum_sessions_in_turn(course_group, admin, plan, db):
    schedules.add_weekly(course_group, weekly(), admin, now=BEFORE_SPRING)
    query = select(Meeting).where(Meeting.group_id == course_group.id)
    rows = sorted(db.session.execute(query).scalars(), key=lambda m: m.scheduled_start)
    assert [m.session_key for m in rows] == [s.id for s in plan.sessions[:4]]
    assert [m.title for m in rows] == [s.title for s in plan.sessions[:4]]


def test_admin_saves_a_weekly_schedule_and_sees_the_next_meetings(as_admin, make_group, db):
    group = make_group()
    form = {
        "weekly-weekday": 1,
        "weekly-local_time": "19:15",
        "weekly-timezone": "America/New_York",
        "weekly-minutes": 75,
        "weekly-title": "Tuesday evening",
    }
    response = as_admin.post(f"/staff/admin/groups/{group.id}/schedule/weekly", data=form)
    assert response.status_code == 302
    schedule = db.session.query(Schedule).one()
    assert (schedule.timezone, schedule.local_time, schedule.minutes) == (
        "America/New_York",
        time(19, 15),
        75,
    )
    page = as_admin.get(f"/staff/admin/groups/{group.id}/schedule").get_data(as_text=True)
    assert "When (America/New_York)" in page and page.count("19:15") >= 4
    assert "Tuesday evening" in as_admin.get("/staff/admin/schedules").get_data(as_text=True)
    record = db.session.query(AuditRecord).filter_by(action="schedule.created").one()
    assert record.details["timezone"] == "America/New_York" and record.group_id == group.id


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"weekly-local_time": "25:00"}, "Not a valid time value."),
        ({"weekly-timezone": "Mars/Olympus"}, "Not a valid choice."),
        ({"weekly-minutes": 5}, "Number must be between 15 and 240."),
        ({"weekly-weekday": 9}, "Not a valid choice."),
    ],
)
def test_bad_schedule_input_is_explained(as_admin, make_group, db, form, message):
    group = make_group()
    data = {"weekly-weekday": 1, "weekly-local_time": "19:00", "weekly-timezone": "UTC", **form}
    response = as_admin.post(f"/staff/admin/groups/{group.id}/schedule/weekly", data=data)
    assert response.status_code == 200 and message in response.get_data(as_text=True)
    assert db.session.query(Schedule).count() == 0


def test_a_one_off_meeting_in_a_time_zone(as_admin, make_group, db):
    group = make_group()
    day = (utcnow() + timedelta(days=10)).date()
    form = {
        "once-day": day.isoformat(),
        "once-local_time": "10:00",
        "once-timezone": "Asia/Tokyo",
        "once-title": "Extra session",
    }
    as_admin.post(f"/staff/admin/groups/{group.id}/schedule/once", data=form)
    meeting = db.session.query(Meeting).one()
    assert meeting.title == "Extra session"
    assert meeting.scheduled_start == datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)
    assert db.session.query(AuditRecord).filter_by(action="meeting.scheduled").count() == 1
    past = {**form, "once-day": (utcnow() - timedelta(days=2)).date().isoformat()}
    refused = as_admin.post(f"/staff/admin/groups/{group.id}/schedule/once", data=past)
    assert "That time has already passed." in refused.get_data(as_text=True)


def test_stopping_a_schedule_removes_its_meetings_not_yet_opened(as_admin, make_group, admin, db):
    group = make_group()
    schedule, made = schedules.add_weekly(group, weekly(weekday=utcnow().weekday()), admin)
    assert made >= 4
    as_admin.post(f"/staff/admin/schedules/{schedule.id}/end")
    db.session.refresh(schedule)
    assert schedule.ended_at is not None and starts(db, group) == []
    assert schedules.materialise_all(4) == 0, "a stopped schedule makes nothing more"
    record = db.session.query(AuditRecord).filter_by(action="schedule.ended").one()
    assert record.details == {"meetings_removed": made}


def test_the_page_button_plans_the_coming_weeks(as_admin, make_group, admin, db):
    group = make_group()
    schedule, made = schedules.add_weekly(group, weekly(), admin)
    db.session.query(ScheduledMeeting).delete()
    db.session.query(Meeting).delete()
    db.session.commit()
    response = as_admin.post("/staff/admin/schedules/materialise", follow_redirects=True)
    assert f"{made} new meeting(s) planned." in response.get_data(as_text=True)
    assert len(starts(db, group)) == made and schedule.id
