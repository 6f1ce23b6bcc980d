"""After the meeting: the pacing report (planned against actual minutes) and its SVG chart."""

from __future__ import annotations

import html
import time
import xml.etree.ElementTree as ET

import pytest

from server.models import MeetingStatus
from server.reports.svg import Series, grouped_bar_chart, nice_ticks
from server.services import meetings, pacing
from server.services.principals import Principal
from tests.conftest import sign_in

SVG = "{http://www.w3.org/2000/svg}"


class Clock:
    """The server's clock for pacing, moved on by hand."""

    def __init__(self) -> None:
        self.now = time.time()

    def time(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_the_chart_is_accessible_svg_with_a_labelled_bar_per_value():
    chart = grouped_bar_chart(
        ["Arrival <& grounding>", "Check-in round"],
        [Series("Planned", [10, 20], "#aaa"), Series("Actual", [5, 40], "#333")],
        title="Planned and actual",
        description="Two segments.",
        unit="min",
        chart_id="c1",
    )
    root = ET.fromstring(str(chart))
    assert root.get("role") == "img" and root.get("aria-labelledby") == "c1-title c1-desc"
    assert root.find(f"{SVG}title").text == "Planned and actual"
    assert root.find(f"{SVG}desc").text == "Two segments."
    rects = [(r.find(f"{SVG}title"), r.get("width")) for r in root.iter(f"{SVG}rect")]
    bars = {title.text: float(width) for title, width in rects if title is not None}
    assert len(bars) == 4  # and two legend swatches without titles
    assert bars["Check-in round, Actual: 40 min"] == pytest.approx(
        8 * bars["Arrival <& grounding>, Actual: 5 min"],
        abs=0.5,  # one decimal place
    )
    labels = {t.text for t in root.iter(f"{SVG}text")}
    assert {"Arrival <& grounding>", "Check-in round", "Planned", "Actual", "40 min"} <= labels
    assert "style=" not in str(chart)  # the page's CSP forbids inline styles


def test_the_chart_refuses_series_that_do_not_match_the_categories():
    with pytest.raises(ValueError):
        grouped_bar_chart(["a", "b"], [Series("x", [1], "#000")], title="t", description="d")


def test_ticks_are_round_numbers_that_cover_the_largest_value():
    assert nice_ticks(23) == [0, 5, 10, 15, 20, 25]
    assert nice_ticks(0) == [0.0, 1.0]
    assert nice_ticks(1.2)[-1] >= 1.2


@pytest.fixture
def ran(course_group, plan, planned_meeting, monkeypatch):
    """A meeting that ran its first segment 3 minutes over, skipped the next, then ended."""
    clock = Clock()
    monkeypatch.setattr(pacing, "time", clock)
    session = plan.sessions[0]
    meeting = planned_meeting(course_group, session.id, MeetingStatus.OPEN)
    staff = course_group.facilitators[0].staff
    who = Principal("staff", staff.id, staff.display_name, staff.role.value)
    meetings.change_status(meeting, "start", who)
    clock.advance(session.segments[0].minutes * 60 + 180)
    pacing.apply_action(meeting, who, "next_segment", {}, None)
    clock.advance(30)
    pacing.apply_action(meeting, who, "skip_segment", {}, None)
    clock.advance(120)
    meetings.change_status(meeting, "end", who)
    return meeting, session, staff


def test_staff_see_planned_and_actual_minutes_per_segment(client, ran):
    meeting, session, staff = ran
    sign_in(client, staff)
    response = client.get(f"/staff/meetings/{meeting.id}/report")
    assert response.status_code == 200
    page = html.unescape(response.get_data(as_text=True))
    first, second, third = session.segments[:3]
    assert f"{first.title}, Planned: {first.minutes} min" in page
    assert f"{first.title}, Actual: {first.minutes + 3} min" in page
    assert f"{second.title}, Actual: 0.5 min" in page
    assert f"{third.title}, Actual: 2 min" in page
    assert "(skipped)" in page and "+3.0 min" in page
    assert f"The longest overrun was {first.title}: 3 minutes over plan." in page
    group_page = client.get(f"/staff/groups/{meeting.group_id}").get_data(as_text=True)
    assert f"/staff/meetings/{meeting.id}/report" in group_page


def test_only_the_groups_staff_can_read_the_report(app, client, ran, make_staff, make_member):
    meeting, _, _ = ran
    path = f"/staff/meetings/{meeting.id}/report"
    assert client.get(path).status_code == 302  # to the sign-in page
    _, token = make_member(meeting.group, "Robin")
    with client.session_transaction() as sess:
        sess["member_tokens"] = {str(meeting.group_id): token}
    assert client.get(path).status_code == 302
    sign_in(client, make_staff())  # a facilitator of no group
    assert client.get(path).status_code == 404
    assert client.get("/staff/meetings/999999/report").status_code == 404


def test_a_meeting_never_paced_has_no_report_yet(client, make_staff, make_group, make_meeting):
    staff = make_staff()
    meeting = make_meeting(make_group(staff), status=MeetingStatus.SCHEDULED)
    sign_in(client, staff)
    page = client.get(f"/staff/meetings/{meeting.id}/report").get_data(as_text=True)
    assert "no pacing record" in page and "<svg" not in page
